//! Seeded, varied answers to a pool of every question kind, for checking the
//! item analysis against the straightforward computation: answers repeat (as a
//! class's do), some are unanswered, some no longer fit their question, some
//! attempts drew a question the pool has since lost or asked one twice, and
//! learners sit several attempts, some started at the same moment.

use fieldcourse::course::{Question, QuestionKind, Quiz};
use fieldcourse::quiz::analysis::AnsweredAttempt;
use fieldcourse::quiz::{AttemptPlan, PlannedQuestion, Response};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// A question id no longer in the pool, still found in old attempts.
pub const RETIRED: &str = "retired";

/// A final assessment of every question kind (`q0` ... `q10`), as course JSON.
pub fn pool_json() -> Value {
    let choice = |id: &str, kind: &str, scoring: &str| {
        json!({"id": id, "kind": kind, "prompt": "Pick", "scoring": scoring, "options": [
            {"id": "a", "text": "A", "correct": true},
            {"id": "b", "text": "B", "correct": kind == "multiple_choice"},
            {"id": "c", "text": "C"}, {"id": "d", "text": "D"}]})
    };
    let matching = |id: &str, scoring: &str| {
        json!({"id": id, "kind": "matching", "prompt": "Match", "scoring": scoring, "points": 3,
            "pairs": [{"id": "p1", "left": "1", "right": "one"},
                      {"id": "p2", "left": "2", "right": "two"},
                      {"id": "p3", "left": "3", "right": "three"}]})
    };
    let ordering = |id: &str, scoring: &str| {
        json!({"id": id, "kind": "ordering", "prompt": "Order", "scoring": scoring, "points": 2,
            "items": [{"id": "i1", "text": "1"}, {"id": "i2", "text": "2"},
                      {"id": "i3", "text": "3"}]})
    };
    json!({
        "id": "final", "title": "Final", "pass_mark": 0.6, "scoring": "partial",
        "questions": [
            choice("q0", "single_choice", "partial"),
            choice("q1", "multiple_choice", "partial"),
            choice("q2", "multiple_choice", "all_or_nothing"),
            {"id": "q3", "kind": "true_false", "prompt": "True?", "answer": true},
            {"id": "q4", "kind": "true_false", "prompt": "False?", "answer": false, "points": 2},
            {"id": "q5", "kind": "short_answer", "prompt": "Word?", "accepted": ["refer"]},
            {"id": "q6", "kind": "numeric", "prompt": "Number?", "value": 3.5, "tolerance": 0.5},
            matching("q7", "partial"),
            matching("q8", "all_or_nothing"),
            ordering("q9", "partial"),
            ordering("q10", "all_or_nothing"),
        ]
    })
}

/// [`pool_json`] as a quiz.
pub fn pool() -> Quiz {
    serde_json::from_value(pool_json()).expect("the pool is a quiz")
}

/// Up to 60 submitted attempts at `quiz` by up to 12 learners, from `seed`
/// (the same seed, the same attempts), oldest first.
pub fn attempts(quiz: &Quiz, seed: u64) -> Vec<AnsweredAttempt> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let learners = rng.usize(1..=12);
    let count = rng.usize(0..=60);
    // Either every attempt asks the whole pool, in order, or each draws some.
    let whole_pool = rng.bool();
    let draw = rng.usize(1..=quiz.questions.len());
    let mut ids: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
    ids.push(RETIRED);
    (0..count)
        .map(|_| {
            let mut asked: Vec<&str> = if whole_pool {
                ids[..ids.len() - 1].to_vec()
            } else {
                rng.shuffle(&mut ids);
                ids[..draw].to_vec()
            };
            if rng.usize(..20) == 0 {
                asked.push(asked[0]);
            }
            let mut responses = BTreeMap::new();
            for id in &asked {
                if rng.usize(..7) == 0 {
                    continue;
                }
                let question = quiz.questions.iter().find(|q| q.id == *id);
                responses.insert((*id).to_owned(), response(question, &mut rng));
            }
            AnsweredAttempt {
                learner: format!("learner-{}", rng.usize(..learners)),
                started_at_ms: rng.i64(0..40),
                plan: AttemptPlan {
                    seed: rng.u64(..),
                    questions: asked
                        .iter()
                        .map(|id| PlannedQuestion {
                            question_id: (*id).to_owned(),
                            order: Vec::new(),
                        })
                        .collect(),
                },
                responses,
            }
        })
        .collect()
}

/// One of a few answers to `question` (a question the pool lost: anything),
/// now and then one of the wrong kind.
fn response(question: Option<&Question>, rng: &mut fastrand::Rng) -> Response {
    let pick = |rng: &mut fastrand::Rng, from: &[&str]| from[rng.usize(..from.len())].to_owned();
    let Some(question) = question else {
        return Response::TrueFalse(rng.bool());
    };
    if rng.usize(..40) == 0 {
        return Response::Number(1.0);
    }
    match question.kind {
        QuestionKind::SingleChoice => Response::Choice(vec![pick(rng, &["a", "a", "b", "c"])]),
        QuestionKind::MultipleChoice => Response::Choice(
            ["a", "b", "c", "d"]
                .into_iter()
                .filter(|_| rng.bool())
                .map(str::to_owned)
                .collect(),
        ),
        QuestionKind::TrueFalse => Response::TrueFalse(rng.bool()),
        QuestionKind::ShortAnswer => Response::Text(pick(
            rng,
            &[
                "refer", "Refer ", "REFER", "send", "Send", "sned", " ", "renvoyer",
            ],
        )),
        QuestionKind::Numeric => {
            Response::Number([3.5, 3.0, 4.2, 0.0, -0.0, 10.0, 1e-300][rng.usize(..7)])
        }
        QuestionKind::Matching => {
            let mut right = vec!["p1", "p2", "p3"];
            rng.shuffle(&mut right);
            Response::Matching(
                ["p1", "p2", "p3"]
                    .into_iter()
                    .zip(right)
                    .map(|(left, right)| (left.to_owned(), right.to_owned()))
                    .collect(),
            )
        }
        QuestionKind::Ordering => {
            let mut items = vec!["i1".to_owned(), "i2".to_owned(), "i3".to_owned()];
            rng.shuffle(&mut items);
            Response::Ordering(items)
        }
    }
}
