//! Arabic reads right: styled words stay in place, diagrams keep their
//! labels inside the picture, bars fill from the right, the certificate
//! screen sits on the reading side, and Latin paths stay whole in a sentence.
//!
//! Rendered headless; set `FIELDCOURSE_SHOTS` to a folder to keep the PNGs.

use fieldcourse::gui::course_text::rtl::whole_word_spans;
use fieldcourse::gui::font;
use fieldcourse::gui::screen::certificate::State;
use fieldcourse::gui::theme::ThemeChoice;
use fieldcourse::gui::widget::Look;
use fieldcourse::i18n::{Language, Localizer};
use iced::widget::{container, markdown, svg};
use iced::{Element, Font, Size, Theme};
use iced_test::Simulator;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tempfile::TempDir;

use crate::fixture::{complete, learner, load, write_course};

fn arabic() -> (Localizer, Look) {
    let locale = Localizer::new(Language::from_tag("ar").unwrap());
    let look = Look::new(locale.language(), ThemeChoice::Light);
    (locale, look)
}

/// Renders `view` at `size` and returns the PNG's pixels, keeping the file
/// in `FIELDCOURSE_SHOTS` when that is set.
fn render<'a, M: 'a>(name: &str, size: Size, view: impl Into<Element<'a, M>>) -> image::RgbaImage {
    let temp = TempDir::new().unwrap();
    let folder =
        std::env::var_os("FIELDCOURSE_SHOTS").map_or_else(|| temp.path().to_owned(), PathBuf::from);
    let settings = iced::Settings {
        fonts: font::FILES.iter().map(|file| (*file).into()).collect(),
        default_font: font::SANS,
        ..Default::default()
    };
    let mut ui = Simulator::with_size(settings, size, view);
    let snapshot = ui.snapshot(&Theme::Light).unwrap();
    let path = folder.join(format!("{name}.png"));
    let _ = std::fs::remove_file(written(&path));
    assert!(snapshot.matches_image(&path).unwrap());
    image::open(written(&path)).unwrap().to_rgba8()
}

/// Where iced_test writes a snapshot for `path` (it adds the renderer's name).
fn written(path: &Path) -> PathBuf {
    let stem = path.file_stem().unwrap().to_string_lossy();
    path.with_file_name(format!("{stem}-tiny-skia.png"))
}

#[test]
fn bold_words_in_an_arabic_sentence_keep_their_conjunction_and_comma() {
    let content =
        markdown::Content::parse("يكفي توافر **الفعل** و**غرض الاستغلال**، ولا يلزم إثبات أي وسيلة.");
    let Some(markdown::Item::Paragraph(text)) = content.items().first() else {
        panic!("one paragraph")
    };
    let style = markdown::Style::from_palette(Theme::Light.palette());
    let spans = whole_word_spans(&text.spans(style));
    let bold = |span: &iced::widget::text::Span<'static, markdown::Uri>| {
        span.font
            .is_some_and(|f: Font| f.weight == iced::font::Weight::Bold)
    };
    let pieces: Vec<(&str, bool)> = spans.iter().map(|s| (s.text.as_ref(), bold(s))).collect();
    assert!(
        pieces.contains(&("وغرض الاستغلال،", true)),
        "the attached و and comma are set with their word: {pieces:?}"
    );
    let all: String = spans.iter().map(|s| s.text.as_ref()).collect();
    assert_eq!(
        all,
        "يكفي توافر الفعل وغرض الاستغلال، ولا يلزم إثبات أي وسيلة."
    );
    let (_, look) = arabic();
    let settings = markdown::Settings::with_text_size(20.0, style);
    let view: Element<'_, markdown::Uri> = look
        .start(fieldcourse::gui::course_text::rtl::paragraph(
            settings,
            text,
            |uri| uri,
        ))
        .into();
    render("arabic-bold-sentence", Size::new(700.0, 60.0), view);
}

#[test]
fn arabic_diagram_labels_stay_inside_the_picture() {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/ctip-humanitarian/assets");
    for name in [
        "three-elements",
        "trafficking-vs-smuggling",
        "programme-cycle",
    ] {
        let source = std::fs::read(assets.join(format!("{name}.ar.svg"))).unwrap();
        let outlined = font::outline_svg_text(&source).unwrap();
        let tree = usvg::Tree::from_data(&outlined, &usvg::Options::default()).unwrap();
        let picture = tree.size();
        let drawn = tree.root().abs_bounding_box();
        assert!(
            drawn.right() <= picture.width() + 0.5 && drawn.left() >= -0.5,
            "{name}: text runs outside the picture: {drawn:?} in {picture:?}"
        );
        let handle = svg::Handle::from_memory(outlined);
        let view: Element<'_, ()> = svg(handle).into();
        render(
            &format!("diagram-{name}-ar"),
            Size::new(picture.width(), picture.height()),
            view,
        );
    }
}

#[test]
fn an_arabic_progress_bar_fills_from_the_right() {
    let (_, look) = arabic();
    let bar: Element<'_, ()> = container(look.progress_bar(0.0..=4.0, 1.0, 8.0))
        .padding(4)
        .into();
    let pixels = render("progress-bar-ar", Size::new(400.0, 16.0), bar);
    let row = pixels.height() / 2;
    let fill = iced::widget::progress_bar::primary(&Theme::Light).bar;
    let iced::Background::Color(fill) = fill else {
        panic!("a plain fill")
    };
    let is_fill = |x: u32| {
        let [r, g, b, _] = pixels.get_pixel(x, row).0;
        let close = |a: u8, c: f32| (f32::from(a) - c * 255.0).abs() < 12.0;
        close(r, fill.r) && close(g, fill.g) && close(b, fill.b)
    };
    let width = pixels.width();
    assert!(is_fill(width - 40), "the right end is filled");
    assert!(is_fill(width * 4 / 5), "a quarter from the right is filled");
    assert!(!is_fill(width / 2), "the middle is not");
    assert!(!is_fill(40), "the left end is not");
}

#[test]
fn the_arabic_certificate_screen_says_well_done_and_sits_on_the_right() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let loaded = load(&folder);
    let course = Arc::clone(loaded.course.as_ref().unwrap());
    let store = fieldcourse::progress::Store::open(&root.path().join("data")).unwrap();
    let version = store.register_course(&course).unwrap();
    let session = learner(&store, "أمل حداد", "ar");
    complete(&session, &version);
    let open = fieldcourse::gui::screen::OpenCourse {
        loaded,
        course,
        version,
    };
    let state = State::new(open, &session, &root.path().join("data"));
    let (locale, look) = arabic();
    let well_done = locale.text("cert-issued-now");
    {
        let mut ui = crate::tasks::screen(state.view(&locale, look));
        assert!(
            ui.find(well_done.as_str()).is_ok(),
            "the Well done line is there"
        );
    }
    let pixels = render(
        "certificate-ar",
        Size::new(1280.0, 1400.0),
        state.view(&locale, look),
    );
    // The Save PDF button, the only thing in the primary colour below the
    // top bar, sits on the right half of the page.
    let primary = Theme::Light.palette().primary;
    let teal = |x: u32, y: u32| {
        let [r, g, b, _] = pixels.get_pixel(x, y).0;
        let close = |a: u8, c: f32| (f32::from(a) - c * 255.0).abs() < 6.0;
        close(r, primary.r) && close(g, primary.g) && close(b, primary.b)
    };
    let (width, height) = pixels.dimensions();
    let below_bar = height / 10;
    let mut right = 0;
    let mut left = 0;
    for y in (below_bar..height).step_by(4) {
        for x in (0..width).step_by(4) {
            if teal(x, y) {
                if x > width / 2 { right += 1 } else { left += 1 }
            }
        }
    }
    assert!(
        right > 100 && left == 0,
        "buttons on the right: {right} vs {left}"
    );
}

#[test]
fn latin_paths_and_titles_are_isolated_in_arabic_sentences() {
    let (locale, _) = arabic();
    let folder = "/home/amal/.local/share/fieldcourse/logs";
    let args = fluent::fluent_args!["folder" => locale.isolate(folder)];
    let sentence = locale.text_with("trainer-log-help", &args);
    assert!(
        sentence.contains(&format!("\u{2068}{folder}\u{2069}")),
        "{sentence}"
    );
    let english = Localizer::new(Language::from_tag("en").unwrap());
    assert_eq!(
        english.isolate(folder),
        folder,
        "no marks in left-to-right text"
    );
    assert_eq!(locale.isolate("دورة"), "دورة", "none around Arabic words");
}
