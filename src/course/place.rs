//! Where a JSON pointer lies in a course, in the words of its outline and
//! counted from 1 as people count: `/modules/1/quiz/questions/1/id` is
//! "module 2, question 2". The steps are data ([`place_steps`]), so the
//! command line writes them in English ([`place_in_course`]) and the app in
//! the window's language.

/// What one step of a place in a course names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A module of the course.
    Module,
    /// A lesson of a module.
    Lesson,
    /// A block of a lesson.
    Block,
    /// A module's quiz, when no question of it is named.
    Quiz,
    /// The course's final assessment.
    FinalAssessment,
    /// A question of a quiz.
    Question,
    /// An option of a choice question.
    Option,
    /// A pair of a matching question.
    Pair,
    /// An item of an ordering question.
    Item,
    /// A distractor of a matching question.
    Distractor,
    /// An accepted answer of a short-answer question.
    AcceptedAnswer,
    /// An answer given partial credit.
    PartialAnswer,
}

impl PlaceKind {
    /// The English word, as the command line writes it.
    pub fn english(self) -> &'static str {
        match self {
            Self::Module => "module",
            Self::Lesson => "lesson",
            Self::Block => "block",
            Self::Quiz => "quiz",
            Self::FinalAssessment => "final assessment",
            Self::Question => "question",
            Self::Option => "option",
            Self::Pair => "pair",
            Self::Item => "item",
            Self::Distractor => "distractor",
            Self::AcceptedAnswer => "accepted answer",
            Self::PartialAnswer => "partial answer",
        }
    }

    /// The kind a list named `segment` in a pointer holds, when it is one of
    /// the outline's numbered lists.
    fn of_list(segment: &str) -> Option<Self> {
        Some(match segment {
            "modules" => Self::Module,
            "lessons" => Self::Lesson,
            "blocks" => Self::Block,
            "questions" => Self::Question,
            "options" => Self::Option,
            "pairs" => Self::Pair,
            "items" => Self::Item,
            "distractors" => Self::Distractor,
            "accepted" => Self::AcceptedAnswer,
            "partial_credit" => Self::PartialAnswer,
            _ => return None,
        })
    }
}

/// One step of a place: a kind, and its position counted from 1 when the
/// kind is one of a list (a module's quiz and the final assessment have none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlaceStep {
    /// What the step names.
    pub kind: PlaceKind,
    /// Its position in its list, from 1.
    pub number: Option<usize>,
}

impl PlaceStep {
    fn numbered(kind: PlaceKind, number: usize) -> Self {
        Self {
            kind,
            number: Some(number),
        }
    }

    fn single(kind: PlaceKind) -> Self {
        Self { kind, number: None }
    }
}

/// The steps from the course down to the place `pointer` names, outermost
/// first; empty for a place outside modules and quizzes (`/title`).
pub fn place_steps(pointer: &str) -> Vec<PlaceStep> {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let mut steps: Vec<PlaceStep> = Vec::new();
    let mut index = 0;
    while let Some(&segment) = segments.get(index) {
        let number = segments
            .get(index + 1)
            .and_then(|next| next.parse::<usize>().ok())
            .map(|position| position + 1);
        // `/completion/lessons/0` names a lesson id of a rule, not a lesson
        // of the outline: lessons count only inside a module.
        let kind = PlaceKind::of_list(segment).filter(|kind| {
            *kind != PlaceKind::Lesson
                || steps
                    .first()
                    .is_some_and(|step| step.kind == PlaceKind::Module)
        });
        match (kind, number) {
            (Some(kind), Some(number)) => {
                steps.push(PlaceStep::numbered(kind, number));
                index += 2;
                continue;
            }
            // "module 2, question 2": a module has one quiz, so a question
            // of it needs no "quiz" in between.
            _ if segment == "quiz"
                && !(segments.get(index + 1) == Some(&"questions")
                    && segments
                        .get(index + 2)
                        .is_some_and(|n| n.parse::<usize>().is_ok())) =>
            {
                steps.push(PlaceStep::single(PlaceKind::Quiz));
            }
            _ if segment == "final_assessment" => {
                steps.push(PlaceStep::single(PlaceKind::FinalAssessment));
            }
            _ => {}
        }
        index += 1;
    }
    steps
}

/// The place `pointer` names, in English: "module 2, question 2". Empty for
/// a place outside modules and quizzes.
pub fn place_in_course(pointer: &str) -> String {
    place_steps(pointer)
        .iter()
        .map(|step| match step.number {
            Some(number) => format!("{} {number}", step.kind.english()),
            None => step.kind.english().to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `module 2, question 2, at /modules/1/quiz/questions/1/id`, or `at /title`
/// where the outline has no words for the place.
pub fn place_and_pointer(pointer: &str) -> String {
    match place_in_course(pointer) {
        place if place.is_empty() => format!("at {pointer}"),
        place => format!("{place}, at {pointer}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_read_as_places_counted_from_one() {
        for (pointer, place) in [
            ("/modules/1/quiz/questions/1/id", "module 2, question 2"),
            ("/modules/0/quiz/draw", "module 1, quiz"),
            ("/modules/0/quiz", "module 1, quiz"),
            ("/modules/0/quiz/questions", "module 1, quiz"),
            (
                "/modules/2/lessons/0/blocks/3/src",
                "module 3, lesson 1, block 4",
            ),
            (
                "/modules/0/quiz/questions/0/options/1/text",
                "module 1, question 1, option 2",
            ),
            (
                "/final_assessment/questions/4",
                "final assessment, question 5",
            ),
            ("/final_assessment/pass_mark", "final assessment"),
            ("/completion/lessons/0", ""),
            ("/title", ""),
            ("", ""),
        ] {
            assert_eq!(place_in_course(pointer), place, "{pointer}");
        }
        assert_eq!(place_and_pointer("/title"), "at /title");
        assert_eq!(
            place_and_pointer("/modules/0/id"),
            "module 1, at /modules/0/id"
        );
    }

    #[test]
    fn steps_carry_the_kind_and_the_number_from_one() {
        use PlaceKind::*;
        let step = |kind, number| PlaceStep { kind, number };
        assert_eq!(
            place_steps("/modules/1/quiz/questions/1/id"),
            [step(Module, Some(2)), step(Question, Some(2))]
        );
        assert_eq!(
            place_steps("/modules/0/quiz/questions/2/pairs/0/left"),
            [
                step(Module, Some(1)),
                step(Question, Some(3)),
                step(Pair, Some(1))
            ]
        );
        assert_eq!(
            place_steps("/modules/0/lessons/4"),
            [step(Module, Some(1)), step(Lesson, Some(5))]
        );
        assert_eq!(
            place_steps("/modules/0/quiz/pass_mark"),
            [step(Module, Some(1)), step(Quiz, None)]
        );
        assert_eq!(
            place_steps("/final_assessment/questions/0/accepted/1"),
            [
                step(FinalAssessment, None),
                step(Question, Some(1)),
                step(AcceptedAnswer, Some(2))
            ]
        );
        assert_eq!(
            place_steps("/modules/0/quiz/questions/0/partial_credit/0"),
            [
                step(Module, Some(1)),
                step(Question, Some(1)),
                step(PartialAnswer, Some(1))
            ]
        );
        // A list index that is no number, and places outside the outline.
        assert_eq!(place_steps("/modules/x"), []);
        assert_eq!(place_steps("/completion/lessons/0"), []);
        assert_eq!(place_steps("/certificate/title"), []);
    }
}
