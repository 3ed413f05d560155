//! The review pages in a real browser: headless Chromium driven through ChromeDriver (W3C
//! WebDriver over HTTP on 127.0.0.1), with the flags of a closed network. For each bundled
//! brief's page, the DOM after load has one highlight per mention with its graph id, the
//! title, the legend, one mark per repair; the style sheet is applied (the Content-Security-
//! Policy lets it through); the keyboard reaches the skip link and the highlights, a focused
//! highlight shows its tooltip, Escape hides it (so the inline script ran too). The hostile
//! fixtures' pages run no script from the brief, while the same payload as raw HTML does (so
//! the check can fail). The corpus page has a row per brief.
//!
//! Needs `chromium` and `chromium-driver` (Debian), which `scripts/install-test-deps.sh`
//! installs and `.ci/run` runs before the tests. Without them each test says so and skips,
//! except in CI (`CI` set), where a missing browser is a failure: the check must run there.

mod common;

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use briefkg::emit::html;
use briefkg::emit::iri::Iris;
use briefkg::emit::Format;
use briefkg::model::Document;
use briefkg::pipeline::{self, Options};
use serde_json::{json, Value};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Whether Chromium and ChromeDriver are installed. When they are not, prints why the test
/// skips and returns `false`; in CI (`CI` set) it fails instead.
fn have_chromium(test: &str) -> bool {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: {} missing in CI; scripts/install-test-deps.sh installs chromium and chromium-driver",
        missing.join(" and ")
    );
    eprintln!(
        "SKIPPED {test}: {} not installed (Debian packages chromium and chromium-driver; run scripts/install-test-deps.sh)",
        missing.join(" and ")
    );
    false
}

/// A ChromeDriver process with one headless Chromium session; both end when it drops.
struct Browser {
    driver: Child,
    base: String,
    session: String,
    agent: ureq::Agent,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts ChromeDriver on a free local port and a Chromium session with a window of
    /// `width` × `height` CSS pixels and a fresh profile.
    fn start(width: u32, height: u32) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts (scripts/install-test-deps.sh installs it)");
        let agent = ureq::Agent::new_with_config(
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .timeout_global(Some(Duration::from_secs(60)))
                .build(),
        );
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = agent
                .get(format!("{base}/status"))
                .call()
                .ok()
                .and_then(|r| r.into_body().read_to_string().ok())
                .and_then(|t| serde_json::from_str::<Value>(&t).ok())
                .is_some_and(|v| v["value"]["ready"] == true);
            if ready {
                break;
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().expect("a temporary profile folder");
        let args = [
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            format!("--user-data-dir={}", profile.path().display()),
            format!("--window-size={width},{height}"),
        ];
        let mut browser = Browser {
            driver,
            base,
            session: String::new(),
            agent,
            _profile: profile,
        };
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": args},
            "goog:loggingPrefs": {"browser": "ALL"},
        }}});
        let v = browser.send("POST", "/session", &caps);
        browser.session = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_owned();
        browser
    }

    /// One WebDriver command; returns its `value`, panicking on a WebDriver error.
    fn send(&self, method: &str, path: &str, body: &Value) -> Value {
        let url = format!("{}{path}", self.base);
        let response = match method {
            "POST" => self
                .agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.to_string().as_bytes()),
            "DELETE" => self.agent.delete(&url).call(),
            _ => self.agent.get(&url).call(),
        }
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let text = response.into_body().read_to_string().unwrap_or_default();
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if let Some(error) = v["value"]["error"].as_str() {
            panic!("{method} {path}: {error}: {}", v["value"]["message"]);
        }
        v["value"].clone()
    }

    fn session(&self, path: &str) -> String {
        format!("/session/{}{path}", self.session)
    }

    /// Opens a local file.
    fn open(&self, file: &Path) {
        let url = format!("file://{}", file.display()).replace(' ', "%20");
        self.send("POST", &self.session("/url"), &json!({ "url": url }));
    }

    /// Runs a script in the page and returns its result.
    fn js(&self, script: &str) -> Value {
        self.send(
            "POST",
            &self.session("/execute/sync"),
            &json!({"script": script, "args": []}),
        )
    }

    /// Presses and releases keys (WebDriver key codes: Tab `\u{E004}`, Enter `\u{E007}`,
    /// Escape `\u{E00C}`), one after the other.
    fn keys(&self, keys: &[char]) {
        let actions: Vec<Value> = keys
            .iter()
            .flat_map(|k| {
                [
                    json!({"type": "keyDown", "value": k.to_string()}),
                    json!({"type": "keyUp", "value": k.to_string()}),
                ]
            })
            .collect();
        self.send(
            "POST",
            &self.session("/actions"),
            &json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}),
        );
    }

    /// The browser console's messages since the last call.
    fn console(&self) -> Vec<String> {
        let v = self.send(
            "POST",
            &self.session("/se/log"),
            &json!({"type": "browser"}),
        );
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let url = format!("{}/session/{}", self.base, self.session);
            let _ = self.agent.delete(&url).call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

const TAB: char = '\u{E004}';
const ENTER: char = '\u{E007}';
const ESCAPE: char = '\u{E00C}';

/// Exports `inputs` with the review pages into `dir`; returns the output folder.
fn export(inputs: &[PathBuf], dir: &Path) -> PathBuf {
    let options = Options {
        formats: [Format::TriG, Format::JsonLd, Format::Html]
            .into_iter()
            .collect(),
        ..Options::default()
    };
    let export = pipeline::export(inputs, &options);
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    let out = dir.join("output");
    pipeline::write(&out, &export).expect("temporary folder is writable");
    out
}

/// What a test reads off a page after load.
const PAGE_STATE: &str = r#"
const tip = m => getComputedStyle(m.querySelector('.tip')).display;
return {
  title: document.title,
  highlights: [...document.querySelectorAll('mark.m:not(.mc)')].map(m => m.id),
  kinds: [...document.querySelectorAll('mark.m:not(.mc)')].map(m => m.dataset.k),
  legend: [...document.querySelectorAll('.legend:not(.claims-legend) .sw')].map(s => s.dataset.k),
  repairs: document.querySelectorAll('span.o').length,
  claims: [...document.querySelectorAll('span.c:not(.cx)')].map(c => c.dataset.ck),
  badges: [...document.querySelectorAll('span.c:not(.cx) > a.cn:first-child')].map(a => a.getAttribute('href')),
  claim_rows: document.querySelectorAll('#claims tbody tr').length,
  claim_legend: [...document.querySelectorAll('.claims-legend .sw')].map(s => s.dataset.ck),
  background: getComputedStyle(document.querySelector('mark.m') || document.body).backgroundColor,
  tips_hidden: [...document.querySelectorAll('mark.m:not(.mc)')].every(m => tip(m) === 'none'),
  pwned: window.pwned === undefined ? null : String(window.pwned),
  injected: document.getElementById('pwned-by-script') !== null,
};
"#;

/// The focused element and its tooltip's display.
const FOCUS_STATE: &str = r#"
const a = document.activeElement;
const t = a && a.querySelector ? a.querySelector(':scope > .tip') : null;
return {
  tag: a ? a.tagName.toLowerCase() : null,
  class: a ? a.className : null,
  id: a ? a.id : null,
  tip: t ? getComputedStyle(t).display : null,
  outline: a ? getComputedStyle(a).outlineStyle : null,
  hash: location.hash,
  in_tip: !!(a && a.closest && a.closest('.tip')),
};
"#;

fn expected_title(doc: &Document) -> String {
    // `document.title` collapses ASCII whitespace (HTML §3.1.4).
    common::page_title(doc)
        .split(['\t', '\n', '\u{c}', ' '])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_bundled_page_shows_each_mention_the_title_and_the_legend_and_works_by_keyboard() {
    if !have_chromium(
        "every_bundled_page_shows_each_mention_the_title_and_the_legend_and_works_by_keyboard",
    ) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = export(&[common::root().join("briefs")], tmp.path());
    let browser = Browser::start(1366, 900);
    let base = Options::default().base_iri;
    for path in common::sample_briefs() {
        let doc = common::analyze(&path);
        let name = pipeline::output_name(&doc.source.name);
        let page = out.join(&name).join("brief.html");
        browser.open(&page);
        let s = browser.js(PAGE_STATE);
        assert_eq!(s["title"], expected_title(&doc), "{name}");
        let iris = Iris::new(&base, &doc.source.sha256);
        let ids: Vec<String> = doc
            .mentions
            .iter()
            .map(|m| html::mention_id(&iris, &m.anchor))
            .collect();
        let mut found: Vec<String> = s["highlights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect();
        found.sort();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(
            found, sorted,
            "{name}: one highlight per mention, with its id"
        );
        let kinds: BTreeSet<String> = doc
            .mentions
            .iter()
            .map(|m| m.entity.kind.as_str().to_owned())
            .collect();
        let legend: BTreeSet<String> = s["legend"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(
            legend, kinds,
            "{name}: the legend names every type mentioned"
        );
        assert_eq!(
            s["repairs"],
            doc.clean.repairs.len(),
            "{name}: repair marks"
        );
        // One mark per claim, in text order with its kind, each opened by its badge, which
        // links to its row in the claims table; the legend names every kind found.
        let kinds: Vec<&str> = doc.claims.iter().map(|c| c.kind.as_str()).collect();
        assert_eq!(s["claims"], json!(kinds), "{name}: one mark per claim");
        let rows: Vec<String> = (1..=doc.claims.len())
            .map(|n| format!("#claim-{n}"))
            .collect();
        assert_eq!(s["badges"], json!(rows), "{name}: claim badges");
        assert_eq!(s["claim_rows"], doc.claims.len(), "{name}: claim rows");
        let claim_kinds: BTreeSet<&str> = kinds.iter().copied().collect();
        let claim_legend: BTreeSet<&str> = s["claim_legend"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(claim_legend, claim_kinds, "{name}: claim legend");
        // The style sheet applies (its CSP hash is right): highlights have their tint, not
        // the browser's yellow nor nothing; tooltips are hidden until asked for.
        let bg = s["background"].as_str().unwrap();
        assert!(
            bg != "rgb(255, 255, 0)" && bg != "rgba(0, 0, 0, 0)",
            "{name}: unstyled highlight {bg}"
        );
        assert_eq!(s["tips_hidden"], true, "{name}");
        assert_eq!(s["pwned"], Value::Null);
        let console = browser.console();
        assert!(
            !console
                .iter()
                .any(|m| m.contains("Content Security Policy")),
            "{name}: {console:?}"
        );
    }

    // The keyboard: the skip link comes first and leads to the text. Tabbing on from there
    // reaches highlights and claim badges in turn, each showing its tooltip and a visible
    // focus ring; Escape hides the focused one's tooltip (the inline script ran).
    let doc = common::analyze(&common::sample_briefs()[3]);
    let page = out
        .join(pipeline::output_name(&doc.source.name))
        .join("brief.html");
    browser.open(&page);
    browser.keys(&[TAB]);
    let f = browser.js(FOCUS_STATE);
    assert_eq!(f["class"], "skip", "{f}");
    browser.keys(&[ENTER]);
    assert_eq!(browser.js(FOCUS_STATE)["hash"], "#text");
    let mut reached = (0, 0);
    let mut ids = BTreeSet::new();
    for step in 0..20 {
        browser.keys(&[TAB]);
        let f = browser.js(FOCUS_STATE);
        if f["in_tip"] == true {
            // A link of the focused highlight's tooltip (Wikidata, the entity's row).
            assert_eq!(f["tag"], "a", "{f}");
            continue;
        }
        let highlight = f["tag"] == "mark";
        let badge = f["tag"] == "a" && f["class"] == "cn";
        assert!(highlight || badge, "Tab {step} in the text: {f}");
        assert_eq!(
            f["tip"], "block",
            "a focused element shows its tooltip: {f}"
        );
        assert_ne!(f["outline"], "none", "focus is visible: {f}");
        if step == 0 {
            browser.keys(&[ESCAPE]);
            assert_eq!(
                browser.js(FOCUS_STATE)["tip"],
                "none",
                "Escape hides the tooltip"
            );
        }
        if highlight {
            reached.0 += 1;
            assert!(ids.insert(f["id"].to_string()), "Tab moves on: {f}");
        } else {
            reached.1 += 1;
        }
    }
    assert!(
        reached.0 > 0 && reached.1 > 0,
        "highlights and badges reached: {reached:?}"
    );

    // The corpus page: a row per brief, each linking to its page.
    browser.open(&out.join("index.html"));
    let rows = browser.js(
        "return [...document.querySelectorAll('tbody th[scope=row] a')].map(a => a.getAttribute('href'))",
    );
    assert_eq!(
        rows.as_array().unwrap().len(),
        common::sample_briefs().len()
    );
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h.as_str().unwrap().ends_with("/brief.html")));
}

#[test]
fn the_hostile_pages_run_no_script_from_the_brief() {
    if !have_chromium("the_hostile_pages_run_no_script_from_the_brief") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let fixtures = common::root().join("tests/fixtures/hostile-page");
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let mut paths = pipeline::collect_inputs(&[fixtures]).unwrap();
    paths.push(common::hostile_fixture());
    for p in &paths {
        std::fs::copy(p, input.join(p.file_name().unwrap())).unwrap();
    }
    let out = export(std::slice::from_ref(&input), tmp.path());
    let browser = Browser::start(1366, 900);

    // The detector works: the payload as raw HTML runs.
    let control = tmp.path().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><title>control</title><p>x</p>\
         <img src=x onerror=\"document.body.insertAdjacentHTML('beforeend','<p id=pwned-by-script>')\">\
         <script>window.pwned=1;document.title='PWNED'</script>",
    )
    .unwrap();
    browser.open(&control);
    std::thread::sleep(Duration::from_millis(500));
    let s = browser.js("return {t: document.title, p: String(window.pwned), i: !!document.getElementById('pwned-by-script')}");
    assert_eq!(
        s,
        json!({"t": "PWNED", "p": "1", "i": true}),
        "the control page runs its payload"
    );

    for p in &paths {
        let doc = common::analyze(p);
        let name = pipeline::output_name(&doc.source.name);
        browser.open(&out.join(&name).join("brief.html"));
        std::thread::sleep(Duration::from_millis(500));
        // Focus and hover every highlight, so handlers bound to focus or hover would fire.
        browser.js("document.querySelectorAll('[tabindex]').forEach(e => { e.focus(); e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); });");
        let s = browser.js(PAGE_STATE);
        assert_eq!(s["title"], expected_title(&doc), "{name}");
        assert_eq!(s["pwned"], Value::Null, "{name}: a script of the brief ran");
        assert_eq!(s["injected"], false, "{name}: a handler of the brief ran");
        assert_eq!(
            s["highlights"].as_array().unwrap().len(),
            doc.mentions.len(),
            "{name}"
        );
    }
}
