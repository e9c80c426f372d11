//! Course pictures (lesson figures, question pictures): read once from inside
//! the course folder, off the UI thread (see [`read_all`]), drawn in a light
//! frame.

use super::theme;
use super::widget::Look;
use crate::course::LoadedCourse;
use crate::i18n::Localizer;
use fluent::fluent_args;
use iced::widget::{container, image, svg};
use iced::{Element, Fill};
use std::path::{Component, Path, PathBuf};

/// A picture ready to draw.
#[derive(Debug, Clone)]
pub enum Picture {
    /// Still being read (off the UI thread).
    Reading,
    /// An SVG drawing, its text outlined with the embedded fonts.
    Vector(svg::Handle),
    /// A PNG or JPEG photo.
    Raster(image::Handle),
    /// The file could not be read: its path, shown in place of the picture
    /// (why goes to the log, in English, for whoever mends the course).
    Missing(String),
}

impl Picture {
    /// Reads `src` (a path relative to the course `folder`). Validation already
    /// refused paths that leave the folder; this checks again, since files can
    /// change after loading: no `..`, no absolute path, and no link that
    /// leads outside the folder.
    pub fn load(folder: &Path, src: &str) -> Self {
        let relative = Path::new(src);
        if src.is_empty()
            || relative
                .components()
                .any(|part| !matches!(part, Component::Normal(_) | Component::CurDir))
        {
            return Self::Missing(src.to_owned());
        }
        let full = folder.join(relative);
        if let (Ok(real), Ok(base)) = (full.canonicalize(), folder.canonicalize())
            && !real.starts_with(&base)
        {
            log::warn!("the picture {src} is outside the course folder");
            return Self::Missing(src.to_owned());
        }
        match std::fs::read(&full) {
            Ok(bytes) if src.to_ascii_lowercase().ends_with(".svg") => {
                match super::font::outline_svg_text(&bytes) {
                    Ok(outlined) => Self::Vector(svg::Handle::from_memory(outlined)),
                    Err(reason) => {
                        log::warn!("the picture {src} cannot be drawn: {reason}");
                        Self::Missing(src.to_owned())
                    }
                }
            }
            Ok(bytes) => Self::Raster(image::Handle::from_bytes(bytes)),
            Err(error) => {
                log::warn!("the picture {src} cannot be read: {error}");
                Self::Missing(src.to_owned())
            }
        }
    }

    /// The picture in its frame, `id` naming the frame (for tests). `alt`,
    /// what the picture shows, is not drawn beside it (in a quiz it could give
    /// the answer away: iced 0.14 has no accessibility tree to hand it to);
    /// it stands in for a picture that cannot be shown.
    pub fn view<'a, M: 'a>(
        &self,
        id: &str,
        alt: &str,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, M> {
        let drawn: Element<'a, M> = match self {
            Self::Reading => {
                return container(look.colored(
                    locale.text("lesson-picture-reading"),
                    theme::BODY,
                    look.muted,
                ))
                .id(format!("{id}-reading"))
                .padding(12)
                .width(Fill)
                .style(theme::answer_box)
                .into();
            }
            Self::Vector(handle) => svg(handle.clone()).width(Fill).into(),
            Self::Raster(handle) => image(handle.clone()).width(Fill).into(),
            Self::Missing(reason) => {
                return container(look.colored(
                    locale.text_with(
                        "lesson-picture-missing",
                        &fluent_args!["reason" => locale.isolate(reason), "alt" => alt.to_owned()],
                    ),
                    theme::BODY,
                    look.muted,
                ))
                .id(format!("{id}-missing"))
                .padding(12)
                .width(Fill)
                .style(theme::answer_box)
                .into();
            }
        };
        container(drawn)
            .id(id.to_owned())
            .padding(8)
            .style(theme::figure)
            .into()
    }
}

/// Reads the pictures `wanted` (each a key and a path relative to the course
/// `folder`) off the UI thread, and hands them back keyed to `done`. SVG
/// text is outlined there too, which alone can take some milliseconds.
pub fn read_all<K, M>(
    folder: PathBuf,
    wanted: Vec<(K, String)>,
    done: impl Fn(Vec<(K, Picture)>) -> M + Send + 'static,
) -> iced::Task<M>
where
    K: Send + 'static,
    M: Send + 'static,
{
    if wanted.is_empty() {
        return iced::Task::none();
    }
    super::blocking::run(
        move || {
            wanted
                .into_iter()
                .map(|(key, src)| (key, Picture::load(&folder, &src)))
                .collect()
        },
        done,
    )
}

/// The folder a course's asset paths are relative to.
pub fn course_folder(loaded: &LoadedCourse) -> PathBuf {
    if loaded.origin.is_dir() {
        loaded.origin.clone()
    } else {
        loaded
            .origin
            .parent()
            .map(Path::to_owned)
            .unwrap_or_default()
    }
}
