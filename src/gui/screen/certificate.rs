//! The certificate: a preview laid out like the printed PDF, "Save PDF" and
//! "Open to print"; or, while the course is not complete, what is left to do.
//!
//! Saving goes to a known folder (Documents, else home, else the data folder)
//! and the screen shows the full path: file dialogs return nothing on machines
//! without a desktop portal, which is most field laptops.

use super::OpenCourse;
use crate::certificate::Eligibility;
use crate::certificate::credential::SignedCertificate;
use crate::certificate::export::{self, Exported};
use crate::certificate::issue::{Issue, issue_if_complete};
use crate::certificate::keys::Keyring;
use crate::certificate::pdf::{self, PdfOptions};
use crate::gui::error_text::{self, ErrorText};
use crate::gui::theme;
use crate::gui::widget::{Focus, Look, notice};
use crate::i18n::Localizer;
use crate::progress::{LearnerSession, Timestamp};
use fluent::fluent_args;
use iced::widget::{Column, button, column, container};
use iced::{Element, Fill, Task};
use std::path::{Path, PathBuf};

mod sheet;
use sheet::preview;

/// The id of the screen's scrollable area, for keyboard scrolling.
pub const SCROLL_ID: &str = "certificate-scroll";

/// The certificate screen.
#[derive(Debug)]
pub struct State {
    open: OpenCourse,
    status: Status,
    save_folder: PathBuf,
    saving: Saving,
    printing: Printing,
}

/// Whether the learner has a certificate for the course.
#[derive(Debug)]
enum Status {
    /// Issued now or before: ready to preview, save and print.
    Ready(Box<Ready>),
    /// Not complete yet: lesson and quiz titles still to do, in course order.
    NotYet {
        lessons: Vec<String>,
        quizzes: Vec<String>,
    },
    /// The course gives no certificate.
    NoCertificate,
    /// The progress file or the keys could not be read.
    Failed(ErrorText),
}

#[derive(Debug)]
struct Ready {
    signed: SignedCertificate,
    /// The certificate's own language, which the PDF is written in.
    words: Localizer,
    /// Issued just now, as opposed to found from before.
    new: bool,
    logo_png: Option<Vec<u8>>,
    /// The issuer's verification page for the QR code, if it set one.
    verify_url: Option<String>,
}

/// Writing the PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Saving {
    Idle,
    /// Under way; open it once written when the learner asked to print.
    Working {
        then_open: bool,
    },
    Saved(Exported),
    Failed(ErrorText),
}

/// Handing the PDF to the system's viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Printing {
    Idle,
    Opening,
    Opened,
    /// No program could open it (or it failed): the message from the system.
    NoViewer(ErrorText),
}

/// What can happen on the certificate screen.
#[derive(Debug, Clone)]
pub enum Message {
    /// Back to the course overview.
    Back,
    /// Write the PDF and its credential into the save folder.
    SavePdf,
    /// The PDF was written, or why not.
    Saved(Result<Exported, ErrorText>),
    /// Save the PDF if not done yet, then open it in the system's viewer.
    OpenToPrint,
    /// The viewer was started, or why not (often: no PDF viewer installed).
    Opened(Result<(), ErrorText>),
}

/// What the certificate screen asks of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Go back to the course overview.
    Back,
}

impl State {
    /// What Tab moves through, in the order shown.
    pub fn focus_order(&self) -> Vec<Focus<Message>> {
        let mut order = vec![Focus::Press("back".into(), Message::Back)];
        if matches!(self.status, Status::Ready(_)) {
            order.push(Focus::Press("save-pdf".into(), Message::SavePdf));
            order.push(Focus::Press("print".into(), Message::OpenToPrint));
        }
        order
    }

    /// The certificate screen for `open`: issues the learner's certificate when
    /// the course is complete and none was issued yet, signing with the keys in
    /// `data_dir` as the command line does.
    pub fn new(open: OpenCourse, session: &LearnerSession<'_>, data_dir: &Path) -> Self {
        let keyring = Keyring::new(data_dir);
        let issued = issue_if_complete(
            session,
            &open.version,
            &open.course,
            &keyring,
            Timestamp::now(),
        )
        .map_err(ErrorText::from);
        Self::with_issue(open, issued, data_dir)
    }

    /// The certificate screen showing what [`issue_if_complete`] returned (or
    /// why it failed), such as a certificate issued as the learner finished
    /// the last lesson or quiz. `data_dir` decides where "Save PDF" writes.
    pub fn with_issue(open: OpenCourse, issued: Result<Issue, ErrorText>, data_dir: &Path) -> Self {
        let keyring = Keyring::new(data_dir);
        let ready = |signed: SignedCertificate, new: bool| {
            let verify_url = signed
                .issuer()
                .and_then(|issuer| keyring.verify_url_for(&issuer));
            Status::Ready(Box::new(Ready {
                verify_url,
                words: pdf::localizer_for(&signed.certificate.language),
                signed,
                new,
                // A logo that is not a PNG is simply not printed, as in the CLI.
                logo_png: export::course_logo(&open.loaded).and_then(Result::ok),
            }))
        };
        let status = match issued {
            Ok(Issue::Issued(signed)) => ready(signed, true),
            Ok(Issue::AlreadyIssued(signed)) => ready(signed, false),
            Ok(Issue::NotYet(eligibility)) => not_yet(&open, &eligibility),
            Ok(Issue::NoCertificate) => Status::NoCertificate,
            Err(error) => Status::Failed(error),
        };
        Self {
            open,
            status,
            save_folder: crate::paths::documents_dir(data_dir),
            saving: Saving::Idle,
            printing: Printing::Idle,
        }
    }

    /// The course the screen is about.
    pub fn course(&self) -> &OpenCourse {
        &self.open
    }

    /// The certificate shown, when the learner has one.
    pub fn certificate(&self) -> Option<&SignedCertificate> {
        match &self.status {
            Status::Ready(ready) => Some(&ready.signed),
            _ => None,
        }
    }

    /// The folder "Save PDF" writes to.
    pub fn save_folder(&self) -> &Path {
        &self.save_folder
    }

    /// Saves into `folder` instead (tests, and a future in-app folder choice).
    pub fn set_save_folder(&mut self, folder: PathBuf) {
        self.save_folder = folder;
    }

    /// The files written by the last save, if it succeeded.
    pub fn saved(&self) -> Option<&Exported> {
        match &self.saving {
            Saving::Saved(files) => Some(files),
            _ => None,
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Back => (Task::none(), Some(Event::Back)),
            Message::SavePdf => (self.save(false), None),
            Message::OpenToPrint => {
                if let Some(files) = self.saved() {
                    let pdf = files.pdf.clone();
                    return (self.open_pdf(pdf), None);
                }
                if matches!(self.saving, Saving::Working { .. }) {
                    // Already saving: open it when done.
                    self.saving = Saving::Working { then_open: true };
                    return (Task::none(), None);
                }
                (self.save(true), None)
            }
            Message::Saved(result) => {
                let then_open = self.saving == Saving::Working { then_open: true };
                match result {
                    Ok(files) => {
                        let pdf = files.pdf.clone();
                        self.saving = Saving::Saved(files);
                        let task = if then_open {
                            self.open_pdf(pdf)
                        } else {
                            Task::none()
                        };
                        (task, None)
                    }
                    Err(error) => {
                        self.saving = Saving::Failed(error);
                        (Task::none(), None)
                    }
                }
            }
            Message::Opened(result) => {
                self.printing = match result {
                    Ok(()) => Printing::Opened,
                    Err(error) => Printing::NoViewer(error),
                };
                (Task::none(), None)
            }
        }
    }

    /// Renders and writes the PDF off the UI thread (it takes a moment).
    fn save(&mut self, then_open: bool) -> Task<Message> {
        let Status::Ready(ready) = &self.status else {
            return Task::none();
        };
        if matches!(self.saving, Saving::Working { .. }) {
            return Task::none();
        }
        self.saving = Saving::Working { then_open };
        self.printing = Printing::Idle;
        let signed = ready.signed.clone();
        let options = PdfOptions {
            logo_png: ready.logo_png.clone(),
            verify_url: ready.verify_url.clone(),
            ..PdfOptions::default()
        };
        let output = self
            .save_folder
            .join(export::file_stem(&signed.certificate))
            .with_extension("pdf");
        crate::gui::blocking::run(
            move || export::write_files(&signed, &options, &output).map_err(ErrorText::from),
            Message::Saved,
        )
    }

    /// Opens the PDF in the system's viewer, off the UI thread: the launcher
    /// waits, and fails when no viewer is installed.
    fn open_pdf(&mut self, pdf: PathBuf) -> Task<Message> {
        self.printing = Printing::Opening;
        crate::gui::blocking::run(
            move || open::that(&pdf).map_err(|error| error_text::io(&pdf, &error)),
            Message::Opened,
        )
    }

    /// Draws the screen.
    pub fn view<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        let body: Element<'a, Message> = match &self.status {
            Status::Ready(ready) => self.ready_view(ready, locale, look),
            Status::NotYet { lessons, quizzes } => not_yet_view(lessons, quizzes, locale, look),
            Status::NoCertificate => column![
                look.heading(locale.text("cert-screen-title"), theme::H1),
                look.text(locale.text("cert-none"), theme::BODY),
            ]
            .spacing(16)
            .into(),
            Status::Failed(error) => column![
                look.heading(locale.text("cert-screen-title"), theme::H1),
                notice(
                    look.text(
                        locale
                            .text_with("cert-failed", &fluent_args!["error" => error.show(locale)]),
                        theme::BODY
                    ),
                    theme::error_note
                ),
            ]
            .spacing(16)
            .into(),
        };
        let page = container(body).max_width(theme::CONTENT_WIDTH).padding(32);
        column![
            look.top_bar(vec![
                look.bar_button(locale.text("nav-course"), Message::Back, "back"),
                look.strong(self.open.course.title.clone(), theme::H3),
            ]),
            crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
        ]
        .into()
    }

    fn ready_view<'a>(
        &'a self,
        ready: &'a Ready,
        locale: &Localizer,
        look: Look,
    ) -> Element<'a, Message> {
        let mut page = Column::new()
            .spacing(16)
            .push(look.heading(locale.text("cert-screen-title"), theme::H1));
        if ready.new {
            page = page.push(look.text(locale.text("cert-issued-now"), theme::BODY));
        }
        page = page.push(preview(ready));
        let busy = matches!(self.saving, Saving::Working { .. });
        let action = |label: String, message: Message, id: &'static str, primary: bool| {
            let mut control = button(look.label(label, theme::BODY))
                .padding([10, 24])
                .style(if primary {
                    button::primary
                } else {
                    theme::secondary_button
                });
            if !busy {
                control = control.on_press(message);
            }
            Element::from(look.action(id, control))
        };
        page = page.push(
            look.start(
                look.row(vec![
                    action(
                        locale.text("cert-save-pdf"),
                        Message::SavePdf,
                        "save-pdf",
                        true,
                    ),
                    action(
                        locale.text("cert-open-to-print"),
                        Message::OpenToPrint,
                        "print",
                        false,
                    ),
                ])
                .spacing(12),
            ),
        );
        page = page.push(self.save_status(locale, look));
        if let Some(status) = self.print_status(locale, look) {
            page = page.push(status);
        }
        page.into()
    }

    fn save_status<'a>(&'a self, locale: &Localizer, look: Look) -> Element<'a, Message> {
        match &self.saving {
            Saving::Idle => column![
                look.colored(locale.text("cert-save-where"), theme::SMALL, look.muted),
                // A path on a line of its own keeps its slashes in place in
                // right-to-left text.
                look.colored(
                    self.save_folder.display().to_string(),
                    theme::SMALL,
                    look.muted
                ),
            ]
            .spacing(2)
            .into(),
            Saving::Working { .. } => look
                .colored(locale.text("cert-saving"), theme::BODY, look.muted)
                .into(),
            Saving::Saved(files) => notice(
                column![
                    look.start(look.strong(locale.text("cert-saved"), theme::BODY)),
                    look.text(files.pdf.display().to_string(), theme::BODY),
                    look.text(locale.text("cert-saved-json"), theme::SMALL),
                    look.text(files.json.display().to_string(), theme::SMALL),
                ]
                .spacing(4),
                theme::success_note,
            ),
            Saving::Failed(error) => notice(
                look.text(
                    locale.text_with(
                        "cert-save-failed",
                        &fluent_args!["error" => error.show(locale)],
                    ),
                    theme::BODY,
                ),
                theme::error_note,
            ),
        }
    }

    fn print_status<'a>(&'a self, locale: &Localizer, look: Look) -> Option<Element<'a, Message>> {
        let text = match &self.printing {
            Printing::Idle => return None,
            Printing::Opening => locale.text("cert-opening"),
            Printing::Opened => locale.text("cert-opened"),
            Printing::NoViewer(_) => {
                let path = self
                    .saved()
                    .map(|files| files.pdf.display().to_string())
                    .unwrap_or_default();
                return Some(
                    column![
                        look.text(locale.text("cert-no-viewer"), theme::BODY),
                        look.text(path, theme::BODY),
                    ]
                    .spacing(4)
                    .into(),
                );
            }
        };
        Some(look.text(text, theme::BODY).into())
    }
}

/// The titles of what is left, from the rule's ids.
fn not_yet(open: &OpenCourse, eligibility: &Eligibility) -> Status {
    let course = &open.course;
    let lessons = eligibility
        .missing_lessons
        .iter()
        .map(|id| {
            course
                .lessons()
                .find(|lesson| &lesson.id == id)
                .map_or_else(|| id.clone(), |lesson| lesson.title.clone())
        })
        .collect();
    let quizzes = eligibility
        .missing_quizzes
        .iter()
        .map(|id| {
            course
                .quizzes()
                .find(|quiz| &quiz.id == id)
                .map_or_else(|| id.clone(), |quiz| quiz.title.clone())
        })
        .collect();
    Status::NotYet { lessons, quizzes }
}

fn not_yet_view<'a>(
    lessons: &'a [String],
    quizzes: &'a [String],
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let mut page = column![
        look.heading(locale.text("cert-not-yet-title"), theme::H1),
        look.text(locale.text("cert-not-yet-body"), theme::BODY),
    ]
    .spacing(12);
    let list = |heading: String, items: &'a [String]| {
        let mut list = Column::new()
            .spacing(4)
            .push(look.heading(heading, theme::H3));
        for item in items {
            list = list.push(look.text(format!("•  {item}"), theme::BODY));
        }
        container(list).padding(20).width(Fill).style(theme::card)
    };
    if !lessons.is_empty() {
        page = page.push(
            list(
                locale.text_with("cert-lessons-left", &fluent_args!["count" => lessons.len()]),
                lessons,
            )
            .id("missing-lessons"),
        );
    }
    if !quizzes.is_empty() {
        page = page.push(
            list(
                locale.text_with("cert-quizzes-left", &fluent_args!["count" => quizzes.len()]),
                quizzes,
            )
            .id("missing-quizzes"),
        );
    }
    page.into()
}
