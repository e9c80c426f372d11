//! The course format: the model (serde types), loading from disk, validation into
//! diagnostics, and the JSON Schema.

mod diagnostic;
mod index;
mod install;
mod length;
mod load;
mod locate;
mod model;
mod package;
mod place;
mod pool;
mod publisher;
mod schema;
mod stamp;
mod starter;
mod structure;
mod syntax;
mod translate;
mod validate;
#[cfg(feature = "preview")]
mod watch;

pub use diagnostic::{Code, Diagnostic, Location, Severity};
pub use index::{Cached, CardText, CourseCard, INDEX_FILE, cards_of, read_index, refresh_index};
pub use install::{InstallError, Installed, install_course};
pub use length::{length_hours, length_phrase, minutes_from_hours};
pub use load::{
    COURSE_FILE, LoadError, LoadedCourse, MAX_COURSE_FILE_BYTES, ParsedFile, SCHEMA_FILE,
    course_origins, discover, load_course, load_course_in, parse_course, read_course_bytes,
};
pub use locate::{SourceMap, Target};
pub use model::*;
pub use package::{
    Checked, Damage, ImportOptions, Imported, Limits, MANIFEST_FILE, Manifest, PACKAGE_EXTENSION,
    PACKAGE_FORMAT, PackageError, PackageSigner, Packed, Replaced, SIGNATURE_FILE,
    SIGNATURE_FORMAT, check_package, check_signed_package, import_course, is_package, pack_course,
    pack_signed, unpack_package,
};
pub use place::{PlaceKind, PlaceStep, place_and_pointer, place_in_course, place_steps};
pub use publisher::{
    MAX_PUBLISHER_NAME, PUBLISHER_FILE, Publisher, RECORD_DIR, TrustedPublishers, Verdict,
    read_publisher, record_path,
};
pub use schema::{course_schema, course_schema_text};
pub use stamp::Stamp;
pub use starter::{
    STARTER_LANGUAGES, Starter, StarterError, id_from_folder, starter_course_text, write_starter,
};
pub use translate::{
    Merged, Missing, UNTRANSLATED_MARKER, Untranslated, is_translated, template, with_fallback,
};
pub use validate::{
    is_absolute_iri, is_valid_id, validate_course, validate_to_teach, validate_translation,
};
#[cfg(feature = "preview")]
pub use watch::{FolderChange, FolderWatcher, SETTLE_TIME, WatchError};
