//! One data folder, one owner: while a Fieldcourse holds the folder, commands
//! that would change it refuse and change nothing, and those that only read
//! still work. The folder and the files with learners' records are owner-only.

use crate::common::*;
use fieldcourse::data_folder::{DataLock, LockError};
use fieldcourse::progress::{BackupKind, Store, Timestamp, list_backups};
use std::path::Path;
use std::process::{Command, Output};

/// Exit code of a command refused because the folder is held.
const EXIT_IN_USE: i32 = 75;

fn fieldcourse(data_dir: &Path, args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env("XDG_DATA_HOME", scratch.path())
        .env("HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A data folder with a learner and one backup; the store closed.
fn data_with_a_backup() -> (tempfile::TempDir, String) {
    let fixture = Fixture::new();
    fixture.learner("Amina");
    let backup = fixture
        .store
        .backup_now(BackupKind::Daily, Timestamp::now())
        .unwrap();
    fixture.learner("Bilal");
    let Fixture { dir, store } = fixture;
    drop(store);
    (dir, backup.id)
}

#[test]
fn a_held_folder_makes_backup_restore_refuse_and_change_nothing() {
    let (dir, backup) = data_with_a_backup();
    let database = fieldcourse::progress::database_path(dir.path());
    let before = file_digest(&database);
    let backups_before = list_backups(dir.path()).unwrap().len();

    let held = DataLock::acquire(dir.path()).unwrap();
    let refused = fieldcourse(dir.path(), &["backup", "restore", &backup]);
    assert_eq!(
        refused.status.code(),
        Some(EXIT_IN_USE),
        "{}",
        stderr(&refused)
    );
    assert!(stderr(&refused).contains("in use"), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("nothing was changed"));
    assert_eq!(
        file_digest(&database),
        before,
        "the progress file is untouched"
    );
    assert_eq!(
        list_backups(dir.path()).unwrap().len(),
        backups_before,
        "no before-restore copy was made"
    );

    // Once the holder lets go, the same command works.
    drop(held);
    let restored = fieldcourse(dir.path(), &["backup", "restore", &backup]);
    assert!(restored.status.success(), "{}", stderr(&restored));
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(
        store.learners().unwrap().len(),
        1,
        "Bilal came after the backup"
    );
}

#[test]
fn writing_commands_refuse_while_the_folder_is_held_and_reading_ones_work() {
    let (dir, _) = data_with_a_backup();
    let work = tempfile::tempdir().unwrap();
    let course = work.path().join("course");
    std::fs::create_dir(&course).unwrap();
    std::fs::write(course.join("course.json"), course_json().to_string()).unwrap();
    let key = work.path().join("org.key");
    let made = fieldcourse(
        dir.path(),
        &[
            "issuer",
            "create",
            "--name",
            "Org",
            "--output",
            key.to_str().unwrap(),
        ],
    );
    assert!(
        made.status.success(),
        "issuer create only writes its output"
    );
    let exported = work.path().join("records.json");

    let _held = DataLock::acquire(dir.path()).unwrap();
    let writers: [&[&str]; 5] = [
        &["import", course.to_str().unwrap()],
        &["issuer", "install", key.to_str().unwrap()],
        &["xapi", "export", "--output", exported.to_str().unwrap()],
        &["xapi", "settings", "--include-names", "true"],
        &["xapi", "sync", "--endpoint", "http://127.0.0.1:9/xapi"],
    ];
    for args in writers {
        let output = fieldcourse(dir.path(), args);
        assert_eq!(
            output.status.code(),
            Some(EXIT_IN_USE),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stderr(&output).contains("in use"), "{args:?}");
    }
    assert!(!dir.path().join("courses/field-safety").exists());
    assert!(!exported.exists());
    assert!(!dir.path().join("lrs.json").exists());

    let readers: [&[&str]; 5] = [
        &["report"],
        &["backup", "list"],
        &["xapi", "status"],
        &["certificate", "list"],
        &[
            "validate",
            concat!(env!("CARGO_MANIFEST_DIR"), "/courses/authoring-tour"),
        ],
    ];
    for args in readers {
        let output = fieldcourse(dir.path(), args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn the_lock_is_released_when_its_holder_drops() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    let first = DataLock::acquire(&folder).unwrap();
    assert_eq!(first.folder(), folder);
    let second = DataLock::acquire(&folder).unwrap_err();
    assert!(matches!(second, LockError::InUse { .. }), "{second:?}");
    assert!(second.to_string().contains(&folder.display().to_string()));
    drop(first);
    assert!(DataLock::acquire(&folder).is_ok());
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_the_files_with_records_are_created_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // As the app starts: the lock (which makes the folder), then the store.
    let _held = DataLock::acquire(&data).unwrap();
    assert_eq!(mode(&data), 0o700, "made by the lock");
    let store = Store::open(&data).unwrap();
    store.create_learner(&new_learner("Amina", None)).unwrap();
    let database = fieldcourse::progress::database_path(&data);
    assert_eq!(mode(&data), 0o700, "data folder");
    for file in [
        database.clone(),
        data.join("progress.sqlite-wal"),
        data.join("progress.sqlite-shm"),
        data.join("fieldcourse.lock"),
    ] {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    let backup = store
        .backup_now(BackupKind::Daily, Timestamp::now())
        .unwrap();
    assert_eq!(mode(&data.join("backups")), 0o700);
    assert_eq!(mode(&backup.path), 0o600);
    drop(store);
    fieldcourse::progress::restore_backup(&data, &backup.id, Timestamp::now()).unwrap();
    assert_eq!(mode(&database), 0o600, "a restored file too");
    for backup in list_backups(&data).unwrap() {
        assert_eq!(mode(&backup.path), 0o600, "{}", backup.id);
    }
}

#[cfg(unix)]
#[test]
fn a_folder_and_files_left_readable_by_others_are_tightened_on_open() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(&data).unwrap();
    let backup = store
        .backup_now(BackupKind::Daily, Timestamp::now())
        .unwrap();
    drop(store);
    let database = fieldcourse::progress::database_path(&data);
    let lrs = data.join("lrs.json");
    std::fs::write(&lrs, r#"{"endpoint":"https://lrs.example.org/xapi"}"#).unwrap();
    let open_to_all = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    open_to_all(&data, 0o755);
    open_to_all(&data.join("backups"), 0o755);
    for file in [&database, &backup.path, &lrs] {
        open_to_all(file, 0o644);
    }

    let _store = Store::open(&data).unwrap();
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("backups")), 0o700);
    for file in [&database, &backup.path, &lrs] {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
}

#[cfg(feature = "lrs")]
#[test]
fn the_lock_is_released_when_its_holder_crashes() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    fixture
        .learner("Amina")
        .complete_lesson(&version, "l1")
        .unwrap();
    let Fixture { dir, store } = fixture;
    drop(store);
    // A stand-in LRS that takes the connection and never answers, so the
    // command stops mid-sync, holding the folder.
    let lrs = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    lrs.set_nonblocking(true).unwrap();
    let endpoint = format!("http://{}/xapi", lrs.local_addr().unwrap());
    let scratch = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args([
            "xapi",
            "sync",
            "--quiet",
            "--endpoint",
            &endpoint,
            "--data-dir",
        ])
        .arg(dir.path())
        .env("HOME", scratch.path())
        .env("XDG_DATA_HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let _connection = loop {
        match lrs.accept() {
            Ok((connection, _)) => break connection,
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {
                if let Some(status) = child.try_wait().unwrap() {
                    let output = child.wait_with_output().unwrap();
                    panic!(
                        "sync ended ({status}) before reaching the LRS: {}",
                        stderr(&output)
                    );
                }
                std::thread::yield_now();
            }
            Err(error) => panic!("{error}"),
        }
    };
    assert!(
        matches!(DataLock::acquire(dir.path()), Err(LockError::InUse { .. })),
        "the command holds the folder while it sends"
    );
    // Killed, as by a crash or a power button: no chance to clean up.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(DataLock::acquire(dir.path()).is_ok(), "the system let go");
}
