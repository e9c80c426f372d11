//! Rules for a quiz's draw: the whole-pool `draw`, or groups that each give a
//! set number of questions to every attempt.

use super::place::QuizPlace;
use super::{Checker, is_valid_id};
use crate::course::diagnostic::Code;
use crate::course::model::Quiz;
use std::collections::HashSet;

impl Checker<'_> {
    pub(super) fn draw(&mut self, quiz: &Quiz, path: QuizPlace) {
        if quiz.groups.is_empty() {
            self.pool_draw(quiz, path);
            for (index, question) in quiz.questions.iter().enumerate() {
                if let Some(group) = &question.group {
                    self.error(
                        Code::QuizSettings,
                        format_args!("{path}/questions/{index}/group"),
                        format!(
                            "question `{}` belongs to group `{group}`, but quiz `{}` has no `groups`",
                            question.id, quiz.id
                        ),
                        &format!(
                            "add `\"groups\": [{{\"id\": \"{group}\", \"draw\": 1}}]` to the quiz, or remove `group` from the question"
                        ),
                    );
                }
            }
        } else {
            self.group_draws(quiz, path);
        }
    }

    fn pool_draw(&mut self, quiz: &Quiz, path: QuizPlace) {
        let pool = quiz.questions.len();
        match quiz.draw {
            Some(0) => self.error(
                Code::QuizSettings,
                format_args!("{path}/draw"),
                "`draw` is 0, so an attempt would have no questions".to_owned(),
                "leave `draw` out to ask every question",
            ),
            Some(draw) if draw as usize > pool => self.error(
                Code::QuizSettings,
                format_args!("{path}/draw"),
                format!("`draw` asks for {draw} questions, but the pool has only {pool}"),
                "add questions to the pool or lower `draw`",
            ),
            _ => {}
        }
    }

    fn group_draws(&mut self, quiz: &Quiz, path: QuizPlace) {
        if quiz.draw.is_some() {
            self.error(
                Code::QuizSettings,
                format_args!("{path}/draw"),
                format!(
                    "quiz `{}` has both `draw` and `groups`; with groups, each group says how many questions it gives",
                    quiz.id
                ),
                "remove `draw`: questions outside every group are asked in each attempt, and each group gives its own `draw`",
            );
        }
        let pool = quiz.questions.len();
        let always = quiz.questions.iter().filter(|q| q.group.is_none()).count();
        let drawn: u64 = quiz.groups.iter().map(|group| u64::from(group.draw)).sum();
        let totals = format!(
            "in all, each attempt would ask {always} question(s) outside groups and {drawn} drawn from groups, from a pool of {pool}"
        );
        let mut seen = HashSet::new();
        for (index, group) in quiz.groups.iter().enumerate() {
            let group_path = format!("{path}/groups/{index}");
            if !is_valid_id(&group.id) {
                self.error(
                    Code::MalformedId,
                    format_args!("{group_path}/id"),
                    format!("`{}` is not a valid group id", group.id),
                    "use lowercase letters, digits and `-`, such as `scenarios`",
                );
            } else if !seen.insert(group.id.as_str()) {
                self.error(
                    Code::DuplicateId,
                    format_args!("{group_path}/id"),
                    format!(
                        "quiz `{}` has two groups with the id `{}`",
                        quiz.id, group.id
                    ),
                    "give every group of a quiz its own id",
                );
            }
            let size = quiz.group_size(&group.id);
            if group.draw == 0 {
                self.error(
                    Code::QuizSettings,
                    format_args!("{group_path}/draw"),
                    format!(
                        "group `{}` draws 0 questions, so its {size} question(s) would never be asked; {totals}",
                        group.id
                    ),
                    "draw at least 1, or remove the group and its questions",
                );
            } else if group.draw as usize > size {
                self.error(
                    Code::QuizSettings,
                    format_args!("{group_path}/draw"),
                    format!(
                        "group `{}` draws {} questions, but only {size} question(s) have `\"group\": \"{}\"`; {totals}",
                        group.id, group.draw, group.id
                    ),
                    &format!(
                        "add questions to group `{}` or lower its `draw` to {size} or less",
                        group.id
                    ),
                );
            }
        }
        let known: Vec<&str> = quiz.groups.iter().map(|group| group.id.as_str()).collect();
        for (index, question) in quiz.questions.iter().enumerate() {
            let Some(group) = &question.group else {
                continue;
            };
            if !known.contains(&group.as_str()) {
                self.error(
                    Code::QuizSettings,
                    format_args!("{path}/questions/{index}/group"),
                    format!(
                        "question `{}` belongs to group `{group}`, which quiz `{}` does not define (its groups: {})",
                        question.id,
                        quiz.id,
                        known.join(", ")
                    ),
                    "use one of the quiz's group ids, or add the group to the quiz's `groups`",
                );
            }
        }
    }
}
