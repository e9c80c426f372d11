//! The walk that lays a translation over its source, text by text: what
//! [`super::with_fallback`] and [`super::template`] share.

use super::{Missing, UNTRANSLATED_MARKER, Untranslated, is_translated};
use crate::course::model::{
    Block, CertificateSettings, ChoiceOption, Course, Feedback, ImageRef, Lesson, MatchDistractor,
    MatchPair, Module, OrderItem, PartialAnswer, Question, Quiz,
};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Fill {
    /// The source's text, as learners see it.
    Source,
    /// The source's text after the marker, for the translator.
    Marked,
}

pub(super) struct Merger {
    pub(super) fill: Fill,
    pub(super) untranslated: Untranslated,
    pub(super) paths: Vec<(String, String)>,
    /// The template of a new translation: the root's texts are the source's,
    /// not translations.
    pub(super) blank_root: bool,
}

impl Merger {
    pub(super) fn new(fill: Fill) -> Self {
        Self {
            fill,
            untranslated: Untranslated::default(),
            paths: Vec::new(),
            blank_root: false,
        }
    }

    fn fallback(&self, source: &str) -> String {
        match self.fill {
            Fill::Source => source.to_owned(),
            Fill::Marked => format!("{UNTRANSLATED_MARKER} {source}"),
        }
    }

    /// A text the source has: the translation's when translated, else the
    /// fallback (counted).
    fn text(&mut self, source: &str, translated: Option<&str>) -> String {
        if source.trim().is_empty() {
            return source.to_owned();
        }
        self.untranslated.total += 1;
        match translated.filter(|text| is_translated(text)) {
            Some(text) => text.to_owned(),
            None => {
                self.untranslated.texts += 1;
                self.fallback(source)
            }
        }
    }

    fn optional(&mut self, source: Option<&String>, translated: Option<&String>) -> Option<String> {
        source.map(|source| self.text(source, translated.map(String::as_str)))
    }

    /// A list translated as one text (accepted answers).
    fn list(&mut self, source: &[String], translated: Option<&Vec<String>>) -> Vec<String> {
        if source.is_empty() {
            return Vec::new();
        }
        self.untranslated.total += 1;
        match translated.filter(|list| !list.is_empty() && list.iter().all(|t| is_translated(t))) {
            Some(list) => list.clone(),
            None => {
                self.untranslated.texts += 1;
                source.iter().map(|text| self.fallback(text)).collect()
            }
        }
    }

    /// Notes the lesson or quiz `id` as partly in the source language when a
    /// text fell back since the count was `before`.
    fn note_partial(&mut self, id: &str, before: usize) {
        if self.untranslated.texts > before {
            self.untranslated.partial.insert(id.to_owned());
        }
    }

    fn missing(&mut self, kind: &'static str, id: &str, title: &str, parent: Option<&str>) {
        if let Some(parent) = parent {
            self.untranslated.missing.push(Missing {
                kind,
                id: id.to_owned(),
                title: title.to_owned(),
                parent: parent.to_owned(),
            });
        }
    }

    pub(super) fn course(&mut self, source: &Course, translated: &Course) -> Course {
        let root = (!self.blank_root).then_some(translated);
        let modules = source
            .modules
            .iter()
            .enumerate()
            .map(|(index, module)| {
                let found = translated
                    .modules
                    .iter()
                    .position(|other| other.id == module.id);
                let at = found.map(|position| format!("/modules/{position}"));
                if at.is_none() {
                    self.missing("module", &module.id, &module.title, Some("/modules"));
                }
                let spath = format!("/modules/{index}");
                let found = found.and_then(|position| translated.modules.get(position));
                self.module(module, found, &spath, at)
            })
            .collect();
        let final_assessment = source.final_assessment.as_ref().map(|quiz| {
            let found = translated.final_assessment.as_ref();
            if found.is_none() {
                self.missing("quiz", &quiz.id, &quiz.title, Some(""));
            }
            let at = found.map(|_| "/final_assessment".to_owned());
            self.quiz(quiz, found, "/final_assessment", at)
        });
        Course {
            schema: translated.schema.clone().or_else(|| source.schema.clone()),
            language: translated.language.clone(),
            title: self.text(&source.title, root.map(|t| t.title.as_str())),
            summary: self.text(&source.summary, root.map(|t| t.summary.as_str())),
            publisher: self.text(&source.publisher, root.map(|t| t.publisher.as_str())),
            authors: pick(&source.authors, &translated.authors),
            tags: pick(&source.tags, &translated.tags),
            modules,
            final_assessment,
            certificate: source.certificate.as_ref().map(|certificate| {
                self.certificate(certificate, root.and_then(|t| t.certificate.as_ref()))
            }),
            ..source.clone()
        }
    }

    fn certificate(
        &mut self,
        source: &CertificateSettings,
        translated: Option<&CertificateSettings>,
    ) -> CertificateSettings {
        CertificateSettings {
            title: self.optional(
                source.title.as_ref(),
                translated.and_then(|t| t.title.as_ref()),
            ),
            organisation: self.text(
                &source.organisation,
                translated.map(|t| t.organisation.as_str()),
            ),
            signatory_name: self.text(
                &source.signatory_name,
                translated.map(|t| t.signatory_name.as_str()),
            ),
            signatory_title: self.text(
                &source.signatory_title,
                translated.map(|t| t.signatory_title.as_str()),
            ),
            ..source.clone()
        }
    }

    fn module(
        &mut self,
        source: &Module,
        translated: Option<&Module>,
        spath: &str,
        at: Option<String>,
    ) -> Module {
        if let Some(at) = &at {
            self.paths.push((spath.to_owned(), at.clone()));
        }
        let lessons_at = at.as_ref().map(|at| format!("{at}/lessons"));
        let lessons = source
            .lessons
            .iter()
            .enumerate()
            .map(|(index, lesson)| {
                let found = translated.and_then(|module| {
                    module
                        .lessons
                        .iter()
                        .position(|other| other.id == lesson.id)
                });
                if found.is_none() {
                    self.missing("lesson", &lesson.id, &lesson.title, lessons_at.as_deref());
                }
                let lesson_at = found
                    .zip(lessons_at.as_ref())
                    .map(|(position, list)| format!("{list}/{position}"));
                let found = found
                    .zip(translated)
                    .and_then(|(position, module)| module.lessons.get(position));
                self.lesson(
                    lesson,
                    found,
                    &format!("{spath}/lessons/{index}"),
                    lesson_at,
                )
            })
            .collect();
        let quiz = source.quiz.as_ref().map(|quiz| {
            let found = translated.and_then(|module| module.quiz.as_ref());
            if found.is_none() {
                self.missing("quiz", &quiz.id, &quiz.title, at.as_deref());
            }
            let quiz_at = found.and(at.as_ref()).map(|at| format!("{at}/quiz"));
            self.quiz(quiz, found, &format!("{spath}/quiz"), quiz_at)
        });
        Module {
            title: self.text(&source.title, translated.map(|t| t.title.as_str())),
            summary: self.text(&source.summary, translated.map(|t| t.summary.as_str())),
            lessons,
            quiz,
            ..source.clone()
        }
    }

    fn lesson(
        &mut self,
        source: &Lesson,
        translated: Option<&Lesson>,
        spath: &str,
        at: Option<String>,
    ) -> Lesson {
        if let Some(at) = at {
            self.paths.push((spath.to_owned(), at));
        }
        let before = self.untranslated.texts;
        let title = self.text(&source.title, translated.map(|t| t.title.as_str()));
        let blocks = match translated.map(|lesson| &lesson.blocks) {
            Some(blocks) if !blocks.is_empty() => {
                let same_shape = blocks.len() == source.blocks.len()
                    && blocks
                        .iter()
                        .zip(&source.blocks)
                        .all(|(a, b)| a.kind == b.kind);
                if same_shape {
                    source
                        .blocks
                        .iter()
                        .zip(blocks)
                        .map(|(block, other)| self.block(block, Some(other)))
                        .collect()
                } else {
                    // The translator rewrote the lesson's blocks: the lesson
                    // body is theirs, whole (as translations always could).
                    blocks.clone()
                }
            }
            _ => source
                .blocks
                .iter()
                .map(|block| self.block(block, None))
                .collect(),
        };
        self.note_partial(&source.id, before);
        Lesson {
            title,
            blocks,
            ..source.clone()
        }
    }

    fn block(&mut self, source: &Block, translated: Option<&Block>) -> Block {
        Block {
            title: self.optional(
                source.title.as_ref(),
                translated.and_then(|t| t.title.as_ref()),
            ),
            text: self.optional(
                source.text.as_ref(),
                translated.and_then(|t| t.text.as_ref()),
            ),
            // A translation may point to its own picture (with the words in its language).
            src: translated
                .and_then(|t| t.src.clone())
                .filter(|src| source.src.is_some() && is_translated(src))
                .or_else(|| source.src.clone()),
            alt: self.optional(source.alt.as_ref(), translated.and_then(|t| t.alt.as_ref())),
            caption: self.optional(
                source.caption.as_ref(),
                translated.and_then(|t| t.caption.as_ref()),
            ),
            prompt: self.optional(
                source.prompt.as_ref(),
                translated.and_then(|t| t.prompt.as_ref()),
            ),
            ..source.clone()
        }
    }

    fn quiz(
        &mut self,
        source: &Quiz,
        translated: Option<&Quiz>,
        spath: &str,
        at: Option<String>,
    ) -> Quiz {
        if let Some(at) = &at {
            self.paths.push((spath.to_owned(), at.clone()));
        }
        let before = self.untranslated.texts;
        let questions_at = at.as_ref().map(|at| format!("{at}/questions"));
        let questions = source
            .questions
            .iter()
            .enumerate()
            .map(|(index, question)| {
                let found = translated.and_then(|quiz| {
                    quiz.questions
                        .iter()
                        .position(|other| other.id == question.id)
                });
                if found.is_none() {
                    self.missing(
                        "question",
                        &question.id,
                        &question.prompt,
                        questions_at.as_deref(),
                    );
                }
                let question_at = found
                    .zip(questions_at.as_ref())
                    .map(|(position, list)| format!("{list}/{position}"));
                if let Some(question_at) = question_at {
                    self.paths
                        .push((format!("{spath}/questions/{index}"), question_at));
                }
                let found = found
                    .zip(translated)
                    .and_then(|(position, quiz)| quiz.questions.get(position));
                self.question(question, found)
            })
            .collect();
        let title = self.text(&source.title, translated.map(|t| t.title.as_str()));
        let intro = self.optional(
            source.intro.as_ref(),
            translated.and_then(|t| t.intro.as_ref()),
        );
        self.note_partial(&source.id, before);
        Quiz {
            title,
            intro,
            questions,
            ..source.clone()
        }
    }

    fn question(&mut self, source: &Question, translated: Option<&Question>) -> Question {
        let prompt = self.text(&source.prompt, translated.map(|t| t.prompt.as_str()));
        let image = source.image.as_ref().map(|image| {
            let other = translated.and_then(|t| t.image.as_ref());
            ImageRef {
                src: other
                    .map(|other| other.src.clone())
                    .filter(|src| is_translated(src))
                    .unwrap_or_else(|| image.src.clone()),
                alt: self.text(&image.alt, other.map(|other| other.alt.as_str())),
            }
        });
        let options = source.options.as_ref().map(|options| {
            options
                .iter()
                .map(|option| {
                    let other = by_id(
                        translated.and_then(|t| t.options.as_deref()),
                        &option.id,
                        |o| &o.id,
                    );
                    ChoiceOption {
                        text: self.text(&option.text, other.map(|o| o.text.as_str())),
                        feedback: self.optional(
                            option.feedback.as_ref(),
                            other.and_then(|o| o.feedback.as_ref()),
                        ),
                        ..option.clone()
                    }
                })
                .collect()
        });
        let pairs = source.pairs.as_ref().map(|pairs| {
            pairs
                .iter()
                .map(|pair| {
                    let other = by_id(translated.and_then(|t| t.pairs.as_deref()), &pair.id, |p| {
                        &p.id
                    });
                    MatchPair {
                        left: self.text(&pair.left, other.map(|p| p.left.as_str())),
                        right: self.text(&pair.right, other.map(|p| p.right.as_str())),
                        ..pair.clone()
                    }
                })
                .collect()
        });
        let distractors = source
            .distractors
            .iter()
            .map(|distractor| {
                let other = by_id(
                    translated.map(|t| t.distractors.as_slice()),
                    &distractor.id,
                    |d| &d.id,
                );
                MatchDistractor {
                    text: self.text(&distractor.text, other.map(|d| d.text.as_str())),
                    ..distractor.clone()
                }
            })
            .collect();
        let items = source.items.as_ref().map(|items| {
            items
                .iter()
                .map(|item| {
                    let other = by_id(translated.and_then(|t| t.items.as_deref()), &item.id, |i| {
                        &i.id
                    });
                    OrderItem {
                        text: self.text(&item.text, other.map(|i| i.text.as_str())),
                        ..item.clone()
                    }
                })
                .collect()
        });
        let accepted = source
            .accepted
            .as_ref()
            .map(|accepted| self.list(accepted, translated.and_then(|t| t.accepted.as_ref())));
        let partial_credit = source
            .partial_credit
            .iter()
            .enumerate()
            .map(|(index, partial)| {
                let other = translated.and_then(|t| t.partial_credit.get(index));
                PartialAnswer {
                    text: self.optional(partial.text.as_ref(), other.and_then(|p| p.text.as_ref())),
                    ..partial.clone()
                }
            })
            .collect();
        let feedback = translated.map(|t| &t.feedback);
        let feedback = Feedback {
            correct: self.optional(
                source.feedback.correct.as_ref(),
                feedback.and_then(|f| f.correct.as_ref()),
            ),
            incorrect: self.optional(
                source.feedback.incorrect.as_ref(),
                feedback.and_then(|f| f.incorrect.as_ref()),
            ),
            partly: self.optional(
                source.feedback.partly.as_ref(),
                feedback.and_then(|f| f.partly.as_ref()),
            ),
        };
        let explanation = self.optional(
            source.explanation.as_ref(),
            translated.and_then(|t| t.explanation.as_ref()),
        );
        Question {
            prompt,
            image,
            options,
            pairs,
            distractors,
            items,
            accepted,
            partial_credit,
            feedback,
            explanation,
            ..source.clone()
        }
    }
}

/// The translation's list when it has one, else the source's (names and tags).
fn pick(source: &[String], translated: &[String]) -> Vec<String> {
    if translated.is_empty() {
        source.to_vec()
    } else {
        translated.to_vec()
    }
}

fn by_id<'a, T>(list: Option<&'a [T]>, id: &str, id_of: impl Fn(&T) -> &String) -> Option<&'a T> {
    list?.iter().find(|item| id_of(item) == id)
}
