//! Forwarding the collected learning records to the organisation's LRS from
//! the trainer's laptop: each statement with the id its device gave it, once.
//!
//! A collected device's rows are replaced whole by its next export, which
//! still carries every statement the device itself has not delivered, those
//! forwarded from here included. So "forwarded" cannot live in the collected
//! rows: each forwarded statement id is kept as a device setting
//! (`lrs.forwarded:<id>`, holding when), which outlives any export, and a
//! statement whose id is there is never offered again.

use crate::progress::{OutboxStatement, Result, Store, Timestamp};
use rusqlite::params;

/// Where a reading of the collected statements stopped: the device id and the
/// statement's place in that device's export. Start from the default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ForwardCursor {
    device_id: String,
    position: i64,
}

impl Store {
    /// Collected statements not yet forwarded, after `cursor`, at most
    /// `limit`, in each device's order; `cursor` moves past them. Each is an
    /// [`OutboxStatement`] whose `seq` is its place in its device's export.
    pub fn statements_to_forward(
        &self,
        cursor: &mut ForwardCursor,
        limit: u32,
    ) -> Result<Vec<OutboxStatement>> {
        let rows = self.query(
            "read the collected learning records",
            include_str!("forward_pending.sql"),
            params![cursor.device_id, cursor.position, limit],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, i64>(3)?,
                    row.get::<_, String>(4)?,
                ))
            },
        )?;
        if let Some((device_id, position, ..)) = rows.last() {
            *cursor = ForwardCursor {
                device_id: device_id.clone(),
                position: *position,
            };
        }
        rows.into_iter()
            .map(|(_, position, id, recorded_at, text)| {
                Ok(OutboxStatement {
                    seq: position,
                    id,
                    recorded_at: Timestamp::from_unix_ms(recorded_at),
                    statement: serde_json::from_str(&text)
                        .map_err(self.json_fail("read a collected learning record"))?,
                    exported_at: None,
                })
            })
            .collect()
    }

    /// How many collected statements wait to be forwarded to an LRS.
    pub fn statements_to_forward_count(&self) -> Result<u64> {
        let counts = self.query(
            "count the collected learning records",
            include_str!("forward_count.sql"),
            [],
            |row| row.get::<_, i64>(0),
        )?;
        Ok(counts.first().copied().unwrap_or(0).unsigned_abs())
    }

    /// Notes, in one transaction, that an LRS holds these collected
    /// statements (by statement id): they are never forwarded again, even
    /// when a newer export of their device carries them once more.
    pub fn mark_forwarded(&self, ids: &[&str], at: Timestamp) -> Result<()> {
        self.in_transaction("note the forwarded learning records", |transaction| {
            let mut insert = transaction.prepare_cached(include_str!("forwarded.sql"))?;
            for id in ids {
                insert.execute(params![id, at.unix_ms()])?;
            }
            Ok(())
        })
    }
}
