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

/// The font files, to hand to iced at start (and to the test simulator).
pub const FILES: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
];
