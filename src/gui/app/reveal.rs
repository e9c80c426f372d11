//! Scrolls the control with the keyboard focus into view.
//!
//! iced 0.14 has no "scroll this widget into view": an operation walks the
//! widget tree, notes each named scrollable it enters and, on finding the
//! focused control's container, scrolls the innermost named scrollable holding
//! it just enough to show the control whole.

use iced::Task;
use iced_runtime::core::widget::operation::scrollable::{self, AbsoluteOffset};
use iced_runtime::core::widget::operation::{Outcome, Scrollable};
use iced_runtime::core::widget::{Id, Operation};
use iced_runtime::core::{Rectangle, Vector};

/// The room kept between a revealed control and the edge of the view.
const MARGIN: f32 = 24.0;

/// The new vertical offset of a scrollable showing `viewport` of `content`,
/// scrolled down by `offset`, that shows `target` whole (its top when it is
/// taller than the view); `None` when it is in view already.
pub fn reveal_offset(
    viewport: Rectangle,
    content: Rectangle,
    offset: f32,
    target: Rectangle,
) -> Option<f32> {
    // Layout bounds inside a scrollable are not shifted by its scrolling.
    let top = target.y - content.y;
    let bottom = top + target.height;
    let furthest = (content.height - viewport.height).max(0.0);
    let wanted = if top < offset {
        top - MARGIN
    } else if bottom > offset + viewport.height {
        (bottom + MARGIN - viewport.height).min(top - MARGIN)
    } else {
        return None;
    };
    let wanted = wanted.clamp(0.0, furthest);
    ((wanted - offset).abs() >= 0.5).then_some(wanted)
}

/// Scrolls the control whose container has the id `target` into view.
pub fn reveal<T: Send + 'static>(target: &str) -> Task<T> {
    iced_runtime::task::widget(Reveal {
        target: Id::from(target.to_owned()),
        entering: None,
        open: Vec::new(),
        found: None,
    })
}

/// A named scrollable: its id, view, content and how far it is scrolled.
#[derive(Clone)]
struct Scrolled {
    id: Id,
    viewport: Rectangle,
    content: Rectangle,
    offset: f32,
}

struct Reveal {
    target: Id,
    /// The scrollable whose children come next (set just before it traverses).
    entering: Option<Option<Scrolled>>,
    /// The scrollables around the widget being visited, innermost last
    /// (`None` for one without a name, which cannot be scrolled by id).
    open: Vec<Option<Scrolled>>,
    /// Where to scroll, once the target is found.
    found: Option<(Id, f32)>,
}

impl<T: Send + 'static> Operation<T> for Reveal {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<T>)) {
        match self.entering.take() {
            Some(level) => {
                self.open.push(level);
                operate(self);
                self.open.pop();
            }
            None => operate(self),
        }
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        self.entering = None;
        if self.found.is_some() || id != Some(&self.target) {
            return;
        }
        self.found = self
            .open
            .last()
            .and_then(Option::as_ref)
            .and_then(|scrolled| {
                reveal_offset(scrolled.viewport, scrolled.content, scrolled.offset, bounds)
                    .map(|offset| (scrolled.id.clone(), offset))
            });
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        // An unnamed scrollable still opens a level, so a control inside it
        // is not scrolled by the named one around it.
        self.entering = Some(id.map(|id| Scrolled {
            id: id.clone(),
            viewport: bounds,
            content: content_bounds,
            offset: translation.y,
        }));
    }

    fn finish(&self) -> Outcome<T> {
        match &self.found {
            Some((id, offset)) => Outcome::Chain(Box::new(scrollable::scroll_to(
                id.clone(),
                AbsoluteOffset {
                    x: None,
                    y: Some(*offset),
                },
            ))),
            None => Outcome::None,
        }
    }
}
