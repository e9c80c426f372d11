//! Collecting records files on a thread of their own, reporting each file
//! as it goes, and the line each file gets in the summary.

use super::{CollectEvent, FileResult, Message};
use crate::gui::error_text::ErrorText;
use crate::gui::theme;
use crate::gui::widget::{Look, notice};
use crate::i18n::Localizer;
use crate::progress::{Collection, Store, Timestamp};
use crate::records;
use fluent::fluent_args;
use iced::futures::{SinkExt, StreamExt};
use iced::widget::container;
use iced::{Element, Task};
use std::path::PathBuf;

/// One file's line in the summary.
pub(super) fn result_view<'a>(
    result: &FileResult,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let file = result
        .path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| result.path.display().to_string());
    let file = locale.isolate(file);
    let (text, style): (String, fn(&iced::Theme) -> container::Style) = match &result.outcome {
        Ok(done) => {
            let device = locale.isolate(&done.device_name);
            let saved = done.exported_at.to_rfc3339();
            let saved = locale.isolate(saved.get(..16).unwrap_or(&saved).replace('T', " "));
            match &done.outcome {
                Collection::New => (
                    locale.text_with(
                        "carry-file-new",
                        &fluent_args!["file" => file, "device" => device, "learners" => done.learners],
                    ),
                    theme::success_note,
                ),
                Collection::Superseded { .. } => (
                    locale.text_with(
                        "carry-file-superseded",
                        &fluent_args!["file" => file, "device" => device, "learners" => done.learners],
                    ),
                    theme::success_note,
                ),
                Collection::Unchanged => (
                    locale.text_with(
                        "carry-file-unchanged",
                        &fluent_args!["file" => file, "device" => device],
                    ),
                    theme::warning_note,
                ),
                // Refusals come as errors, never as a collection.
                Collection::Older { .. }
                | Collection::KeyMismatch { .. }
                | Collection::Inconsistent { .. } => (
                    locale.text_with(
                        "carry-file-older",
                        &fluent_args!["file" => file, "device" => device, "saved" => saved],
                    ),
                    theme::warning_note,
                ),
            }
        }
        Err((error, refusal)) => {
            let key = if *refusal {
                "carry-file-refused"
            } else {
                "carry-file-failed"
            };
            (
                locale.text_with(
                    key,
                    &fluent_args!["file" => file, "reason" => error.show(locale)],
                ),
                theme::error_note,
            )
        }
    };
    notice(look.text(text, theme::BODY), style)
}

/// Collects `inputs` from a thread of its own (each file is read whole and
/// checked), reporting each file as it goes.
pub(super) fn collect(data_dir: PathBuf, inputs: Vec<PathBuf>) -> Task<super::super::Message> {
    let events = iced::stream::channel(16, async move |mut output| {
        let (sender, mut events) = iced::futures::channel::mpsc::unbounded();
        std::thread::spawn(move || {
            // A send fails only once the area is gone, which no longer listens.
            let send = |event| {
                let _ = sender.unbounded_send(event);
            };
            let (files, problems) = records::records_files(&inputs);
            for problem in problems {
                log::warn!("records not collected: {problem}");
                let path = match &problem {
                    records::Error::EmptyFolder { path } | records::Error::Io { path, .. } => {
                        path.clone()
                    }
                    _ => PathBuf::new(),
                };
                send(CollectEvent::File(Box::new(failed(path, &problem))));
            }
            let store = match Store::open(&data_dir) {
                Ok(store) => store,
                Err(error) => {
                    log::error!("records not collected: {error}");
                    send(CollectEvent::Finished(Err(error.into())));
                    return;
                }
            };
            let total = files.len();
            for (done, file) in files.into_iter().enumerate() {
                send(CollectEvent::Reading {
                    done,
                    total,
                    file: file.clone(),
                });
                let result = match records::collect_file(&store, &file, Timestamp::now()) {
                    Ok(collected) => {
                        log::info!(
                            "records file {} from {}: {:?}",
                            file.display(),
                            collected.device_name,
                            collected.outcome
                        );
                        FileResult {
                            path: file,
                            outcome: Ok(collected),
                        }
                    }
                    Err(error) => {
                        log::warn!("records file refused: {error}");
                        failed(file, &error)
                    }
                };
                send(CollectEvent::File(Box::new(result)));
            }
            send(CollectEvent::Finished(Ok(())));
        });
        while let Some(event) = events.next().await {
            if output.send(event).await.is_err() {
                break;
            }
        }
    });
    Task::run(events, |event| {
        super::super::Message::RecordsFiles(Message::Collect(event))
    })
}

fn failed(path: PathBuf, error: &records::Error) -> FileResult {
    FileResult {
        path,
        outcome: Err((ErrorText::from(error), error.is_refusal())),
    }
}
