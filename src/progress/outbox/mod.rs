//! The outbox of learning records: xAPI statements written in the same
//! transaction as the progress they describe, kept until an LRS has them.
//!
//! The session methods that record progress call [`record`] (or
//! [`record_attempt`]) inside their transaction; the statement's id and
//! timestamp are fixed there, in a compact row (see `record.rs`). An answer
//! keeps its record on its own row (format v8, `attempt/answer.sql`), and the
//! outbox reads those rows beside its own, in one sequence. `xapi export` and `xapi sync` read the statements back with
//! [`Store::outbox_statements`], which renders compact rows (see `render.rs`),
//! and a statement the LRS holds is deleted with [`Store::mark_delivered`].

mod backfill;
mod export;
mod record;
mod render;
#[cfg(test)]
mod tests;

pub(crate) use backfill::backfill;
pub(crate) use record::{Event, Form, attach_answer_record, record, record_as, record_attempt};

use super::{LearnerId, Result, Store, Timestamp};
use crate::course::Course;
use crate::xapi::statement as xapi;
use render::{Happened, Record};
use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One statement waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutboxStatement {
    /// Its place in the outbox (oldest first).
    pub seq: i64,
    /// The statement id.
    pub id: String,
    /// When the action it records happened.
    pub recorded_at: Timestamp,
    /// The statement.
    pub statement: Value,
    /// When it was last exported to a file, if it was.
    pub exported_at: Option<Timestamp>,
}

/// How many statements wait in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OutboxCount {
    /// Not yet delivered to an LRS.
    pub pending: u64,
    /// Of those, written to a file by `xapi export`.
    pub exported: u64,
}

/// What the organisation decided about the learning records of this device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct XapiDeviceSettings {
    /// The account home page of learners (an IRL of the organisation). When
    /// unset, a page named after this device's random id is used.
    pub home_page: Option<String>,
    /// Send learners' display names with their pseudonymous ids (off by default).
    pub include_names: bool,
}

const HOME_PAGE_SETTING: &str = "xapi.home_page";
const INCLUDE_NAMES_SETTING: &str = "xapi.include_names";

impl Store {
    /// Undelivered statements, oldest first: those recorded at `since` or later,
    /// after outbox place `after_seq` (0 for the start), at most `limit`.
    pub fn outbox_statements(
        &self,
        since: Option<Timestamp>,
        after_seq: i64,
        limit: u32,
    ) -> Result<Vec<OutboxStatement>> {
        let rows = self.query(
            "read the learning records",
            include_str!("pending.sql"),
            params![since.map_or(i64::MIN, Timestamp::unix_ms), after_seq, limit],
            |row| {
                let seq = row.get(0)?;
                let id: String = row.get(1)?;
                let recorded_at = Timestamp::from_unix_ms(row.get(2)?);
                let exported_at = row.get::<_, Option<i64>>(3)?.map(Timestamp::from_unix_ms);
                let stored = match row.get::<_, Option<String>>(4)? {
                    Some(whole) => Stored::Whole(whole),
                    None => Stored::Compact(Box::new(compact_row(row, &id, recorded_at)?)),
                };
                Ok((seq, id, recorded_at, exported_at, stored))
            },
        )?;
        rows.into_iter()
            .map(|(seq, id, recorded_at, exported_at, stored)| {
                let text = match stored {
                    Stored::Whole(text) => text,
                    // A compact row's statement goes through text as a whole
                    // one does, so its numbers read back exactly alike.
                    Stored::Compact(record) => render::render(&self.conn, &record)
                        .map_err(self.fail("read a learning record"))?
                        .to_string(),
                };
                let statement = serde_json::from_str(&text)
                    .map_err(self.json_fail("read a learning record"))?;
                Ok(OutboxStatement {
                    seq,
                    id,
                    recorded_at,
                    statement,
                    exported_at,
                })
            })
            .collect()
    }

    /// How many statements wait to be delivered.
    pub fn outbox_count(&self) -> Result<OutboxCount> {
        let counts = self.query(
            "count the learning records",
            include_str!("count.sql"),
            [],
            |row| {
                Ok(OutboxCount {
                    pending: row.get::<_, i64>(0)?.unsigned_abs(),
                    exported: row.get::<_, i64>(1)?.unsigned_abs(),
                })
            },
        )?;
        Ok(counts.into_iter().next().unwrap_or(OutboxCount {
            pending: 0,
            exported: 0,
        }))
    }

    /// Notes that these statements (by outbox place) were written to a file:
    /// they stay in the outbox until an LRS has them.
    pub fn mark_exported(&self, seqs: &[i64], at: Timestamp) -> Result<()> {
        self.in_transaction("mark the learning records exported", |transaction| {
            let mut row = transaction.prepare_cached(include_str!("mark_exported.sql"))?;
            let mut answer =
                transaction.prepare_cached(include_str!("mark_exported_answer.sql"))?;
            for seq in seqs {
                row.execute(params![seq, at.unix_ms()])?;
                answer.execute(params![seq, at.unix_ms()])?;
            }
            Ok(())
        })
    }

    /// Removes statements (by outbox place) that an LRS now holds, in one
    /// transaction.
    pub fn mark_delivered(&self, seqs: &[i64]) -> Result<()> {
        self.in_transaction("remove the delivered learning records", |transaction| {
            let mut row = transaction.prepare_cached(include_str!("delivered.sql"))?;
            let mut answer = transaction.prepare_cached(include_str!("delivered_answer.sql"))?;
            for seq in seqs {
                row.execute([seq])?;
                answer.execute([seq])?;
            }
            Ok(())
        })
    }

    /// What the organisation decided for this device's learning records.
    pub fn xapi_device_settings(&self) -> Result<XapiDeviceSettings> {
        Ok(XapiDeviceSettings {
            home_page: self.setting(HOME_PAGE_SETTING)?,
            include_names: self.setting(INCLUDE_NAMES_SETTING)?.unwrap_or(false),
        })
    }

    /// Saves the organisation's choices; they apply to records written from now on.
    pub fn set_xapi_device_settings(&self, settings: &XapiDeviceSettings) -> Result<()> {
        match &settings.home_page {
            Some(page) => self.set_setting(HOME_PAGE_SETTING, page)?,
            None => self.remove_setting(HOME_PAGE_SETTING)?,
        }
        self.set_setting(INCLUDE_NAMES_SETTING, &settings.include_names)
    }
}

/// Keeps how statements describe `course`'s activities under its version row,
/// the first time the version is seen since format v2.
pub(crate) fn register_course(
    transaction: &Transaction<'_>,
    version_row: i64,
    course: &Course,
) -> rusqlite::Result<()> {
    let known: i64 = transaction
        .prepare_cached(include_str!("known_version.sql"))?
        .query_row([version_row], |row| row.get(0))?;
    if known > 0 {
        return Ok(());
    }
    transaction
        .prepare_cached(include_str!("register_version.sql"))?
        .execute(params![
            version_row,
            xapi::activity_base(course),
            course.language
        ])?;
    let mut insert = transaction.prepare_cached(include_str!("register_activity.sql"))?;
    for activity in xapi::course_definitions(course) {
        let (parent_kind, parent_id) = match &activity.parent {
            Some((kind, id)) => (Some(kind.as_str()), Some(id.as_str())),
            None => (None, None),
        };
        insert.execute(params![
            version_row,
            activity.kind.as_str(),
            activity.item_id,
            parent_kind,
            parent_id,
            activity.definition.to_string(),
            activity.max_points,
        ])?;
    }
    Ok(())
}

/// A statement as the outbox keeps it.
enum Stored {
    /// The whole statement (rows written before compact rows, and those of
    /// course versions registered before learning records).
    Whole(String),
    /// What it needs, to render it now.
    Compact(Box<Record>),
}

/// The compact record in a row of `pending.sql` (one without the whole
/// statement). An event this build does not know fails the read.
fn compact_row(row: &rusqlite::Row<'_>, id: &str, at: Timestamp) -> rusqlite::Result<Record> {
    let event: String = row.get(6)?;
    let event = Happened::parse(&event).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            6,
            rusqlite::types::Type::Text,
            format!("unknown learning record event {event:?}").into(),
        )
    })?;
    Ok(Record {
        id: id.to_owned(),
        learner: LearnerId(row.get(5)?),
        at,
        event,
        version_row: row.get(7)?,
        item_id: row.get(8)?,
        parent_id: row.get(9)?,
        home_page: row.get(10)?,
        name: row.get(11)?,
        response: match row.get::<_, Option<String>>(18)? {
            // An answer's own record: its response is the answer's, as
            // `record_answer_as` puts it.
            Some(answer) => {
                let answer: Value = serde_json::from_str(&answer).map_err(|error| {
                    rusqlite::Error::FromSqlConversionFailure(
                        18,
                        rusqlite::types::Type::Text,
                        Box::new(error),
                    )
                })?;
                Some(xapi::response_text(&answer))
            }
            None => row.get(12)?,
        },
        points: row.get(13)?,
        max_points: row.get(14)?,
        score: row.get(15)?,
        success: row.get(16)?,
        duration_ms: row.get(17)?,
    })
}
