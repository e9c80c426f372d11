//! Writing the outbox to a JSON file, for an organisation that collects
//! records by hand (a USB stick) rather than over the network.

use crate::progress::{Result, Store, io_error};
use crate::time::Timestamp;
use std::fs;
use std::io::Write as _;
use std::path::Path;

/// Statements read from the outbox per query while exporting.
const PAGE: u32 = 1_000;

impl Store {
    /// Writes the undelivered statements recorded at `since` or later to `output`
    /// as one JSON array, oldest first, and marks them exported. They stay in the
    /// outbox until an LRS has them. Returns how many were written.
    pub fn export_outbox(&self, since: Option<Timestamp>, output: &Path) -> Result<usize> {
        let store = self;
        let mut statements = Vec::new();
        let mut after = 0;
        loop {
            let page = store.outbox_statements(since, after, PAGE)?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            statements.extend(page);
        }
        let values: Vec<&serde_json::Value> = statements.iter().map(|s| &s.statement).collect();
        let mut text = serde_json::to_string_pretty(&values).unwrap_or_default();
        text.push('\n');
        // Written beside the target and renamed, so a full disk never leaves half a file.
        let mut temporary = output.as_os_str().to_owned();
        temporary.push(".partial");
        let temporary = std::path::PathBuf::from(temporary);
        let mut file = fs::File::create(&temporary).map_err(io_error(&temporary, "create"))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(io_error(&temporary, "write"))?;
        drop(file);
        fs::rename(&temporary, output).map_err(io_error(output, "write"))?;
        let seqs: Vec<i64> = statements.iter().map(|statement| statement.seq).collect();
        store.mark_exported(&seqs, Timestamp::now())?;
        Ok(statements.len())
    }
}
