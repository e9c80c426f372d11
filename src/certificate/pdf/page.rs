//! One certificate page: the frame, the texts in the learner's language, the
//! signatory and the QR code holding the signed credential.

use super::qr::{dark_rectangles, qr_modules};
use super::{PdfOptions, detail_line, format_date, localizer_for};
use crate::certificate::credential::SignedCertificate;
use crate::certificate::shaping::{Fonts, Line, Weight};
use crate::certificate::{Error, KeyKind, Result};
use fluent::FluentArgs;
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::image::Image;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use std::path::Path;

const TEAL: (u8, u8, u8) = (22, 82, 99);
const INK: (u8, u8, u8) = (33, 37, 41);
const GREY: (u8, u8, u8) = (96, 102, 108);
const GOLD: (u8, u8, u8) = (176, 141, 87);

fn color((r, g, b): (u8, u8, u8)) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

fn fill((r, g, b): (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

/// Where a line sits horizontally.
#[derive(Debug, Clone, Copy)]
enum Align {
    Center(f32),
    Left(f32),
    Right(f32),
}

struct Painter<'a, 'b> {
    surface: &'a mut Surface<'b>,
    fonts: &'a Fonts,
    right_to_left: bool,
}

impl Painter<'_, '_> {
    /// Draws `text` as one line, shrinking it (to 70% at most) to fit `max_width`.
    fn text(
        &mut self,
        text: &str,
        style: (Weight, f32, (u8, u8, u8)),
        align: Align,
        baseline: f32,
        max_width: f32,
    ) -> f32 {
        let (weight, size, tint) = style;
        let line = self.fonts.line(text, weight, self.right_to_left);
        let size = fitted_size(&line, size, max_width);
        self.draw(&line, size, tint, align, baseline);
        line.width(size)
    }

    fn draw(&mut self, line: &Line, size: f32, tint: (u8, u8, u8), align: Align, baseline: f32) {
        let width = line.width(size);
        let mut x = match align {
            Align::Center(center) => center - width / 2.0,
            Align::Left(left) => left,
            Align::Right(right) => right - width,
        };
        self.surface.set_fill(Some(fill(tint)));
        for run in &line.runs {
            self.surface.draw_glyphs(
                Point::from_xy(x, baseline),
                &run.glyphs,
                run.font.clone(),
                &run.text,
                size,
                false,
            );
            x += run.width_em * size;
        }
    }

    /// Draws a title that may need two lines; returns the baseline of the last line.
    fn wrapped(
        &mut self,
        text: &str,
        style: (Weight, f32, (u8, u8, u8)),
        center: f32,
        baseline: f32,
        max_width: f32,
    ) -> f32 {
        let (weight, size, tint) = style;
        let line = self.fonts.line(text, weight, self.right_to_left);
        if line.width(size * 0.85) <= max_width {
            let size = fitted_size(&line, size, max_width);
            self.draw(&line, size, tint, Align::Center(center), baseline);
            return baseline;
        }
        let (first, second) = split_in_two(text);
        let lines = [first, second].map(|part| self.fonts.line(part, weight, self.right_to_left));
        let widest = lines.iter().map(|l| l.width(size)).fold(0.0_f32, f32::max);
        let size = if widest > max_width {
            (size * max_width / widest).max(size * 0.6)
        } else {
            size
        };
        self.draw(&lines[0], size, tint, Align::Center(center), baseline);
        self.draw(
            &lines[1],
            size,
            tint,
            Align::Center(center),
            baseline + size * 1.25,
        );
        baseline + size * 1.25
    }

    fn stroke_rect(&mut self, rect: Option<Rect>, width: f32, tint: (u8, u8, u8)) {
        let Some(rect) = rect else { return };
        let mut builder = PathBuilder::new();
        builder.push_rect(rect);
        self.stroke(builder, width, tint);
    }

    fn rule(&mut self, x0: f32, x1: f32, y: f32, width: f32, tint: (u8, u8, u8)) {
        let mut builder = PathBuilder::new();
        builder.move_to(x0, y);
        builder.line_to(x1, y);
        self.stroke(builder, width, tint);
    }

    /// Strokes the path in `builder`, unfilled, `width` wide in `tint`.
    fn stroke(&mut self, builder: PathBuilder, width: f32, tint: (u8, u8, u8)) {
        if let Some(path) = builder.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                paint: color(tint).into(),
                width,
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }

    /// Draws the QR code of `data` in a `size` square at (`left`, `top`): dark
    /// modules merged into rectangles, drawn in module units under one scale,
    /// so the page stream stays short (it is compressed, and long runs of
    /// decimal coordinates made that slow) and the code stays sharp.
    fn qr(&mut self, data: &[u8], left: f32, top: f32, size: f32) -> bool {
        let Some((width, dark)) = qr_modules(data) else {
            return false;
        };
        let module = size / width as f32;
        let mut builder = PathBuilder::new();
        for (x, y, w, h) in dark_rectangles(&dark, width) {
            if let Some(rect) = Rect::from_xywh(x as f32, y as f32, w as f32, h as f32) {
                builder.push_rect(rect);
            }
        }
        if let Some(path) = builder.finish() {
            self.surface
                .push_transform(&krilla::geom::Transform::from_row(
                    module, 0.0, 0.0, module, left, top,
                ));
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(fill(INK)));
            self.surface.draw_path(&path);
            self.surface.pop();
        }
        true
    }
}

/// The largest size up to `size` (and down to 70% of it) at which `line` fits.
fn fitted_size(line: &Line, size: f32, max_width: f32) -> f32 {
    let width = line.width(size);
    if width <= max_width || width <= 0.0 {
        size
    } else {
        (size * max_width / width).max(size * 0.7)
    }
}

/// Splits `text` at the space nearest its middle.
fn split_in_two(text: &str) -> (&str, &str) {
    let middle = text.len() / 2;
    let best = text
        .match_indices(' ')
        .map(|(index, _)| index)
        .min_by_key(|index| index.abs_diff(middle));
    match best {
        Some(index) => (&text[..index], &text[index + 1..]),
        None => (text, ""),
    }
}
/// Draws `signed` as a new page of `document`. `origin` names the course or
/// output file in errors.
pub(super) fn draw(
    document: &mut Document,
    fonts: &Fonts,
    signed: &SignedCertificate,
    options: &PdfOptions,
    origin: &Path,
) -> Result<()> {
    let pdf_error = |problem: String| Error::Pdf {
        path: origin.to_owned(),
        problem,
    };
    let certificate = &signed.certificate;
    let words = localizer_for(&certificate.language);
    let right_to_left = words.language().right_to_left;
    let (width, height) = options.paper.size();
    let center = width / 2.0;
    let heading = certificate
        .heading
        .clone()
        .unwrap_or_else(|| words.text("certificate-heading"));

    let settings = PageSettings::from_wh(width, height)
        .ok_or_else(|| pdf_error("the paper size is not valid".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    let mut paint = Painter {
        surface: &mut surface,
        fonts,
        right_to_left,
    };

    // A calm double frame.
    paint.stroke_rect(
        Rect::from_xywh(22.0, 22.0, width - 44.0, height - 44.0),
        2.2,
        TEAL,
    );
    paint.stroke_rect(
        Rect::from_xywh(29.0, 29.0, width - 58.0, height - 58.0),
        0.6,
        GOLD,
    );

    let mut y = 84.0;
    if let Some(logo) = options
        .logo_png
        .as_ref()
        .and_then(|png| Image::from_png(png.clone().into(), true).ok())
    {
        let (logo_w, logo_h) = logo.size();
        let scale = (150.0 / logo_w.max(1) as f32).min(46.0 / logo_h.max(1) as f32);
        let (draw_w, draw_h) = (logo_w as f32 * scale, logo_h as f32 * scale);
        if let Some(size) = Size::from_wh(draw_w, draw_h) {
            paint
                .surface
                .push_transform(&krilla::geom::Transform::from_translate(
                    center - draw_w / 2.0,
                    y - 12.0,
                ));
            paint.surface.draw_image(logo, size);
            paint.surface.pop();
            y += draw_h + 8.0;
        }
    }
    let column = width - 160.0;
    let narrow = width - 2.0 * 200.0;
    paint.text(
        &certificate.organisation,
        (Weight::Regular, 12.5, TEAL),
        Align::Center(center),
        y + 20.0,
        column,
    );
    paint.text(
        &heading,
        (Weight::Bold, 30.0, TEAL),
        Align::Center(center),
        y + 66.0,
        column,
    );
    paint.text(
        &words.text("certificate-presented-to"),
        (Weight::Regular, 13.0, GREY),
        Align::Center(center),
        y + 106.0,
        column,
    );
    let name_width = paint.text(
        &certificate.learner_name,
        (Weight::Bold, 36.0, INK),
        Align::Center(center),
        y + 154.0,
        column,
    );
    let rule_half = (name_width / 2.0 + 30.0).clamp(130.0, column / 2.0);
    paint.rule(center - rule_half, center + rule_half, y + 170.0, 0.8, GOLD);
    paint.text(
        &words.text("certificate-has-completed"),
        (Weight::Regular, 13.0, GREY),
        Align::Center(center),
        y + 198.0,
        column,
    );
    let title_end = paint.wrapped(
        &certificate.course.title,
        (Weight::Bold, 21.0, INK),
        center,
        y + 232.0,
        column,
    );
    y = title_end - 232.0;

    let details = detail_line(&words, signed);
    paint.text(
        &details,
        (Weight::Regular, 11.0, GREY),
        Align::Center(center),
        y + 262.0,
        narrow,
    );
    let mut dates = vec![];
    let mut args = FluentArgs::new();
    args.set("date", format_date(&words, certificate.completed_at));
    dates.push(words.text_with("certificate-completed-on", &args));
    if let Some(end) = certificate.valid_until {
        let mut args = FluentArgs::new();
        args.set("date", format_date(&words, end));
        dates.push(words.text_with("certificate-valid-until", &args));
    }
    paint.text(
        &dates.join("  ·  "),
        (Weight::Regular, 11.0, GREY),
        Align::Center(center),
        y + 282.0,
        narrow,
    );
    if signed.signed_with == KeyKind::Device {
        let mut args = FluentArgs::new();
        args.set("organisation", certificate.organisation.clone());
        paint.text(
            &words.text_with("certificate-device-key", &args),
            (Weight::Regular, 8.5, GREY),
            Align::Center(center),
            y + 300.0,
            narrow,
        );
    }

    // The signatory on the reading side, the QR code on the other.
    let margin = 62.0;
    let (sign_align, sign_x0, sign_x1) = if right_to_left {
        (
            Align::Right(width - margin),
            width - margin - 230.0,
            width - margin,
        )
    } else {
        (Align::Left(margin), margin, margin + 230.0)
    };
    paint.rule(sign_x0, sign_x1, height - 112.0, 0.7, INK);
    paint.text(
        &certificate.signatory.name,
        (Weight::Bold, 12.0, INK),
        sign_align,
        height - 95.0,
        230.0,
    );
    paint.text(
        &certificate.signatory.title,
        (Weight::Regular, 10.0, GREY),
        sign_align,
        height - 80.0,
        230.0,
    );
    let mut args = FluentArgs::new();
    args.set("publisher", certificate.course.publisher.clone());
    paint.text(
        &words.text_with("certificate-published-by", &args),
        (Weight::Regular, 8.5, GREY),
        sign_align,
        height - 58.0,
        230.0,
    );

    let qr_size = super::QR_SIDE_POINTS;
    let qr_top = height - 46.0 - qr_size;
    let (qr_left, code_align) = if right_to_left {
        (margin - 8.0, Align::Left(margin - 8.0 + qr_size + 10.0))
    } else {
        (
            width - margin + 8.0 - qr_size,
            Align::Right(width - margin + 8.0 - qr_size - 10.0),
        )
    };
    let content = super::qr_content(&signed.token, options.verify_url.as_deref());
    // A credential too long for the largest QR code (very long names in a
    // script of two bytes a letter) still gets its certificate: the code then
    // opens the verification page alone, where the `.json` file saved with
    // the PDF can be chosen, or is left out; the credential stays embedded in
    // the PDF for `fieldcourse verify` either way.
    if !paint.qr(content.as_bytes(), qr_left, qr_top, qr_size) {
        let page_only = options
            .verify_url
            .as_deref()
            .is_some_and(|url| paint.qr(url.as_bytes(), qr_left, qr_top, qr_size));
        log::warn!(
            "certificate {}: the credential ({} bytes) is too long for a QR code; {}",
            certificate.id,
            content.len(),
            if page_only {
                "the code holds the verification page's address alone"
            } else {
                "no code is printed"
            }
        );
    }
    paint.text(
        &words.text("certificate-code"),
        (Weight::Regular, 8.5, GREY),
        code_align,
        height - 82.0,
        170.0,
    );
    paint.text(
        certificate.code().as_str(),
        (Weight::Bold, 13.0, TEAL),
        code_align,
        height - 65.0,
        170.0,
    );
    match &options.verify_url {
        // The address on a line of its own, laid out left to right whatever
        // the certificate's language: isolated from the Arabic sentence, so
        // its slashes and dots keep their order.
        Some(url) => {
            paint.text(
                &words.text("certificate-verify-scan"),
                (Weight::Regular, 7.0, GREY),
                code_align,
                height - 51.0,
                170.0,
            );
            let line = fonts.line(url, Weight::Regular, false);
            let size = fitted_size(&line, 7.0, 210.0);
            paint.draw(&line, size, TEAL, code_align, height - 42.0);
        }
        None => {
            paint.text(
                &words.text("certificate-verify-hint"),
                (Weight::Regular, 7.0, GREY),
                code_align,
                height - 51.0,
                170.0,
            );
        }
    }

    surface.finish();
    page.finish();
    Ok(())
}
