//! The outbox of learning records: one statement per learner action, written in
//! the same transaction, backfilled on upgrade, exported to a file.

use crate::common::*;
use crate::xapi_journey::*;
use fieldcourse::progress::{
    NewCertificate, Profile, Store, Timestamp, XapiDeviceSettings, database_path,
};
use fieldcourse::xapi;
use serde_json::{Value, json};
use std::fs;
use std::path::Path;

fn statements(store: &Store) -> Vec<Value> {
    store
        .outbox_statements(None, 0, 10_000)
        .unwrap()
        .into_iter()
        .map(|s| s.statement)
        .collect()
}

fn by_object<'a>(all: &'a [Value], verb_word: &str, object_end: &str) -> &'a Value {
    all.iter()
        .find(|s| verb(s) == verb_word && s["object"]["id"].as_str().unwrap().ends_with(object_end))
        .unwrap_or_else(|| panic!("no `{verb_word}` statement on {object_end}"))
}

#[test]
fn every_learner_action_writes_one_statement() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    let session = fixture.learner("Amina");
    journey(&session, &version);
    let all = statements(&fixture.store);
    let verbs: Vec<&str> = all.iter().map(verb).collect();
    assert_eq!(verbs, JOURNEY_VERBS);
    let base = "https://training.example.org/xapi/field-safety";
    for statement in &all {
        assert!(uuid_like(statement["id"].as_str().unwrap()), "{statement}");
        let account = &statement["actor"]["account"];
        assert!(
            account["homePage"]
                .as_str()
                .unwrap()
                .starts_with("https://fieldcourse.invalid/device/")
        );
        assert!(uuid_like(account["name"].as_str().unwrap()));
        assert_eq!(
            statement["actor"].get("name"),
            None,
            "no names unless turned on"
        );
        assert!(
            statement["object"]["id"]
                .as_str()
                .unwrap()
                .starts_with(base)
        );
        assert!(statement["timestamp"].as_str().unwrap().ends_with('Z'));
        assert_eq!(statement["context"]["language"], "en");
        assert!(
            statement["verb"]["id"]
                .as_str()
                .unwrap()
                .starts_with("http")
        );
    }
    // One learner, one pseudonymous account.
    let accounts: std::collections::BTreeSet<String> = all
        .iter()
        .map(|s| s["actor"]["account"]["name"].to_string())
        .collect();
    assert_eq!(accounts.len(), 1);

    let started = &all[0];
    assert_eq!(
        started["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/initialized"
    );
    assert_eq!(started["object"]["id"], base);
    assert_eq!(
        started["object"]["definition"]["type"],
        "http://adlnet.gov/expapi/activities/course"
    );
    assert_eq!(
        started["object"]["definition"]["name"]["en"],
        "Field safety"
    );

    let lesson = by_object(&all, "completed", "/lesson/l1");
    assert_eq!(lesson["result"]["completion"], true);
    assert_eq!(lesson["result"]["duration"], "PT95S");
    assert_eq!(
        lesson["context"]["contextActivities"]["parent"][0]["id"],
        format!("{base}/module/m1")
    );
    assert_eq!(
        lesson["context"]["contextActivities"]["grouping"][0]["id"],
        base
    );

    let multi = by_object(&all, "answered", "/question/k-multi");
    assert_eq!(multi["result"]["response"], "m-a[,]m-b");
    assert_eq!(multi["result"]["success"], true);
    let definition = &multi["object"]["definition"];
    assert_eq!(definition["interactionType"], "choice");
    assert_eq!(definition["correctResponsesPattern"], json!(["m-a[,]m-b"]));
    assert_eq!(definition["choices"][2]["id"], "m-c");
    assert_eq!(
        definition["type"],
        "http://adlnet.gov/expapi/activities/cmi.interaction"
    );
    assert_eq!(
        multi["context"]["contextActivities"]["parent"][0]["id"],
        format!("{base}/quiz/quiz2")
    );
    let order = by_object(&all, "answered", "/question/k-order");
    assert_eq!(order["result"]["success"], false);
    assert_eq!(
        order["object"]["definition"]["interactionType"],
        "sequencing"
    );
    let matching = by_object(&all, "answered", "/question/k-match");
    assert_eq!(
        matching["object"]["definition"]["correctResponsesPattern"],
        json!(["p1[.]p1[,]p2[.]p2"])
    );
    assert_eq!(matching["result"]["response"], "p1[.]p1[,]p2[.]p2");
    let short = by_object(&all, "answered", "/question/k-short");
    assert_eq!(
        short["object"]["definition"]["correctResponsesPattern"],
        json!(["{case_matters=true}Paris"])
    );
    let number = by_object(&all, "answered", "/question/k-num");
    assert_eq!(
        number["object"]["definition"]["correctResponsesPattern"],
        json!(["9.5[:]10.5"])
    );
    assert_eq!(number["result"]["response"], "10.25");
    let ungraded = by_object(&all, "answered", "/question/final-q1");
    assert_eq!(ungraded["result"].get("success"), None);

    let failed = by_object(&all, "failed", "/quiz/quiz1");
    assert_eq!(failed["result"]["success"], false);
    assert_eq!(
        failed["result"]["score"],
        json!({"scaled": 0.5, "raw": 1.0, "min": 0.0, "max": 2.0})
    );
    assert!(
        failed["result"]["duration"]
            .as_str()
            .unwrap()
            .starts_with("PT")
    );
    let passed = by_object(&all, "passed", "/quiz/quiz2");
    assert_eq!(passed["result"]["success"], true);
    assert_eq!(
        passed["object"]["definition"]["type"],
        "http://adlnet.gov/expapi/activities/assessment"
    );

    let completed = all.iter().rfind(|s| verb(s) == "completed").unwrap();
    assert_eq!(completed["object"]["id"], base);
    let earned = all.iter().find(|s| verb(s) == "earned").unwrap();
    assert_eq!(earned["verb"]["id"], "http://id.tincanapi.com/verb/earned");
    assert_eq!(
        earned["result"]["extensions"][xapi::statement::CERTIFICATE_ID_EXTENSION],
        format!("FC-TEST-{}", session.id())
    );
}

/// Sets what statements name learners by: the organisation's home page (the
/// device's own when `None`) and whether names go with them.
fn name_learners(store: &Store, include_names: bool, home_page: Option<&str>) {
    store
        .set_xapi_device_settings(&XapiDeviceSettings {
            home_page: home_page.map(str::to_owned),
            include_names,
        })
        .unwrap();
}

fn uuid_like(text: &str) -> bool {
    text.len() == 36 && text.chars().filter(|c| *c == '-').count() == 4
}

#[test]
fn names_are_sent_only_when_the_organisation_turns_them_on() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    name_learners(&fixture.store, true, Some("https://ngo.example.org"));
    fixture.learner("Amina").enroll(&version).unwrap();
    let all = statements(&fixture.store);
    assert_eq!(all[0]["actor"]["name"], "Amina");
    assert_eq!(
        all[0]["actor"]["account"]["homePage"],
        "https://ngo.example.org"
    );
    // The default base when the course sets none.
    assert_eq!(
        all[0]["object"]["id"],
        "https://fieldcourse.invalid/xapi/field-safety"
    );
}

#[test]
fn a_statement_stays_as_it_was_when_the_action_was_recorded() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    let session = fixture.learner("Amina");
    name_learners(&fixture.store, true, Some("https://ngo.example.org"));
    session.open_lesson(&version, "l1").unwrap();
    session.add_lesson_time(&version, "l1", 30).unwrap();
    session.complete_lesson(&version, "l1").unwrap();
    name_learners(&fixture.store, false, None);
    let attempt = session
        .start_attempt(&version, "quiz1", 1, &json!({"questions": ["quiz1-q1"]}))
        .unwrap();
    session
        .record_answer(
            attempt,
            "quiz1-q1",
            &json!({"kind": "true_false", "value": true}),
            Some(1.0),
        )
        .unwrap();
    let before = statements(&fixture.store);
    assert_eq!(before[1]["actor"]["name"], "Amina");
    assert_eq!(before[1]["result"]["duration"], "PT30S");
    assert_eq!(before[2]["actor"].get("name"), None);
    // Kept compact, rendered when read: the answer's on its own row.
    assert_eq!(
        fixture.count("SELECT count(*) FROM xapi_outbox WHERE statement IS NULL"),
        2
    );
    assert_eq!(
        fixture.count("SELECT count(*) FROM quiz_answers WHERE statement_id IS NOT NULL"),
        1
    );
    // What changes afterwards does not reach the statements already recorded.
    name_learners(&fixture.store, true, Some("https://other.example.org"));
    session
        .update_profile(&Profile {
            display_name: "Amina B.".to_owned(),
            certificate_name: "Amina Fullname".to_owned(),
            language: "fr".to_owned(),
        })
        .unwrap();
    session.add_lesson_time(&version, "l1", 60).unwrap();
    let after = statements(&fixture.store);
    assert_eq!(after, before);
    assert_eq!(
        serde_json::to_string(&after).unwrap(),
        serde_json::to_string(&before).unwrap()
    );
}

#[test]
fn a_failed_progress_write_leaves_no_statement() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    let certificate = NewCertificate {
        id: "FC-1".to_owned(),
        name_on_certificate: "Amina".to_owned(),
        credential: None,
    };
    session
        .record_completion(&version, Some(&certificate), Timestamp::now())
        .unwrap();
    let before = fixture.store.outbox_count().unwrap().pending;
    // Another learner given the same certificate id: the certificate cannot be
    // kept, so neither is the completion, nor any of their records.
    let bilal = fixture.learner("Bilal");
    assert!(
        bilal
            .record_completion(&version, Some(&certificate), Timestamp::now())
            .is_err()
    );
    assert_eq!(fixture.store.outbox_count().unwrap().pending, before);
    assert_eq!(bilal.enrollment("field-safety").unwrap(), None);
    // A lesson that is not in the course.
    assert!(session.complete_lesson(&version, "nope").is_err());
    assert_eq!(fixture.store.outbox_count().unwrap().pending, before);
}

#[test]
fn a_failed_statement_write_leaves_no_progress() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    session.open_lesson(&version, "l1").unwrap();
    raw(&fixture.database())
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON xapi_outbox
             BEGIN SELECT RAISE(ABORT, 'outbox refuses'); END;",
        )
        .unwrap();
    assert!(session.complete_lesson(&version, "l1").is_err());
    assert_eq!(
        fixture.count("SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL"),
        0
    );
}

#[test]
fn upgrading_a_v1_file_writes_statements_for_its_progress_once() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress/v1.sqlite");
    let dir = tempfile::tempdir().unwrap();
    fs::copy(&fixture, database_path(dir.path())).unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.opening().upgraded_from, Some(1));
    let all = statements(&store);
    let verbs: Vec<&str> = all.iter().map(verb).collect();
    // Amina started, completed l1, answered twice, passed quiz1, completed the
    // course and earned a certificate; Bilal started. In time order.
    let mut sorted = verbs.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "answered",
            "answered",
            "completed",
            "completed",
            "earned",
            "initialized",
            "initialized",
            "passed"
        ]
    );
    let lesson = by_object(&all, "completed", "/lesson/l1");
    assert_eq!(
        lesson["object"]["id"],
        "https://fieldcourse.invalid/xapi/field-safety/lesson/l1"
    );
    assert_eq!(lesson["object"]["definition"]["name"]["und"], "Lesson l1");
    let times: Vec<&str> = all
        .iter()
        .map(|s| s["timestamp"].as_str().unwrap())
        .collect();
    let mut in_order = times.clone();
    in_order.sort_unstable();
    assert_eq!(times, in_order);
    drop(store);
    // Opening again writes nothing more.
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.outbox_count().unwrap().pending, 8);
}

#[test]
fn export_writes_the_statements_and_keeps_them_until_synced() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    journey(&fixture.learner("Amina"), &version);
    let output = fixture.data_dir().join("records.json");
    let written = fixture.store.export_outbox(None, &output).unwrap();
    assert_eq!(written, JOURNEY_VERBS.len());
    let file: Vec<Value> = serde_json::from_str(&fs::read_to_string(&output).unwrap()).unwrap();
    assert_eq!(file, statements(&fixture.store));
    let count = fixture.store.outbox_count().unwrap();
    assert_eq!(
        (count.pending, count.exported),
        (written as u64, written as u64)
    );
    // Nothing was recorded after a day in the future.
    let later = fixture.data_dir().join("later.json");
    let since = Timestamp::parse_day_or_rfc3339("2999-01-01").unwrap();
    assert_eq!(fixture.store.export_outbox(Some(since), &later).unwrap(), 0);
    assert_eq!(fs::read_to_string(&later).unwrap().trim(), "[]");
    assert_eq!(Timestamp::parse_day_or_rfc3339("yesterday"), None);
}

#[test]
fn removing_a_learner_removes_their_waiting_statements() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    fixture.learner("Bilal").enroll(&version).unwrap();
    let amina = fixture.learner("Amina");
    amina.enroll(&version).unwrap();
    let request = amina.prepare_removal().unwrap();
    amina.remove(request).unwrap();
    assert_eq!(fixture.store.outbox_count().unwrap().pending, 1);
    assert_eq!(fixture.count("SELECT count(*) FROM xapi_learners"), 1);
}

/// Format v8 keeps an answer's record on the answer's row. The statements it
/// renders are byte for byte those of the outbox rows v7 wrote for the same
/// answers (which render as the whole statements before them, see the crate's
/// own outbox tests): each answer's record is moved into a row of that form
/// and read again.
#[test]
fn an_answer_record_on_its_row_renders_the_statement_its_outbox_row_did() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    name_learners(&fixture.store, true, Some("https://ngo.example.org"));
    journey(&fixture.learner("Amina"), &version);
    name_learners(&fixture.store, false, None);
    journey(&fixture.learner("Bilal"), &version);
    let on_rows = fixture.store.outbox_statements(None, 0, 10_000).unwrap();
    let answered = on_rows
        .iter()
        .filter(|row| verb(&row.statement) == "answered")
        .count();
    assert_eq!(
        fixture.count("SELECT count(*) FROM quiz_answers WHERE statement_id IS NOT NULL"),
        answered as i64
    );
    assert!(
        answered >= 16,
        "both journeys answer every kind: {answered}"
    );
    assert_eq!(
        fixture.count("SELECT count(*) FROM xapi_outbox WHERE event = 'answered'"),
        0
    );

    // Each record as v7's `insert_answer.sql` wrote it: a compact outbox row
    // at the same place, the response made from the answer.
    let mut conn = raw(&fixture.database());
    let transaction = conn.transaction().unwrap();
    let records: Vec<(i64, String)> = transaction
        .prepare("SELECT id, answer FROM quiz_answers WHERE statement_id IS NOT NULL")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for (answer_id, answer) in records {
        let answer: Value = serde_json::from_str(&answer).unwrap();
        transaction
            .execute(
                "INSERT INTO xapi_outbox
                     (seq, id, learner_id, recorded_at, event, course_version_id, item_id,
                      parent_id, home_page, name, response, points)
                 SELECT w.id, w.statement_id, a.learner_id, w.answered_at, 'answered',
                        a.course_version_id, w.question_id, a.quiz_id, w.xapi_home_page,
                        w.xapi_name, ?2, w.points
                 FROM quiz_answers AS w JOIN quiz_attempts AS a ON a.id = w.attempt_id
                 WHERE w.id = ?1",
                rusqlite::params![answer_id, xapi::statement::response_text(&answer)],
            )
            .unwrap();
        transaction
            .execute(
                "UPDATE quiz_answers SET statement_id = NULL WHERE id = ?1",
                [answer_id],
            )
            .unwrap();
    }
    transaction.commit().unwrap();
    drop(conn);

    let in_outbox = fixture.store.outbox_statements(None, 0, 10_000).unwrap();
    assert_eq!(in_outbox.len(), on_rows.len());
    for (on_row, in_outbox) in on_rows.iter().zip(&in_outbox) {
        assert_eq!(on_row.seq, in_outbox.seq);
        assert_eq!(on_row.id, in_outbox.id);
        assert_eq!(on_row.recorded_at, in_outbox.recorded_at);
        // As sent (compact JSON) and as exported (pretty JSON).
        assert_eq!(
            on_row.statement.to_string(),
            in_outbox.statement.to_string()
        );
        assert_eq!(
            serde_json::to_string_pretty(&on_row.statement).unwrap(),
            serde_json::to_string_pretty(&in_outbox.statement).unwrap()
        );
    }
}

/// Marking an answer's record exported or delivered works as for an outbox
/// row: exported records stay until delivered; a delivered one leaves the
/// outbox while the answer stays.
#[test]
fn an_answer_record_is_exported_and_delivered_like_an_outbox_row() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    journey(&fixture.learner("Amina"), &version);
    let all = fixture.store.outbox_statements(None, 0, 10_000).unwrap();
    let answers: Vec<i64> = all
        .iter()
        .filter(|row| verb(&row.statement) == "answered")
        .map(|row| row.seq)
        .collect();
    let others: Vec<i64> = all
        .iter()
        .filter(|row| verb(&row.statement) != "answered")
        .map(|row| row.seq)
        .collect();
    let kept_answers = fixture.count("SELECT count(*) FROM quiz_answers");
    fixture
        .store
        .mark_exported(&[answers[0], others[0]], Timestamp::now())
        .unwrap();
    let count = fixture.store.outbox_count().unwrap();
    assert_eq!((count.pending, count.exported), (all.len() as u64, 2));
    fixture
        .store
        .mark_delivered(&[answers[0], answers[1], others[0]])
        .unwrap();
    let count = fixture.store.outbox_count().unwrap();
    assert_eq!((count.pending, count.exported), (all.len() as u64 - 3, 0));
    let left: Vec<i64> = fixture
        .store
        .outbox_statements(None, 0, 10_000)
        .unwrap()
        .iter()
        .map(|row| row.seq)
        .collect();
    let expected: Vec<i64> = all
        .iter()
        .map(|row| row.seq)
        .filter(|seq| ![answers[0], answers[1], others[0]].contains(seq))
        .collect();
    assert_eq!(left, expected);
    assert_eq!(
        fixture.count("SELECT count(*) FROM quiz_answers"),
        kept_answers
    );
    // Pages after a place, in order, across both kinds of row.
    let page = fixture
        .store
        .outbox_statements(None, expected[2], 3)
        .unwrap();
    let seqs: Vec<i64> = page.iter().map(|row| row.seq).collect();
    assert_eq!(seqs, expected[3..6]);
}
