//! The flagship course keeps the shape its brief sets out, in all four languages.

use fieldcourse::course::{
    BlockKind, CalloutStyle, Course, LoadedCourse, QuestionKind, load_course,
};
use std::collections::HashSet;
use std::path::Path;

fn ctip() -> LoadedCourse {
    load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/ctip-humanitarian"))
}

/// Lessons that frame the course rather than teach a topic.
const FRAMING: [&str; 2] = ["before-you-start", "sources"];

fn words(course: &Course, lesson_id: &str) -> usize {
    let lesson = course
        .lessons()
        .find(|lesson| lesson.id == lesson_id)
        .unwrap();
    lesson
        .blocks
        .iter()
        .flat_map(|block| [&block.text, &block.title, &block.prompt, &block.caption])
        .flatten()
        .flat_map(|text| text.split_whitespace())
        .filter(|token| token.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn five_modules_sixteen_lessons_and_the_framing_lessons() {
    let loaded = ctip();
    assert!(loaded.is_usable());
    let course = loaded.course.unwrap();
    let modules: Vec<&str> = course.modules.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        modules,
        [
            "understanding",
            "crises",
            "responding",
            "protection",
            "integrating"
        ]
    );
    let content: Vec<&str> = course
        .lessons()
        .map(|lesson| lesson.id.as_str())
        .filter(|id| !FRAMING.contains(id))
        .collect();
    assert_eq!(content.len(), 16, "{content:?}");
    assert_eq!(course.modules[0].lessons[0].id, "before-you-start");
    assert_eq!(course.modules[4].lessons.last().unwrap().id, "sources");
    for id in content {
        let count = words(&course, id);
        assert!(
            (400..=900).contains(&count),
            "lesson {id} has {count} words"
        );
    }
}

#[test]
fn every_lesson_ends_with_key_points_and_every_module_has_a_case_study() {
    let course = ctip().course.unwrap();
    for lesson in course
        .lessons()
        .filter(|lesson| lesson.id != "before-you-start")
    {
        let last = lesson.blocks.last().unwrap();
        assert_eq!(
            (last.kind, last.style),
            (BlockKind::Callout, Some(CalloutStyle::KeyPoints)),
            "{}",
            lesson.id
        );
    }
    for module in &course.modules {
        let kinds: HashSet<BlockKind> = module
            .lessons
            .iter()
            .flat_map(|l| l.blocks.iter().map(|b| b.kind))
            .collect();
        assert!(
            kinds.contains(&BlockKind::CaseStudy),
            "module {} has no case study",
            module.id
        );
    }
    let blocks: Vec<_> = course.lessons().flat_map(|lesson| &lesson.blocks).collect();
    assert!(
        blocks
            .iter()
            .any(|block| block.kind == BlockKind::Reflection)
    );
    let images = blocks
        .iter()
        .filter(|block| block.kind == BlockKind::Image)
        .count();
    assert!(images >= 3, "at least three diagrams, found {images}");
}

#[test]
fn quizzes_have_the_pools_draws_and_pass_marks_of_the_brief() {
    let course = ctip().course.unwrap();
    for module in &course.modules {
        let quiz = module
            .quiz
            .as_ref()
            .unwrap_or_else(|| panic!("module {} has no quiz", module.id));
        assert!(quiz.questions.len() >= 7, "{}", quiz.id);
        assert_eq!((quiz.draw, quiz.pass_mark), (Some(5), 0.7), "{}", quiz.id);
        assert_eq!(
            quiz.feedback,
            fieldcourse::course::FeedbackTiming::Immediate
        );
    }
    let last = course.final_assessment.as_ref().unwrap();
    assert!(last.questions.len() >= 24);
    assert_eq!(
        (last.draw, last.pass_mark, last.max_attempts),
        (None, 0.8, Some(3))
    );
    // Every attempt asks 15 questions, at least 3 of them scenarios, and every
    // question of the pool can be drawn.
    let drawn: u32 = last.groups.iter().map(|group| group.draw).sum();
    assert_eq!(drawn, 15);
    let scenario_group = last.groups.iter().find(|g| g.id == "scenarios").unwrap();
    assert!(scenario_group.draw >= 3);
    assert!(last.questions.iter().all(|q| q.group.is_some()));
    assert_eq!(
        last.feedback,
        fieldcourse::course::FeedbackTiming::AfterSubmit
    );
    let scenarios = ["final-q25", "final-q26"];
    for id in scenarios {
        let question = last.questions.iter().find(|q| q.id == id).unwrap();
        assert_eq!(
            question.kind,
            QuestionKind::SingleChoice,
            "{id} is a scenario with one right first step"
        );
    }
    let kinds: HashSet<QuestionKind> = course
        .quizzes()
        .flat_map(|q| q.questions.iter().map(|q| q.kind))
        .collect();
    assert!(kinds.len() >= 5, "{kinds:?}");
    for question in course.quizzes().flat_map(|quiz| &quiz.questions) {
        assert!(
            question
                .explanation
                .as_deref()
                .is_some_and(|e| !e.trim().is_empty()),
            "{} explains nothing",
            question.id
        );
    }
    let certificate = course.certificate.as_ref().unwrap();
    assert!(certificate.enabled);
}

#[test]
fn french_spanish_and_arabic_are_complete_translations() {
    let loaded = ctip();
    assert_eq!(loaded.languages(), ["en", "ar", "es", "fr"]);
    assert!(
        crate::common::besides_item_writing(&loaded).is_empty(),
        "{}",
        crate::common::describe(&loaded)
    );
    let english = loaded.course.as_ref().unwrap();
    let texts = |course: &Course| -> Vec<String> {
        let mut texts: Vec<String> = course
            .lessons()
            .flat_map(|lesson| lesson.blocks.iter())
            .flat_map(|block| {
                [
                    &block.text,
                    &block.title,
                    &block.prompt,
                    &block.alt,
                    &block.caption,
                ]
            })
            .flatten()
            .cloned()
            .collect();
        for question in course.quizzes().flat_map(|quiz| &quiz.questions) {
            texts.push(question.prompt.clone());
            texts.extend(question.explanation.clone());
            texts.extend(
                question
                    .options
                    .iter()
                    .flatten()
                    .map(|option| option.text.clone()),
            );
        }
        texts
    };
    let source = texts(english);
    for (language, translation) in &loaded.translations {
        let translated = texts(translation);
        assert_eq!(translated.len(), source.len(), "{language}");
        for (english, translated) in source.iter().zip(&translated) {
            assert_ne!(english, translated, "{language}: left in English");
        }
    }
}
