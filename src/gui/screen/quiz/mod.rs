//! The quiz player and its results: one question at a time, each answer saved
//! the moment it is given, then the score and a review.
//!
//! The engine (`crate::quiz`) plans, grades and scores; the store keeps the plan
//! and every answer as given, so an attempt left half-way (or cut off by a power
//! failure) comes back exactly as it was.

mod answer;
mod player;
mod player_view;
mod results;

use super::{OpenCourse, record_completion};
use crate::certificate::credential::SignedCertificate;
use crate::certificate::keys::Keyring;
use crate::course::{Question, Quiz};
use crate::gui::course_text;
use crate::gui::error_text::ErrorText;
use crate::gui::picture::{Picture, course_folder, read_all};
use crate::gui::widget::{Focus, Look};
use crate::i18n::Localizer;
use crate::progress::{AttemptRecord, LearnerSession};
use crate::quiz::{
    Attempt, AttemptPlan, AttemptResult, AttemptSummary, NextStep, QuizStatus, plan_attempt,
    quiz_status,
};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::markdown;
use iced::widget::operation::{self, RelativeOffset};
use iced::{Element, Task};
use player::{Player, Step};

pub use answer::{NUMBER_ID, TEXT_ID, match_id};
pub use player_view::PICTURE_ID;

/// The id of the quiz screen's scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "quiz-scroll";

/// The quiz screen: the player, then the results of the attempt.
#[derive(Debug)]
pub struct State {
    open: OpenCourse,
    // Boxed: the app keeps one screen at a time in an enum, and these are large.
    quiz: Box<Quiz>,
    stage: Box<Stage>,
    /// The keys that sign the certificate when a quiz completes the course.
    keyring: Keyring,
    /// The questions' pictures, by path, read once (off the UI thread) when
    /// the quiz opens.
    pictures: Pictures,
}

/// Question pictures by their path in the course folder.
type Pictures = std::collections::BTreeMap<String, Picture>;

/// Where the learner is with the quiz.
#[derive(Debug)]
enum Stage {
    /// Every allowed attempt is used: nothing to play.
    OutOfAttempts(QuizStatus),
    /// Answering questions.
    Playing(Player),
    /// The attempt is submitted: its score and review.
    Results(Results),
}

/// A submitted attempt.
#[derive(Debug)]
struct Results {
    attempt: Attempt,
    result: AttemptResult,
    /// The learner's standing on the quiz after this attempt.
    status: QuizStatus,
    prompts: Vec<course_text::Document>,
    /// A new attempt could not start (the store's reason).
    problem: Option<ErrorText>,
    /// The certificate this attempt earned by completing the course, issued
    /// on submitting, shown when the learner leaves the results.
    issued: Option<Box<SignedCertificate>>,
    /// Why completing the course could not be recorded (tried again when
    /// the course opens).
    completion_problem: Option<ErrorText>,
}

/// Something that stopped an action, with the store's or engine's reason.
#[derive(Debug, Clone, PartialEq)]
enum Problem {
    /// The answer could not be saved; it stays on screen.
    NotSaved(ErrorText),
    /// The attempt could not be submitted; it stays open.
    NotSubmitted(ErrorText),
    /// The typed number could not be read.
    NotANumber,
    /// The course does not fit the attempt (it changed since it was started).
    CourseChanged(ErrorText),
}

/// What can happen on the quiz screen.
#[derive(Debug, Clone)]
pub enum Message {
    /// Back to the course overview; an unfinished attempt stays open to resume.
    Back,
    /// Pick the option at this index (in the order shown) of a single choice or
    /// true/false question (0 is True), or tick/untick it in multiple choice.
    Pick(usize),
    /// Match a matching question's left item with a right item.
    Match {
        /// The pair id of the left item.
        left: String,
        /// The pair id of the right item chosen for it.
        right: String,
    },
    /// Move the ordering item at this index one place up.
    MoveUp(usize),
    /// Move the ordering item at this index one place down.
    MoveDown(usize),
    /// The text typed in a short answer or number field.
    Input(String),
    /// Save the answer, then grade it and show the feedback (immediate feedback).
    Check,
    /// Save the answer given and go to the next question.
    Next,
    /// Save the answer given and go to the previous question.
    Previous,
    /// Enter or Space: whatever the main button does now (check, next or submit).
    Confirm,
    /// Submit the attempt; asks first when questions are unanswered.
    Submit,
    /// Submit even though some questions are unanswered.
    SubmitAnyway,
    /// Do not submit yet: go on answering.
    KeepAnswering,
    /// From the results: start a new attempt.
    TryAgain,
    /// From the results: back to the course overview.
    Done,
    /// A link in a question's text was clicked. Ignored: the answer is here.
    Link(markdown::Uri),
    /// Open the choices of a matching question's pick list, by a key or a click
    /// (by the pair id of its left item).
    OpenList(String),
    /// Light up the choice at this index in the open list (arrow keys).
    Highlight(usize),
    /// Close the open list without choosing.
    CloseList,
    /// The questions' pictures were read (each with its path).
    PicturesRead(Vec<(String, Picture)>),
}

/// A key pressed while a quiz control has the keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusKey {
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Alt+Down: open a pick list.
    Open,
    /// Enter.
    Enter,
    /// Space.
    Space,
    /// Escape.
    Escape,
}

/// Answers shown but not saved yet (with immediate feedback only "Check"
/// saves), kept for the session when the learner leaves the quiz so they are
/// still there on coming back; the store keeps no drafts.
#[derive(Debug, Clone)]
pub struct Unsaved {
    attempt: crate::progress::AttemptId,
    drafts: Vec<answer::Draft>,
}

impl Unsaved {
    /// The attempt these answers belong to.
    pub fn attempt(&self) -> crate::progress::AttemptId {
        self.attempt
    }
}

/// What the quiz screen asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Back to the course overview, the attempt left open (or none started).
    Back,
    /// The learner leaves the results of a submitted attempt.
    Finished {
        /// Whether the quiz now counts as passed (this attempt or an earlier one).
        passed: bool,
        /// The certificate issued when this attempt completed the course.
        certificate: Option<Box<SignedCertificate>>,
    },
}

impl State {
    /// The quiz `quiz_id` of `open`: the learner's unfinished attempt resumed,
    /// else a new attempt, else (every attempt used) the out-of-attempts notice.
    /// The error is the reason, when the quiz is missing or the store fails.
    /// `keyring` signs the certificate when an attempt completes the course.
    /// The task reads the questions' pictures, off the UI thread.
    pub fn new(
        open: OpenCourse,
        quiz_id: &str,
        session: &LearnerSession<'_>,
        keyring: Keyring,
    ) -> Result<(Self, Task<Message>), ErrorText> {
        let quiz = open
            .course
            .quizzes()
            .find(|quiz| quiz.id == quiz_id)
            .cloned()
            // The quiz is gone from a course read again since the overview.
            .ok_or_else(|| ErrorText::new("error-progress-open-again"))?;
        let stage = resume_or_start(&open, &quiz, session)?;
        let wanted: Vec<(String, String)> = quiz
            .questions
            .iter()
            .filter_map(|question| question.image.as_ref())
            .map(|image| (image.src.clone(), image.src.clone()))
            .collect();
        let pictures = wanted
            .iter()
            .map(|(src, _)| (src.clone(), Picture::Reading))
            .collect();
        let reading = read_all(course_folder(&open.loaded), wanted, Message::PicturesRead);
        let state = Self {
            open,
            quiz: Box::new(quiz),
            stage: Box::new(stage),
            keyring,
            pictures,
        };
        Ok((state, reading))
    }

    /// Whether some question pictures are still being read.
    pub fn is_reading_pictures(&self) -> bool {
        self.pictures
            .values()
            .any(|picture| matches!(picture, Picture::Reading))
    }

    /// The course the quiz belongs to.
    pub fn open(&self) -> &OpenCourse {
        &self.open
    }

    /// The quiz shown.
    pub fn quiz(&self) -> &Quiz {
        &self.quiz
    }

    /// The position of the question shown (from 0), while answering.
    pub fn position(&self) -> Option<usize> {
        match &*self.stage {
            Stage::Playing(player) => Some(player.position),
            _ => None,
        }
    }

    /// The id of the question shown, while answering.
    pub fn question_id(&self) -> Option<&str> {
        match &*self.stage {
            Stage::Playing(player) => player
                .attempt
                .plan
                .questions
                .get(player.position)
                .map(|planned| planned.question_id.as_str()),
            _ => None,
        }
    }

    /// The attempt being answered or just submitted.
    pub fn attempt(&self) -> Option<&Attempt> {
        match &*self.stage {
            Stage::Playing(player) => Some(&player.attempt),
            Stage::Results(results) => Some(&results.attempt),
            Stage::OutOfAttempts(_) => None,
        }
    }

    /// The result, once the attempt is submitted.
    pub fn result(&self) -> Option<&AttemptResult> {
        match &*self.stage {
            Stage::Results(results) => Some(&results.result),
            _ => None,
        }
    }

    /// Whether every allowed attempt is used and none is open.
    pub fn is_out_of_attempts(&self) -> bool {
        matches!(*self.stage, Stage::OutOfAttempts(_))
    }

    /// Whether feedback on the question shown is on screen.
    pub fn shows_feedback(&self) -> bool {
        match &*self.stage {
            Stage::Playing(player) => player
                .checked
                .get(player.position)
                .is_some_and(Option::is_some),
            _ => false,
        }
    }

    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![Focus::Press("back".into(), Message::Back)];
        match &*self.stage {
            Stage::OutOfAttempts(_) => order.push(Focus::Press("done".into(), Message::Back)),
            Stage::Playing(player) => order.extend(player.focus_order(&self.quiz)),
            Stage::Results(results) => {
                if results.status.attempts_left != Some(0) {
                    order.push(Focus::Press("try-again".into(), Message::TryAgain));
                }
                order.push(Focus::Press("done".into(), Message::Done));
            }
        }
        order
    }

    /// What `key` means while the control `focus` has the keyboard focus:
    /// arrows move an ordering item or choose in an open pick list, Enter,
    /// Space or Alt+Down open a pick list. `None`: the key is not the control's.
    pub fn focused_key(&self, focus: &str, key: FocusKey) -> Option<Message> {
        let Stage::Playing(player) = &*self.stage else {
            return None;
        };
        player.focused_key(&self.quiz, focus, key)
    }

    /// The answers on screen that are not saved, to keep when the learner
    /// leaves the quiz; `None` once the attempt is submitted.
    pub fn unsaved(&self) -> Option<Unsaved> {
        let Stage::Playing(player) = &*self.stage else {
            return None;
        };
        Some(Unsaved {
            attempt: player.id,
            drafts: player.drafts.clone(),
        })
    }

    /// Puts back answers kept from an earlier visit to this attempt, on the
    /// questions not yet checked (a checked answer is the stored one).
    pub fn restore(&mut self, unsaved: Unsaved) {
        if let Stage::Playing(player) = &mut *self.stage
            && player.id == unsaved.attempt
        {
            player.restore(unsaved.drafts);
        }
    }

    /// The id of the attempt being answered.
    pub fn attempt_id(&self) -> Option<crate::progress::AttemptId> {
        match &*self.stage {
            Stage::Playing(player) => Some(player.id),
            _ => None,
        }
    }

    /// The message for a key press on this screen, if the key means something:
    /// 1–9 pick an answer, Enter and Space check or go on. (Escape and the
    /// arrows are the app's.)
    pub fn key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        if modifiers.command() || modifiers.alt() {
            return None;
        }
        match key.as_ref() {
            Key::Named(Named::Enter | Named::Space) => Some(Message::Confirm),
            Key::Character(digit) => {
                let number: usize = digit.parse().ok().filter(|n| (1..=9).contains(n))?;
                let Stage::Playing(player) = &*self.stage else {
                    return None;
                };
                let (question, planned) = player.question(&self.quiz)?;
                (number <= answer::option_count(question, planned))
                    .then_some(Message::Pick(number - 1))
            }
            _ => None,
        }
    }

    /// Handles a message. Answers are saved through `session` before anything
    /// about them is shown.
    pub fn update(
        &mut self,
        message: Message,
        session: &LearnerSession<'_>,
    ) -> (Task<Message>, Option<Event>) {
        if let Message::PicturesRead(pictures) = message {
            self.pictures.extend(pictures);
            return (Task::none(), None);
        }
        let before = self.place();
        let event = match &mut *self.stage {
            Stage::OutOfAttempts(_) => match message {
                Message::Back | Message::Done => Some(Event::Back),
                _ => None,
            },
            Stage::Playing(player) => match player.update(message, &self.quiz, session) {
                Step::Stay => None,
                Step::Leave => Some(Event::Back),
                Step::Submitted(result) => {
                    let status = standing(&self.open, &self.quiz, session, &result);
                    let (issued, completion_problem) =
                        match record_completion(&self.open, session, &self.keyring) {
                            Ok(issued) => (issued.map(Box::new), None),
                            Err(problem) => (None, Some(problem)),
                        };
                    let attempt = player.attempt.clone();
                    let prompts = std::mem::take(&mut player.prompts);
                    *self.stage = Stage::Results(Results {
                        attempt,
                        result,
                        status,
                        prompts,
                        problem: None,
                        issued,
                        completion_problem,
                    });
                    None
                }
            },
            Stage::Results(results) => match message {
                Message::Done | Message::Back => Some(Event::Finished {
                    passed: results.status.passed,
                    certificate: results.issued.take(),
                }),
                Message::TryAgain => {
                    match start(&self.open, &self.quiz, session) {
                        Ok(stage) => *self.stage = stage,
                        Err(reason) => results.problem = Some(reason),
                    }
                    None
                }
                _ => None,
            },
        };
        // A new question or the results start at the top, not where the last
        // long question was scrolled to.
        let task = if self.place() == before {
            Task::none()
        } else {
            operation::snap_to(SCROLL_ID, RelativeOffset::START)
        };
        (task, event)
    }

    /// Which page is shown: the stage, and the question while answering.
    pub fn page(&self) -> (u8, usize) {
        self.place()
    }

    fn place(&self) -> (u8, usize) {
        match &*self.stage {
            Stage::OutOfAttempts(_) => (0, 0),
            Stage::Playing(player) => (1, player.position),
            Stage::Results(_) => (2, 0),
        }
    }

    /// Draws the screen.
    pub fn view(&self, locale: &Localizer, look: Look) -> Element<'_, Message> {
        match &*self.stage {
            Stage::OutOfAttempts(status) => {
                results::out_of_attempts(&self.quiz, status, locale, look)
            }
            Stage::Playing(player) => player_view::view(
                &self.quiz,
                player,
                &self.pictures,
                &self.open.course.language,
                self.open.untranslated_part(&self.quiz.id),
                locale,
                look,
            ),
            Stage::Results(results) => results::view(
                &self.quiz,
                results,
                &self.open.course.language,
                locale,
                look,
            ),
        }
    }
}

/// The question `id` of `quiz`.
fn find<'q>(quiz: &'q Quiz, id: &str) -> Option<&'q Question> {
    quiz.questions.iter().find(|question| question.id == id)
}

/// Resumes the learner's open attempt at `quiz`, or starts a new one.
fn resume_or_start(
    open: &OpenCourse,
    quiz: &Quiz,
    session: &LearnerSession<'_>,
) -> Result<Stage, ErrorText> {
    let course_id = open.version.course_id();
    let unfinished = session.open_attempt(course_id, &quiz.id)?;
    if let Some(record) = unfinished
        && let Some(player) = Player::resume(quiz, &record, session)?
    {
        return Ok(Stage::Playing(player));
    }
    // An attempt that no longer fits the course stays in the store, untouched;
    // the new attempt is newer, so it is the one resumed from now on.
    start(open, quiz, session)
}

/// Starts a new attempt, drawing other questions than the last attempt's where
/// the pool allows; or, when every attempt is used, the out-of-attempts stage.
fn start(open: &OpenCourse, quiz: &Quiz, session: &LearnerSession<'_>) -> Result<Stage, ErrorText> {
    let attempts = session.attempts(open.version.course_id(), &quiz.id)?;
    let status = quiz_status(quiz, &summaries(&attempts));
    if status.attempts_left == Some(0) || status.next == NextStep::NoAttemptsLeft {
        return Ok(Stage::OutOfAttempts(status));
    }
    let previous: Vec<String> = attempts
        .iter()
        .rev()
        .find_map(|record| serde_json::from_value::<AttemptPlan>(record.layout.clone()).ok())
        .map(|plan| {
            plan.questions
                .into_iter()
                .map(|planned| planned.question_id)
                .collect()
        })
        .unwrap_or_default();
    let seed = fastrand::u64(..);
    let plan = plan_attempt(quiz, seed, &previous);
    let id = session.start_attempt(&open.version, &quiz.id, seed, &plan)?;
    Ok(Stage::Playing(Player::new(quiz, id, Attempt::new(plan))))
}

fn summaries(attempts: &[AttemptRecord]) -> Vec<AttemptSummary> {
    attempts
        .iter()
        .map(|record| AttemptSummary {
            score: record.outcome.map_or(0.0, |outcome| outcome.score),
            passed: record.outcome.is_some_and(|outcome| outcome.passed),
            finished: record.finished_at.is_some(),
        })
        .collect()
}

/// The learner's standing after submitting `result`. Should the store fail to
/// say, judged from this attempt alone ("Try again" checks the store again).
fn standing(
    open: &OpenCourse,
    quiz: &Quiz,
    session: &LearnerSession<'_>,
    result: &AttemptResult,
) -> QuizStatus {
    match session.attempts(open.version.course_id(), &quiz.id) {
        Ok(attempts) => quiz_status(quiz, &summaries(&attempts)),
        Err(_) => quiz_status(
            quiz,
            &[AttemptSummary {
                score: result.score,
                passed: result.passed,
                finished: true,
            }],
        ),
    }
}
