//! Repainting a scrolled screen in one piece when its content moves, without
//! iced's software renderer paying for it many times over.
//!
//! Why: tiny-skia redraws only the damaged parts of a frame, found by
//! comparing each quad, text and image with the last frame's. Text is not
//! clipped to its box (iced issues #2665 and #1919), so glyph parts that reach
//! past it (Arabic marks above a first line) stay behind as specks when the
//! content scrolls, unless the whole view is redrawn. A page-coloured quad as
//! tall as the content did that, but cost most of a lesson change: the
//! renderer merges damage into several regions and, for each region, fills
//! every quad that is not wholly inside it through a clip mask over the
//! quad's whole area. So a tall quad (and the outline's and top bar's
//! backgrounds) went through a masked fill once per region.
//!
//! Instead, [`page_content`] notes, inside the scrollable, when the visible
//! part of the content or the content's box changed, and [`page_frame`],
//! around the scrollable, then adds an empty layer whose box changed. The
//! renderer counts a layer whose box changed as damage, unclipped; the box is
//! centred on the window's corner, so it comes first when the renderer
//! merges damage, and every other region merges into it: one region, the
//! whole window, where every quad is inside and filled plainly. The page
//! itself needs no fill: the window is cleared to the theme's background,
//! which is the page colour.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay};
use iced::widget::{container, scrollable};
use iced::{Element, Event, Fill, Length, Rectangle, Size, Theme, Vector, mouse};
use std::cell::Cell;
use std::hash::{DefaultHasher, Hash, Hasher};

/// A screen's page: `page` centred in a scrollable (widget id `id`) that
/// takes the height left, repainted in one piece when it moves.
pub fn scrolled_page<'a, Message: 'a>(
    page: impl Into<Element<'a, Message>>,
    id: &'static str,
) -> Element<'a, Message> {
    page_frame(
        scrollable(page_content(container(page).center_x(Fill)))
            .id(id)
            .height(Fill),
    )
}

/// Marks `content`, the child of a scrollable, so that [`page_frame`] around
/// that scrollable repaints the whole window when the content moves.
pub fn page_content<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    Element::new(Page {
        content: content.into(),
        role: Role::Content,
    })
}

/// Wraps a scrollable whose content went through [`page_content`]: when that
/// content moved, the frame is drawn as one damaged region, the whole window.
pub fn page_frame<'a, Message: 'a>(
    scrollable: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    Element::new(Page {
        content: scrollable.into(),
        role: Role::Frame,
    })
}

/// Half the side of the frame's empty layer: far beyond any window, so the
/// layer's box, centred on the window's corner, always covers the window.
const REACH: f32 = 1_000_000.0;

/// The widget behind [`page_content`] and [`page_frame`]: its layout, events
/// and overlays are its content's.
struct Page<'a, Message> {
    content: Element<'a, Message>,
    role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Notes where the content was drawn ([`page_content`]).
    Content,
    /// Turns a change there into one damaged region ([`page_frame`]).
    Frame,
}

/// Where the marked content was last drawn, and which of two states that
/// left the frame's layer in.
#[derive(Debug, Default)]
struct Drawn {
    /// A hash of the visible area and the content's box.
    place: Cell<u64>,
    /// Flips each time `place` changes.
    flipped: Cell<bool>,
}

impl Drawn {
    /// Notes a drawing of `content` seen through `visible`, and says whether
    /// the frame's layer is in its flipped state: it changes exactly when
    /// the content moved or changed its box since the last drawing.
    fn note(&self, visible: Rectangle, content: Rectangle) -> bool {
        let mut hasher = DefaultHasher::new();
        for value in [
            visible.x,
            visible.y,
            visible.width,
            visible.height,
            content.x,
            content.y,
            content.width,
            content.height,
        ] {
            value.to_bits().hash(&mut hasher);
        }
        let place = hasher.finish();
        if place != self.place.get() {
            self.place.set(place);
            self.flipped.set(!self.flipped.get());
        }
        self.flipped.get()
    }
}

/// The marked content's note in `tree`, searched depth first.
fn find_drawn(tree: &Tree) -> Option<&Drawn> {
    if tree.tag == tree::Tag::of::<Drawn>() {
        return Some(tree.state.downcast_ref::<Drawn>());
    }
    tree.children.iter().find_map(find_drawn)
}

/// The empty layer's box for a state: centred on the window's corner, one
/// unit wider when flipped.
fn layer_box(flipped: bool) -> Rectangle {
    let half = if flipped { REACH + 1.0 } else { REACH };
    Rectangle::new(
        iced::Point::new(-half, -half),
        Size::new(half * 2.0, half * 2.0),
    )
}

impl<Message> Widget<Message, Theme, iced::Renderer> for Page<'_, Message> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        if self.role == Role::Content {
            let visible = layout.bounds().intersection(viewport).unwrap_or_default();
            tree.state
                .downcast_ref::<Drawn>()
                .note(visible, layout.bounds());
        }
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if self.role == Role::Frame {
            let flipped = find_drawn(&tree.children[0]).is_some_and(|drawn| drawn.flipped.get());
            <iced::Renderer as renderer::Renderer>::with_layer(
                renderer,
                layer_box(flipped),
                |_| {},
            );
        }
    }

    fn tag(&self) -> tree::Tag {
        match self.role {
            Role::Content => tree::Tag::of::<Drawn>(),
            Role::Frame => tree::Tag::stateless(),
        }
    }

    fn state(&self) -> tree::State {
        match self.role {
            Role::Content => tree::State::new(Drawn::default()),
            Role::Frame => tree::State::None,
        }
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layer_flips_exactly_when_the_view_or_the_content_moves() {
        let drawn = Drawn::default();
        let visible = Rectangle::new(iced::Point::new(0.0, 0.0), Size::new(800.0, 600.0));
        let content = Rectangle::new(iced::Point::new(0.0, 0.0), Size::new(800.0, 2000.0));
        let first = drawn.note(visible, content);
        assert_eq!(drawn.note(visible, content), first);
        let scrolled = Rectangle { y: 40.0, ..visible };
        let second = drawn.note(scrolled, content);
        assert_ne!(second, first);
        assert_eq!(drawn.note(scrolled, content), second);
        let taller = Rectangle {
            height: 2400.0,
            ..content
        };
        assert_ne!(drawn.note(scrolled, taller), second);
    }

    #[test]
    fn the_layer_box_is_centred_on_the_corner_and_differs_when_flipped() {
        for flipped in [false, true] {
            let reach = layer_box(flipped);
            assert_eq!(reach.center(), iced::Point::ORIGIN);
            assert!(reach.contains(iced::Point::new(10_000.0, 10_000.0)));
        }
        assert_ne!(layer_box(false), layer_box(true));
    }
}
