//! The attempts collected from other devices, read into the same
//! [`BookReader`] as this device's.
//!
//! Collected learners and attempts are known by their device and their id
//! there: two devices' learner 1 are two learners, and each device's attempts
//! are those of its newest export alone (a newer one replaces its rows).

use super::reader::{BookReader, PendingAttempt};
use crate::progress::{Result, Store};
use std::collections::HashMap;

impl Store {
    /// Adds to `reader` every submitted attempt at `quiz_id` of `course_id`
    /// collected from other devices: devices by id, each one's attempts in
    /// its own id order.
    pub(super) fn read_collected_attempts(
        &self,
        course_id: &str,
        quiz_id: &str,
        reader: &mut BookReader<'_>,
    ) -> Result<()> {
        let fail = || self.fail("read the quiz answers collected from other devices");
        let mut attempts: Vec<PendingAttempt> = Vec::new();
        // Where each (device, attempt id) is in `attempts`, devices by their
        // place in `devices`.
        let mut places: HashMap<(usize, i64), usize> = HashMap::new();
        let mut devices: Vec<String> = Vec::new();
        // Each learner of the device being read, with their key: below zero,
        // apart from this device's learners and from other devices'.
        let mut learners: HashMap<i64, i64> = HashMap::new();
        let mut statement = self
            .conn
            .prepare_cached(include_str!("collected_attempts.sql"))
            .map_err(fail())?;
        let mut rows = statement.query([course_id, quiz_id]).map_err(fail())?;
        while let Some(row) = rows.next().map_err(fail())? {
            let mut read = || -> rusqlite::Result<()> {
                let device = row.get_ref(0)?.as_str()?;
                if devices.last().is_none_or(|last| last != device) {
                    devices.push(device.to_owned());
                    learners.clear();
                }
                let key = (devices.len() - 1, row.get::<_, i64>(1)?);
                // Below every key given so far: one attempt, at most one new learner.
                let next_key = -1 - places.len() as i64;
                let learner = *learners.entry(row.get(2)?).or_insert(next_key);
                let mut attempt = PendingAttempt::default();
                attempt.start(learner, row.get(3)?, true);
                reader.plan(&mut attempt, row.get_ref(4)?.as_str()?);
                places.insert(key, attempts.len());
                attempts.push(attempt);
                Ok(())
            };
            read().map_err(fail())?;
        }
        drop(rows);
        if attempts.is_empty() {
            return Ok(());
        }

        let mut statement = self
            .conn
            .prepare_cached(include_str!("collected_answers.sql"))
            .map_err(fail())?;
        let mut rows = statement.query([]).map_err(fail())?;
        // The place in `devices` of the device whose answers are being read
        // (`None`: a device without attempts at the quiz).
        let mut device: Option<(String, Option<usize>)> = None;
        while let Some(row) = rows.next().map_err(fail())? {
            let mut read = || -> rusqlite::Result<()> {
                let id = row.get_ref(0)?.as_str()?;
                let place = match &device {
                    Some((current, place)) if current == id => *place,
                    _ => {
                        let place = devices.iter().position(|known| known == id);
                        device = Some((id.to_owned(), place));
                        place
                    }
                };
                let Some(place) = place else {
                    return Ok(());
                };
                let Some(&at) = places.get(&(place, row.get(1)?)) else {
                    // An answer of another quiz, or of an attempt not submitted.
                    return Ok(());
                };
                if let Some(attempt) = attempts.get_mut(at) {
                    reader.answer(
                        attempt,
                        row.get_ref(2)?.as_str()?,
                        row.get_ref(3)?.as_str()?,
                    );
                }
                Ok(())
            };
            read().map_err(fail())?;
        }
        for attempt in &mut attempts {
            reader.add(attempt);
        }
        Ok(())
    }
}
