//! The trainer area's learning records tab: the count of records waiting,
//! "Send learning records" to a stand-in LRS with the address remembered
//! owner-only, a refused connection explained with nothing lost, and "Save
//! to a file" for carrying records on a USB stick. The LRS is checked even
//! with nothing to send, and a plain http:// address on another computer is
//! refused (with a box to allow it) before any connection. A build without
//! the `lrs` feature shows the count and saving to a file only.

#[cfg(feature = "lrs")]
use fieldcourse::gui::screen::trainer::{self, Tab};
use fieldcourse::gui::theme::ThemeChoice;
use fieldcourse::gui::widget::Look;
use fieldcourse::i18n::{Language, Localizer};
#[cfg(feature = "lrs")]
use fieldcourse::lrs::load_lrs;
#[cfg(feature = "lrs")]
use iced_test::selector::Candidate;
use iced_test::selector::id;
#[cfg(feature = "lrs")]
use std::sync::{Arc, Mutex};
#[cfg(feature = "lrs")]
use std::thread;

use crate::tasks;
use crate::trainer::{Area, busy_area};

#[cfg(feature = "lrs")]
/// A stand-in LRS that gives its versions at `/about`, stores what it is sent
/// and answers with the ids.
struct StandIn {
    endpoint: String,
    received: Arc<Mutex<Vec<serde_json::Value>>>,
    server: Arc<tiny_http::Server>,
    worker: Option<thread::JoinHandle<()>>,
}

#[cfg(feature = "lrs")]
impl StandIn {
    fn start() -> Self {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let port = server.server_addr().to_ip().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let worker = {
            let server = Arc::clone(&server);
            let received = Arc::clone(&received);
            thread::spawn(move || {
                for mut request in server.incoming_requests() {
                    if request.url().ends_with("/about") {
                        let about = tiny_http::Response::from_string("{\"version\": [\"1.0.3\"]}");
                        let _ = request.respond(about);
                        continue;
                    }
                    if *request.method() == tiny_http::Method::Get {
                        let empty = tiny_http::Response::from_string("{\"statements\": []}");
                        let _ = request.respond(empty);
                        continue;
                    }
                    let mut body = String::new();
                    let _ = request.as_reader().read_to_string(&mut body);
                    let batch: Vec<serde_json::Value> =
                        serde_json::from_str(&body).unwrap_or_default();
                    let ids: Vec<_> = batch.iter().map(|s| s["id"].clone()).collect();
                    received.lock().unwrap().extend(batch);
                    let answer = serde_json::to_string(&ids).unwrap();
                    let _ = request.respond(tiny_http::Response::from_string(answer));
                }
            })
        };
        Self {
            endpoint: format!("http://127.0.0.1:{port}/xAPI"),
            received,
            server,
            worker: Some(worker),
        }
    }
}

#[cfg(feature = "lrs")]
impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn english() -> Localizer {
    Localizer::new(Language::from_tag("en").unwrap())
}

fn look() -> Look {
    Look::new(english().language(), ThemeChoice::Light)
}

#[cfg(feature = "lrs")]
fn type_into(area: &mut Area, widget_id: &str, text: &str) {
    let mut ui = tasks::screen(area.state.view(&english(), look()));
    ui.click(id(widget_id.to_owned())).unwrap();
    let _ = ui.typewrite(text);
    let typed: Vec<trainer::Message> = ui.into_messages().collect();
    area.deliver(typed);
}

fn waiting(area: &Area) -> u64 {
    area.store.outbox_count().unwrap().pending
}

#[cfg(feature = "lrs")]
#[test]
fn sending_delivers_every_waiting_record_and_remembers_the_lrs() {
    let (mut area, _) = busy_area();
    let lrs = StandIn::start();
    let before = waiting(&area);
    assert!(before > 0, "the learners' progress left records to send");
    area.click("tab-records");
    assert_eq!(area.state.tab(), Tab::Records);
    assert!(area.shows(&format!("{before} records are waiting to be sent.")));

    type_into(&mut area, "lrs-endpoint", &lrs.endpoint);
    type_into(&mut area, "lrs-user", "office-7");
    type_into(&mut area, "lrs-password", "s3cret");
    area.click("send-records");

    assert_eq!(waiting(&area), 0, "the outbox is empty once delivered");
    assert_eq!(lrs.received.lock().unwrap().len() as u64, before);
    assert!(area.shows(&format!("{before} records were delivered.")));
    assert!(area.shows("No records are waiting: everything has been sent."));

    let remembered = load_lrs(&area.paths.data_dir).unwrap().unwrap();
    assert_eq!(remembered.endpoint, lrs.endpoint);
    assert_eq!(remembered.credentials.unwrap().username, "office-7");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let file = fieldcourse::lrs::lrs_file(&area.paths.data_dir);
        let mode = std::fs::metadata(file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "owner-only");
    }

    // Reopened, the area fills the form from what it remembered.
    let (state, _) = trainer::State::new(&area.store, &area.paths);
    area.state = state;
    area.click("tab-records");
    area.click("send-records");
    assert!(area.shows("Nothing new needed sending."));
}

#[cfg(feature = "lrs")]
#[test]
fn a_refused_connection_is_explained_and_nothing_is_lost() {
    let (mut area, _) = busy_area();
    let before = waiting(&area);
    // A port nothing listens on: bind one, then let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    area.click("tab-records");
    type_into(
        &mut area,
        "lrs-endpoint",
        &format!("http://127.0.0.1:{port}/xAPI"),
    );
    area.click("send-records");
    assert_eq!(waiting(&area), before, "the outbox is untouched");
    let mut ui = tasks::screen(area.state.view(&english(), look()));
    let named = ui
        .find(|candidate: Candidate<'_>| match candidate {
            Candidate::Text { content, .. }
                if content.starts_with("Not sent: The LRS at http://127.0.0.1:")
                    && content.contains("could not be reached") =>
            {
                Some(())
            }
            _ => None,
        })
        .is_ok();
    assert!(named, "the cause is named");
}

#[test]
fn records_can_be_saved_to_a_file_and_stay_until_sent() {
    let (mut area, _) = busy_area();
    let before = waiting(&area);
    area.click("tab-records");
    area.click("save-records");
    let folder = area.state.export_folder().to_owned();
    let file = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|e| e == "json"))
        .expect("a records file in the export folder");
    let text = std::fs::read_to_string(&file).unwrap();
    let statements: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(statements.len() as u64, before);
    assert!(statements.iter().all(|s| s["actor"]["account"].is_object()));
    assert_eq!(waiting(&area), before, "kept until sent");
    assert!(area.shows(&file.display().to_string()));
}

#[cfg(feature = "lrs")]
#[test]
fn with_nothing_to_send_the_lrs_is_still_checked() {
    let mut area = crate::trainer::Area::fresh();
    assert_eq!(waiting(&area), 0);
    area.click("tab-records");
    type_into(
        &mut area,
        "lrs-endpoint",
        &format!("http://127.0.0.1:{}/xAPI", closed_port()),
    );
    area.click("send-records");
    assert!(!area.shows("Nothing new needed sending."));
    let mut ui = tasks::screen(area.state.view(&english(), look()));
    let named = ui
        .find(|candidate: Candidate<'_>| match candidate {
            Candidate::Text { content, .. }
                if content.starts_with("Not sent: The LRS at http://127.0.0.1:")
                    && content
                        .contains("could not be reached: nothing answers at that address") =>
            {
                Some(())
            }
            _ => None,
        })
        .is_ok();
    assert!(named, "the refused connection is named");
}

#[cfg(feature = "lrs")]
/// The refusal of a password over plain http://, in English.
const REFUSED: &str = "Not sent: this address starts with http://, so the user name and password would cross the network unencrypted, where others could read them. Ask for the LRS's https:// address. If this network is private and you accept the risk, tick the box below and send again.";

#[cfg(feature = "lrs")]
#[test]
fn a_password_over_plain_http_to_another_computer_is_refused_until_allowed() {
    let (mut area, _) = busy_area();
    let before = waiting(&area);
    area.click("tab-records");
    // Never contacted: the refusal comes before any connection.
    type_into(&mut area, "lrs-endpoint", "http://lrs.example.org/xapi");
    type_into(&mut area, "lrs-user", "office-7");
    type_into(&mut area, "lrs-password", "s3cret");
    area.click("send-records");
    assert!(area.shows(REFUSED));
    assert!(area.shows("Send over unencrypted http:// all the same"));
    assert_eq!(waiting(&area), before);
    area.click("allow-http");
    assert!(!area.shows(REFUSED));
    assert!(
        area.shows("Send over unencrypted http:// all the same"),
        "the box stays to be unticked"
    );
    assert_eq!(waiting(&area), before);
}

#[test]
fn the_trainer_area_says_where_the_log_is() {
    let area = crate::trainer::Area::fresh();
    let folder = fieldcourse::logging::log_folder(&area.paths.data_dir);
    assert!(area.shows(&format!(
        "If something goes wrong, Fieldcourse notes what happened in its log, in the folder {}. Give the files in it to whoever supports you.",
        folder.display()
    )));
}

#[cfg(feature = "lrs")]
/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[cfg(not(feature = "lrs"))]
#[test]
fn without_lrs_support_the_tab_offers_the_file_only() {
    let (mut area, _) = busy_area();
    area.click("tab-records");
    let mut ui = tasks::screen(area.state.view(&english(), look()));
    for absent in ["lrs-endpoint", "lrs-user", "lrs-password", "send-records"] {
        assert!(ui.find(id(absent)).is_err(), "{absent} is not built");
    }
    assert!(ui.find(id("save-records")).is_ok());
    assert!(area.shows(
        "Every lesson finished, answer given, quiz passed and certificate earned on this computer is kept as a learning record. This copy of Fieldcourse cannot send them over the network: save them to a file and give it to whoever collects them for your organisation's learning record store (LRS)."
    ));
    assert!(!area.shows("Send learning records"));
}
