//! Printing a group's certificates in one go: the newest certificate of each
//! chosen learner for a course, whether issued on this device or collected
//! from another, one per page of a single PDF.
//!
//! Every page is drawn from the stored signed credential: a certificate is
//! reprinted with its id, language and signature as issued, never issued again
//! (a collected one could not be: its device's key is not here).

use super::credential::SignedCertificate;
use super::keys::Keyring;
use super::pdf::{BatchPage, Paper, render_batch};
use super::{Error, Result};
use crate::progress::{LearnerId, Store};
use std::collections::BTreeMap;
use std::path::Path;

/// A learner of this device or of a collected one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holder {
    /// A learner of this device.
    Local(LearnerId),
    /// A learner collected from another device.
    Collected {
        /// The device's id.
        device_id: String,
        /// The learner's id on that device.
        learner_id: i64,
    },
}

/// A certificate ready to print, with whose it is.
#[derive(Debug, Clone)]
pub struct Printable {
    /// The learner.
    pub holder: Holder,
    /// The name the learner is shown by.
    pub display_name: String,
    /// The device it was issued on; `None` for this device.
    pub device_name: Option<String>,
    /// The certificate, read back from its stored credential.
    pub signed: SignedCertificate,
}

/// Whose certificates to print.
#[derive(Debug, Clone, Copy)]
pub enum Selection<'a> {
    /// Everyone who has a certificate for the course.
    AllCompleted,
    /// These learners (those without a certificate for the course are
    /// returned in [`Printed::without_certificate`]).
    Learners(&'a [Holder]),
}

/// What [`print_certificates`] made.
#[derive(Debug, Clone)]
pub struct Printed {
    /// The PDF, one certificate a page.
    pub pdf: Vec<u8>,
    /// The certificates on its pages, in page order.
    pub pages: Vec<Printable>,
    /// Learners of the selection who have no certificate for the course.
    pub without_certificate: Vec<Holder>,
}

/// The newest certificate for `course_id` of every learner who has one, on
/// this device and collected, by name (this device's learner first among
/// equal names), then device.
pub fn printable_certificates(store: &Store, course_id: &str) -> Result<Vec<Printable>> {
    let broken = |id: &str, problem: String| Error::StoredCredential {
        path: store.path().to_owned(),
        problem: format!("certificate {id}: {problem}"),
    };
    let read = |id: &str, credential: Option<&str>| {
        credential
            .ok_or_else(|| broken(id, "it was stored without its credential".into()))
            .and_then(|token| {
                SignedCertificate::from_stored_token(token).map_err(|problem| broken(id, problem))
            })
    };
    // Oldest first in both lists: a later certificate of the same learner wins.
    let mut newest: BTreeMap<Holder, Printable> = BTreeMap::new();
    let names: BTreeMap<LearnerId, String> = store
        .learners()?
        .into_iter()
        .map(|learner| (learner.id, learner.display_name))
        .collect();
    for stored in store.all_certificates()? {
        if stored.record.course_id != course_id {
            continue;
        }
        let holder = Holder::Local(stored.learner);
        let printable = Printable {
            holder: holder.clone(),
            display_name: names
                .get(&stored.learner)
                .cloned()
                .unwrap_or_else(|| stored.record.name_on_certificate.clone()),
            device_name: None,
            signed: read(&stored.record.id, stored.record.credential.as_deref())?,
        };
        newest.insert(holder, printable);
    }
    for collected in store.collected_certificates(Some(course_id))? {
        let holder = Holder::Collected {
            device_id: collected.device_id.clone(),
            learner_id: collected.learner_id,
        };
        let printable = Printable {
            holder: holder.clone(),
            display_name: collected.display_name,
            device_name: Some(collected.device_name),
            signed: read(&collected.id, collected.credential.as_deref())?,
        };
        newest.insert(holder, printable);
    }
    let mut printable: Vec<Printable> = newest.into_values().collect();
    printable.sort_by(|a, b| {
        (name_key(&a.display_name), &a.device_name, &a.holder).cmp(&(
            name_key(&b.display_name),
            &b.device_name,
            &b.holder,
        ))
    });
    Ok(printable)
}

/// A name as it sorts: without case, and numbers by value, so "Learner 2"
/// comes before "Learner 10".
fn name_key(name: &str) -> Vec<(String, u64)> {
    let mut key = Vec::new();
    let mut text = String::new();
    let mut digits = String::new();
    for character in name.to_lowercase().chars() {
        if character.is_ascii_digit() {
            digits.push(character);
        } else {
            if !digits.is_empty() {
                key.push((
                    std::mem::take(&mut text),
                    digits.parse().unwrap_or(u64::MAX),
                ));
                digits.clear();
            }
            text.push(character);
        }
    }
    key.push((text, digits.parse().unwrap_or(0)));
    key
}

/// One PDF with the certificate for `course_id` of each learner `selection`
/// names, one per page, each in the language it was issued in and with its
/// own QR code: the trainer area and `fieldcourse certificate export --course
/// ID --all` both print through here. `logo_png` is the course's logo;
/// `origin` (the output file) names the PDF in errors. A selection with no
/// certificate at all is an [`Error::Pdf`] saying there is nothing to print.
pub fn print_certificates(
    store: &Store,
    course_id: &str,
    selection: Selection<'_>,
    paper: Paper,
    logo_png: Option<&[u8]>,
    origin: &Path,
) -> Result<Printed> {
    let everyone = printable_certificates(store, course_id)?;
    let (pages, without_certificate) = match selection {
        Selection::AllCompleted => (everyone, Vec::new()),
        Selection::Learners(chosen) => {
            let pages: Vec<Printable> = everyone
                .into_iter()
                .filter(|printable| chosen.contains(&printable.holder))
                .collect();
            let missing = chosen
                .iter()
                .filter(|holder| !pages.iter().any(|page| &page.holder == *holder))
                .cloned()
                .collect();
            (pages, missing)
        }
    };
    // The keys live beside the progress file, in the same data folder.
    let keyring = store.path().parent().map(Keyring::new);
    let batch: Vec<BatchPage> = pages
        .iter()
        .map(|page| BatchPage {
            signed: page.signed.clone(),
            logo_png: logo_png.map(<[u8]>::to_vec),
            verify_url: keyring
                .as_ref()
                .and_then(|keyring| keyring.verify_url_for(&page.signed.issuer()?)),
        })
        .collect();
    let pdf = render_batch(&batch, paper, origin)?;
    Ok(Printed {
        pdf,
        pages,
        without_certificate,
    })
}
