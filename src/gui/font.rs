//! The fonts embedded in the app, so text looks the same on every machine.

use iced::Font;
use iced::font::Weight;

/// Noto Sans, for Latin-script interface text (English, French, Spanish).
pub const SANS: Font = Font::with_name("Noto Sans");
/// Noto Sans in bold, for headings.
pub const SANS_BOLD: Font = Font {
    weight: Weight::Bold,
    ..SANS
};
/// Noto Sans Arabic, named explicitly so Arabic letters always join.
pub const ARABIC: Font = Font::with_name("Noto Sans Arabic");
/// Noto Sans Arabic in bold.
pub const ARABIC_BOLD: Font = Font {
    weight: Weight::Bold,
    ..ARABIC
};

/// Noto Sans Mono, for code blocks and inline code: every character has the
/// same width, so a caret in a validator message sits under the word it marks.
pub const MONO: Font = Font::with_name("Noto Sans Mono");

/// The font files, to hand to iced at start (and to the test simulator).
pub const FILES: [&[u8]; 5] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansMono-Regular.ttf"),
];

/// SVG pictures with their text turned into outlines drawn from the embedded
/// fonts. iced hands SVG text to the system's fonts, where `sans-serif` means
/// Arial: on machines without it (most field laptops) diagram labels vanish.
pub fn outline_svg_text(svg: &[u8]) -> Result<Vec<u8>, String> {
    use std::sync::{Arc, OnceLock};
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        let mut database = usvg::fontdb::Database::new();
        for file in FILES {
            database.load_font_data(file.to_vec());
        }
        database.set_sans_serif_family("Noto Sans");
        Arc::new(database)
    });
    let options = usvg::Options {
        fontdb: Arc::clone(fonts),
        ..usvg::Options::default()
    };
    // Right-to-left labels are set up first: usvg ignores `direction`.
    let embedded = std::str::from_utf8(svg)
        .ok()
        .and_then(super::svg_rtl::embed_rtl_text);
    let svg = embedded.as_ref().map_or(svg, |text| text.as_bytes());
    let tree = usvg::Tree::from_data(svg, &options).map_err(|error| error.to_string())?;
    Ok(tree.to_string(&usvg::WriteOptions::default()).into_bytes())
}

/// The window icon: the app's logo, decoded from the embedded PNG. `None` only
/// if the embedded file were damaged, and then the window simply has no icon.
pub fn window_icon() -> Option<iced::window::Icon> {
    let decoded = image::load_from_memory(include_bytes!("../../assets/icons/app.png")).ok()?;
    let rgba = decoded.to_rgba8();
    let (width, height) = rgba.dimensions();
    iced::window::icon::from_rgba(rgba.into_raw(), width, height).ok()
}
