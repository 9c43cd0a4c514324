//! The interview in a real browser: Debian's chromium, headless, driven through chromedriver
//! (WebDriver, fantoccini). A story test answers every screen from a fixture, as ALKiln does, and
//! checks the case file it wrote equals the fixture; axe-core checks every screen in English and
//! Spanish for WCAG 2.0/2.1 A and AA violations; a keyboard-only pass reaches and works the
//! controls with Tab, arrows, Space and Enter alone.
//!
//! Needs `chromedriver` (or CHROMEDRIVER=path) and axe-core (AXE_CORE_JS=path to axe.min.js, else
//! tests/tools/axe/node_modules/axe-core/axe.min.js, from `npm install --prefix tests/tools/axe
//! axe-core@4`). Without them the tests say so and skip, except under CI=true, where they fail.
//! INTERVIEW_SCREENSHOTS=DIR also saves a PNG of every screen, wide and 320 px wide.

mod common;

use asylum_forms::interview::flow::{self, Place, QuestionFile, Screen, Widget};
use asylum_forms::interview::{self, Config, Running};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// chromedriver in its own process group, killed with everything it started (Chromium too) on
/// drop, also when a test panics.
struct Driver {
    child: Child,
    port: u16,
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

fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

fn skip_or_fail(why: &str) {
    assert!(
        std::env::var("CI").ok().as_deref() != Some("true"),
        "CI needs this: {why}"
    );
    eprintln!("skipped: {why}");
}

/// The tools, or None (the test skips, saying why).
fn tools() -> Option<(PathBuf, String)> {
    let driver = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| find_on_path("chromedriver"));
    let Some(driver) = driver else {
        skip_or_fail("no chromedriver (apt-get install chromium chromium-driver)");
        return None;
    };
    let axe_path = std::env::var_os("AXE_CORE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::root().join("tests/tools/axe/node_modules/axe-core/axe.min.js"));
    let Ok(axe) = std::fs::read_to_string(&axe_path) else {
        skip_or_fail(&format!(
            "no axe-core at {} (npm install --prefix tests/tools/axe axe-core@4)",
            axe_path.display()
        ));
        return None;
    };
    Some((driver, axe))
}

fn start_driver(path: &Path) -> Driver {
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

async fn browser(driver: &Driver) -> Client {
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

fn start_interview(case: &Path, lang: Option<&str>, blank: Option<PathBuf>) -> Running {
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
async fn submit(c: &Client, css: &str) {
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

async fn wait_new_page(c: &Client) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = c
            .execute(
                "return (typeof window.__before === 'undefined') && document.readyState === 'complete';",
                vec![],
            )
            .await;
        if matches!(r, Ok(Value::Bool(true))) {
            return;
        }
        assert!(Instant::now() < deadline, "the next page did not load");
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

async fn screen_of(c: &Client) -> String {
    c.find(Locator::Css("main"))
        .await
        .expect("main")
        .attr("data-screen")
        .await
        .expect("attr")
        .unwrap_or_default()
}

/// axe-core on the page: the WCAG 2.0/2.1 A and AA violations, as "rule: targets".
async fn axe(c: &Client, source: &str) -> Vec<String> {
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

async fn shoot(c: &Client, dir: &Option<PathBuf>, name: &str) {
    let Some(dir) = dir else {
        return;
    };
    std::fs::create_dir_all(dir).expect("screenshot dir");
    // The picture a person sees once the page's fonts have loaded.
    let _ = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));",
            vec![],
        )
        .await;
    // The whole page in one picture: the height measured at the width it is taken at.
    c.set_window_size(1024, 900).await.expect("size");
    let height = page_height(c).await;
    c.set_window_size(1024, height).await.expect("size");
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(dir.join(format!("{name}.png")), png).expect("write png");
    c.set_window_size(320, 900).await.expect("size");
    let narrow = page_height(c).await;
    c.set_window_size(320, narrow).await.expect("size");
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(dir.join(format!("{name}-320.png")), png).expect("write png");
    c.set_window_size(1024, 900).await.expect("size");
}

async fn page_height(c: &Client) -> u32 {
    c.execute(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight) + 20;",
        vec![],
    )
    .await
    .ok()
    .and_then(|v| v.as_u64())
    .map(|h| h.clamp(400, 8000) as u32)
    .unwrap_or(900)
}

fn fixture(name: &str) -> Value {
    let path = common::root().join("fixtures/valid").join(name);
    serde_json::from_slice(&std::fs::read(&path).expect("fixture")).expect("JSON")
}

async fn fill_text(c: &Client, id: &str, text: &str) {
    let e = c
        .find(Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("no #{id}: {e}"));
    e.clear().await.expect("clear");
    e.send_keys(text).await.expect("type");
}

/// Fills one field's controls with a value from the fixture.
async fn fill(c: &Client, field: &flow::Field, v: &Value) {
    let id = format!("f-{}", field.name);
    match (field.widget, v) {
        (Widget::Text | Widget::Textarea | Widget::Narrative, Value::String(s)) => {
            fill_text(c, &id, s).await
        }
        (Widget::Yesno, Value::Bool(b)) => {
            let target = if *b { id } else { format!("{id}-false") };
            c.find(Locator::Id(&target))
                .await
                .expect("radio")
                .click()
                .await
                .expect("click");
        }
        (Widget::Radio, Value::String(s)) => {
            let target = if field.options.first() == Some(s) {
                id
            } else {
                format!("{id}-{s}")
            };
            c.find(Locator::Id(&target))
                .await
                .expect("radio")
                .click()
                .await
                .expect("click");
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

/// The question file and screen of a `data-screen` value.
fn find_screen<'a>(files: &'a [QuestionFile], id: &str) -> Option<(&'a QuestionFile, &'a Screen)> {
    let (form, screen) = id.split_once('/')?;
    let file = files.iter().find(|f| f.form == form)?;
    Some((file, file.screen(screen)?))
}

/// What one run of the story saw.
#[derive(Default)]
struct Story {
    screens: Vec<String>,
    violations: Vec<String>,
    make_millis: Option<u128>,
    made: Vec<String>,
}

/// Answers whichever screen appears from the fixture, until the review; checks each page with
/// axe-core; then makes the forms.
async fn run_story(
    c: &Client,
    running: &Running,
    fix: &Value,
    lang: &str,
    axe_src: &str,
    shots: &Option<PathBuf>,
) -> Story {
    let files = flow::load_all().expect("question files");
    let mut story = Story::default();
    c.goto(&running.url).await.expect("open");
    wait_ready(c).await;
    for _ in 0..120 {
        let screen = screen_of(c).await;
        let html_lang = c
            .find(Locator::Css("html"))
            .await
            .expect("html")
            .attr("lang")
            .await
            .expect("lang");
        if screen != "language" {
            assert_eq!(html_lang.as_deref(), Some(lang), "lang on {screen}");
        }
        for v in axe(c, axe_src).await {
            story.violations.push(format!("{lang} {screen}: {v}"));
        }
        shoot(
            c,
            shots,
            &format!(
                "{lang}-{:02}-{}",
                story.screens.len(),
                screen.replace('/', "-")
            ),
        )
        .await;
        story.screens.push(screen.clone());
        match screen.as_str() {
            "language" => {
                let id = if lang == "en" { "f-lang" } else { "f-lang-es" };
                c.find(Locator::Id(id))
                    .await
                    .expect("lang")
                    .click()
                    .await
                    .expect("click");
                submit(c, "button[type=submit]").await;
            }
            "welcome" => submit(c, "button[type=submit]").await,
            "forms" => {
                c.find(Locator::Id("f-i589"))
                    .await
                    .expect("i589")
                    .click()
                    .await
                    .expect("click");
                let arrival = fix
                    .pointer("/people/0/us_entries/0/date")
                    .cloned()
                    .expect("arrival");
                let f = flow::Field {
                    name: "arrival".into(),
                    path: String::new(),
                    widget: Widget::Date,
                    required: true,
                    required_if: None,
                    options: vec![],
                    item: None,
                    english: false,
                    width: None,
                    private: false,
                    original: None,
                    omit_false: false,
                };
                fill(c, &f, &arrival).await;
                submit(c, "button[value=continue]").await;
            }
            "review" => break,
            other => {
                let (file, s) =
                    find_screen(&files, other).unwrap_or_else(|| panic!("unknown screen {other}"));
                if let Some(list) = &s.list {
                    let items = match file.expand(list, fix) {
                        Place::At(p) => fix.pointer(&p).and_then(Value::as_array).cloned(),
                        Place::NoPerson(_) => None,
                    }
                    .unwrap_or_default();
                    for item in &items {
                        for field in &s.fields {
                            if let Some(v) = item.pointer(&format!("/{}", field.path)) {
                                fill(c, field, v).await;
                            }
                        }
                        submit(c, "button[value=add]").await;
                        assert_eq!(screen_of(c).await, other, "adding an item stays on {other}");
                    }
                } else {
                    for field in &s.fields {
                        let v = match file.expand(&field.path, fix) {
                            Place::At(p) => fix.pointer(&p).cloned(),
                            Place::NoPerson(_) => None,
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
                submit(c, "button[value=continue]").await;
                let now = screen_of(c).await;
                if now == other {
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
    assert_eq!(story.screens.last().map(String::as_str), Some("review"));
    // Make my forms: the time from the click to the page with the files.
    let started = Instant::now();
    submit(c, "form[action='/make'] button").await;
    story.make_millis = Some(started.elapsed().as_millis());
    assert_eq!(screen_of(c).await, "made");
    for v in axe(c, axe_src).await {
        story.violations.push(format!("{lang} made: {v}"));
    }
    shoot(c, shots, &format!("{lang}-{:02}-made", story.screens.len())).await;
    for a in c.find_all(Locator::Css("ul.files a")).await.expect("links") {
        story.made.push(a.text().await.unwrap_or_default());
    }
    story
}

async fn wait_ready(c: &Client) {
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

/// What each fixture has that the interview does not ask, and why. Everything else of `people`
/// and `forms` must come out of the interview equal.
const DEFENSIVE_NOT_ASKED: &[(&str, &str)] = &[
    ("/people/1/sex", "the I-589 does not ask a parent's sex"),
    ("/people/2/sex", "the I-589 does not ask a parent's sex"),
];
const MULTISCRIPT_NOT_ASKED: &[(&str, &str)] = &[
    ("/people/1/sex", "the I-589 does not ask a parent's sex"),
    ("/people/2/sex", "the I-589 does not ask a parent's sex"),
];

/// The people and forms of a case, read through the typed model (so `[]` and a missing list,
/// `false` and a missing flag, compare equal, as they mean the same).
fn typed(v: &Value) -> (Value, Value) {
    let case: asylum_forms::model::CaseFile =
        serde_json::from_value(v.clone()).expect("the case file reads as a case");
    (
        serde_json::to_value(&case.people).expect("people"),
        serde_json::to_value(&case.forms).expect("forms"),
    )
}

fn story_in(fixture_name: &str, lang: &str, not_asked: &[(&str, &str)]) {
    let Some((driver_path, axe_src)) = tools() else {
        return;
    };
    let shots = std::env::var_os("INTERVIEW_SCREENSHOTS").map(PathBuf::from);
    let blank = {
        let b = common::shared().join("uscis-forms");
        b.join("i-589.pdf").is_file().then_some(b)
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let running = start_interview(&case, None, blank.clone());
    let driver = start_driver(&driver_path);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let fix = fixture(fixture_name);
    let story = rt.block_on(async {
        let c = browser(&driver).await;
        let s = run_story(&c, &running, &fix, lang, &axe_src, &shots).await;
        let _ = c.close().await;
        s
    });
    drop(driver);
    running.stop();
    eprintln!(
        "story {fixture_name} {lang}: {} screens ({}), make my forms {} ms, files {:?}",
        story.screens.len(),
        story.screens.join(" "),
        story.make_millis.unwrap_or(0),
        story.made
    );
    assert!(
        story.violations.is_empty(),
        "axe-core: {:#?}",
        story.violations
    );
    // The case file the interview wrote says what the fixture says.
    let written: Value =
        serde_json::from_slice(&std::fs::read(&case).expect("case")).expect("JSON");
    let (people, forms) = typed(&written);
    let mut want = fix.clone();
    for (pointer, why) in not_asked {
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        let removed = want
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .and_then(|o| o.remove(key));
        assert!(
            removed.is_some(),
            "{pointer} ({why}) is not in the fixture any more"
        );
    }
    let (want_people, want_forms) = typed(&want);
    assert_eq!(people, want_people, "people differ");
    assert_eq!(forms, want_forms, "forms differ");
    assert!(
        story.made.iter().any(|n| n == "draft.pdf"),
        "{:?}",
        story.made
    );
    assert!(
        story.made.iter().any(|n| n == "checklist.md"),
        "{:?}",
        story.made
    );
    if blank.is_some() {
        assert!(
            story.made.iter().any(|n| n.starts_with("i-589")),
            "official I-589 made: {:?}",
            story.made
        );
    }
}

#[test]
fn story_in_spanish_answers_every_screen_from_the_defensive_fixture() {
    story_in("i589-defensive.json", "es", DEFENSIVE_NOT_ASKED);
}

#[test]
fn story_in_english_answers_every_screen_from_the_defensive_fixture() {
    story_in("i589-defensive.json", "en", DEFENSIVE_NOT_ASKED);
}

/// Names in Cyrillic, Arabic and Ethiopic scripts, and a father who has died.
#[test]
fn story_in_spanish_answers_every_screen_from_the_multiscript_fixture() {
    story_in("i589-multiscript.json", "es", MULTISCRIPT_NOT_ASKED);
}

/// Keyboard only: Tab reaches each control in order with a visible focus ring; arrows choose a
/// radio button, Space checks a box, Enter submits.
#[test]
fn keyboard_only_from_the_language_to_the_first_question() {
    let Some((driver_path, _)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let running = start_interview(&case, None, None);
    let driver = start_driver(&driver_path);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let c = browser(&driver).await;
        c.goto(&running.url).await.expect("open");
        wait_ready(&c).await;
        assert_eq!(screen_of(&c).await, "language");
        // Skip link first, then the language group; ArrowDown moves the choice to Español.
        tab_to(&c, "a.skip", 1).await;
        tab_to(&c, "input[name=lang]", 1).await;
        key(&c, "\u{E015}").await;
        tab_to(&c, "button[type=submit]", 1).await;
        press_enter(&c).await;
        assert_eq!(screen_of(&c).await, "welcome");
        tab_to(&c, "button[type=submit]", 3).await;
        press_enter(&c).await;
        assert_eq!(screen_of(&c).await, "forms");
        tab_to(&c, "#f-i589", 3).await;
        key(&c, " ").await;
        tab_to(&c, "#f-arrival-day", 3).await; // past the I-730 and I-485 boxes
        key(&c, "14").await;
        tab_to(&c, "#f-arrival-month", 1).await;
        key(&c, "\u{E015}").await; // enero
        tab_to(&c, "#f-arrival-year", 1).await;
        key(&c, "2026").await;
        tab_to(&c, "button[value=continue]", 1).await;
        press_enter(&c).await;
        assert_eq!(screen_of(&c).await, "i589/filing");
        let _ = c.close().await;
    });
    drop(driver);
    running.stop();
    let saved: Value = serde_json::from_slice(&std::fs::read(&case).expect("case")).expect("JSON");
    assert_eq!(saved["people"][0]["us_entries"][0]["date"], "2026-01-14");
}

async fn key(c: &Client, keys: &str) {
    c.active_element()
        .await
        .expect("focus")
        .send_keys(keys)
        .await
        .expect("keys");
}

async fn press_enter(c: &Client) {
    c.execute("window.__before = 1;", vec![])
        .await
        .expect("mark");
    key(c, "\u{E007}").await;
    wait_new_page(c).await;
}

/// Presses Tab until the focus is on `css` (within `max` presses) and checks the focus is
/// visible there.
async fn tab_to(c: &Client, css: &str, max: usize) {
    for _ in 0..max {
        key(c, "\u{E004}").await;
        let here = c
            .execute(
                "return document.activeElement && document.activeElement.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await
            .expect("focus");
        if here == Value::Bool(true) {
            let ring = c
                .execute(
                    "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;",
                    vec![],
                )
                .await
                .expect("style");
            let ring = ring.as_str().unwrap_or("").to_string();
            assert!(
                !ring.starts_with("none") && !ring.ends_with(" 0px"),
                "no visible focus on {css}: {ring}"
            );
            return;
        }
    }
    let at = c
        .execute(
            "return document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : '';",
            vec![],
        )
        .await
        .expect("focus");
    panic!("Tab did not reach {css} in {max} presses; focus is on {at}");
}
