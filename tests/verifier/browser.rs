//! Headless Chromium driven through chromedriver (WebDriver) on a free
//! loopback port, and the verification page written by the command.
//!
//! chromedriver is found through `FIELDCOURSE_TEST_CHROMEDRIVER`, else on the
//! PATH. With that variable set, or under CI (`CI=true`), a missing
//! chromedriver fails the test; elsewhere the test is skipped with the reason
//! printed.

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use tempfile::TempDir;

/// The page's verdict once the check has finished, with why and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// `valid`, `unknown`, `invalid` or `expired`.
    pub verdict: String,
    /// For `invalid`: the reason's id (`signature`, `not-yet`, ...).
    pub reason: String,
    /// `browser` (WebCrypto) or `library` (the vendored Ed25519 code).
    pub engine: String,
    /// The text shown in the verdict box.
    pub text: String,
}

/// Where chromedriver is, or None when the test may be skipped (printed).
fn chromedriver() -> Option<PathBuf> {
    let from_env = std::env::var_os("FIELDCOURSE_TEST_CHROMEDRIVER").map(PathBuf::from);
    let on_path = || {
        std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join("chromedriver"))
                .find(|candidate| candidate.is_file())
        })
    };
    let found = match &from_env {
        Some(path) => Some(path.clone()).filter(|path| path.is_file()),
        None => on_path(),
    };
    if found.is_none() {
        let why = match &from_env {
            Some(path) => format!(
                "FIELDCOURSE_TEST_CHROMEDRIVER={} is not a file",
                path.display()
            ),
            None => {
                "no chromedriver on the PATH and FIELDCOURSE_TEST_CHROMEDRIVER is not set".into()
            }
        };
        // Asked for by name, or in CI: a missing driver is a failure there.
        let in_ci =
            std::env::var("CI").is_ok_and(|value| !matches!(value.trim(), "" | "0" | "false"));
        assert!(
            !in_ci && from_env.is_none(),
            "{why}: the verification page must be driven here (install chromium and chromium-driver)"
        );
        eprintln!("skipped: {why} (apt-get install chromium chromium-driver to run it)");
    }
    found
}

/// A chromedriver process and a browser session, ended on drop.
pub struct Browser {
    driver: Child,
    /// The WebDriver session.
    pub client: Client,
    /// The runtime the session's requests run on.
    pub runtime: tokio::runtime::Runtime,
    /// The browser profile and the pages written for the test.
    pub dir: TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium at phone size (360 px
    /// wide), English first; None when skipped (see the module documentation).
    pub fn start() -> Option<Self> {
        Self::start_with(&[])
    }

    /// As [`Browser::start`], with more Chromium switches.
    pub fn start_with(switches: &[&str]) -> Option<Self> {
        let chromedriver = chromedriver()?;
        let dir = TempDir::new().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|error| panic!("{} did not start: {error}", chromedriver.display()));
        // chromedriver says when it listens: read until then, no waiting on a clock.
        let stdout = driver.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let started = lines
            .by_ref()
            .map_while(Result::ok)
            .any(|line| line.contains("started successfully"));
        assert!(started, "chromedriver stopped before it listened");
        // Keep reading its output so it never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let profile = dir.path().join("profile");
        let mut options = json!({
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--lang=en-US",
                format!("--user-data-dir={}", profile.display()),
            ],
            // A phone's screen: 360 CSS pixels wide (a headless window
            // cannot be made that narrow).
            "mobileEmulation": {"deviceMetrics": {"width": 360, "height": 780, "pixelRatio": 2}},
        });
        for switch in switches {
            options["args"].as_array_mut().unwrap().push(json!(switch));
        }
        if let Some(binary) = std::env::var_os("FIELDCOURSE_TEST_CHROMIUM") {
            options["binary"] = json!(PathBuf::from(binary));
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), options);
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = runtime
            .block_on(
                ClientBuilder::new(connector)
                    .capabilities(capabilities)
                    .connect(&format!("http://127.0.0.1:{port}")),
            )
            .unwrap_or_else(|error| panic!("no Chromium session through chromedriver: {error}"));
        Some(Self {
            driver,
            client,
            runtime,
            dir,
        })
    }

    /// Writes the page trusting the test organisation into a new folder and
    /// returns its `file://` URL.
    pub fn write_page(&self, name: &str) -> String {
        let key = crate::credentials::organisation_key();
        let output = self.dir.path().join(name);
        let made = crate::command::run(&[
            "verifier",
            "--output",
            output.to_str().unwrap(),
            "--trust",
            key.did().as_str(),
            "--name",
            crate::credentials::ORGANISATION,
        ]);
        assert!(made.status.success(), "{made:?}");
        file_url(&output.join("index.html"))
    }

    /// Opens `url` (a new document each time: give each a different query).
    pub fn open(&self, url: &str) {
        self.runtime.block_on(self.client.goto(url)).unwrap();
    }

    /// Runs `script` in the page and returns its value.
    pub fn run(&self, script: &str) -> Value {
        self.runtime
            .block_on(self.client.execute(script, Vec::new()))
            .unwrap()
    }

    /// The verdict once the page has finished checking (it says so in the
    /// verdict box's `data-verdict`, watched, not polled).
    pub fn verdict(&self) -> Verdict {
        let script = r#"
            const done = arguments[arguments.length - 1];
            const box = document.getElementById('verdict');
            const report = () => done({
                verdict: box.dataset.verdict, reason: box.dataset.reason,
                engine: box.dataset.engine, text: box.innerText,
            });
            const finished = () => !['none', 'checking'].includes(box.dataset.verdict);
            if (finished()) { report(); return; }
            new MutationObserver((_, observer) => {
                if (finished()) { observer.disconnect(); report(); }
            }).observe(box, { attributes: true });
        "#;
        let value = self
            .runtime
            .block_on(self.client.execute_async(script, Vec::new()))
            .unwrap();
        let field = |name: &str| value[name].as_str().unwrap_or_default().to_owned();
        Verdict {
            verdict: field("verdict"),
            reason: field("reason"),
            engine: field("engine"),
            text: field("text"),
        }
    }

    /// Types `text` into the paste box and presses Check.
    pub fn paste(&self, text: &str) {
        self.runtime.block_on(async {
            let area = self.client.find(Locator::Id("paste")).await.unwrap();
            area.clear().await.unwrap();
            area.send_keys(text).await.unwrap();
            self.client
                .find(Locator::Id("check"))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
        });
    }

    /// Clicks the element with `id`.
    pub fn click(&self, id: &str) {
        self.runtime.block_on(async {
            self.client
                .find(Locator::Id(id))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
        });
    }

    /// Chooses `path` in the page's file input.
    pub fn choose_file(&self, path: &Path) {
        self.runtime.block_on(async {
            self.client
                .find(Locator::Id("file"))
                .await
                .unwrap()
                .send_keys(path.to_str().unwrap())
                .await
                .unwrap();
        });
    }

    /// A PNG of the window.
    pub fn screenshot(&self) -> Vec<u8> {
        self.runtime.block_on(self.client.screenshot()).unwrap()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let client = self.client.clone();
        let _ = self.runtime.block_on(client.close());
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The `file://` URL of `path`.
pub fn file_url(path: &Path) -> String {
    assert!(path.is_absolute(), "{}", path.display());
    format!("file://{}", path.display())
}

/// Serves `page` at `http://127.0.0.1:PORT/verify/` from a thread; returns
/// the address and every URL the server was asked for.
pub fn serve(page: Vec<u8>) -> (String, Arc<Mutex<Vec<String>>>) {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&asked);
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            log.lock().unwrap().push(request.url().to_owned());
            let path = request.url().split('?').next().unwrap_or_default();
            let response = if path == "/verify/" {
                let html =
                    tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8");
                tiny_http::Response::from_data(page.clone()).with_header(html.unwrap())
            } else {
                tiny_http::Response::from_data(b"not here".to_vec()).with_status_code(404)
            };
            let _ = request.respond(response);
        }
    });
    (format!("http://127.0.0.1:{port}/verify/"), asked)
}
