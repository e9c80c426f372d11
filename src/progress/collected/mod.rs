//! Records that travel between devices: this device's rows as a records file
//! carries them ([`Store::device_records`]), and the rows collected from other
//! devices, kept in `collected_*` tables apart from this device's learners
//! ([`Store::collect_records`], [`Store::collected_learners`]).
//!
//! The file itself (its container, manifest, hashes and signature) is the
//! `records` module's, a floor up: this room only reads and writes rows.

mod forward;
mod list;
mod merge;
mod printable;
mod read;

pub use forward::ForwardCursor;
pub use list::{CollectedCourse, CollectedDevice, CollectedLearner};
pub use merge::{Collection, ExportIdentity};
pub use printable::CollectedCertificate;

use super::{Result, Store};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The device setting holding this device's random id, which names it in the
/// records files it saves.
const DEVICE_ID_SETTING: &str = "records.device_id";
/// The device setting holding the name this device gives itself in records files.
const DEVICE_NAME_SETTING: &str = "records.device_name";
/// The device setting counting the records files this device has saved.
const EXPORT_NUMBER_SETTING: &str = "records.export_number";

/// A learner of a device, as a records file carries them: never a PIN hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearnerRow {
    /// The learner's id on their device.
    pub id: i64,
    /// The name shown on the device.
    pub display_name: String,
    /// The name printed on certificates.
    pub certificate_name: String,
    /// The learner's interface language.
    pub language: String,
    /// When the learner was added (Unix milliseconds).
    pub created_at: i64,
    /// The learner's pseudonymous subject id on their certificates
    /// (`urn:uuid:...`); records format 2 on, absent from older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_id: Option<String>,
}

/// A course version the device recorded progress against, with its items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseVersionRow {
    /// The version's id on the device.
    pub id: i64,
    /// The course id.
    pub course_id: String,
    /// The course's version string.
    pub version: String,
    /// The SHA-256 of the course's content.
    pub content_hash: String,
    /// The course title.
    pub title: String,
    /// Whether the device counts its reports against this version.
    pub current: bool,
    /// Its lessons, quizzes and reflection blocks, in course order.
    pub items: Vec<CourseItemRow>,
}

/// A lesson, quiz, final assessment or reflection of a course version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseItemRow {
    /// The item's id in the course.
    pub item_id: String,
    /// `lesson`, `quiz`, `final_assessment` or `reflection`.
    pub kind: String,
    /// Its place in course order.
    pub position: i64,
    /// Its title.
    pub title: String,
}

/// A learner's place in a course.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollmentRow {
    /// The learner's id on the device.
    pub learner_id: i64,
    /// The course id.
    pub course_id: String,
    /// The course version last written under (its id on the device).
    pub course_version_id: i64,
    /// When the learner started (Unix milliseconds).
    pub started_at: i64,
    /// When the learner last opened the course.
    pub last_opened_at: i64,
    /// The lesson or quiz to continue at.
    pub last_item_id: Option<String>,
    /// The block to continue at in it.
    pub last_block: i64,
    /// When the course was completed.
    pub completed_at: Option<i64>,
    /// Completed lessons that the device's current version has.
    pub lessons_completed: i64,
}

/// A learner's progress in one lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonRow {
    /// The learner's id on the device.
    pub learner_id: i64,
    /// The course id.
    pub course_id: String,
    /// The lesson id.
    pub lesson_id: String,
    /// The course version last written under.
    pub course_version_id: i64,
    /// When the lesson was first opened.
    pub first_opened_at: i64,
    /// When it was completed.
    pub completed_at: Option<i64>,
    /// Reading time counted, in seconds.
    pub seconds_spent: i64,
}

/// One sitting of a quiz, with every answer given in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptRow {
    /// The attempt's id on the device.
    pub id: i64,
    /// The learner's id on the device.
    pub learner_id: i64,
    /// The course id.
    pub course_id: String,
    /// The quiz (or final assessment) id.
    pub quiz_id: String,
    /// The course version it was taken under.
    pub course_version_id: i64,
    /// The shuffle seed.
    pub seed: i64,
    /// The questions drawn and the option order shown.
    pub layout: Value,
    /// When it started.
    pub started_at: i64,
    /// When it was submitted.
    pub finished_at: Option<i64>,
    /// Points scored.
    pub points: Option<f64>,
    /// Points possible.
    pub max_points: Option<f64>,
    /// The score, from 0 to 1.
    pub score: Option<f64>,
    /// Whether it passed.
    pub passed: Option<bool>,
    /// Every answer, in the order given.
    pub answers: Vec<AnswerRow>,
}

/// One answer given in an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRow {
    /// The answer's id on the device.
    pub id: i64,
    /// The question id.
    pub question_id: String,
    /// The answer as given.
    pub answer: Value,
    /// Points it scored, once graded.
    pub points: Option<f64>,
    /// When it was given.
    pub answered_at: i64,
}

/// A certificate issued on the device, with its signed credential.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateRow {
    /// The certificate id printed on it.
    pub id: String,
    /// The learner's id on the device.
    pub learner_id: i64,
    /// The course id.
    pub course_id: String,
    /// The course version it was issued for.
    pub course_version_id: i64,
    /// The name printed on it.
    pub name_on_certificate: String,
    /// When it was issued.
    pub issued_at: i64,
    /// The signed credential (a VC-JWT), as issued.
    pub credential: Option<String>,
}

/// A learning record (xAPI statement) not yet delivered to an LRS.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRow {
    /// The statement id, kept as recorded.
    pub id: String,
    /// When the action it records happened (Unix milliseconds).
    pub recorded_at: i64,
    /// The statement.
    pub statement: Value,
}

/// Everything a device's records file carries about its learners.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceRecords {
    /// The learners (names, never PIN hashes).
    pub learners: Vec<LearnerRow>,
    /// The course versions progress names, with their items.
    pub courses: Vec<CourseVersionRow>,
    /// Each learner's place in each course.
    pub enrollments: Vec<EnrollmentRow>,
    /// Lesson progress.
    pub lessons: Vec<LessonRow>,
    /// Quiz attempts with their answers.
    pub attempts: Vec<AttemptRow>,
    /// Certificates with their signed credentials.
    pub certificates: Vec<CertificateRow>,
    /// The learning records not yet delivered to an LRS.
    pub statements: Vec<StatementRow>,
}

impl Store {
    /// This device's random id, made and saved on first use: it names the
    /// device in the records files it saves.
    pub fn device_id(&self) -> Result<String> {
        if let Some(id) = self.setting::<String>(DEVICE_ID_SETTING)? {
            return Ok(id);
        }
        let new_id = crate::xapi::statement::new_id();
        self.conn
            .prepare_cached(include_str!("new_device_id.sql"))
            .and_then(|mut statement| statement.execute([new_id.as_str()]))
            .map_err(self.fail("save this device's id"))?;
        // Read back: another program may have saved its own id first.
        match self.setting::<String>(DEVICE_ID_SETTING)? {
            Some(id) => Ok(id),
            // Something that is no id sat under the key: this one replaces it.
            None => {
                self.set_setting(DEVICE_ID_SETTING, &new_id)?;
                Ok(new_id)
            }
        }
    }

    /// This device's id if it has one yet, without making one.
    pub fn existing_device_id(&self) -> Result<Option<String>> {
        self.setting(DEVICE_ID_SETTING)
    }

    /// The name this device gives itself in records files, if one was chosen.
    pub fn device_name(&self) -> Result<Option<String>> {
        Ok(self
            .setting::<String>(DEVICE_NAME_SETTING)?
            .filter(|name| !name.trim().is_empty()))
    }

    /// Remembers the name this device gives itself in records files; an
    /// empty name forgets the one chosen, so the default applies again.
    pub fn set_device_name(&self, name: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            self.remove_setting(DEVICE_NAME_SETTING)
        } else {
            self.set_setting(DEVICE_NAME_SETTING, name)
        }
    }

    /// Counts one more records file saved on this device and returns its
    /// number (1 for the first). The trainer's laptop keeps the export with the
    /// highest number, so a device whose clock is wrong still supersedes its
    /// earlier exports.
    pub fn next_export_number(&self) -> Result<i64> {
        let next = self
            .setting::<i64>(EXPORT_NUMBER_SETTING)?
            .unwrap_or(0)
            .saturating_add(1);
        self.set_setting(EXPORT_NUMBER_SETTING, &next)?;
        Ok(next)
    }
}
