//! The charts of the questions tab, drawn on iced's canvas: a bar per question
//! (its facility), a histogram of attempt scores, and a single share bar for an
//! option. Colours come from the theme's scheme, so every theme stays legible;
//! colour is never the only signal (flagged bars carry a mark, and the tab
//! lists every flag in words). In a right-to-left interface the charts mirror:
//! the first bar is on the right and the axis labels on the right.

use crate::gui::theme::Scheme;
use iced::mouse;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::{Color, Pixels, Point, Rectangle, Renderer, Size, Theme, alignment};

/// How a bar is coloured and marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// No flag: the primary colour.
    Fine,
    /// A flag worth a look: the warning colour, marked `!`.
    Warn,
    /// Stronger learners get it wrong: the danger colour, marked `!!`.
    Danger,
    /// Too few answers to judge: an outline only, marked `?`.
    TooFew,
}

/// One question's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The facility (0-1); `None` when no attempt drew the question.
    pub value: Option<f64>,
    /// How it is coloured.
    pub tone: Tone,
    /// The label under the bar (the question's number).
    pub label: String,
}

/// Space around the plot: axis labels on the start side, numbers below.
const AXIS: f32 = 44.0;
const BELOW: f32 = 24.0;
const ABOVE: f32 = 22.0;
const LABEL: f32 = 13.0;

/// Facility per question, with guides at the "very hard" and "very easy" lines.
/// Clicking a bar publishes `pick(index)`.
pub struct FacilityChart<M> {
    /// The bars, in course order.
    pub bars: Vec<Bar>,
    /// The bar shown as chosen.
    pub selected: Option<usize>,
    /// The theme's colours.
    pub scheme: &'static Scheme,
    /// Whether to mirror for right-to-left reading.
    pub rtl: bool,
    /// The message for a click on a bar.
    pub pick: fn(usize) -> M,
}

/// Where the bars go inside `size`: the plot rectangle and one slot's width.
fn plot(size: Size, count: usize) -> (Rectangle, f32) {
    let plot = Rectangle {
        x: AXIS,
        y: ABOVE,
        width: (size.width - AXIS - 8.0).max(1.0),
        height: (size.height - ABOVE - BELOW).max(1.0),
    };
    (plot, plot.width / count.max(1) as f32)
}

/// The left edge of slot `index`, mirrored when `rtl`; the plot itself is
/// mirrored about the canvas centre so the axis sits on the reading side.
fn slot_x(size: Size, plot: Rectangle, slot: f32, index: usize, rtl: bool) -> f32 {
    let x = plot.x + slot * index as f32;
    if rtl { size.width - x - slot } else { x }
}

fn mirror(size: Size, x: f32, rtl: bool) -> f32 {
    if rtl { size.width - x } else { x }
}

fn label(content: String, position: Point, color: Color, align_x: alignment::Horizontal) -> Text {
    Text {
        content,
        position,
        color,
        size: Pixels(LABEL),
        align_x: align_x.into(),
        align_y: alignment::Vertical::Center,
        ..Text::default()
    }
}

/// Horizontal guides at `levels` (0-1) with their percentages on the axis side.
fn guides(
    frame: &mut Frame,
    size: Size,
    plot: Rectangle,
    scheme: &Scheme,
    rtl: bool,
    levels: &[f64],
) {
    for level in levels {
        let y = plot.y + plot.height * (1.0 - *level as f32);
        let line = Path::line(
            Point::new(mirror(size, plot.x, rtl), y),
            Point::new(mirror(size, plot.x + plot.width, rtl), y),
        );
        frame.stroke(
            &line,
            Stroke::default().with_color(scheme.border).with_width(1.0),
        );
        let (x, align) = if rtl {
            (size.width - AXIS + 6.0, alignment::Horizontal::Left)
        } else {
            (AXIS - 6.0, alignment::Horizontal::Right)
        };
        frame.fill_text(label(
            format!("{:.0}%", level * 100.0),
            Point::new(x, y),
            scheme.muted,
            align,
        ));
    }
}

/// The colour of a bar of `tone` (also the legend's squares).
pub fn tone_color(scheme: &Scheme, tone: Tone) -> Color {
    match tone {
        Tone::Fine => scheme.primary,
        Tone::Warn => scheme.warning_edge,
        Tone::Danger => scheme.danger,
        Tone::TooFew => scheme.muted,
    }
}

impl<M: Clone> canvas::Program<M> for FacilityChart<M> {
    type State = ();

    fn update(
        &self,
        _state: &mut (),
        event: &canvas::Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<canvas::Action<M>> {
        let canvas::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) = event else {
            return None;
        };
        let at = cursor.position_in(bounds)?;
        let (plot, slot) = plot(bounds.size(), self.bars.len());
        (0..self.bars.len())
            .find(|&index| {
                let x = slot_x(bounds.size(), plot, slot, index, self.rtl);
                at.x >= x && at.x < x + slot
            })
            .map(|index| canvas::Action::publish((self.pick)(index)).and_capture())
    }

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let mut frame = Frame::new(renderer, size);
        let scheme = self.scheme;
        let (plot, slot) = plot(size, self.bars.len());
        if let Some(selected) = self.selected {
            let x = slot_x(size, plot, slot, selected, self.rtl);
            frame.fill_rectangle(
                Point::new(x, plot.y - ABOVE + 2.0),
                Size::new(slot, plot.height + ABOVE + BELOW - 2.0),
                scheme.highlight_fill,
            );
        }
        guides(
            &mut frame,
            size,
            plot,
            scheme,
            self.rtl,
            &[0.0, 0.3, 0.9, 1.0],
        );
        // Numbers thin out when the bars are too narrow for every one.
        let every = ((LABEL * 2.2) / slot).ceil().max(1.0) as usize;
        for (index, bar) in self.bars.iter().enumerate() {
            let x = slot_x(size, plot, slot, index, self.rtl);
            let width = (slot * 0.7).max(2.0);
            let left = x + (slot - width) / 2.0;
            let color = tone_color(scheme, bar.tone);
            let value = bar.value.unwrap_or(0.0).clamp(0.0, 1.0) as f32;
            let height = (plot.height * value).max(1.0);
            let top = plot.y + plot.height - height;
            let rectangle = Path::rectangle(Point::new(left, top), Size::new(width, height));
            if bar.tone == Tone::TooFew {
                frame.stroke(
                    &rectangle,
                    Stroke::default().with_color(color).with_width(1.5),
                );
            } else {
                frame.fill(&rectangle, color);
            }
            let mark = match bar.tone {
                Tone::Fine => None,
                Tone::Warn => Some("!"),
                Tone::Danger => Some("!!"),
                Tone::TooFew => Some("?"),
            };
            if let Some(mark) = mark {
                frame.fill_text(label(
                    mark.to_owned(),
                    Point::new(x + slot / 2.0, top - 9.0),
                    scheme.text,
                    alignment::Horizontal::Center,
                ));
            }
            if index % every == 0 || self.selected == Some(index) {
                frame.fill_text(label(
                    bar.label.clone(),
                    Point::new(x + slot / 2.0, plot.y + plot.height + BELOW / 2.0),
                    scheme.text,
                    alignment::Horizontal::Center,
                ));
            }
        }
        vec![frame.into_geometry()]
    }

    fn mouse_interaction(
        &self,
        _state: &(),
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> mouse::Interaction {
        if cursor.is_over(bounds) {
            mouse::Interaction::Pointer
        } else {
            mouse::Interaction::default()
        }
    }
}

/// Attempts per tenth of the score, with the pass mark drawn as a line.
pub struct Histogram {
    /// Attempts in each bin, 0-10% first.
    pub bins: Vec<usize>,
    /// The pass mark (0-1).
    pub pass_mark: f64,
    /// The theme's colours.
    pub scheme: &'static Scheme,
    /// Whether to mirror for right-to-left reading.
    pub rtl: bool,
}

impl<M> canvas::Program<M> for Histogram {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let mut frame = Frame::new(renderer, size);
        let scheme = self.scheme;
        let (plot, slot) = plot(size, self.bins.len());
        let most = self.bins.iter().copied().max().unwrap_or(0).max(1);
        let baseline = Path::line(
            Point::new(mirror(size, plot.x, self.rtl), plot.y + plot.height),
            Point::new(
                mirror(size, plot.x + plot.width, self.rtl),
                plot.y + plot.height,
            ),
        );
        frame.stroke(
            &baseline,
            Stroke::default().with_color(scheme.border).with_width(1.0),
        );
        for (index, count) in self.bins.iter().enumerate() {
            let x = slot_x(size, plot, slot, index, self.rtl);
            let height = plot.height * (*count as f32 / most as f32);
            if *count > 0 {
                frame.fill_rectangle(
                    Point::new(x + 1.0, plot.y + plot.height - height),
                    Size::new((slot - 2.0).max(1.0), height),
                    scheme.primary,
                );
            }
            frame.fill_text(label(
                count.to_string(),
                Point::new(x + slot / 2.0, plot.y + plot.height - height - 9.0),
                scheme.text,
                alignment::Horizontal::Center,
            ));
            frame.fill_text(label(
                format!("{}%", index * 10),
                Point::new(x, plot.y + plot.height + BELOW / 2.0),
                scheme.muted,
                alignment::Horizontal::Center,
            ));
        }
        // The pass mark as a dashed line across the bins.
        let at = plot.x + plot.width * self.pass_mark.clamp(0.0, 1.0) as f32;
        let x = mirror(size, at, self.rtl);
        let line = Path::line(
            Point::new(x, plot.y - 6.0),
            Point::new(x, plot.y + plot.height),
        );
        frame.stroke(
            &line,
            Stroke {
                line_dash: canvas::LineDash {
                    segments: &[4.0, 3.0],
                    offset: 0,
                },
                ..Stroke::default().with_color(scheme.danger).with_width(2.0)
            },
        );
        vec![frame.into_geometry()]
    }
}

/// One option's share, as a bar filling part of its track.
pub struct ShareBar {
    /// The share (0-1).
    pub share: f64,
    /// Whether the option is the right answer (the success colour).
    pub correct: bool,
    /// The theme's colours.
    pub scheme: &'static Scheme,
    /// Whether the bar grows from the right.
    pub rtl: bool,
}

impl<M> canvas::Program<M> for ShareBar {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let mut frame = Frame::new(renderer, size);
        frame.fill_rectangle(Point::ORIGIN, size, self.scheme.chip_fill);
        let width = size.width * self.share.clamp(0.0, 1.0) as f32;
        let x = if self.rtl { size.width - width } else { 0.0 };
        let color = if self.correct {
            self.scheme.success
        } else {
            self.scheme.primary
        };
        frame.fill_rectangle(Point::new(x, 0.0), Size::new(width, size.height), color);
        frame.stroke(
            &Path::rectangle(Point::ORIGIN, size),
            Stroke::default()
                .with_color(self.scheme.border)
                .with_width(1.0),
        );
        vec![frame.into_geometry()]
    }
}
