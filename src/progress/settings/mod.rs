//! Settings of the device (not of a learner): JSON values by key.
//!
//! A value that no longer reads as the type asked for counts as missing, so the
//! caller falls back to its default instead of failing: settings survive changes
//! to their types.

use super::{Result, Store};
use rusqlite::OptionalExtension;
use serde::Serialize;
use serde::de::DeserializeOwned;

impl Store {
    /// The setting `key`, or `None` when unset or no longer readable as `T`.
    pub fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>> {
        let text: Option<String> = self
            .conn
            .prepare_cached(include_str!("get.sql"))
            .and_then(|mut statement| statement.query_row([key], |row| row.get(0)).optional())
            .map_err(self.fail("read the setting"))?;
        Ok(text.and_then(|text| serde_json::from_str(&text).ok()))
    }

    /// Saves the setting `key`.
    pub fn set_setting<T: Serialize + ?Sized>(&self, key: &str, value: &T) -> Result<()> {
        let text = serde_json::to_string(value).map_err(self.json_fail("save the setting"))?;
        self.conn
            .prepare_cached(include_str!("set.sql"))
            .and_then(|mut statement| statement.execute([key, text.as_str()]))
            .map_err(self.fail("save the setting"))?;
        Ok(())
    }

    /// Removes the setting `key`, so its default applies again.
    pub fn remove_setting(&self, key: &str) -> Result<()> {
        self.conn
            .prepare_cached(include_str!("remove.sql"))
            .and_then(|mut statement| statement.execute([key]))
            .map_err(self.fail("remove the setting"))?;
        Ok(())
    }
}
