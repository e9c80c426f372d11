//! One value of every kind of error the GUI words, for the tests beside.

use super::super::ErrorText;
use crate::course::{
    Damage, InstallError, LoadError, LoadedCourse, PackageError, Publisher, Verdict,
};
use crate::progress::{self, InputProblem, LearnerId};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

pub(super) fn file() -> PathBuf {
    PathBuf::from("/data/progress.sqlite3")
}

fn io_error() -> Arc<std::io::Error> {
    Arc::new(std::io::Error::from(std::io::ErrorKind::StorageFull))
}

fn progress_kinds() -> Vec<ErrorText> {
    use progress::Error as E;
    let path = file();
    let sqlite = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
        Some("attempt to write a readonly database".to_owned()),
    );
    let json = serde_json::from_str::<u8>("x").unwrap_err();
    let input = |problem| E::InvalidInput {
        path: path.clone(),
        problem,
    };
    [
        E::Database {
            path: path.clone(),
            action: "save the answer",
            source: Arc::new(sqlite),
        },
        E::Io {
            path: path.clone(),
            action: "create the backup folder",
            source: io_error(),
        },
        E::TooNew {
            path: path.clone(),
            found: 9,
            supported: 3,
        },
        E::NotProgressFile {
            path: path.clone(),
            reason: "no learners table".to_owned(),
        },
        E::Damaged {
            path: path.clone(),
            problem: "malformed".to_owned(),
            moved_to: path.with_extension("damaged"),
            newest_backup: None,
        },
        E::LearnerNotFound {
            path: path.clone(),
            learner: LearnerId(7),
        },
        E::PinRequired {
            path: path.clone(),
            name: "Amina".to_owned(),
        },
        E::WrongPin {
            path: path.clone(),
            name: "Amina".to_owned(),
        },
        E::PinWait {
            path: path.clone(),
            name: "Amina".to_owned(),
            seconds: 30,
        },
        E::PinLength {
            path: path.clone(),
            min: 4,
            max: 32,
        },
        input(InputProblem::NameEmpty),
        input(InputProblem::NameTooLong { max: 60 }),
        input(InputProblem::CertificateNameTooLong { max: 120 }),
        input(InputProblem::NoLanguage),
        input(InputProblem::PinNotProtected {
            detail: "out of memory".to_owned(),
        }),
        input(InputProblem::ImpossibleOutcome {
            outcome: "-1".to_owned(),
        }),
        E::NotThisSession {
            path: path.clone(),
            what: "session key",
        },
        E::NotInCourse {
            path: path.clone(),
            course_id: "c".to_owned(),
            version: "1".to_owned(),
            item_id: "q".to_owned(),
        },
        E::AttemptNotFound {
            path: path.clone(),
            attempt: 3,
        },
        E::AttemptFinished {
            path: path.clone(),
            attempt: 3,
        },
        E::BackupNotFound {
            dir: path.clone(),
            id: "x".to_owned(),
        },
        E::BackupUnusable {
            path: path.clone(),
            problem: "empty".to_owned(),
        },
        E::Json {
            path,
            action: "read the answer",
            source: Arc::new(json),
        },
    ]
    .into_iter()
    .map(ErrorText::from)
    .collect()
}

fn broken_course() -> Box<LoadedCourse> {
    Box::new(LoadedCourse {
        origin: PathBuf::from("/media/usb/first-aid"),
        course: None,
        translations: BTreeMap::new(),
        untranslated: BTreeMap::new(),
        diagnostics: Vec::new(),
    })
}

fn course_kinds() -> Vec<ErrorText> {
    let path = PathBuf::from("/media/usb/first-aid.fcourse");
    let install_io = InstallError::Io {
        path: path.clone(),
        action: "copy the course",
        source: io_error(),
    };
    let mut kinds: Vec<ErrorText> = vec![
        LoadError::Io {
            path: path.clone(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        }
        .into(),
        LoadError::TooLarge {
            path: path.clone(),
            size: 70 * 1024 * 1024,
        }
        .into(),
        InstallError::Refused(broken_course()).into(),
        (&install_io).into(),
        ErrorText::new("error-course-broken").value("course", "First aid"),
        ErrorText::new("error-watch-stopped").path("folder", &path),
    ];
    let damaged = |damage| PackageError::Unreadable {
        file: Some(path.clone()),
        damage,
    };
    let packages = [
        PackageError::Refused(broken_course()),
        PackageError::Io {
            path: path.clone(),
            action: "read the package",
            source: io_error(),
        },
        damaged(Damage::Incomplete),
        damaged(Damage::NotZip),
        damaged(Damage::Unsupported),
        PackageError::NotPacked("zip".to_owned()),
        PackageError::BadManifest("is missing".to_owned()),
        PackageError::TooManyEntries {
            count: 20_000,
            max: 10_000,
        },
        PackageError::Entry {
            entry: "../escape".to_owned(),
            reason: "it leaves the folder".to_owned(),
        },
        PackageError::TooLarge {
            entry: "video.mp4".to_owned(),
            max: 2 * 1024 * 1024 * 1024,
        },
        PackageError::Missing("course.json".to_owned()),
        PackageError::Older {
            id: "first-aid".to_owned(),
            installed: "2.0.0".to_owned(),
            offered: "1.0.0".to_owned(),
        },
        PackageError::BadSignature("does not match".to_owned()),
        PackageError::Unverified {
            id: "first-aid".to_owned(),
            title: Some("First aid in the field".to_owned()),
            version: "1.0.0".to_owned(),
            verdict: Box::new(Verdict::Unsigned),
        },
        PackageError::Unverified {
            id: "first-aid".to_owned(),
            title: None,
            version: "1.0.0".to_owned(),
            verdict: Box::new(Verdict::Unknown(sample_publisher())),
        },
        PackageError::PublisherChanged {
            id: "first-aid".to_owned(),
            title: Some("First aid in the field".to_owned()),
            installed: Box::new(sample_publisher()),
            offered: Box::new(Verdict::Unsigned),
        },
        PackageError::Install(install_io),
    ];
    kinds.extend(packages.into_iter().map(ErrorText::from));
    #[cfg(feature = "preview")]
    kinds.extend([
        ErrorText::from(crate::course::WatchError::NotAFolder(path.clone())),
        ErrorText::from(crate::course::WatchError::Refused {
            path,
            source: notify_debouncer_full::notify::Error::generic("too many watches"),
        }),
    ]);
    kinds
}

fn certificate_kinds() -> Vec<ErrorText> {
    use crate::certificate::Error as E;
    let path = PathBuf::from("/home/amina/Documents/certificate.pdf");
    let problem = || "broken".to_owned();
    [
        E::Io {
            path: path.clone(),
            action: "write the PDF",
            source: io_error(),
        },
        E::KeyFile {
            path: path.clone(),
            problem: problem(),
        },
        E::Random {
            path: path.clone(),
            problem: problem(),
        },
        E::Pdf {
            path: path.clone(),
            problem: problem(),
        },
        E::StoredCredential {
            path: path.clone(),
            problem: problem(),
        },
        E::TrustFile {
            path,
            line: 3,
            problem: problem(),
        },
        E::Progress(progress::Error::AttemptFinished {
            path: file(),
            attempt: 1,
        }),
    ]
    .into_iter()
    .map(ErrorText::from)
    .collect()
}

fn quiz_kinds() -> Vec<ErrorText> {
    use crate::quiz::Error as E;
    let question = || "q-bleeding".to_owned();
    [
        E::WrongResponseKind {
            question: question(),
            expected: "single",
            given: "text",
        },
        E::UnknownChoice {
            question: question(),
            choice: "c".to_owned(),
        },
        E::IncompleteQuestion {
            question: question(),
            missing: "options",
        },
        E::NotInAttempt {
            quiz: "final".to_owned(),
            question: question(),
        },
    ]
    .into_iter()
    .map(ErrorText::from)
    .collect()
}

#[cfg(feature = "lrs")]
fn lrs_kinds() -> Vec<ErrorText> {
    use crate::lrs::{Error as E, NetworkCause};
    let endpoint = || "https://lrs.example.org/xapi".to_owned();
    let no_route = |cause| E::NoRoute {
        endpoint: endpoint(),
        cause,
        pending: 12,
    };
    [
        E::Store(progress::Error::AttemptFinished {
            path: file(),
            attempt: 1,
        }),
        E::Io {
            path: file(),
            action: "write lrs.json",
            source: io_error(),
        },
        E::BadFile {
            path: file(),
            problem: "not JSON".to_owned(),
            fix: "remove it",
        },
        E::NoEndpoint,
        E::BadEndpoint {
            endpoint: endpoint(),
            reason: "no host".to_owned(),
        },
        E::PlainHttp {
            endpoint: endpoint(),
        },
        E::NotAnLrs {
            endpoint: endpoint(),
            reason: "a web page".to_owned(),
            pending: 12,
        },
        E::NeedsCredentials {
            endpoint: endpoint(),
            status: 401,
            pending: 12,
        },
        E::Busy {
            endpoint: endpoint(),
            status: 429,
            wait_seconds: 600,
            pending: 12,
        },
        no_route(NetworkCause::Refused),
        no_route(NetworkCause::HostNotFound),
        no_route(NetworkCause::TimedOut),
        no_route(NetworkCause::NoRequest),
        no_route(NetworkCause::Other("tls".to_owned())),
        E::AuthRefused {
            endpoint: endpoint(),
            status: 403,
            pending: 12,
        },
        E::Rejected {
            endpoint: endpoint(),
            position: 3,
            statement_id: "0b7c7f6e-8d3c-4a55-9a53-4f0e1e2b3c4d".to_owned(),
            reason: "bad verb".to_owned(),
            pending: 12,
        },
        E::Server {
            endpoint: endpoint(),
            status: 500,
            detail: "oops".to_owned(),
            tries: 3,
            pending: 12,
        },
        E::Interrupted {
            delivered: 5,
            pending: 7,
        },
    ]
    .into_iter()
    .map(ErrorText::from)
    .collect()
}

fn folder_kinds() -> Vec<ErrorText> {
    use crate::data_folder::LockError as E;
    let folder = PathBuf::from("/srv/field-data");
    vec![
        E::InUse {
            folder: folder.clone(),
        }
        .into(),
        E::Io {
            folder: folder.clone(),
            source: io_error(),
        }
        .into(),
        super::super::io(&folder, &std::io::Error::from(std::io::ErrorKind::NotFound)),
        ErrorText::new("error-progress-open-again"),
    ]
}

fn records_kinds() -> Vec<ErrorText> {
    use crate::records::Error as E;
    let path = PathBuf::from("/media/ana/STICK/laptop-3.fcrecords");
    let problem = || "detail".to_owned();
    [
        E::Io {
            path: path.clone(),
            action: "write the records file",
            source: io_error(),
        },
        E::NotWritten {
            path: path.clone(),
            problem: problem(),
        },
        E::NotRecords {
            path: path.clone(),
            problem: problem(),
        },
        E::Truncated { path: path.clone() },
        E::Unsigned { path: path.clone() },
        E::Tampered {
            path: path.clone(),
            problem: problem(),
        },
        E::NewerFormat {
            path: path.clone(),
            found: 9,
            supported: 1,
        },
        E::Unreadable {
            path: path.clone(),
            problem: problem(),
        },
        E::KeyMismatch {
            path: path.clone(),
            device_name: "Laptop 3".to_owned(),
            device_id: "d-3".to_owned(),
        },
        E::OwnDevice { path: path.clone() },
        E::Inconsistent {
            path: path.clone(),
            problem: problem(),
        },
        E::EmptyFolder { path },
    ]
    .into_iter()
    .map(ErrorText::from)
    .collect()
}

/// One value of every kind of error the GUI words.
pub(super) fn every_kind() -> Vec<ErrorText> {
    let mut kinds = progress_kinds();
    kinds.extend(course_kinds());
    kinds.extend(certificate_kinds());
    kinds.extend(quiz_kinds());
    #[cfg(feature = "lrs")]
    kinds.extend(lrs_kinds());
    kinds.extend(folder_kinds());
    kinds.extend(records_kinds());
    kinds
}

/// A publisher for the package samples.
fn sample_publisher() -> Publisher {
    Publisher {
        did: crate::did::DidKey::parse("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
            .unwrap_or_else(|problem| panic!("{problem}")),
        name: "Riverside Health".to_owned(),
    }
}
