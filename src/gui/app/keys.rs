//! The keyboard: shortcuts that work on every screen, and the focus ring that
//! Tab moves through each screen's controls (iced 0.14 buttons have no focus).

use super::{App, Appearance, Message, Screen, reveal};
use crate::gui::screen::{
    certificate, course, learners, lesson, library, quiz, settings, trainer, trainer_lock,
};
use crate::gui::widget::Focus;
use iced::Task;
use iced::keyboard::{self, Key, key::Named};
use iced::widget::operation::{self, AbsoluteOffset, RelativeOffset};

/// How far one arrow key press scrolls, in logical pixels.
const LINE_SCROLL: f32 = 48.0;
/// How far Page Up / Page Down scroll.
const PAGE_SCROLL: f32 = 480.0;

/// Keys that work on every screen where they make sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// F5 or Ctrl+R: read the course folders again (library).
    Reload,
    /// Escape: back to the previous screen (or close the shortcuts list).
    Back,
    /// Left arrow (right arrow in right-to-left languages): the previous lesson.
    Previous,
    /// Right arrow (left arrow in right-to-left languages): the next lesson.
    Next,
    /// A key that scrolls the current screen.
    Scroll(ScrollKey),
    /// F1: show or hide the list of shortcuts.
    Help,
    /// Tab: the next control.
    FocusNext,
    /// Shift+Tab: the previous control.
    FocusPrevious,
    /// Enter: press the control with the keyboard focus (in a quiz: check
    /// the answer or go on).
    Activate,
    /// Alt+Down: open the focused pick list.
    OpenList,
    /// A digit key 1–9: pick that answer in a quiz.
    Answer(u8),
    /// Space: press the focused control, or scroll down a page.
    Space,
    /// Ctrl+Plus: larger text.
    Larger,
    /// Ctrl+Minus: smaller text.
    Smaller,
}

/// Keys that move through a long screen without a mouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScrollKey {
    /// Arrow up.
    LineUp,
    /// Arrow down.
    LineDown,
    /// Page up.
    PageUp,
    /// Page down (or Space).
    PageDown,
    /// Home: back to the top.
    Top,
    /// End: down to the bottom.
    Bottom,
}

impl App {
    pub(super) fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        let rtl = self.locale.language().right_to_left;
        let (previous, next) = if rtl {
            (lesson::Message::Next, lesson::Message::Previous)
        } else {
            (lesson::Message::Previous, lesson::Message::Next)
        };
        if matches!(self.screen, Screen::Quiz(_))
            && !self.help_open
            && let Some(task) = self.quiz_key(shortcut, rtl)
        {
            return task;
        }
        match (shortcut, &self.screen) {
            (Shortcut::Help, _) => {
                self.help_open = !self.help_open;
                Task::none()
            }
            (Shortcut::Back, _) if self.help_open => {
                self.help_open = false;
                Task::none()
            }
            (Shortcut::FocusNext, _) => self.move_focus(1),
            (Shortcut::FocusPrevious, _) => self.move_focus(-1),
            (Shortcut::Activate, _) => self.activate().unwrap_or_else(Task::none),
            (Shortcut::Space, _) => {
                let page_down = scroll_id(&self.screen);
                match self.activate() {
                    Some(task) => task,
                    None => page_down.map_or_else(Task::none, |id| scroll(id, ScrollKey::PageDown)),
                }
            }
            (Shortcut::Larger | Shortcut::Smaller, _) if self.learner.is_some() => {
                let step: i32 = if shortcut == Shortcut::Larger {
                    25
                } else {
                    -25
                };
                let size = (i32::from(self.appearance.text_size) + step).clamp(100, 200);
                let text_size = u16::try_from(size).unwrap_or(100);
                self.set_appearance(Appearance {
                    text_size,
                    ..self.appearance
                });
                Task::none()
            }
            (Shortcut::Reload, Screen::Library(_)) => {
                self.update(Message::Library(library::Message::Reload))
            }
            (Shortcut::Back, Screen::Course(_)) => {
                self.update(Message::Course(course::Message::Back))
            }
            (Shortcut::Back, Screen::Lesson(_)) => {
                self.update(Message::Lesson(lesson::Message::Back))
            }
            (Shortcut::Back, Screen::Settings(_)) => {
                self.update(Message::Settings(settings::Message::Back))
            }
            (Shortcut::Back, Screen::Certificate(_)) => {
                self.update(Message::Certificate(certificate::Message::Back))
            }
            (Shortcut::Back, Screen::Trainer(_)) => {
                self.update(Message::Trainer(trainer::Message::Back))
            }
            (Shortcut::Back, Screen::TrainerLock(_)) => {
                self.update(Message::TrainerLock(trainer_lock::Message::Back))
            }
            (Shortcut::Back, Screen::Learners(_)) => {
                self.update(Message::Learners(learners::Message::Cancel))
            }
            (Shortcut::Previous, Screen::Lesson(_)) => self.update(Message::Lesson(previous)),
            (Shortcut::Next, Screen::Lesson(_)) => self.update(Message::Lesson(next)),
            (Shortcut::Scroll(key), screen) => match scroll_id(screen) {
                Some(id) => scroll(id, key),
                None => Task::none(),
            },
            _ => Task::none(),
        }
    }

    /// A key on the quiz screen: a focused control that reads its own keys
    /// first (a pick list, an ordering item), then the quiz's keys. Space
    /// presses only the focused control (else it scrolls), so it never presses
    /// a button the learner cannot see. `None`: the key is not the quiz's.
    fn quiz_key(&mut self, shortcut: Shortcut, rtl: bool) -> Option<Task<Message>> {
        let Screen::Quiz(state) = &self.screen else {
            return None;
        };
        let own = match shortcut {
            Shortcut::Scroll(ScrollKey::LineUp) => Some(quiz::FocusKey::Up),
            Shortcut::Scroll(ScrollKey::LineDown) => Some(quiz::FocusKey::Down),
            Shortcut::OpenList => Some(quiz::FocusKey::Open),
            Shortcut::Activate => Some(quiz::FocusKey::Enter),
            Shortcut::Space => Some(quiz::FocusKey::Space),
            Shortcut::Back => Some(quiz::FocusKey::Escape),
            _ => None,
        };
        if let (Some(focus), Some(key)) = (self.focused(), own)
            && let Some(message) = state.focused_key(focus, key)
        {
            return Some(self.update(Message::Quiz(message)));
        }
        let message = match shortcut {
            Shortcut::Back => quiz::Message::Back,
            // Mirrored like the lesson reader's: the arrow points the way.
            Shortcut::Previous if rtl => quiz::Message::Next,
            Shortcut::Next if rtl => quiz::Message::Previous,
            Shortcut::Previous => quiz::Message::Previous,
            Shortcut::Next => quiz::Message::Next,
            Shortcut::Answer(digit) => state.key(
                &Key::Character(digit.to_string().into()),
                keyboard::Modifiers::default(),
            )?,
            Shortcut::Activate => match self.activate() {
                Some(task) => return Some(task),
                // Enter with nothing focused: the filled (main) button.
                None => quiz::Message::Confirm,
            },
            Shortcut::Space => {
                return Some(
                    self.activate()
                        .unwrap_or_else(|| scroll(quiz::SCROLL_ID, ScrollKey::PageDown)),
                );
            }
            _ => return None,
        };
        Some(self.update(Message::Quiz(message)))
    }

    /// What Tab moves through on the current screen, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = self.preview_focus();
        order.extend(self.screen_focus_order());
        order
    }

    fn screen_focus_order(&self) -> Vec<Focus<Message>> {
        match &self.screen {
            Screen::Learners(state) => wrap_focus(state.focus_order(), Message::Learners),
            Screen::Library(state) => wrap_focus(state.focus_order(), Message::Library),
            Screen::Course(state) => wrap_focus(state.focus_order(), Message::Course),
            Screen::Lesson(state) => wrap_focus(state.focus_order(), Message::Lesson),
            Screen::Settings(state) => wrap_focus(state.focus_order(), Message::Settings),
            Screen::Quiz(state) => wrap_focus(state.focus_order(), Message::Quiz),
            Screen::Certificate(state) => wrap_focus(state.focus_order(), Message::Certificate),
            Screen::Trainer(state) => wrap_focus(state.focus_order(), Message::Trainer),
            Screen::TrainerLock(state) => wrap_focus(state.focus_order(), Message::TrainerLock),
            Screen::StoreFailed | Screen::FolderInUse | Screen::PreviewBroken => Vec::new(),
        }
    }

    /// The id of the control with the keyboard focus, if it is on screen.
    pub fn focused(&self) -> Option<&str> {
        let focus = self.focus.as_deref()?;
        self.focus_order()
            .iter()
            .any(|target| target.id() == focus)
            .then_some(focus)
    }

    /// Moves the keyboard focus `step` places along the screen's order,
    /// wrapping around, and scrolls the control into view. A text field also
    /// takes iced's own focus; any other control takes it from every text
    /// field, so Enter on a focused button never types into a note.
    fn move_focus(&mut self, step: isize) -> Task<Message> {
        let order = self.focus_order();
        if order.is_empty() {
            return Task::none();
        }
        let count = order.len().cast_signed();
        let current = self
            .focused()
            .and_then(|id| order.iter().position(|target| target.id() == id))
            .map(|index| index.cast_signed());
        let next = match current {
            Some(index) => (index + step).rem_euclid(count),
            None if step > 0 => 0,
            None => count - 1,
        };
        let Some(target) = order.get(next.unsigned_abs()) else {
            return Task::none();
        };
        let id = target.id().to_owned();
        self.focus = Some(id.clone());
        // Focusing an id no text field has leaves every text field unfocused.
        Task::batch([operation::focus(id.clone()), reveal::reveal(&id)])
    }

    /// Presses the focused control; `None` when nothing is focused.
    fn activate(&mut self) -> Option<Task<Message>> {
        let focus = self.focus.clone()?;
        let message = self
            .focus_order()
            .into_iter()
            .find_map(|target| match target {
                Focus::Press(id, message) if id == focus => Some(message),
                _ => None,
            })?;
        Some(self.update(message))
    }
}

pub(super) fn wrap_focus<M>(
    order: Vec<Focus<M>>,
    wrap: impl Fn(M) -> Message,
) -> Vec<Focus<Message>> {
    order.into_iter().map(|target| target.map(&wrap)).collect()
}

pub(super) fn scroll_id(screen: &Screen) -> Option<&'static str> {
    match screen {
        Screen::Learners(_) => Some(learners::SCROLL_ID),
        Screen::Library(_) => Some(library::SCROLL_ID),
        Screen::Course(_) => Some(course::SCROLL_ID),
        Screen::Lesson(_) => Some(lesson::SCROLL_ID),
        Screen::Settings(_) => Some(settings::SCROLL_ID),
        Screen::Quiz(_) => Some(quiz::SCROLL_ID),
        Screen::Certificate(_) => Some(certificate::SCROLL_ID),
        Screen::Trainer(_) => Some(trainer::SCROLL_ID),
        Screen::TrainerLock(_) => None,
        Screen::StoreFailed | Screen::FolderInUse => None,
        Screen::PreviewBroken => Some(super::PROBLEMS_ID),
    }
}

/// The app message for a key press, if the key means something here.
pub fn key_message(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
        return None;
    };
    let shortcut = match key.as_ref() {
        Key::Named(Named::F1) => Shortcut::Help,
        Key::Named(Named::Tab) if modifiers.shift() => Shortcut::FocusPrevious,
        Key::Named(Named::Tab) => Shortcut::FocusNext,
        Key::Character("+" | "=") if modifiers.command() => Shortcut::Larger,
        Key::Character("-") if modifiers.command() => Shortcut::Smaller,
        Key::Named(Named::F5) => Shortcut::Reload,
        Key::Character("r") if modifiers.command() => Shortcut::Reload,
        Key::Named(Named::Escape) => Shortcut::Back,
        Key::Named(Named::ArrowLeft) => Shortcut::Previous,
        Key::Named(Named::ArrowRight) => Shortcut::Next,
        Key::Named(Named::ArrowDown) if modifiers.alt() => Shortcut::OpenList,
        Key::Named(Named::ArrowUp) => Shortcut::Scroll(ScrollKey::LineUp),
        Key::Named(Named::ArrowDown) => Shortcut::Scroll(ScrollKey::LineDown),
        Key::Named(Named::PageUp) => Shortcut::Scroll(ScrollKey::PageUp),
        Key::Named(Named::PageDown) => Shortcut::Scroll(ScrollKey::PageDown),
        Key::Named(Named::Space) => Shortcut::Space,
        Key::Named(Named::Enter) => Shortcut::Activate,
        Key::Character(digit) if !modifiers.command() && !modifiers.alt() => {
            match digit.parse::<u8>() {
                Ok(number @ 1..=9) => Shortcut::Answer(number),
                _ => return None,
            }
        }
        Key::Named(Named::Home) => Shortcut::Scroll(ScrollKey::Top),
        Key::Named(Named::End) => Shortcut::Scroll(ScrollKey::Bottom),
        _ => return None,
    };
    Some(Message::Shortcut(shortcut))
}

fn scroll(id: &'static str, key: ScrollKey) -> Task<Message> {
    let by = |y: f32| operation::scroll_by(id, AbsoluteOffset { x: 0.0, y });
    match key {
        ScrollKey::LineUp => by(-LINE_SCROLL),
        ScrollKey::LineDown => by(LINE_SCROLL),
        ScrollKey::PageUp => by(-PAGE_SCROLL),
        ScrollKey::PageDown => by(PAGE_SCROLL),
        ScrollKey::Top => operation::snap_to(id, RelativeOffset::START),
        ScrollKey::Bottom => operation::snap_to(id, RelativeOffset::END),
    }
}
