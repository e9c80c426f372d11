//! Certificate PDF generation time and size (goal: under 50 ms and 200 KB), and
//! signing and verifying the credential, for English, French, Spanish and
//! Arabic certificates of the bundled counter-trafficking course.
//!
//! Run: `cargo bench --no-default-features --bench certificate`
//! (the sizes are printed before the timings).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use fieldcourse::certificate::credential::SignedCertificate;
use fieldcourse::certificate::keys::IssuerKey;
use fieldcourse::certificate::pdf::{PdfOptions, render};
use fieldcourse::certificate::verify::verify_token;
use fieldcourse::certificate::{Certificate, CertificateId, KeyKind};
use fieldcourse::course::load_course;
use fieldcourse::progress::{Timestamp, content_hash};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

fn signed(language: &str, name: &str) -> SignedCertificate {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/ctip-humanitarian");
    let loaded = load_course(&folder);
    let course = match language {
        "en" => loaded.course.clone().unwrap(),
        other => loaded.translations[other].clone(),
    };
    let certificate = Certificate::for_course(
        CertificateId::from_random_bytes([42; 16]),
        &course,
        &content_hash(&course),
        name,
        Timestamp::from_unix_ms(1_777_887_000_000),
        Some(0.875),
        language,
    )
    .unwrap();
    let key = IssuerKey::from_secret("Fieldcourse", KeyKind::Device, [1; 32]);
    SignedCertificate::sign(
        certificate,
        &key,
        Timestamp::from_unix_ms(1_777_887_000_000),
    )
}

fn benches(c: &mut Criterion) {
    let options = PdfOptions::default();
    // The first certificate in a process also parses the embedded fonts (the
    // command line draws only one), so its time is printed on its own.
    let first = signed("en", "Amira Haddad");
    let started = Instant::now();
    render(&first, &options, Path::new("bench.pdf")).unwrap();
    eprintln!(
        "first certificate PDF in this process (en, A4): {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    for (language, name) in [
        ("en", "Amira Haddad"),
        ("fr", "Hélène Lefèvre-Bénard"),
        ("es", "José Ñúñez Peña"),
        ("ar", "أميرة حداد"),
    ] {
        let certificate = signed(language, name);
        let bytes = render(&certificate, &options, Path::new("bench.pdf")).unwrap();
        eprintln!(
            "certificate PDF ({language}, A4): {} bytes ({:.1} KB); credential token {} bytes",
            bytes.len(),
            bytes.len() as f64 / 1024.0,
            certificate.token.len()
        );
        c.bench_function(&format!("certificate_pdf_{language}"), |b| {
            b.iter(|| render(black_box(&certificate), &options, Path::new("bench.pdf")).unwrap())
        });
    }
    let certificate = signed("en", "Amira Haddad");
    let key = IssuerKey::from_secret("Fieldcourse", KeyKind::Device, [1; 32]);
    c.bench_function("credential_sign", |b| {
        b.iter(|| {
            SignedCertificate::sign(
                black_box(certificate.certificate.clone()),
                &key,
                Timestamp::from_unix_ms(0),
            )
        })
    });
    c.bench_function("credential_verify", |b| {
        b.iter(|| verify_token(black_box(&certificate.token)).unwrap())
    });
}

criterion_group! {
    name = certificate;
    config = Criterion::default().sample_size(30);
    targets = benches
}
criterion_main!(certificate);
