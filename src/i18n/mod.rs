//! The app's words in the learner's language, from the Fluent files in `locales/`.
//!
//! The `.ftl` files are embedded at build time, so the app needs nothing beside
//! its executable. English is the fallback for any message a language lacks.

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub mod bidi;

/// A language the app's interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language {
    /// BCP 47 tag: `en`, `fr`, `es` or `ar`.
    pub tag: &'static str,
    /// The language's name in itself, for language menus.
    pub native_name: &'static str,
    /// Whether text runs right to left.
    pub right_to_left: bool,
    source: &'static str,
}

/// Every interface language, English first (it is the fallback).
pub const LANGUAGES: [Language; 4] = [
    Language {
        tag: "en",
        native_name: "English",
        right_to_left: false,
        source: include_str!("../../locales/en/main.ftl"),
    },
    Language {
        tag: "fr",
        native_name: "Français",
        right_to_left: false,
        source: include_str!("../../locales/fr/main.ftl"),
    },
    Language {
        tag: "es",
        native_name: "Español",
        right_to_left: false,
        source: include_str!("../../locales/es/main.ftl"),
    },
    Language {
        tag: "ar",
        native_name: "العربية",
        right_to_left: true,
        source: include_str!("../../locales/ar/main.ftl"),
    },
];

impl Language {
    /// The interface language for a tag such as `fr-CA` or `ar_EG.UTF-8`, if any.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        LANGUAGES
            .into_iter()
            .find(|language| language.tag == primary)
    }

    /// The first of the system's preferred languages that the app speaks, else English.
    pub fn from_system() -> Self {
        sys_locale::get_locales()
            .find_map(|tag| Self::from_tag(&tag))
            .unwrap_or(LANGUAGES[0])
    }

    /// The Fluent source text of this language's messages.
    pub fn ftl_source(&self) -> &'static str {
        self.source
    }
}

/// A display name for a course's language tag: the native name when the app
/// knows it, else the tag itself.
pub fn language_name(tag: &str) -> String {
    Language::from_tag(tag).map_or_else(
        || tag.to_owned(),
        |language| language.native_name.to_owned(),
    )
}

/// Formats the app's messages in one language, falling back to English.
pub struct Localizer {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language.tag)
            .finish()
    }
}

fn bundle_for(language: Language) -> FluentBundle<FluentResource> {
    let identifier: LanguageIdentifier = language.tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
    // Placeables are wrapped in bidi isolation marks by default. Most need
    // none (numbers, words of the sentence's script), and text that also goes
    // into PDFs and CSV files must not carry them: the few placeables that
    // need isolating go through `Localizer::isolate`.
    bundle.set_use_isolating(false);
    // The embedded files are checked by tests; a broken entry is skipped, not fatal.
    let resource =
        FluentResource::try_new(language.source.to_owned()).unwrap_or_else(|(partial, errors)| {
            log::error!("the {} texts have errors: {errors:?}", language.tag);
            partial
        });
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("the {} texts repeat entries: {errors:?}", language.tag);
    }
    bundle
}

impl Localizer {
    /// A localizer for `language`.
    pub fn new(language: Language) -> Self {
        Self {
            language,
            bundle: bundle_for(language),
            fallback: bundle_for(LANGUAGES[0]),
        }
    }

    /// The language messages are formatted in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// A placeable for a sentence in this language: paths, commands, file
    /// names and titles in Latin letters are isolated (FSI ... PDI) in a
    /// right-to-left language, so they keep their own order inside the line
    /// (see [`bidi::isolate`]). Isolation is off for the bundle as a whole:
    /// numbers and words of the sentence's own script need none, and the
    /// certificate's PDF text must stay free of control characters.
    pub fn isolate(&self, value: impl AsRef<str>) -> String {
        bidi::isolate(value.as_ref(), self.language.right_to_left)
    }

    /// The message `id`, without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments, such as a count for plurals.
    pub fn text_with(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(id, Some(args))
    }

    /// The message `id` with arguments, only when this language has it and
    /// every placeable was filled; otherwise why not. For tests that keep a
    /// message from falling back to English or showing `{$name}`.
    pub fn checked_text_with(&self, id: &str, args: &FluentArgs<'_>) -> Result<String, String> {
        let tag = self.language.tag;
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|message| message.value())
            .ok_or_else(|| format!("{tag} has no message {id}"))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{tag} {id}: {errors:?}"))
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in [&self.bundle, &self.fallback] {
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        // Visible but harmless: a test keeps this from reaching users.
        id.to_owned()
    }
}

#[cfg(test)]
mod plural_tests;
#[cfg(test)]
mod tests;
