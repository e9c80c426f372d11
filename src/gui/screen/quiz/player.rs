//! The player's logic: moving through the questions, and saving each answer to
//! the store before anything about it is shown.

use super::answer::{self, Draft, OpenList};
use super::{FocusKey, Message, Problem, find};
use crate::course::{Question, Quiz};
use crate::gui::course_text;
use crate::gui::error_text::ErrorText;
use crate::gui::widget::Focus;
use crate::progress::{AttemptId, AttemptOutcome, AttemptRecord, LearnerSession};
use crate::quiz::{
    Attempt, AttemptPlan, AttemptResult, Outcome, PlannedQuestion, Response, feedback_now,
};

/// An attempt being answered.
#[derive(Debug)]
pub(super) struct Player {
    pub(super) id: AttemptId,
    pub(super) attempt: Attempt,
    /// The question shown, by position in the plan.
    pub(super) position: usize,
    /// What is on screen for each planned question.
    pub(super) drafts: Vec<Draft>,
    /// The graded answer of each question, once checked (immediate feedback).
    pub(super) checked: Vec<Option<Outcome>>,
    /// Each question's prompt, parsed once.
    pub(super) prompts: Vec<course_text::Document>,
    /// The quiz's introduction, shown with the first question.
    // Boxed: most quizzes have none, and the player sits in an enum.
    pub(super) intro: Option<Box<course_text::Document>>,
    /// What went wrong with the last action, shown until the next one.
    pub(super) problem: Option<Problem>,
    /// The learner asked to submit with questions unanswered: ask to confirm.
    pub(super) confirming: bool,
    /// A matching pick list opened by a key or a click: iced 0.14's pick list
    /// takes no focus and cannot be opened by a key (iced issues #489, #552),
    /// and its menu does not wrap, so the quiz shows the choices itself under
    /// the list.
    pub(super) list: Option<OpenList>,
}

/// What a player message leads to.
pub(super) enum Step {
    /// Stay on the player.
    Stay,
    /// Back to the course overview.
    Leave,
    /// The attempt was submitted with this result.
    Submitted(AttemptResult),
}

impl Player {
    /// A new attempt's player, on its first question.
    pub(super) fn new(quiz: &Quiz, id: AttemptId, attempt: Attempt) -> Self {
        let drafts = attempt
            .plan
            .questions
            .iter()
            .map(|planned| match find(quiz, &planned.question_id) {
                Some(question) => Draft::new(question, planned),
                None => Draft::Text(String::new()),
            })
            .collect();
        let count = attempt.plan.questions.len();
        let prompts = attempt
            .plan
            .questions
            .iter()
            .map(|planned| {
                let prompt = find(quiz, &planned.question_id).map_or("", |q| q.prompt.as_str());
                course_text::Document::parse(prompt)
            })
            .collect();
        Self {
            id,
            attempt,
            position: 0,
            drafts,
            checked: vec![None; count],
            prompts,
            intro: quiz
                .intro
                .as_deref()
                .filter(|intro| !intro.trim().is_empty())
                .map(|intro| Box::new(course_text::Document::parse(intro))),
            problem: None,
            confirming: false,
            list: None,
        }
    }

    /// What Tab moves through while answering, in the order shown: the answer
    /// controls (none once checked), the confirmation, then the way on.
    pub(super) fn focus_order(&self, quiz: &Quiz) -> Vec<Focus<Message>> {
        let mut order = Vec::new();
        if let (Some((question, planned)), Some(draft), false) = (
            self.question(quiz),
            self.drafts.get(self.position),
            self.locked(),
        ) {
            match draft {
                Draft::Single(_) | Draft::Multiple(_) | Draft::TrueFalse(_) => {
                    for index in 0..answer::option_count(question, planned) {
                        order.push(Focus::Press(
                            format!("option-{}", index + 1),
                            Message::Pick(index),
                        ));
                    }
                }
                Draft::Matching(_) => {
                    for pair in question.pairs.iter().flatten() {
                        order.push(Focus::Keys(answer::match_id(&pair.id)));
                    }
                }
                Draft::Ordering(items) => {
                    for (index, id) in items.iter().enumerate() {
                        order.push(Focus::Keys(answer::order_id(id)));
                        if index > 0 {
                            order.push(Focus::Press(
                                format!("up-{}", index + 1),
                                Message::MoveUp(index),
                            ));
                        }
                        if index + 1 < items.len() {
                            order.push(Focus::Press(
                                format!("down-{}", index + 1),
                                Message::MoveDown(index),
                            ));
                        }
                    }
                }
                Draft::Text(_) => order.push(Focus::Field(answer::TEXT_ID.into())),
                Draft::Number(_) => order.push(Focus::Field(answer::NUMBER_ID.into())),
            }
        }
        if self.confirming {
            order.push(Focus::Press(
                "keep-answering".into(),
                Message::KeepAnswering,
            ));
            order.push(Focus::Press("submit-anyway".into(), Message::SubmitAnyway));
        }
        if self.position > 0 {
            order.push(Focus::Press("previous".into(), Message::Previous));
        }
        if matches!(self.primary(quiz), Message::Check) {
            order.push(Focus::Press("check".into(), Message::Check));
        }
        if self.is_last() {
            order.push(Focus::Press("submit".into(), Message::Submit));
        } else {
            order.push(Focus::Press("next".into(), Message::Next));
        }
        order
    }

    /// What `key` means on the focused control `focus` (see [`FocusKey`]).
    pub(super) fn focused_key(&self, quiz: &Quiz, focus: &str, key: FocusKey) -> Option<Message> {
        if self.locked() {
            return None;
        }
        let (question, planned) = self.question(quiz)?;
        match self.drafts.get(self.position)? {
            Draft::Matching(_) => {
                let pair = question
                    .pairs
                    .iter()
                    .flatten()
                    .find(|pair| answer::match_id(&pair.id) == focus)?;
                let offered = answer::offered(question, planned);
                match &self.list {
                    Some(list) if list.pair == pair.id => match key {
                        FocusKey::Up => {
                            Some(Message::Highlight(list.highlighted.saturating_sub(1)))
                        }
                        FocusKey::Down => Some(Message::Highlight(
                            (list.highlighted + 1).min(offered.len().saturating_sub(1)),
                        )),
                        FocusKey::Enter | FocusKey::Space => {
                            offered.get(list.highlighted).map(|item| Message::Match {
                                left: pair.id.clone(),
                                right: item.pair.clone(),
                            })
                        }
                        FocusKey::Escape => Some(Message::CloseList),
                        FocusKey::Open => None,
                    },
                    _ => match key {
                        FocusKey::Escape => None,
                        _ => Some(Message::OpenList(pair.id.clone())),
                    },
                }
            }
            Draft::Ordering(items) => {
                let index = items.iter().position(|id| answer::order_id(id) == focus)?;
                match key {
                    FocusKey::Up => Some(Message::MoveUp(index)),
                    FocusKey::Down => Some(Message::MoveDown(index)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Puts back kept drafts on the questions not checked yet.
    pub(super) fn restore(&mut self, drafts: Vec<Draft>) {
        if drafts.len() != self.drafts.len() {
            return;
        }
        for (index, kept) in drafts.into_iter().enumerate() {
            let checked = self.checked.get(index).is_some_and(Option::is_some);
            if let Some(draft) = self.drafts.get_mut(index)
                && !checked
                && std::mem::discriminant(draft) == std::mem::discriminant(&kept)
            {
                *draft = kept;
            }
        }
    }

    /// The question shown and its plan.
    pub(super) fn question<'q>(
        &'q self,
        quiz: &'q Quiz,
    ) -> Option<(&'q Question, &'q PlannedQuestion)> {
        let planned = self.attempt.plan.questions.get(self.position)?;
        Some((find(quiz, &planned.question_id)?, planned))
    }

    /// Whether the question shown was checked: its answer can no longer change.
    pub(super) fn locked(&self) -> bool {
        self.checked.get(self.position).is_some_and(Option::is_some)
    }

    pub(super) fn is_last(&self) -> bool {
        self.position + 1 >= self.attempt.plan.questions.len()
    }

    /// What the main button (and Enter) does now.
    pub(super) fn primary(&self, quiz: &Quiz) -> Message {
        let filled = self.question(quiz).is_some_and(|(_, planned)| {
            self.drafts
                .get(self.position)
                .is_some_and(|draft| !matches!(draft.response(planned), Ok(None)))
        });
        if feedback_now(quiz) && !self.locked() && filled {
            Message::Check
        } else if self.is_last() {
            Message::Submit
        } else {
            Message::Next
        }
    }

    pub(super) fn update(
        &mut self,
        message: Message,
        quiz: &Quiz,
        session: &LearnerSession<'_>,
    ) -> Step {
        let locked = self.locked();
        let draft_changes = matches!(
            message,
            Message::Pick(_)
                | Message::Match { .. }
                | Message::MoveUp(_)
                | Message::MoveDown(_)
                | Message::Input(_)
        );
        if draft_changes {
            if locked {
                return Step::Stay;
            }
            // Editing the answer clears a "could not read the number" notice;
            // a failed save stays shown until the answer is saved.
            if self.problem == Some(Problem::NotANumber) {
                self.problem = None;
            }
            if let Some(draft) = self.drafts.get_mut(self.position) {
                match message {
                    Message::Pick(index) => draft.pick(index),
                    Message::Match { left, right } => {
                        draft.choose(left, right);
                        self.list = None;
                    }
                    Message::MoveUp(index) => draft.shift(index, true),
                    Message::MoveDown(index) => draft.shift(index, false),
                    Message::Input(typed) => draft.type_in(typed),
                    _ => {}
                }
            }
            return Step::Stay;
        }
        match message {
            Message::OpenList(pair) if !locked => {
                let highlighted = self
                    .question(quiz)
                    .zip(self.drafts.get(self.position))
                    .and_then(|((question, planned), draft)| match draft {
                        Draft::Matching(chosen) => {
                            let right = chosen.get(&pair)?;
                            answer::offered(question, planned)
                                .iter()
                                .position(|item| &item.pair == right)
                        }
                        _ => None,
                    })
                    .unwrap_or(0);
                self.list = Some(OpenList { pair, highlighted });
                return Step::Stay;
            }
            Message::Highlight(index) => {
                if let Some(list) = &mut self.list {
                    list.highlighted = index;
                }
                return Step::Stay;
            }
            Message::CloseList => {
                self.list = None;
                return Step::Stay;
            }
            _ => {}
        }
        if !matches!(message, Message::Match { .. }) {
            // Whatever else happens, a list opened from the keyboard closes.
            self.list = None;
        }
        match message {
            Message::Check => {
                // Only quizzes with immediate feedback show it before the end.
                if let Ok(Some(outcome)) = self.save(quiz, session)
                    && feedback_now(quiz)
                    && let Some(slot) = self.checked.get_mut(self.position)
                {
                    *slot = Some(outcome);
                }
            }
            Message::Confirm => return self.update(self.primary(quiz), quiz, session),
            Message::Next => {
                if self.leave_question(quiz, session) && !self.is_last() {
                    self.position += 1;
                    self.confirming = false;
                }
            }
            Message::Previous => {
                if self.leave_question(quiz, session) && self.position > 0 {
                    self.position -= 1;
                    self.confirming = false;
                }
            }
            Message::Back => {
                // A second Back after a failed save leaves without it, so a broken
                // store never traps the learner on the screen.
                let retried = matches!(self.problem, Some(Problem::NotSaved(_)));
                if self.leave_question(quiz, session) || retried {
                    return Step::Leave;
                }
            }
            Message::Submit => {
                if self.leave_question(quiz, session) {
                    if self.attempt.unanswered().is_empty() {
                        return self.finish(quiz, session);
                    }
                    self.confirming = true;
                }
            }
            Message::SubmitAnyway => return self.finish(quiz, session),
            Message::KeepAnswering => {
                self.confirming = false;
                if let Some(first) = self.attempt.resume_position() {
                    self.position = first;
                }
            }
            Message::TryAgain
            | Message::Done
            | Message::Link(_)
            | Message::OpenList(_)
            | Message::Highlight(_)
            | Message::CloseList
            | Message::Pick(_)
            | Message::Match { .. }
            | Message::MoveUp(_)
            | Message::MoveDown(_)
            | Message::Input(_)
            | Message::PicturesRead(_) => {}
        }
        Step::Stay
    }

    /// Saves the answer shown when the learner leaves its question. With
    /// immediate feedback only "Check" saves (an unchecked answer stays on screen
    /// in this session); otherwise leaving the question saves it. `false` when
    /// the save failed: the learner stays, the answer still on screen.
    fn leave_question(&mut self, quiz: &Quiz, session: &LearnerSession<'_>) -> bool {
        if feedback_now(quiz) {
            self.problem = None;
            return true;
        }
        self.save(quiz, session).is_ok()
    }

    /// Grades the answer on screen and commits it to the store; only once it is
    /// stored does the attempt (and so what the screen shows) take it. `None`
    /// when there is nothing to save.
    fn save(&mut self, quiz: &Quiz, session: &LearnerSession<'_>) -> Result<Option<Outcome>, ()> {
        let Some((_, planned)) = self.question(quiz) else {
            return Ok(None);
        };
        let question_id = planned.question_id.clone();
        let Some(draft) = self.drafts.get(self.position) else {
            return Ok(None);
        };
        let response = match draft.response(planned) {
            Ok(Some(response)) => response,
            Ok(None) => {
                self.problem = None;
                return Ok(None);
            }
            Err(answer::NotANumber) => {
                self.problem = Some(Problem::NotANumber);
                return Err(());
            }
        };
        let mut graded = self.attempt.clone();
        let outcome = match graded.answer(quiz, &question_id, response.clone()) {
            Ok(outcome) => outcome,
            Err(error) => {
                self.problem = Some(Problem::CourseChanged(error.into()));
                return Err(());
            }
        };
        if self.attempt.responses.get(&question_id) != Some(&response) {
            let points = feedback_now(quiz).then_some(outcome.points);
            if let Err(error) = session.record_answer(self.id, &question_id, &response, points) {
                self.problem = Some(Problem::NotSaved(error.into()));
                return Err(());
            }
            self.attempt = graded;
        }
        self.problem = None;
        Ok(Some(outcome))
    }

    /// Scores the attempt and submits it to the store.
    fn finish(&mut self, quiz: &Quiz, session: &LearnerSession<'_>) -> Step {
        let result = match self.attempt.submit(quiz) {
            Ok(result) => result,
            Err(error) => {
                self.problem = Some(Problem::CourseChanged(error.into()));
                return Step::Stay;
            }
        };
        let outcome = AttemptOutcome::from(&result);
        match session.finish_attempt(self.id, &outcome) {
            Ok(()) => Step::Submitted(result),
            Err(error) => {
                self.problem = Some(Problem::NotSubmitted(error.into()));
                self.confirming = false;
                Step::Stay
            }
        }
    }

    /// The player for a stored, unfinished attempt: its plan, with every stored
    /// answer given again (the last one given to a question counts). `None` when
    /// the attempt no longer fits the course (its layout is unreadable or names
    /// questions the course has dropped).
    pub(super) fn resume(
        quiz: &Quiz,
        record: &AttemptRecord,
        session: &LearnerSession<'_>,
    ) -> Result<Option<Self>, ErrorText> {
        let Ok(plan) = serde_json::from_value::<AttemptPlan>(record.layout.clone()) else {
            return Ok(None);
        };
        if plan.questions.is_empty()
            || plan
                .questions
                .iter()
                .any(|planned| find(quiz, &planned.question_id).is_none())
        {
            return Ok(None);
        }
        let answers = session.answers(record.id)?;
        let mut player = Self::new(quiz, record.id, Attempt::new(plan));
        for stored in answers {
            let Ok(response) = serde_json::from_value::<Response>(stored.answer) else {
                continue;
            };
            let Some(index) = player
                .attempt
                .plan
                .questions
                .iter()
                .position(|planned| planned.question_id == stored.question_id)
            else {
                continue;
            };
            // An answer the course can no longer grade is skipped, not fatal.
            let Ok(outcome) = player
                .attempt
                .answer(quiz, &stored.question_id, response.clone())
            else {
                continue;
            };
            if let (Some(question), Some(planned)) = (
                find(quiz, &stored.question_id),
                player.attempt.plan.questions.get(index),
            ) && let Some(draft) = player.drafts.get_mut(index)
            {
                *draft = Draft::from_response(question, planned, &response);
            }
            if feedback_now(quiz)
                && let Some(slot) = player.checked.get_mut(index)
            {
                *slot = Some(outcome);
            }
        }
        player.position = player
            .attempt
            .resume_position()
            .unwrap_or(player.attempt.plan.questions.len().saturating_sub(1));
        Ok(Some(player))
    }
}
