//! Where a checked object sits in a course, kept as indices: its JSON path is
//! written out only when a finding names it. Opening a large course checks
//! hundreds of thousands of objects and reports on almost none, so writing
//! every path as the checker walks down would cost more than the checks.
//!
//! Indices are `u32`: a course file with four billion of anything could not be
//! read into memory, and the smaller places keep the id table compact.

use std::fmt;

/// A module: `/modules/3`.
#[derive(Clone, Copy)]
pub(super) struct ModulePlace(pub u32);

/// A lesson: `/modules/3/lessons/1`.
#[derive(Clone, Copy)]
pub(super) struct LessonPlace {
    pub module: ModulePlace,
    pub index: u32,
}

/// A block of a lesson: `/modules/3/lessons/1/blocks/0`.
#[derive(Clone, Copy)]
pub(super) struct BlockPlace {
    pub lesson: LessonPlace,
    pub index: u32,
}

/// A quiz: a module's (`/modules/3/quiz`) or the final assessment.
#[derive(Clone, Copy)]
pub(super) enum QuizPlace {
    Module(ModulePlace),
    FinalAssessment,
}

/// A question of a quiz: `/modules/3/quiz/questions/7`.
#[derive(Clone, Copy)]
pub(super) struct QuestionPlace {
    pub quiz: QuizPlace,
    pub index: u32,
}

/// The lists of a question whose entries have ids.
#[derive(Clone, Copy)]
pub(super) enum PartList {
    Options,
    Pairs,
    Items,
    Distractors,
}

/// An entry of one of a question's lists: `/modules/3/quiz/questions/7/options/2`.
#[derive(Clone, Copy)]
pub(super) struct PartPlace {
    pub question: QuestionPlace,
    pub list: PartList,
    pub index: u32,
}

/// The object an id belongs to; its path is the object's, then `/id`.
#[derive(Clone, Copy)]
pub(super) enum IdOwner {
    Module(ModulePlace),
    Lesson(LessonPlace),
    Block(BlockPlace),
    Quiz(QuizPlace),
    Question(QuestionPlace),
    Part(PartPlace),
}

impl fmt::Display for ModulePlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/modules/{}", self.0)
    }
}

impl fmt::Display for LessonPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/lessons/{}", self.module, self.index)
    }
}

impl fmt::Display for BlockPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/blocks/{}", self.lesson, self.index)
    }
}

impl fmt::Display for QuizPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Module(module) => write!(f, "{module}/quiz"),
            Self::FinalAssessment => f.write_str("/final_assessment"),
        }
    }
}

impl fmt::Display for QuestionPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/questions/{}", self.quiz, self.index)
    }
}

impl fmt::Display for PartPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = match self.list {
            PartList::Options => "options",
            PartList::Pairs => "pairs",
            PartList::Items => "items",
            PartList::Distractors => "distractors",
        };
        write!(f, "{}/{list}/{}", self.question, self.index)
    }
}

impl fmt::Display for IdOwner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Module(place) => place.fmt(f),
            Self::Lesson(place) => place.fmt(f),
            Self::Block(place) => place.fmt(f),
            Self::Quiz(place) => place.fmt(f),
            Self::Question(place) => place.fmt(f),
            Self::Part(place) => place.fmt(f),
        }
    }
}

/// The index of an entry as a place holds it (see the module's note on `u32`).
pub(super) fn index(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_write_the_json_paths_of_their_objects() {
        let module = ModulePlace(3);
        let lesson = LessonPlace { module, index: 1 };
        let block = BlockPlace { lesson, index: 0 };
        let question = QuestionPlace {
            quiz: QuizPlace::Module(module),
            index: 7,
        };
        let option = PartPlace {
            question,
            list: PartList::Options,
            index: 2,
        };
        let last = QuestionPlace {
            quiz: QuizPlace::FinalAssessment,
            index: 0,
        };
        let item = PartPlace {
            question: last,
            list: PartList::Items,
            index: 4,
        };
        assert_eq!(IdOwner::Module(module).to_string(), "/modules/3");
        assert_eq!(IdOwner::Lesson(lesson).to_string(), "/modules/3/lessons/1");
        assert_eq!(
            IdOwner::Block(block).to_string(),
            "/modules/3/lessons/1/blocks/0"
        );
        assert_eq!(
            IdOwner::Quiz(QuizPlace::Module(module)).to_string(),
            "/modules/3/quiz"
        );
        assert_eq!(
            IdOwner::Question(question).to_string(),
            "/modules/3/quiz/questions/7"
        );
        assert_eq!(
            IdOwner::Part(option).to_string(),
            "/modules/3/quiz/questions/7/options/2"
        );
        assert_eq!(
            IdOwner::Part(item).to_string(),
            "/final_assessment/questions/0/items/4"
        );
    }
}
