//! The crash test: a child process records answers as fast as it can and reports
//! each committed one on stdout; the parent kills it with SIGKILL at a random
//! moment, reopens the store, runs `integrity_check`, and checks that every
//! reported answer is there.
//!
//! The child is this test binary run again, filtered to `crash_child`, with the
//! data folder in an environment variable. The random choices come from a seed
//! printed on failure; set `FIELDCOURSE_CRASH_SEED` to replay a run.

use crate::common::*;
use fieldcourse::progress::{AttemptOutcome, Store};
use serde_json::json;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;

const CHILD_DIR: &str = "FIELDCOURSE_CRASH_CHILD_DIR";
const SEED: &str = "FIELDCOURSE_CRASH_SEED";
/// The child submits its attempt and starts another after this many answers, so
/// kills also land in multi-statement transactions.
const ANSWERS_PER_ATTEMPT: u64 = 10;

#[test]
fn committed_answers_survive_sigkill_200_rounds() {
    crash_rounds(200);
}

#[test]
#[ignore = "long: 500 rounds; run with --ignored"]
fn committed_answers_survive_sigkill_500_rounds() {
    crash_rounds(500);
}

/// The child half: runs only when the parent sets `CHILD_DIR`.
#[test]
#[ignore = "the child half of the crash test; does nothing unless the parent starts it"]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let store = Store::open(Path::new(&dir)).unwrap();
    let version = store.register_course(&course()).unwrap();
    let session = match store.learners().unwrap().first() {
        Some(learner) => store.open_session(learner.id, None).unwrap(),
        None => store.create_learner(&new_learner("Crash", None)).unwrap(),
    };
    let mut out = std::io::stdout().lock();
    // A write error means the parent is gone: stop.
    let mut report = |line: String| writeln!(out, "@@{line}").and_then(|()| out.flush()).is_ok();
    let layout = json!({"questions": ["quiz1-q1", "quiz1-q2"]});
    let mut attempt = session
        .start_attempt(&version, "quiz1", 1, &layout)
        .unwrap();
    for n in 0..1_000_000_u64 {
        let answer = json!({"n": n, "text": "the answer as typed, with some length to it"});
        let id = session
            .record_answer(attempt, "quiz1-q1", &answer, Some(1.0))
            .unwrap();
        if !report(format!("answer {} {n}", id.0)) {
            return;
        }
        if n % ANSWERS_PER_ATTEMPT == ANSWERS_PER_ATTEMPT - 1 {
            let outcome = AttemptOutcome {
                points: 1.0,
                max_points: 2.0,
                score: 0.5,
                passed: false,
            };
            session.finish_attempt(attempt, &outcome).unwrap();
            if !report(format!("finished {}", attempt.0)) {
                return;
            }
            attempt = session
                .start_attempt(&version, "quiz1", n, &layout)
                .unwrap();
        }
    }
}

/// What a child reported before it died.
#[derive(Default)]
struct Reported {
    /// Answer id -> the `n` written in it.
    answers: HashMap<i64, u64>,
    /// Attempts submitted.
    finished: Vec<i64>,
}

impl Reported {
    fn take(&mut self, line: &str) {
        let Some(line) = line.strip_prefix("@@") else {
            return;
        };
        let words: Vec<&str> = line.split(' ').collect();
        match words.as_slice() {
            ["answer", id, n] => {
                self.answers.insert(id.parse().unwrap(), n.parse().unwrap());
            }
            ["finished", id] => self.finished.push(id.parse().unwrap()),
            _ => panic!("unexpected line from the child: {line}"),
        }
    }
}

/// xorshift64*: enough randomness to choose kill moments, and replayable.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound
    }
}

fn spawn_child(dir: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "crash::crash_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--quiet",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn crash_rounds(rounds: usize) {
    let seed = match std::env::var(SEED) {
        Ok(seed) => seed.parse().unwrap(),
        Err(_) => RandomState::new().hash_one("crash") | 1,
    };
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap();
    let mut all = Reported::default();
    let mut killed_mid_write = 0;
    for round in 0..rounds {
        let context = format!("round {round}, {SEED}={seed}");
        // 0: kill at once (while it starts, opens or creates the file);
        // otherwise after the k-th reported commit, while it makes the next.
        let kill_after = random.below(40);
        let mut child = spawn_child(dir.path());
        let (lines_in, lines) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines_in.send(line).is_err() {
                    break;
                }
            }
        });
        let mut round_reported = Reported::default();
        let mut commits = 0;
        while commits < kill_after {
            let Ok(line) = lines.recv() else {
                let mut error = String::new();
                child
                    .stderr
                    .take()
                    .unwrap()
                    .read_to_string(&mut error)
                    .unwrap();
                panic!("{context}: the child stopped by itself: {error}");
            };
            round_reported.take(&line);
            commits += u64::from(line.starts_with("@@answer"));
        }
        // Child::kill is SIGKILL on Unix: no destructor, no flush, no goodbye.
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        // What it reported between the last line read and its death counts too.
        for line in lines.try_iter() {
            round_reported.take(&line);
        }
        killed_mid_write += usize::from(kill_after > 0);

        let store = Store::open(dir.path()).unwrap_or_else(|error| panic!("{context}: {error}"));
        assert_eq!(
            store.integrity_check().unwrap(),
            Vec::<String>::new(),
            "{context}"
        );
        check_reported(&store, &round_reported, &context);
        all.answers.extend(round_reported.answers);
        all.finished.extend(round_reported.finished);
    }
    // Nothing from an earlier round went missing in a later one.
    let store = Store::open(dir.path()).unwrap();
    check_reported(&store, &all, &format!("after all rounds, {SEED}={seed}"));
    assert!(
        killed_mid_write > rounds / 2,
        "the kills mostly landed mid-write"
    );
    assert!(!all.answers.is_empty());
}

fn check_reported(store: &Store, reported: &Reported, context: &str) {
    let learners = store.learners().unwrap();
    if reported.answers.is_empty() && learners.is_empty() {
        return;
    }
    let session = store.open_session(learners[0].id, None).unwrap();
    let attempts = session.course_attempts("field-safety").unwrap();
    let mut stored = HashMap::new();
    for attempt in &attempts {
        for answer in session.answers(attempt.id).unwrap() {
            stored.insert(answer.id.0, answer.answer["n"].as_u64().unwrap());
        }
    }
    for (id, n) in &reported.answers {
        assert_eq!(
            stored.get(id),
            Some(n),
            "{context}: answer {id} was reported committed"
        );
    }
    for id in &reported.finished {
        let attempt = attempts.iter().find(|attempt| attempt.id.0 == *id);
        assert!(
            attempt.is_some_and(|attempt| attempt.outcome.is_some()),
            "{context}: attempt {id} was reported submitted"
        );
    }
}
