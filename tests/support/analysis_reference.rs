//! Item analysis done the straightforward way: every answer graded again for
//! every figure, each question's answers found by searching every attempt. It
//! is what `quiz::analysis` computed before it graded each distinct answer once
//! and indexed the attempts by question; the tests check that the fast path
//! gives exactly (bit for bit) these figures. The flag rule and the grouping
//! of partial scores, which work on figures already gathered, are the
//! library's own (`flags`, `partial_scores`).

use fieldcourse::course::{Question, QuestionKind, Quiz};
use fieldcourse::quiz::analysis::{
    AnsweredAttempt, AttemptScope, MIN_ANSWERS, OptionPicks, QuestionAnalysis, QuizAnalysis,
    WrongAnswer, correlation, cronbach_alpha, flags, mean, median, partial_scores, sample_sd,
};
use fieldcourse::quiz::{Response, grade, normalize};
use std::collections::{BTreeMap, HashMap};

struct Graded {
    points: f64,
    max_points: f64,
}

struct GradedAttempt<'a> {
    questions: Vec<(usize, Graded)>,
    responses: &'a BTreeMap<String, Response>,
    points: f64,
    max_points: f64,
}

impl GradedAttempt<'_> {
    fn score(&self) -> f64 {
        if self.max_points > 0.0 {
            (self.points / self.max_points).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// The figures of `quiz` over `attempts`, the straightforward way.
pub fn reference_analysis(
    quiz: &Quiz,
    attempts: &[AnsweredAttempt],
    scope: AttemptScope,
) -> QuizAnalysis {
    let index: HashMap<&str, usize> = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(position, question)| (question.id.as_str(), position))
        .collect();
    let mut unreadable = 0;
    let graded: Vec<GradedAttempt<'_>> = select(attempts, scope)
        .into_iter()
        .filter_map(|attempt| {
            let graded = grade_attempt(quiz, &index, attempt);
            unreadable += usize::from(graded.is_none());
            graded
        })
        .collect();
    let scores: Vec<f64> = graded.iter().map(GradedAttempt::score).collect();
    let mut distribution = vec![0; 10];
    for score in &scores {
        let bin = ((score * 10.0 + 1e-9).floor() as usize).min(9);
        distribution[bin] += 1;
    }
    let passed = scores
        .iter()
        .filter(|score| **score + 1e-9 >= quiz.pass_mark)
        .count();
    let questions = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(position, question)| analyse_question(quiz, position, question, &graded))
        .collect();
    QuizAnalysis {
        quiz_id: quiz.id.clone(),
        scope,
        attempts: graded.len(),
        // Every attempt here is given, none collected: a caller that knows
        // some were sets how many.
        collected: 0,
        unreadable,
        mean: mean(&scores),
        median: median(&scores),
        sd: sample_sd(&scores),
        distribution,
        alpha: alpha(&graded),
        pass_rate: (!scores.is_empty()).then(|| passed as f64 / scores.len() as f64),
        questions,
    }
}

fn select(attempts: &[AnsweredAttempt], scope: AttemptScope) -> Vec<&AnsweredAttempt> {
    match scope {
        AttemptScope::All => attempts.iter().collect(),
        AttemptScope::First => {
            let mut first: HashMap<&str, &AnsweredAttempt> = HashMap::new();
            let mut order = Vec::new();
            for attempt in attempts {
                match first.get_mut(attempt.learner.as_str()) {
                    Some(kept) if kept.started_at_ms <= attempt.started_at_ms => {}
                    Some(kept) => *kept = attempt,
                    None => {
                        order.push(attempt.learner.as_str());
                        first.insert(&attempt.learner, attempt);
                    }
                }
            }
            order
                .into_iter()
                .filter_map(|learner| first.get(learner).copied())
                .collect()
        }
    }
}

fn grade_attempt<'a>(
    quiz: &Quiz,
    index: &HashMap<&str, usize>,
    attempt: &'a AnsweredAttempt,
) -> Option<GradedAttempt<'a>> {
    let mut graded = GradedAttempt {
        questions: Vec::new(),
        responses: &attempt.responses,
        points: 0.0,
        max_points: 0.0,
    };
    for planned in &attempt.plan.questions {
        let Some(&position) = index.get(planned.question_id.as_str()) else {
            continue;
        };
        let question = &quiz.questions[position];
        let outcome = grade(
            question,
            quiz.scoring,
            attempt.responses.get(&planned.question_id),
        )
        .ok()?;
        graded.points += outcome.points;
        graded.max_points += outcome.max_points;
        graded.questions.push((
            position,
            Graded {
                points: outcome.points,
                max_points: outcome.max_points,
            },
        ));
    }
    (!graded.questions.is_empty()).then_some(graded)
}

fn analyse_question(
    quiz: &Quiz,
    position: usize,
    question: &Question,
    attempts: &[GradedAttempt<'_>],
) -> QuestionAnalysis {
    let mut scores = Vec::new();
    let mut with_rest = Vec::new();
    let mut responses = Vec::new();
    for attempt in attempts {
        let Some((_, graded)) = attempt.questions.iter().find(|(at, _)| *at == position) else {
            continue;
        };
        let score = if graded.max_points > 0.0 {
            graded.points / graded.max_points
        } else {
            0.0
        };
        scores.push(score);
        let rest_max = attempt.max_points - graded.max_points;
        if rest_max > 0.0 {
            with_rest.push((score, (attempt.points - graded.points) / rest_max));
        }
        responses.push(attempt.responses.get(&question.id));
    }
    let drawn = scores.len();
    let too_few = drawn < MIN_ANSWERS;
    let facility = mean(&scores);
    let discrimination = correlation(&with_rest);
    let options = option_picks(question, &responses);
    let flags = flags(question, too_few, facility, discrimination, &options);
    QuestionAnalysis {
        question_id: question.id.clone(),
        kind: question.kind,
        drawn,
        answered: responses
            .iter()
            .filter(|response| response.is_some())
            .count(),
        too_few,
        facility,
        sd: sample_sd(&scores),
        discrimination,
        options,
        wrong_answers: wrong_answers(quiz, question, &responses),
        partial_scores: partial_scores(question, &scores),
        flags,
    }
}

fn alpha(attempts: &[GradedAttempt<'_>]) -> Option<f64> {
    let first = attempts.first()?;
    let same_questions = |attempt: &&GradedAttempt<'_>| {
        let mut asked: Vec<usize> = attempt.questions.iter().map(|(at, _)| *at).collect();
        asked.sort_unstable();
        asked
    };
    let reference = same_questions(&first);
    let fixed = attempts
        .iter()
        .all(|attempt| same_questions(&attempt) == reference);
    let rows: Vec<Vec<f64>> = attempts
        .iter()
        .map(|attempt| {
            let mut items: Vec<(usize, f64)> = attempt
                .questions
                .iter()
                .enumerate()
                .map(|(asked, (at, graded))| (if fixed { *at } else { asked }, graded.points))
                .collect();
            items.sort_unstable_by_key(|item| item.0);
            items.into_iter().map(|item| item.1).collect()
        })
        .collect();
    let mut lengths: HashMap<usize, usize> = HashMap::new();
    for row in &rows {
        *lengths.entry(row.len()).or_default() += 1;
    }
    let usual = lengths
        .into_iter()
        .max_by_key(|(length, count)| (*count, *length))?
        .0;
    let rows: Vec<Vec<f64>> = rows.into_iter().filter(|row| row.len() == usual).collect();
    cronbach_alpha(&rows)
}

fn option_picks(question: &Question, responses: &[Option<&Response>]) -> Vec<OptionPicks> {
    let drawn = responses.len();
    let share = |picked: usize| {
        if drawn == 0 {
            0.0
        } else {
            picked as f64 / drawn as f64
        }
    };
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => question
            .options
            .iter()
            .flatten()
            .map(|option| {
                let picked = responses
                    .iter()
                    .filter(|response| {
                        matches!(response, Some(Response::Choice(ids)) if ids.contains(&option.id))
                    })
                    .count();
                OptionPicks {
                    option_id: option.id.clone(),
                    correct: option.correct,
                    picked,
                    share: share(picked),
                }
            })
            .collect(),
        QuestionKind::TrueFalse => [true, false]
            .into_iter()
            .map(|value| {
                let picked = responses
                    .iter()
                    .filter(|response| matches!(response, Some(Response::TrueFalse(given)) if *given == value))
                    .count();
                OptionPicks {
                    option_id: value.to_string(),
                    correct: question.answer == Some(value),
                    picked,
                    share: share(picked),
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn wrong_answers(
    quiz: &Quiz,
    question: &Question,
    responses: &[Option<&Response>],
) -> Vec<WrongAnswer> {
    if !matches!(
        question.kind,
        QuestionKind::ShortAnswer | QuestionKind::Numeric
    ) {
        return Vec::new();
    }
    let mut counts: HashMap<String, WrongAnswer> = HashMap::new();
    for response in responses.iter().copied().flatten() {
        let right = grade(question, quiz.scoring, Some(response))
            .is_ok_and(|outcome| outcome.points >= outcome.max_points);
        let typed = match response {
            Response::Text(text) => text.trim().to_owned(),
            Response::Number(number) => number.to_string(),
            _ => continue,
        };
        if right || typed.is_empty() {
            continue;
        }
        let key = normalize(&typed, question.case_sensitive, question.accent_sensitive);
        counts
            .entry(key)
            .or_insert(WrongAnswer {
                answer: typed,
                count: 0,
            })
            .count += 1;
    }
    let mut wrong: Vec<WrongAnswer> = counts.into_values().collect();
    wrong.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.answer.cmp(&b.answer)));
    wrong.truncate(5);
    wrong
}
