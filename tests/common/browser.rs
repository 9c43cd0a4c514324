//! The browser harness of the interview's browser tests (tests/interview_browser.rs,
//! tests/interview_story_forms.rs): Debian's chromium, headless, driven through chromedriver
//! (WebDriver, fantoccini); axe-core for WCAG checks; helpers that answer a screen from a
//! fixture; and the walk through a form's screens that the story tests and the screenshots use.
//!
//! Declared only by those two files (`#[path = "common/browser.rs"] mod browser;`), beside
//! `mod common;`, so the other tests do not build it.
//!
//! Needs `chromedriver` (or CHROMEDRIVER=path) and axe-core (AXE_CORE_JS=path to axe.min.js, else
//! tests/tools/axe/node_modules/axe-core/axe.min.js, from `npm install --prefix tests/tools/axe
//! axe-core@4`). Without them the tests say so and skip, except under CI=true, where they fail.
#![allow(dead_code)]

use crate::common;
use asylum_forms::interview::flow::{self, Place, QuestionFile, Screen, Widget};
use asylum_forms::interview::{self, Config, Running};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// chromedriver in its own process group, killed with everything it started (Chromium too) on
/// drop, also when a test panics.
pub struct Driver {
    child: Child,
    pub port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let pgid = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &pgid]).status();
        std::thread::sleep(Duration::from_millis(200));
        let _ = Command::new("kill").args(["-KILL", "--", &pgid]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

/// A missing tool: the test says it skips, except under CI=true, where it fails.
pub fn skip_or_fail(why: &str) {
    assert!(
        std::env::var("CI").ok().as_deref() != Some("true"),
        "CI needs this: {why}"
    );
    eprintln!("skipped: {why}");
}

/// chromedriver, or None (said, or a failure under CI).
pub fn chromedriver() -> Option<PathBuf> {
    let found = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| find_on_path("chromedriver"));
    if found.is_none() {
        skip_or_fail("no chromedriver (apt-get install chromium chromium-driver)");
    }
    found
}

/// Where axe-core is looked for.
pub fn axe_path() -> PathBuf {
    std::env::var_os("AXE_CORE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::root().join("tests/tools/axe/node_modules/axe-core/axe.min.js"))
}

/// axe-core's source, or None (said, or a failure under CI); `what` names what is skipped.
pub fn axe_source(what: &str) -> Option<String> {
    let path = axe_path();
    let src = std::fs::read_to_string(&path).ok();
    if src.is_none() {
        let why = format!(
            "no axe-core at {} (npm install --prefix tests/tools/axe axe-core@4)",
            path.display()
        );
        assert!(
            std::env::var("CI").ok().as_deref() != Some("true"),
            "CI needs this: {why}"
        );
        eprintln!("{what} skipped: {why}");
    }
    src
}

/// Both tools, or None (the whole test skips, saying why).
pub fn tools() -> Option<(PathBuf, String)> {
    let driver = chromedriver()?;
    let axe = axe_source("test")?;
    Some((driver, axe))
}

pub fn start_driver(path: &Path) -> Driver {
    use std::os::unix::process::CommandExt;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
        l.local_addr().expect("addr").port()
    };
    let child = Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .process_group(0)
        .spawn()
        .expect("start chromedriver");
    let driver = Driver { child, port };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    driver
}

pub async fn browser(driver: &Driver) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": find_on_path("chromium").map(|p| p.display().to_string()).unwrap_or_else(|| "/usr/bin/chromium".into()),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1024,900", "--no-first-run", "--no-default-browser-check",
                     "--hide-scrollbars", "--font-render-hinting=none"]
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("WebDriver session")
}

/// A single-threaded runtime for a test's browser session.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

pub fn start_interview(case: &Path, lang: Option<&str>, blank: Option<PathBuf>) -> Running {
    interview::start(Config {
        case: case.to_path_buf(),
        lang: lang.map(str::to_string),
        blank,
        out: case.with_file_name("forms"),
        port: 0,
        idle: Duration::from_secs(900),
        today: chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("date"),
    })
    .expect("interview")
}

/// Clicks something that submits a form and waits for the next page.
pub async fn submit(c: &Client, css: &str) {
    c.execute("window.__before = 1;", vec![])
        .await
        .expect("mark");
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .click()
        .await
        .expect("click");
    wait_new_page(c).await;
}

/// Waits for the page after a submission (`window.__before` set on the page before is gone).
/// Generous: the machine may be shared with other builds.
pub async fn wait_new_page(c: &Client) {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let r = c
            .execute(
                "return (typeof window.__before === 'undefined') && document.readyState === 'complete' && !!document.querySelector('main');",
                vec![],
            )
            .await;
        if matches!(r, Ok(Value::Bool(true))) {
            return;
        }
        if Instant::now() > deadline {
            let text = c
                .execute(
                    "return document.body ? document.body.innerText : '';",
                    vec![],
                )
                .await
                .unwrap_or_default();
            panic!("the next page did not load; the page says: {text}");
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

pub async fn wait_ready(c: &Client) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !matches!(
        c.execute(
            "return document.readyState === 'complete' && !!document.querySelector('main');",
            vec![]
        )
        .await,
        Ok(Value::Bool(true))
    ) {
        assert!(Instant::now() < deadline, "page did not load");
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

/// The page's `data-screen` ("language", "i589/name", "i730-2/count", "review").
pub async fn screen_of(c: &Client) -> String {
    c.find(Locator::Css("main"))
        .await
        .expect("main")
        .attr("data-screen")
        .await
        .expect("attr")
        .unwrap_or_default()
}

/// An attribute of `<html>` (`lang`, `dir`).
pub async fn html_attr(c: &Client, name: &str) -> Option<String> {
    c.find(Locator::Css("html"))
        .await
        .expect("html")
        .attr(name)
        .await
        .expect("attr")
}

/// axe-core on the page: the WCAG 2.0/2.1 A and AA violations, as "rule (impact): targets".
pub async fn axe(c: &Client, source: &str) -> Vec<String> {
    c.execute(source, vec![]).await.expect("inject axe-core");
    let script = r#"const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then(r => done({ passes: r.passes.length, violations: r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 4).join(', ')) }))
  .catch(e => done({ passes: 0, violations: ['axe failed: ' + e] }));"#;
    let r = c.execute_async(script, vec![]).await.expect("axe.run");
    // No passing rule at all would mean axe did not look at the page.
    let passes = r.get("passes").and_then(Value::as_u64).unwrap_or(0);
    assert!(passes > 0, "axe-core checked nothing: {r}");
    r.get("violations")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .expect("axe-core's result")
}

/// Whether the page is wider than the window at `width` px (horizontal scrolling), as
/// "scrollWidth > innerWidth", or None when it fits. The window is put back to 1024 px.
pub async fn overflow_at(c: &Client, width: u32) -> Option<String> {
    c.set_window_size(width, 900).await.expect("size");
    // The widths, and the innermost elements that stick out, to say where.
    let r = c
        .execute(
            r#"const w = window.innerWidth, out = [];
const wide = () => document.documentElement.scrollWidth > w;
const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '');
if (wide()) {
  // The innermost elements without which the page fits.
  for (const e of document.querySelectorAll('main *')) {
    const d = e.style.display; e.style.display = 'none'; const fits = !wide(); e.style.display = d;
    if (fits && ![...e.children].some(k => { const d2 = k.style.display; k.style.display = 'none'; const f2 = !wide(); k.style.display = d2; return f2; }))
      out.push(name(e) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
    if (out.length >= 4) break;
  }
}
return [document.documentElement.scrollWidth, w, out.join('; ')];"#,
            vec![],
        )
        .await
        .expect("widths");
    c.set_window_size(1024, 900).await.expect("size");
    let w: Vec<u64> = r
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default();
    let culprits = r.get(2).and_then(Value::as_str).unwrap_or("");
    match w.as_slice() {
        [scroll, inner] if scroll > inner => Some(format!("{scroll} > {inner}: {culprits}")),
        [_, inner] => {
            assert_eq!(
                *inner,
                u64::from(width),
                "the window is not {width} px wide"
            );
            None
        }
        _ => panic!("widths: {r}"),
    }
}

/// Saves the whole page as `DIR/NAME-WIDTH.png` at each width (the height measured at that
/// width), once the page's fonts have loaded; the window is put back to 1024 px.
pub async fn shoot(c: &Client, dir: &Path, name: &str, widths: &[u32]) {
    std::fs::create_dir_all(dir).expect("screenshot dir");
    let _ = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));",
            vec![],
        )
        .await;
    for &w in widths {
        // The window is taller than the page's viewport (headless Chromium keeps room for its
        // toolbar): the difference is added, or the picture ends before the page does.
        c.set_window_size(w, 900).await.expect("size");
        let inner = c
            .execute("return window.innerHeight;", vec![])
            .await
            .ok()
            .and_then(|v| v.as_u64())
            .unwrap_or(900) as u32;
        let extra = 900u32.saturating_sub(inner);
        let height = page_height(c).await;
        c.set_window_size(w, height + extra).await.expect("size");
        let png = c.screenshot().await.expect("screenshot");
        let file = if w == 320 {
            format!("{name}-320.png")
        } else {
            format!("{name}.png")
        };
        std::fs::write(dir.join(file), png).expect("write png");
    }
    c.set_window_size(1024, 900).await.expect("size");
}

pub async fn page_height(c: &Client) -> u32 {
    c.execute(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight) + 20;",
        vec![],
    )
    .await
    .ok()
    .and_then(|v| v.as_u64())
    .map(|h| h.clamp(400, 16000) as u32)
    .unwrap_or(900)
}

pub fn fixture(name: &str) -> Value {
    let path = common::root().join("fixtures/valid").join(name);
    serde_json::from_slice(&std::fs::read(&path).expect("fixture")).expect("JSON")
}

pub async fn fill_text(c: &Client, id: &str, text: &str) {
    let e = c
        .find(Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("no #{id}: {e}"));
    e.clear().await.expect("clear");
    e.send_keys(text).await.expect("type");
}

pub async fn click(c: &Client, id: &str) {
    c.find(Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("no #{id}: {e}"))
        .click()
        .await
        .expect("click");
}

/// Fills one field's controls with a value from the fixture.
pub async fn fill(c: &Client, field: &flow::Field, v: &Value) {
    let id = format!("f-{}", field.name);
    match (field.widget, v) {
        (Widget::Text | Widget::Textarea | Widget::Narrative, Value::String(s)) => {
            fill_text(c, &id, s).await
        }
        (Widget::Number, Value::Number(n)) => fill_text(c, &id, &n.to_string()).await,
        (Widget::Choices, Value::Array(chosen)) => {
            for (k, o) in field.options.iter().enumerate() {
                let oid = if k == 0 {
                    id.clone()
                } else {
                    format!("{id}-{o}")
                };
                let e = c.find(Locator::Id(&oid)).await.expect("checkbox");
                let want = chosen.iter().any(|v| v.as_str() == Some(o.as_str()));
                if e.is_selected().await.expect("state") != want {
                    e.click().await.expect("click");
                }
            }
        }
        (Widget::Yesno, Value::Bool(b)) => {
            click(c, &if *b { id } else { format!("{id}-false") }).await
        }
        (Widget::Radio, Value::String(s)) => {
            let target = if field.options.first() == Some(s) {
                id
            } else {
                format!("{id}-{s}")
            };
            click(c, &target).await
        }
        (Widget::Select, Value::String(s)) => c
            .find(Locator::Id(&id))
            .await
            .expect("select")
            .select_by_value(s)
            .await
            .expect("select"),
        (Widget::Date, Value::String(s)) => {
            let (y, rest) = s.split_once('-').expect("date");
            let (m, d) = rest.split_once('-').expect("date");
            fill_text(c, &format!("{id}-day"), d.trim_start_matches('0')).await;
            c.find(Locator::Id(&format!("{id}-month")))
                .await
                .expect("month")
                .select_by_value(m.trim_start_matches('0'))
                .await
                .expect("month");
            fill_text(c, &format!("{id}-year"), y).await;
        }
        (Widget::Checkbox, Value::Bool(b)) => {
            let e = c.find(Locator::Id(&id)).await.expect("checkbox");
            if e.is_selected().await.expect("state") != *b {
                e.click().await.expect("click");
            }
        }
        (w, v) => panic!("{}: cannot enter {v} with a {w:?}", field.name),
    }
}

/// The question file and screen of a `data-screen` value ("i589/name", "i730-2/count").
pub fn find_screen<'a>(
    files: &'a [QuestionFile],
    id: &str,
) -> Option<(&'a QuestionFile, &'a Screen)> {
    let (form, screen) = id.split_once('/')?;
    let file = files.iter().find(|f| f.url_name() == form)?;
    Some((file, file.screen(screen)?))
}

/// The value at a question file's path (with its `{slot}`s) in a case.
pub fn at(file: &QuestionFile, path: &str, case: &Value) -> Option<Value> {
    match file.expand(path, case) {
        Place::At(p) => case.pointer(&p).cloned(),
        Place::NoPerson(_) => None,
    }
}

/// Fills a screen's fields (or each item of a list screen) from the fixture.
pub async fn answer_screen(c: &Client, file: &QuestionFile, s: &Screen, fix: &Value, id: &str) {
    if s.list.is_some() {
        // The items the screen is about (its `item_if`: the earlier marriages only).
        let items = file.list_items(s, fix);
        for (_, item) in &items {
            // A list of people: the person's answers come from the person.
            let view = file.item_view(s, item, fix);
            for field in &s.fields {
                // An answer the law implies (a child abroad is not included) is not asked: the
                // page hides the question.
                if field.implied.as_ref().is_some_and(|i| i.holds(&view)) {
                    continue;
                }
                if let Some(v) = view.pointer(&format!("/{}", field.path)) {
                    fill(c, field, v).await;
                }
            }
            submit(c, "button[value=add]").await;
            assert_eq!(screen_of(c).await, id, "adding an item stays on {id}");
        }
    } else {
        for field in &s.fields {
            // A link chosen by an answer (the stepchild's parent): the option that holds the
            // link in the fixture.
            let v = match file.link_choice_of(field) {
                Some(lc) => file.chosen_link(field, lc, fix).map(Value::String),
                // Whether the fixture has it (a mailing address that differs).
                None if field.presence => Some(Value::Bool(at(file, &field.path, fix).is_some())),
                None => at(file, &field.path, fix),
            };
            match v {
                Some(v) => fill(c, field, &v).await,
                None if field.widget == Widget::Checkbox => {
                    fill(c, field, &Value::Bool(false)).await
                }
                None => {}
            }
        }
    }
}

/// How to walk a form's screens.
pub struct Walk<'a> {
    /// The form chosen on the "which forms" page: "i589", "i730", "i485".
    pub form: &'a str,
    /// The language chosen on the first page.
    pub lang: &'a str,
    /// axe-core's source: every screen is checked when given.
    pub axe: Option<&'a str>,
    /// Screenshots of every screen (or only those whose id ends with one of `shoot_only`),
    /// named `LANG-NN-SCREEN`, at these widths.
    pub shots: Option<&'a Path>,
    pub shoot_only: Option<&'a [&'a str]>,
    pub widths: &'a [u32],
    /// Also checks `<html dir>` (rtl for a right-to-left language) and that no screen is wider
    /// than 320 px at 320 px.
    pub check_layout: bool,
    /// Stops after this many screens (the review ends the walk anyway).
    pub max_screens: usize,
}

impl Walk<'_> {
    pub fn new<'a>(form: &'a str, lang: &'a str) -> Walk<'a> {
        Walk {
            form,
            lang,
            axe: None,
            shots: None,
            shoot_only: None,
            widths: &[320],
            check_layout: false,
            max_screens: 200,
        }
    }
}

/// What a walk saw: the screens in order, and the problems found on them ("LANG SCREEN: what").
#[derive(Default)]
pub struct Walked {
    pub screens: Vec<String>,
    pub violations: Vec<String>,
    pub layout: Vec<String>,
}

/// Answers whichever screen appears from the fixture, until the review (or `max_screens`):
/// the language, the welcome, the form on "which forms" (with the last arrival for the I-589),
/// then each screen. The evidence on hand is the whole case's (form-templates/interview), not
/// the form's: left empty.
pub async fn walk(c: &Client, running: &Running, fix: &Value, w: &Walk<'_>) -> Walked {
    let files = flow::load_all().expect("question files");
    let mut out = Walked::default();
    let lang = w.lang;
    c.goto(&running.url).await.expect("open");
    wait_ready(c).await;
    for _ in 0..w.max_screens {
        let screen = screen_of(c).await;
        if let Some(src) = w.axe {
            for v in axe(c, src).await {
                out.violations.push(format!("{lang} {screen}: {v}"));
            }
        }
        if w.check_layout {
            check_layout(c, lang, &screen, &mut out.layout).await;
        }
        if let Some(dir) = w.shots {
            let wanted = w
                .shoot_only
                .is_none_or(|only| only.iter().any(|s| screen.ends_with(s)));
            if wanted {
                let name = format!(
                    "{lang}-{:02}-{}",
                    out.screens.len(),
                    screen.replace('/', "-")
                );
                shoot(c, dir, &name, w.widths).await;
            }
        }
        out.screens.push(screen.clone());
        match screen.as_str() {
            "language" => {
                let id = if lang == "en" {
                    "f-lang".to_string()
                } else {
                    format!("f-lang-{lang}")
                };
                click(c, &id).await;
                submit(c, "button[type=submit]").await;
            }
            "welcome" => submit(c, "button[type=submit]").await,
            "forms" => {
                click(c, &format!("f-{}", w.form)).await;
                if w.form == "i589" {
                    if let Some(Value::String(d)) = fix.pointer("/people/0/us_entries/0/date") {
                        let (y, rest) = d.split_once('-').expect("date");
                        let (m, day) = rest.split_once('-').expect("date");
                        fill_text(c, "f-arrival-day", day.trim_start_matches('0')).await;
                        c.find(Locator::Id("f-arrival-month"))
                            .await
                            .expect("month")
                            .select_by_value(m.trim_start_matches('0'))
                            .await
                            .expect("month");
                        fill_text(c, "f-arrival-year", y).await;
                    }
                }
                submit(c, "button[value=continue]").await;
            }
            "review" => break,
            other => {
                let (file, s) =
                    find_screen(&files, other).unwrap_or_else(|| panic!("unknown screen {other}"));
                if file.form != "evidence" {
                    answer_screen(c, file, s, fix, other).await;
                }
                submit(c, "button[value=continue]").await;
                if screen_of(c).await == other {
                    let text = c
                        .find(Locator::Css("main"))
                        .await
                        .expect("main")
                        .text()
                        .await
                        .unwrap_or_default();
                    panic!("{other} did not accept the fixture's answers:\n{text}");
                }
            }
        }
    }
    out
}

/// `<html lang dir>` as the language wants, and no horizontal scrolling at 320 px.
pub async fn check_layout(c: &Client, lang: &str, screen: &str, problems: &mut Vec<String>) {
    let want_dir = if asylum_forms::interview::i18n::Texts::load()
        .expect("texts")
        .is_rtl(lang)
    {
        "rtl"
    } else {
        "ltr"
    };
    if screen != "language" {
        let l = html_attr(c, "lang").await;
        if l.as_deref() != Some(lang) {
            problems.push(format!("{lang} {screen}: <html lang={l:?}>"));
        }
        let d = html_attr(c, "dir").await;
        if d.as_deref() != Some(want_dir) {
            problems.push(format!(
                "{lang} {screen}: <html dir={d:?}>, want {want_dir}"
            ));
        }
    }
    if let Some(o) = overflow_at(c, 320).await {
        problems.push(format!(
            "{lang} {screen}: wider than the window at 320 px ({o})"
        ));
    }
}
