//! PINs mean what they say: one normal form when set and when checked, a
//! doubling wait after five wrong tries (kept in the file), and a trainer who
//! can set a new PIN for a learner who forgot theirs.

use crate::common::*;
use fieldcourse::progress::{
    Error, FIRST_WAIT_SECONDS, FREE_TRIES, LONGEST_WAIT_SECONDS, LearnerId, Store, Timestamp,
    TrainerAccess,
};

const T0: i64 = 1_780_000_000_000;

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_unix_ms(T0 + seconds * 1_000)
}

fn learner_with_pin(fixture: &Fixture, pin: &str) -> LearnerId {
    fixture
        .store
        .create_learner(&new_learner("Amina", Some(pin)))
        .unwrap()
        .id()
}

/// The seconds of a wait, or a panic naming what came instead.
fn wait_of<T: std::fmt::Debug>(result: Result<T, Error>) -> u64 {
    match result {
        Err(Error::PinWait { seconds, .. }) => seconds,
        other => panic!("expected a wait, got {other:?}"),
    }
}

#[test]
fn a_pin_set_with_spaces_or_arabic_digits_opens_with_the_same_digits_typed_any_way() {
    let fixture = Fixture::new();
    let id = learner_with_pin(&fixture, " ٢٤٦٨ ");
    for typed in ["2468", " 2468", "2468\n", "٢٤٦٨", "۲۴۶۸", "２４６８"] {
        assert!(
            fixture.store.open_session(id, Some(typed)).is_ok(),
            "{typed:?} opens"
        );
    }
    assert!(matches!(
        fixture.store.open_session(id, Some("2469")),
        Err(Error::WrongPin { .. })
    ));
    // Only spaces is no PIN at all: asked for, not counted as a wrong try.
    assert!(matches!(
        fixture.store.open_session(id, Some("   ")),
        Err(Error::PinRequired { .. })
    ));
    // The length rule counts the normal form: "  12  " is two characters.
    let short = fixture
        .store
        .create_learner(&new_learner("Bilal", Some("  12  ")));
    assert!(
        matches!(
            short,
            Err(Error::PinLength {
                min: 4,
                max: 32,
                ..
            })
        ),
        "{short:?}"
    );
}

#[test]
fn a_pin_hashed_before_normalisation_still_opens_and_is_hashed_again() {
    let fixture = Fixture::new();
    let id = learner_with_pin(&fixture, "0000");
    // As an older Fieldcourse stored it: the hash of the digits as typed.
    let old_hash = {
        use argon2::PasswordHasher;
        argon2::Argon2::default()
            .hash_password("٢٤٦٨".as_bytes())
            .unwrap()
            .to_string()
    };
    raw(&fixture.database())
        .execute("UPDATE learners SET pin_hash = ?1", [&old_hash])
        .unwrap();
    assert!(fixture.store.open_session(id, Some("٢٤٦٨")).is_ok());
    let rehashed: String = raw(&fixture.database())
        .query_row("SELECT pin_hash FROM learners", [], |row| row.get(0))
        .unwrap();
    assert_ne!(rehashed, old_hash, "made again from the normal form");
    assert!(fixture.store.open_session(id, Some("2468")).is_ok());
}

#[test]
fn after_five_wrong_tries_the_learner_waits_and_the_wait_doubles() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    let id = learner_with_pin(&fixture, "8642");
    for try_number in 1..FREE_TRIES {
        let wrong = store.open_session_at(id, Some("0000"), at(0));
        assert!(
            matches!(wrong, Err(Error::WrongPin { .. })),
            "try {try_number}: {wrong:?}"
        );
    }
    // The fifth wrong try starts the wait, and says so.
    let first = FIRST_WAIT_SECONDS as u64;
    assert_eq!(
        wait_of(store.open_session_at(id, Some("0000"), at(0))),
        first
    );
    // While it runs, even the right PIN is refused, without being checked.
    let refused = store.open_session_at(id, Some("8642"), at(10));
    assert_eq!(wait_of(refused), first - 10);
    let message = store
        .open_session_at(id, Some("8642"), at(10))
        .unwrap_err()
        .to_string();
    assert!(message.contains("try again in 20 seconds"), "{message}");
    // After the wait, a sixth wrong try doubles it.
    assert_eq!(
        wait_of(store.open_session_at(id, Some("0000"), at(30))),
        2 * first
    );
    assert_eq!(
        wait_of(store.open_session_at(id, Some("0000"), at(90))),
        4 * first
    );
    // Kept in the file: a store opened afresh still refuses.
    let reopened = Store::open_at(fixture.data_dir(), at(100)).unwrap();
    assert_eq!(
        wait_of(reopened.open_session_at(id, Some("8642"), at(100))),
        4 * first - 10
    );
    // The right PIN after the wait opens, and forgets the wrong tries.
    assert!(store.open_session_at(id, Some("8642"), at(210)).is_ok());
    for _ in 1..FREE_TRIES {
        assert!(matches!(
            store.open_session_at(id, Some("0000"), at(211)),
            Err(Error::WrongPin { .. })
        ));
    }
}

#[test]
fn the_wait_stops_growing_at_an_hour_and_survives_no_clock_set_back() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    let id = learner_with_pin(&fixture, "8642");
    let mut now = 0;
    let mut last = 0;
    for _ in 0..20 {
        match store.open_session_at(id, Some("0000"), at(now)) {
            Err(Error::PinWait { seconds, .. }) => {
                last = seconds;
                now += i64::try_from(seconds).unwrap();
            }
            Err(Error::WrongPin { .. }) => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(last, LONGEST_WAIT_SECONDS as u64);
    // A clock set back a year does not make the wait a year long.
    let year = 365 * 24 * 3_600;
    let wait = wait_of(store.open_session_at(id, Some("8642"), at(now - year)));
    assert!(wait <= LONGEST_WAIT_SECONDS as u64, "{wait}");
    assert!(
        store
            .open_session_at(id, Some("8642"), at(now - year + LONGEST_WAIT_SECONDS))
            .is_ok()
    );
}

#[test]
fn one_learners_wrong_tries_do_not_lock_another() {
    let fixture = Fixture::new();
    let amina = learner_with_pin(&fixture, "8642");
    let bilal = fixture
        .store
        .create_learner(&new_learner("Bilal", Some("1357")))
        .unwrap()
        .id();
    for _ in 0..FREE_TRIES {
        let _ = fixture.store.open_session_at(amina, Some("0000"), at(0));
    }
    assert!(
        fixture
            .store
            .open_session_at(bilal, Some("1357"), at(1))
            .is_ok()
    );
}

#[test]
fn a_trainer_sets_a_new_pin_or_removes_it_for_a_learner_who_forgot_it() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    let id = learner_with_pin(&fixture, "8642");
    for _ in 0..FREE_TRIES {
        let _ = store.open_session_at(id, Some("0000"), at(0));
    }
    // The new PIN works at once: the wait goes with the old PIN.
    store.reset_learner_pin(id, Some(" 1357 ")).unwrap();
    assert!(store.open_session_at(id, Some("1357"), at(1)).is_ok());
    assert!(store.open_session_at(id, Some("8642"), at(1)).is_err());
    store.reset_learner_pin(id, None).unwrap();
    assert!(!store.learners().unwrap()[0].has_pin);
    assert!(store.open_session(id, None).is_ok());
    assert!(matches!(
        store.reset_learner_pin(LearnerId(404), None),
        Err(Error::LearnerNotFound { .. })
    ));
}

#[test]
fn removing_a_learner_forgets_their_wrong_tries() {
    let fixture = Fixture::new();
    let id = learner_with_pin(&fixture, "8642");
    let _ = fixture.store.open_session_at(id, Some("0000"), at(0));
    assert_eq!(
        fixture.count("SELECT count(*) FROM device_settings WHERE key LIKE 'pin.tries.%'"),
        1
    );
    let session = fixture.store.open_session(id, Some("8642")).unwrap();
    let _ = fixture.store.open_session_at(id, Some("0000"), at(0));
    let request = session.prepare_removal().unwrap();
    session.remove(request).unwrap();
    assert_eq!(
        fixture.count("SELECT count(*) FROM device_settings WHERE key LIKE 'pin.tries.%'"),
        0
    );
}

#[test]
fn the_trainer_pin_is_normalised_and_waits_after_five_wrong_tries() {
    let fixture = Fixture::new();
    let store = &fixture.store;
    assert_eq!(store.trainer_access().unwrap(), TrainerAccess::Undecided);
    store.set_trainer_pin(Some(" ٧٧٧٧ ")).unwrap();
    assert_eq!(store.trainer_access().unwrap(), TrainerAccess::Pin);
    assert!(store.check_trainer_pin_at("7777", at(0)).unwrap());
    for _ in 1..FREE_TRIES {
        assert!(!store.check_trainer_pin_at("1111", at(0)).unwrap());
    }
    assert_eq!(
        wait_of(store.check_trainer_pin_at("1111", at(0))),
        FIRST_WAIT_SECONDS as u64
    );
    assert_eq!(wait_of(store.check_trainer_pin_at("7777", at(29))), 1);
    assert!(store.check_trainer_pin_at("7777", at(30)).unwrap());
    // Removing the PIN is the choice to leave the area open, remembered.
    store.set_trainer_pin(None).unwrap();
    assert_eq!(store.trainer_access().unwrap(), TrainerAccess::LeftOpen);
    let reopened = Store::open(fixture.data_dir()).unwrap();
    assert_eq!(reopened.trainer_access().unwrap(), TrainerAccess::LeftOpen);
    store.set_trainer_pin(Some("2468")).unwrap();
    assert_eq!(store.trainer_access().unwrap(), TrainerAccess::Pin);
}

#[test]
fn a_pin_check_in_two_halves_counts_wrong_tries_and_finishes_only_where_it_started() {
    use fieldcourse::progress::SessionStep;
    let fixture = Fixture::new();
    let id = learner_with_pin(&fixture, "2468");
    let store = &fixture.store;
    let try_with = |pin: &str| match store.learner_pin_try(id, Some(pin), at(0)).unwrap() {
        SessionStep::Compare(pin_try) => pin_try,
        SessionStep::Open(_) => panic!("a learner with a PIN is asked for it"),
    };
    // The slow half runs on another thread, as the app runs it.
    let compared = {
        let pin_try = try_with("1357");
        std::thread::spawn(move || pin_try.compare())
            .join()
            .unwrap()
    };
    assert!(matches!(
        store.finish_learner_pin(compared, at(0)),
        Err(Error::WrongPin { .. })
    ));
    // A learner's check does not open the trainer area.
    store.set_trainer_pin(Some("2468")).unwrap();
    let learners = try_with("2468").compare();
    assert!(matches!(
        store.finish_trainer_pin(learners, at(0)),
        Err(Error::NotThisSession { .. })
    ));
    // A check finishes only in the store that started it.
    let other = Fixture::new();
    assert!(matches!(
        other
            .store
            .finish_learner_pin(try_with("2468").compare(), at(0)),
        Err(Error::NotThisSession { .. })
    ));
    let opened = store.finish_learner_pin(try_with("2468").compare(), at(0));
    assert_eq!(opened.unwrap().id(), id);
}
