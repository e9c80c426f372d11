//! The certificate sheet on screen, laid out as the PDF prints it, in the
//! certificate's own language.

use super::{Message, Ready};
use crate::certificate::KeyKind;
use crate::certificate::pdf;
use crate::gui::theme;
use crate::gui::widget::Look;
use fluent::fluent_args;
use iced::widget::{column, container, space};
use iced::{Element, Fill};

/// Secondary text on the always-white preview sheet, whatever the theme.
const PREVIEW_MUTED: iced::Color = iced::color!(0x4f5b66);

/// The certificate drawn as the PDF lays it out, in the certificate's own
/// language (mirrored when that is Arabic): what will be printed.
pub(super) fn preview(ready: &Ready) -> Element<'_, Message> {
    let words = &ready.words;
    let look = Look {
        rtl: words.language().right_to_left,
        muted: PREVIEW_MUTED,
        theme: crate::gui::theme::ThemeChoice::Light,
        focused: None,
    };
    let certificate = &ready.signed.certificate;
    let centered = |content: Element<'static, Message>| container(content).center_x(Fill);
    let heading = certificate
        .heading
        .clone()
        .unwrap_or_else(|| words.text("certificate-heading"));
    let mut dates = vec![words.text_with(
        "certificate-completed-on",
        &fluent_args!["date" => pdf::format_date(words, certificate.completed_at)],
    )];
    if let Some(end) = certificate.valid_until {
        dates.push(words.text_with(
            "certificate-valid-until",
            &fluent_args!["date" => pdf::format_date(words, end)],
        ));
    }
    let mut sheet = column![
        centered(colored(
            look,
            certificate.organisation.clone(),
            theme::SMALL,
            false
        )),
        centered(colored(look, heading, theme::H1, true)),
        centered(look.label(words.text("certificate-presented-to"), theme::SMALL)),
        container(look.strong(certificate.learner_name.clone(), theme::H1 + 4.0))
            .center_x(Fill)
            .id("certificate-name"),
        centered(
            container(column![])
                .width(280)
                .height(1)
                .style(|_: &iced::Theme| container::Style::default()
                    .background(iced::Color::from_rgb8(0xb0, 0x8d, 0x57)))
                .into()
        ),
        centered(look.label(words.text("certificate-has-completed"), theme::SMALL)),
        centered(look.strong(certificate.course.title.clone(), theme::H2)),
        centered(look.label(pdf::detail_line(words, &ready.signed), theme::SMALL)),
        centered(look.label(dates.join("  ·  "), theme::SMALL)),
    ]
    .spacing(10);
    if ready.signed.signed_with == KeyKind::Device {
        sheet = sheet.push(centered(look.label(
            words.text_with(
                "certificate-device-key",
                &fluent_args!["organisation" => certificate.organisation.clone()],
            ),
            theme::SMALL - 2.0,
        )));
    }
    let signatory = column![
        look.start(look.strong(certificate.signatory.name.clone(), theme::BODY)),
        look.start(look.label(certificate.signatory.title.clone(), theme::SMALL)),
        look.start(look.label(
            words.text_with(
                "certificate-published-by",
                &fluent_args!["publisher" => certificate.course.publisher.clone()],
            ),
            theme::SMALL - 2.0,
        )),
    ]
    .spacing(2)
    .width(300);
    let code = column![
        look.end(look.label(words.text("certificate-code"), theme::SMALL)),
        look.end(colored(
            look,
            certificate.code().as_str().to_owned(),
            theme::H3,
            true
        ))
        .id("certificate-code"),
    ]
    .spacing(2)
    .width(260);
    sheet = sheet.push(
        look.row(vec![
            signatory.into(),
            space::horizontal().into(),
            code.into(),
        ])
        .align_y(iced::Bottom)
        .padding([24, 0]),
    );
    container(
        container(sheet)
            .padding([32, 40])
            .width(Fill)
            .style(theme::certificate_inner_frame),
    )
    .padding(8)
    .width(Fill)
    .style(theme::certificate_sheet)
    .into()
}

/// Text in the certificate's teal, bold or regular.
fn colored(look: Look, content: String, size: f32, bold: bool) -> Element<'static, Message> {
    let content = if bold {
        look.strong(content, size)
    } else {
        look.label(content, size)
    };
    container(content)
        .style(|_: &iced::Theme| container::Style::default().color(theme::CERTIFICATE_TEAL))
        .into()
}
