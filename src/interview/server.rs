//! The local HTTP server: one thread, one request at a time (one person, one browser), bound to
//! 127.0.0.1 only. Every request passes the checks of [`super::session`]; nothing is logged
//! (answers are never in a URL, so an access log would not hold them either, but it is not kept).

use super::answers::{self, Posted};
use super::error::{RequestError, StartError};
use super::flow::{self, Place, QuestionFile, Screen};
use super::i18n::Texts;
use super::pages::{self, esc, Frame, Problem};
use super::review;
use super::session::{Session, Verdict, SECURITY_HEADERS};
use crate::app::error::Error as RunError;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How the interview runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub case: PathBuf,
    pub lang: Option<String>,
    pub blank: Option<PathBuf>,
    pub out: PathBuf,
    /// 0: the OS picks a free port.
    pub port: u16,
    /// Stop after this long without a request.
    pub idle: Duration,
    pub today: chrono::NaiveDate,
}

/// What the server knows besides the case file (none of it is needed to resume).
pub struct State {
    pub config: Config,
    pub files: Vec<QuestionFile>,
    pub texts: Texts,
    pub session: Session,
    pub case: Mutex<Value>,
    pub lang: Mutex<Option<String>>,
    pub welcomed: AtomicBool,
    pub stop: AtomicBool,
    /// The files the last "make my forms" wrote (names in the output folder).
    pub made: Mutex<Option<review::Made>>,
}

/// A running interview.
pub struct Running {
    pub url: String,
    pub port: u16,
    pub state: Arc<State>,
    thread: std::thread::JoinHandle<()>,
}

impl Running {
    /// Waits until the interview stops (Finish and close, Save and close, idle time).
    pub fn wait(self) {
        let _ = self.thread.join();
    }

    /// Asks the server to stop and waits for it.
    pub fn stop(self) {
        self.state.stop.store(true, Ordering::SeqCst);
        self.wait();
    }
}

/// Reads (or creates) the case file and starts serving; returns once the port is bound.
pub fn start(config: Config) -> Result<Running, StartError> {
    let case = load_or_create(&config.case)?;
    let files = flow::load_all()?;
    let texts = Texts::load()?;
    if let Some(l) = &config.lang {
        if texts.language(l).is_none() {
            return Err(StartError::NoLanguage {
                tag: l.clone(),
                known: texts.tags(),
            });
        }
    }
    let server =
        tiny_http::Server::http(("127.0.0.1", config.port)).map_err(|e| StartError::Listen {
            port: config.port,
            detail: e.to_string(),
        })?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or(StartError::NoAddress)?;
    let session = Session::new(port)?;
    let url = session.launch_url();
    let state = Arc::new(State {
        lang: Mutex::new(config.lang.clone()),
        config,
        files,
        texts,
        session,
        case: Mutex::new(case),
        welcomed: AtomicBool::new(false),
        stop: AtomicBool::new(false),
        made: Mutex::new(None),
    });
    let st = state.clone();
    let thread = std::thread::spawn(move || serve(server, st));
    Ok(Running {
        url,
        port,
        state,
        thread,
    })
}

fn load_or_create(path: &std::path::Path) -> Result<Value, StartError> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|error| StartError::NotJson {
            path: path.to_path_buf(),
            error,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A case id that names no one (the case file may be named after the person).
            let id = super::session::random_secret()?;
            let case = json!({"case_id": format!("case-{}", &id[..8]), "people": [], "forms": {}});
            save(path, &case)?;
            Ok(case)
        }
        Err(e) => Err(RunError::read(path, e).into()),
    }
}

/// Writes the case through the project's writer: whole or not at all, owner-only.
pub fn save(path: &std::path::Path, case: &Value) -> Result<(), RunError> {
    let mut bytes =
        serde_json::to_vec_pretty(case).map_err(|e| RunError::Internal(e.to_string()))?;
    bytes.push(b'\n');
    crate::app::write::write_private(path, &bytes, true)
}

/// Saves a screen's answers, with what they mean for the rest of the case first: a marriage
/// asked once is the other spouse's too ([`super::mirror`]).
fn save_answers(state: &State, case: &mut Value) -> Result<(), RequestError> {
    super::mirror::apply(&state.files, case).map_err(RequestError::Write)?;
    save(&state.config.case, case).map_err(|e| RequestError::Save(Box::new(e)))
}

fn serve(server: tiny_http::Server, state: Arc<State>) {
    let mut last = Instant::now();
    while !state.stop.load(Ordering::SeqCst) {
        match server.recv_timeout(Duration::from_millis(200)) {
            Ok(Some(req)) => {
                last = Instant::now();
                handle(&state, req);
            }
            Ok(None) => {
                if last.elapsed() >= state.config.idle {
                    break;
                }
            }
            Err(_) => break,
        }
    }
}

/// A response before the security headers are added.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    fn html(status: u16, body: String) -> Reply {
        Reply {
            status,
            content_type: "text/html; charset=utf-8",
            body: body.into_bytes(),
            headers: Vec::new(),
        }
    }

    pub(super) fn redirect(to: &str) -> Reply {
        Reply {
            status: 303,
            content_type: "text/plain; charset=utf-8",
            body: Vec::new(),
            headers: vec![("Location".into(), to.into())],
        }
    }

    fn plain(status: u16, text: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: text.as_bytes().to_vec(),
            headers: Vec::new(),
        }
    }
}

fn header<'a>(req: &'a tiny_http::Request, name: &str) -> Option<&'a str> {
    req.headers()
        .iter()
        .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str())
}

fn handle(state: &State, mut req: tiny_http::Request) {
    let is_post = *req.method() == tiny_http::Method::Post;
    let url = req.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let verdict = state.session.check(
        is_post,
        path,
        header(&req, "Host"),
        header(&req, "Cookie"),
        header(&req, "Origin"),
        header(&req, "Sec-Fetch-Site"),
    );
    let reply = match verdict {
        Verdict::WrongHost => Reply::plain(
            421,
            "Misdirected request: use the address printed by asylum-forms.",
        ),
        Verdict::NoSession => Reply::plain(
            403,
            "Open the address that `asylum-forms interview` printed (it starts a session once).",
        ),
        Verdict::CrossOrigin => Reply::plain(
            403,
            "Refused: this request did not come from the interview's own pages.",
        ),
        Verdict::Allow => match read_body(&mut req, is_post) {
            Ok(body) => route(state, is_post, path, query, &body),
            // A body cut short would read as answers emptied, and emptying an answer removes
            // it from the case: nothing is routed then.
            Err(e) => Reply::plain(e.status(), &format!("The interview could not go on: {e}")),
        },
    };
    let mut response = tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
    let mut add = |k: &str, v: &str| {
        if let Ok(h) = tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()) {
            response.add_header(h);
        }
    };
    add("Content-Type", reply.content_type);
    for (k, v) in SECURITY_HEADERS {
        // A PDF is shown by the browser's viewer, which the page policy would block.
        if *k == "Content-Security-Policy" && reply.content_type == "application/pdf" {
            continue;
        }
        add(k, v);
    }
    for (k, v) in &reply.headers {
        add(k, v);
    }
    let _ = req.respond(response);
}

fn lang(state: &State) -> String {
    state
        .lang
        .lock()
        .ok()
        .and_then(|l| l.clone())
        .unwrap_or_else(|| "en".to_string())
}

/// Narratives can be long; a megabyte is far more than any answer.
pub const MAX_BODY: u64 = 1 << 20;

/// A POST's body, whole: one that cannot be read, or is longer than [`MAX_BODY`], is an error.
fn read_body(req: &mut tiny_http::Request, is_post: bool) -> Result<Vec<u8>, RequestError> {
    let mut body = Vec::new();
    if is_post {
        req.as_reader()
            .take(MAX_BODY + 1)
            .read_to_end(&mut body)
            .map_err(RequestError::Body)?;
        if body.len() as u64 > MAX_BODY {
            return Err(RequestError::TooLarge);
        }
    }
    Ok(body)
}

fn case_snapshot(state: &State) -> Value {
    state.case.lock().map(|c| c.clone()).unwrap_or(Value::Null)
}

/// Routes a request that passed the checks.
pub fn route(state: &State, post: bool, path: &str, query: &str, body: &[u8]) -> Reply {
    let posted = Posted::parse(body);
    let result = match (post, path) {
        (false, "/start") => {
            let token = form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == "token")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            match state.session.redeem(&token) {
                Some(cookie) => {
                    let mut r = Reply::redirect("/");
                    r.headers.push(("Set-Cookie".into(), cookie));
                    Ok(r)
                }
                None => Ok(Reply::plain(
                    403,
                    "This link was already used or is wrong. Start the interview again to get a new one.",
                )),
            }
        }
        (false, "/") | (false, "/next") => Ok(Reply::redirect(&next_url(state))),
        (false, "/static/app.css") => Ok(Reply {
            status: 200,
            content_type: "text/css; charset=utf-8",
            body: pages::css().into_bytes(),
            headers: Vec::new(),
        }),
        (false, p) if p.starts_with("/static/fonts/") => {
            let name = &p["/static/fonts/".len()..];
            Ok(crate::text::fonts::REGULAR
                .iter()
                .chain(std::iter::once(&crate::text::fonts::BOLD))
                .find(|f| f.file == name)
                .map(|f| font(f.file, f.bytes))
                .unwrap_or_else(not_found))
        }
        (false, "/language") => Ok(language_page(state, &[])),
        (true, "/language") => {
            let chosen = posted.text("lang");
            match chosen.filter(|l| state.texts.language(l).is_some()) {
                Some(l) => {
                    if let Ok(mut g) = state.lang.lock() {
                        *g = Some(l);
                    }
                    Ok(Reply::redirect("/next"))
                }
                None => {
                    let p = Problem {
                        field: "lang".into(),
                        target: "f-lang".into(),
                        message: state.texts.get(&lang(state), "error-required"),
                    };
                    Ok(language_page(state, &[p]))
                }
            }
        }
        (false, "/welcome") => Ok(welcome_page(state)),
        (true, "/welcome") => {
            state.welcomed.store(true, Ordering::SeqCst);
            Ok(Reply::redirect("/next"))
        }
        (false, "/forms") => Ok(forms_page(state, None, &[])),
        (true, "/forms") => forms_post(state, &posted),
        (false, "/review") => Ok(review::review_page(state)),
        (true, "/make") => Ok(review::make(state)),
        (true, "/join") => review::join(
            state,
            posted.get("keep").unwrap_or_default(),
            posted.get("drop").unwrap_or_default(),
        ),
        (false, "/made") => Ok(review::made_page(state)),
        (true, "/finish") => Ok(closed(state)),
        (false, p) if p.starts_with("/files/") => Ok(review::file(state, &p["/files/".len()..])),
        (m, p) if p.starts_with("/s/") => {
            let rest = &p[3..];
            match rest.split_once('/') {
                Some((form, id)) => screen_route(state, m, form, id, &posted, query),
                None => Ok(not_found()),
            }
        }
        _ => Ok(not_found()),
    };
    result.unwrap_or_else(|e| {
        // The message names a file or a path in the question files, never an answer.
        Reply::plain(e.status(), &format!("The interview could not go on: {e}"))
    })
}

fn font(file: &str, bytes: &'static [u8]) -> Reply {
    Reply {
        status: 200,
        content_type: if file.ends_with(".otf") {
            "font/otf"
        } else {
            "font/ttf"
        },
        body: bytes.to_vec(),
        headers: Vec::new(),
    }
}

fn not_found() -> Reply {
    Reply::plain(404, "Not found.")
}

/// Where the interview goes next: language, welcome, forms, then the first unanswered screen
/// of the question files, then the review.
pub fn next_url(state: &State) -> String {
    if state.lang.lock().map(|l| l.is_none()).unwrap_or(true) {
        return "/language".into();
    }
    if !state.welcomed.load(Ordering::SeqCst) {
        return "/welcome".into();
    }
    let case = case_snapshot(state);
    if !has_forms(&case) {
        return "/forms".into();
    }
    match flow::next_screen(&state.files, &case) {
        Some((i, s)) => format!("/s/{}/{}", state.files[i].url_name(), s.id),
        None => "/review".into(),
    }
}

fn has_forms(case: &Value) -> bool {
    case.get("forms")
        .and_then(Value::as_object)
        .is_some_and(|m| m.values().any(|v| !v.is_null()))
}

/// The frame of a page: heading, banners (deadline, and on the review the state).
pub fn frame<'a>(state: &'a State, lang: &'a str, heading: String, screen: &str) -> Frame<'a> {
    let case = case_snapshot(state);
    let mut banners = Vec::new();
    if let Some(b) = review::deadline_banner(state, &case, lang) {
        banners.push(b);
    }
    Frame {
        texts: &state.texts,
        lang,
        heading,
        banners,
        screen: screen.to_string(),
    }
}

fn language_page(state: &State, problems: &[Problem]) -> Reply {
    let lang = lang(state);
    let f = frame(
        state,
        &lang,
        state.texts.get(&lang, "screen-language"),
        "language",
    );
    let radios: String = state
        .texts
        .tags()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let id = if i == 0 {
                "f-lang".to_string()
            } else {
                format!("f-lang-{t}")
            };
            // Each language's name in itself, marked as that language.
            format!(
                "<div class=\"choice\"><input type=\"radio\" id=\"{id}\" name=\"lang\" value=\"{t}\"><label for=\"{id}\" lang=\"{t}\" dir=\"{}\">{}</label></div>\n",
                state.texts.dir(t),
                esc(&state.texts.get(t, &format!("lang-name-{t}")))
            )
        })
        .collect();
    // Before the choice, the question is asked in every language, each marked as such.
    let others: String = state
        .texts
        .tags()
        .iter()
        .filter(|t| **t != lang)
        .map(|t| {
            format!(
                "<p class=\"lead\" lang=\"{t}\" dir=\"{}\">{}</p>\n",
                state.texts.dir(t),
                esc(&state.texts.get(t, "screen-language"))
            )
        })
        .collect();
    let why: String = state
        .texts
        .tags()
        .iter()
        .map(|t| {
            format!(
                "<p class=\"why\" lang=\"{t}\" dir=\"{}\">{}</p>\n",
                state.texts.dir(t),
                esc(&state.texts.get(t, "screen-language.why"))
            )
        })
        .collect();
    let button: Vec<String> = state
        .texts
        .tags()
        .iter()
        .map(|t| {
            format!(
                "<span lang=\"{t}\" dir=\"{}\">{}</span>",
                state.texts.dir(t),
                esc(&state.texts.get(t, "button-continue"))
            )
        })
        .collect();
    let body = format!(
        "<form method=\"post\" action=\"/language\">\n{}<fieldset class=\"field\"><legend><h1>{}</h1></legend>\n{others}{why}<div class=\"choices\">{radios}</div></fieldset>\n\
         <div class=\"buttons\"><button type=\"submit\">{}</button></div></form>\n",
        pages::error_summary(&f, problems),
        esc(&f.heading),
        button.join(" / ")
    );
    Reply::html(
        if problems.is_empty() { 200 } else { 400 },
        pages::page(&f, &body),
    )
}

fn welcome_page(state: &State) -> Reply {
    let lang = lang(state);
    let f = frame(
        state,
        &lang,
        state.texts.get(&lang, "screen-welcome"),
        "welcome",
    );
    let para = |k: &str| format!("<p>{}</p>\n", esc(&f.t(k)));
    let body = format!(
        "<h1>{}</h1>\n{}{}<div class=\"banner warn\"><p><strong>{}</strong></p></div>\n{}{}\
         <form method=\"post\" action=\"/welcome\"><div class=\"buttons\"><button type=\"submit\">{}</button></div></form>\n",
        esc(&f.heading),
        para("welcome-local"),
        para("welcome-advice"),
        esc(&f.t("welcome-frivolous")),
        para("welcome-truth"),
        para("welcome-stop"),
        esc(&f.t("welcome-continue")),
    );
    Reply::html(200, pages::page(&f, &body))
}

fn i589_file(state: &State) -> Option<&QuestionFile> {
    state.files.iter().find(|f| f.form == "i589")
}

fn forms_page(
    state: &State,
    values: Option<&HashMap<String, String>>,
    problems: &[Problem],
) -> Reply {
    let lang = lang(state);
    let f = frame(
        state,
        &lang,
        state.texts.get(&lang, "screen-forms"),
        "forms",
    );
    let case = case_snapshot(state);
    let has_i589 = case.pointer("/forms/i589").is_some()
        || values.is_some_and(|v| v.get("i589").map(String::as_str) == Some("true"));
    let checked = if has_i589 { " checked" } else { "" };
    // The I-730 and I-485 are lists (one per relative, one per applicant): chosen = the list exists.
    let other_forms: String = ["i730", "i485"]
        .iter()
        .map(|k| {
            let on = case.pointer(&format!("/forms/{k}")).is_some()
                || values.is_some_and(|v| v.get(*k).map(String::as_str) == Some("true"));
            format!(
                "<div class=\"choice\"><input type=\"checkbox\" id=\"f-{k}\" name=\"{k}\" value=\"true\"{}><label for=\"f-{k}\">{}</label></div>\n",
                if on { " checked" } else { "" },
                esc(&f.t(&format!("form-{k}")))
            )
        })
        .collect();
    let mut date_values = HashMap::new();
    if let Some(v) = values {
        date_values = v.clone();
    } else if let Some(q) = i589_file(state) {
        if let Place::At(p) = q.expand("{applicant}/us_entries/0/date", &case) {
            if let Some(d) = case
                .pointer(&p)
                .and_then(Value::as_str)
                .and_then(crate::model::parse_date)
            {
                use chrono::Datelike;
                date_values.insert("arrival-day".into(), d.day().to_string());
                date_values.insert("arrival-month".into(), d.month().to_string());
                date_values.insert("arrival-year".into(), d.year().to_string());
            }
        }
    }
    let arrival = arrival_field();
    let screen = Screen {
        id: "forms".into(),
        part: String::new(),
        show_if: None,
        list: None,
        links: Vec::new(),
        person: None,
        link_choice: None,
        optional: false,
        item_if: None,
        mirror: None,
        fields: vec![arrival.clone()],
    };
    let qf = QuestionFile {
        form: "forms".into(),
        instance: String::new(),
        people: Default::default(),
        repeat_while: None,
        new_instance: None,
        item_person: None,
        item: None,
        screens: Vec::new(),
        not_asked: Default::default(),
    };
    let required = |_: &flow::Field| true;
    let ctx = pages::FieldsCtx {
        frame: &f,
        file: &qf,
        screen: &screen,
        values: &date_values,
        problems,
        required: &required,
    };
    let body = format!(
        "<form method=\"post\" action=\"/forms\">\n{}<h1>{}</h1>\n<p class=\"why\">{}</p>\n\
         <fieldset class=\"field\"><legend>{}</legend>\n\
         <div class=\"choice\"><input type=\"checkbox\" id=\"f-i589\" name=\"i589\" value=\"true\"{checked}><label for=\"f-i589\">{}</label></div>\n\
         {other_forms}</fieldset>\n{}{}</form>\n",
        pages::error_summary(&f, problems),
        esc(&f.heading),
        esc(&f.t("screen-forms.why")),
        esc(&f.t("forms-legend")),
        esc(&f.t("form-i589")),
        pages::field_html(&ctx, &arrival, false),
        pages::buttons(&f, &f.t("button-continue")),
    );
    Reply::html(
        if problems.is_empty() { 200 } else { 400 },
        pages::page(&f, &body),
    )
}

/// The arrival date asked with the choice of forms (its label is `forms-arrival`).
fn arrival_field() -> flow::Field {
    flow::Field {
        name: "arrival".into(),
        path: "{applicant}/us_entries/0/date".into(),
        widget: flow::Widget::Date,
        required: true,
        required_if: None,
        options: Vec::new(),
        item: None,
        english: false,
        width: None,
        private: false,
        original: None,
        omit_false: false,
        presence: false,
        implied: None,
    }
}

fn forms_post(state: &State, posted: &Posted) -> Result<Reply, RequestError> {
    let lang = lang(state);
    let close = posted.get("action") == Some("close");
    let mut problems = Vec::new();
    {
        let mut case = state.case.lock().map_err(|_| RequestError::Locked)?;
        if posted.get("i589") == Some("true") && case.pointer("/forms/i589").is_none() {
            flow::set(&mut case, "/forms/i589", json!({"applicant": "applicant"}))?;
        }
        // An empty list: the first petition / application is asked next (flow.rs, repeated forms).
        for k in ["i730", "i485"] {
            let ptr = format!("/forms/{k}");
            if posted.get(k) == Some("true") && case.pointer(&ptr).is_none() {
                flow::set(&mut case, &ptr, json!([]))?;
            }
        }
        let other_forms =
            case.pointer("/forms/i730").is_some() || case.pointer("/forms/i485").is_some();
        if let Some(q) = i589_file(state) {
            if case.pointer("/forms/i589").is_some() {
                let mut field = arrival_field();
                field.name = "arrival".into();
                match answers::read(&field, posted) {
                    Ok(answers::Answer::Value(v)) => {
                        let p = q.expand_for_write(&field.path, &mut case)?;
                        flow::set(&mut case, &p, v)?;
                    }
                    Ok(_) => {
                        if !close {
                            problems.push(Problem {
                                field: "arrival".into(),
                                target: "f-arrival-day".into(),
                                message: state.texts.get(&lang, "error-required"),
                            });
                        }
                    }
                    Err(k) => problems.push(Problem {
                        field: "arrival".into(),
                        target: "f-arrival-day".into(),
                        message: state.texts.get(&lang, k),
                    }),
                }
            } else if !close && !other_forms {
                problems.push(Problem {
                    field: "i589".into(),
                    target: "f-i589".into(),
                    message: state.texts.get(&lang, "error-required"),
                });
            }
        }
        save(&state.config.case, &case)?;
    }
    if close {
        return Ok(closed(state));
    }
    if !problems.is_empty() {
        return Ok(forms_page(state, Some(&posted.values()), &problems));
    }
    Ok(Reply::redirect("/next"))
}

/// "Saved; you may close this window" — and the server stops.
fn closed(state: &State) -> Reply {
    state.stop.store(true, Ordering::SeqCst);
    let lang = lang(state);
    let f = Frame {
        texts: &state.texts,
        lang: &lang,
        heading: state.texts.get(&lang, "saved-title"),
        banners: Vec::new(),
        screen: "closed".into(),
    };
    let body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        esc(&f.heading),
        esc(&f.t("saved-body"))
    );
    Reply::html(200, pages::page(&f, &body))
}

fn screen_route(
    state: &State,
    post: bool,
    form: &str,
    id: &str,
    posted: &Posted,
    query: &str,
) -> Result<Reply, RequestError> {
    let Some(file) = state.files.iter().find(|f| f.url_name() == form) else {
        return Ok(not_found());
    };
    let Some(screen) = file.screen(id) else {
        return Ok(not_found());
    };
    if !post {
        let case = case_snapshot(state);
        let values = answers::values_from_case(file, screen, &case);
        let from_review = query.split('&').any(|kv| kv == "return=review");
        return Ok(screen_page(state, file, screen, &values, &[], from_review));
    }
    let lang = lang(state);
    let action = posted.get("action").unwrap_or("continue");
    let from_review = posted.get("return") == Some("review");
    let after = || {
        if from_review {
            return Reply::redirect("/review");
        }
        let case = case_snapshot(state);
        match flow::next_after(&state.files, &file.url_name(), &screen.id, &case) {
            Some((i, s)) => Reply::redirect(&format!("/s/{}/{}", state.files[i].url_name(), s.id)),
            None => Reply::redirect("/next"),
        }
    };
    let here = format!(
        "/s/{}/{}{}",
        file.url_name(),
        screen.id,
        if from_review { "?return=review" } else { "" }
    );
    let mut case = state.case.lock().map_err(|_| RequestError::Locked)?;
    if let Some(list) = &screen.list {
        let list_ptr = file.expand_for_write(list, &mut case)?;
        if let Some(i) = posted.get("remove").and_then(|i| i.parse::<usize>().ok()) {
            match &screen.person {
                Some(lp) => flow::remove_person_item(lp, &list_ptr, i, &mut case),
                None => flow::remove(&mut case, &format!("{list_ptr}/{i}")),
            }
            if case.pointer(&list_ptr).is_none() {
                flow::set(&mut case, &list_ptr, json!([]))?;
            }
            save_answers(state, &mut case)?;
            return Ok(Reply::redirect(&here));
        }
        let item = answers::build_item(file, screen, posted, &state.texts, &lang);
        match item {
            Err(problems) => {
                drop(case);
                return Ok(screen_page(
                    state,
                    file,
                    screen,
                    &posted.values(),
                    &problems,
                    from_review,
                ));
            }
            Ok(Some(item)) => match &screen.person {
                Some(lp) => flow::add_person_item(lp, item, &list_ptr, &mut case)?,
                None => {
                    let len = case
                        .pointer(&list_ptr)
                        .and_then(Value::as_array)
                        .map_or(0, Vec::len);
                    let item = screen.item_from_view(item);
                    flow::set(&mut case, &format!("{list_ptr}/{len}"), item)?;
                }
            },
            Ok(None) => {
                if case.pointer(&list_ptr).is_none() {
                    flow::set(&mut case, &list_ptr, json!([]))?;
                }
            }
        }
        save_answers(state, &mut case)?;
        drop(case);
        return Ok(match action {
            "add" => Reply::redirect(&here),
            "close" => closed(state),
            _ => after(),
        });
    }
    let close = action == "close";
    let problems =
        answers::apply_screen(file, screen, &mut case, posted, &state.texts, &lang, !close)?;
    save_answers(state, &mut case)?;
    drop(case);
    if close {
        return Ok(closed(state));
    }
    if !problems.is_empty() {
        return Ok(screen_page(
            state,
            file,
            screen,
            &posted.values(),
            &problems,
            from_review,
        ));
    }
    Ok(after())
}

/// A question screen.
pub fn screen_page(
    state: &State,
    file: &QuestionFile,
    screen: &Screen,
    values: &HashMap<String, String>,
    problems: &[Problem],
    from_review: bool,
) -> Reply {
    let lang = lang(state);
    let key = pages::screen_key(&file.form, screen);
    let f = frame(
        state,
        &lang,
        state.texts.get(&lang, &key),
        &format!("{}/{}", file.url_name(), screen.id),
    );
    let case = case_snapshot(state);
    let required = |fl: &flow::Field| {
        if screen.list.is_some() {
            fl.required || fl.required_if.is_some()
        } else {
            // A group answered together or not at all (the arrival document) is optional
            // until one of it is given.
            file.field_required(fl, &case)
                || (fl.required_if.is_some() && !screen.required_together(fl))
        }
    };
    let ctx = pages::FieldsCtx {
        frame: &f,
        file,
        screen,
        values,
        problems,
        required: &required,
    };
    let action = format!("/s/{}/{}", file.url_name(), screen.id);
    let hidden = if from_review {
        "<input type=\"hidden\" name=\"return\" value=\"review\">\n"
    } else {
        ""
    };
    let mut body = String::new();
    body.push_str(&pages::screen_error_summary(&ctx));
    // A repeated form (one I-730 per relative) says which item this screen is for.
    if let Some((label, key)) = review::item_label(&state.texts, &lang, file, &case) {
        let english = pages::falls_back(&state.texts, &lang, &key);
        body.push_str(&format!(
            "<p class=\"hint item-of\">{}</p>\n",
            pages::mark_english(esc(&label), english)
        ));
    }
    let in_legend = pages::heading_in_legend(screen);
    if !in_legend {
        body.push_str(&format!(
            "<h1>{}</h1>\n",
            pages::mark_english(
                esc(&f.heading),
                pages::falls_back(&state.texts, &lang, &key)
            )
        ));
        let why = format!("{key}.why");
        if state.texts.try_get(&lang, &why, None).is_some() {
            body.push_str(&format!(
                "<p class=\"why\"><strong>{}:</strong> {}</p>\n",
                f.html("why-label"),
                f.html(&why)
            ));
        }
    }
    if screen.list.is_some() {
        // The items this screen is about (`item_if`), each with its index in the list.
        let items = file.list_items(screen, &case);
        if items.is_empty() {
            body.push_str(&format!("<p>{}</p>\n", esc(&f.t("list-empty"))));
        } else {
            body.push_str(&format!(
                "<h2>{}</h2>\n<ul class=\"items\">\n",
                esc(&f.t("list-added"))
            ));
            for (n, (i, item)) in items.iter().enumerate() {
                let view = file.item_view(screen, item, &case);
                let summary = review::item_summary(&state.texts, &lang, file, screen, &view);
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("n", n + 1);
                let label = state.texts.get_args(&lang, "list-item", Some(&args));
                let notes = review::implied_notes(&state.texts, &lang, screen, &view);
                body.push_str(&format!(
                    "<li><span lang=\"en\" dir=\"ltr\">{}</span>{notes}<form method=\"post\" action=\"{action}\">{hidden}<button type=\"submit\" class=\"secondary\" name=\"remove\" value=\"{i}\">{} <span class=\"visually-hidden\">{}</span></button></form></li>\n",
                    esc(&summary),
                    esc(&f.t("button-remove")),
                    esc(&label),
                ));
            }
            body.push_str("</ul>\n");
        }
        body.push_str(&format!(
            "<form method=\"post\" action=\"{action}\" novalidate>\n{hidden}<h2>{}</h2>\n<p class=\"hint\">{}</p>\n{}\
             <div class=\"buttons\"><button type=\"submit\" name=\"action\" value=\"add\">{}</button></div>\n{}</form>\n",
            esc(&f.t("list-add-heading")),
            esc(&f.t("list-none-hint")),
            pages::fields_html(&ctx),
            esc(&f.t("button-add")),
            pages::buttons(&f, &f.t("button-done-list")),
        ));
    } else {
        body.push_str(&format!(
            "<form method=\"post\" action=\"{action}\" novalidate>\n{hidden}{}{}</form>\n",
            pages::fields_html(&ctx),
            pages::buttons(&f, &f.t("button-continue")),
        ));
    }
    Reply::html(
        if problems.is_empty() { 200 } else { 400 },
        pages::page(&f, &body),
    )
}
