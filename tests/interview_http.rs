//! The interview's server over real HTTP, in-process: the launch token and its cookie, the Host
//! check, the origin check on posts, the security headers, saving each answer to the case file,
//! the next screen, and resuming from the file alone.

use asylum_forms::interview::{self, Config, Running};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One request on its own connection (HTTP/1.1, Connection: close).
fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Resp {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let mut req = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if method == "POST" {
        req.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).expect("write");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Resp {
        status,
        headers,
        body: body.to_string(),
    }
}

fn start(case: &Path, lang: Option<&str>) -> Running {
    interview::start(Config {
        case: case.to_path_buf(),
        lang: lang.map(str::to_string),
        blank: None,
        out: case.with_file_name("out"),
        port: 0,
        idle: Duration::from_secs(600),
        today: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("date"),
    })
    .expect("start")
}

/// A started interview with its session cookie.
struct Client {
    running: Option<Running>,
    port: u16,
    cookie: String,
}

impl Client {
    fn open(case: &Path, lang: Option<&str>) -> Client {
        let running = start(case, lang);
        let port = running.port;
        let path = running
            .url
            .strip_prefix(&format!("http://127.0.0.1:{port}"))
            .expect("loopback URL")
            .to_string();
        let r = request(port, "GET", &path, &[("Host", &host(port))], "");
        assert_eq!(r.status, 303);
        let cookie = r
            .header("Set-Cookie")
            .expect("cookie")
            .split(';')
            .next()
            .expect("pair")
            .to_string();
        Client {
            running: Some(running),
            port,
            cookie,
        }
    }

    fn get(&self, path: &str) -> Resp {
        request(
            self.port,
            "GET",
            path,
            &[("Host", &host(self.port)), ("Cookie", &self.cookie)],
            "",
        )
    }

    fn post(&self, path: &str, body: &str) -> Resp {
        request(
            self.port,
            "POST",
            path,
            &[
                ("Host", &host(self.port)),
                ("Cookie", &self.cookie),
                ("Origin", &format!("http://127.0.0.1:{}", self.port)),
            ],
            body,
        )
    }

    fn stop(mut self) {
        if let Some(r) = self.running.take() {
            r.stop();
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop();
        }
    }
}

fn host(port: u16) -> String {
    format!("127.0.0.1:{port}")
}

fn read_case(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("case file")).expect("JSON")
}

#[test]
fn the_launch_token_buys_an_http_only_strict_cookie_once_and_redirects_to_a_clean_url() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let running = start(&case, Some("en"));
    let port = running.port;
    assert!(running
        .url
        .starts_with(&format!("http://127.0.0.1:{port}/start?token=")));
    let token = running.url.split("token=").nth(1).expect("token");
    assert_eq!(token.len(), 64, "256 bits as hex");
    let h = host(port);
    // Without the cookie, nothing is served.
    assert_eq!(
        request(port, "GET", "/next", &[("Host", &h)], "").status,
        403
    );
    assert_eq!(
        request(port, "GET", "/start?token=00", &[("Host", &h)], "").status,
        403
    );
    let path = format!("/start?token={token}");
    let r = request(port, "GET", &path, &[("Host", &h)], "");
    assert_eq!(r.status, 303);
    assert_eq!(r.header("Location"), Some("/"), "the token leaves the URL");
    let cookie = r.header("Set-Cookie").expect("cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    let again = request(port, "GET", &path, &[("Host", &h)], "");
    assert_eq!(again.status, 403, "the token works once");
    // The case file was created, owner-only.
    assert!(case.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&case).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    running.stop();
}

#[test]
fn a_foreign_host_header_gets_421_and_a_foreign_origin_cannot_post() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    let port = c.port;
    let r = request(
        port,
        "GET",
        "/next",
        &[
            ("Host", &format!("attacker.example:{port}")),
            ("Cookie", &c.cookie),
        ],
        "",
    );
    assert_eq!(r.status, 421, "DNS rebinding: another host name is refused");
    let r = request(port, "GET", "/next", &[("Cookie", &c.cookie)], "");
    assert_eq!(r.status, 421, "no Host at all");
    for (origin, site) in [
        (Some("http://attacker.example"), None),
        (Some("null"), None),
        (None, Some("cross-site")),
        (None, None),
    ] {
        let mut headers = vec![("Host", host(port)), ("Cookie", c.cookie.clone())];
        if let Some(o) = origin {
            headers.push(("Origin", o.to_string()));
        }
        if let Some(s) = site {
            headers.push(("Sec-Fetch-Site", s.to_string()));
        }
        let hs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = request(port, "POST", "/forms", &hs, "i589=true");
        assert_eq!(r.status, 403, "origin {origin:?}, fetch site {site:?}");
    }
    assert!(
        read_case(&case).pointer("/forms/i589").is_none(),
        "a refused post changes nothing"
    );
    // Our own origin, or a same-origin fetch without Origin, may post.
    let r = request(
        port,
        "POST",
        "/welcome",
        &[
            ("Host", &host(port)),
            ("Cookie", &c.cookie),
            ("Sec-Fetch-Site", "same-origin"),
        ],
        "",
    );
    assert_eq!(r.status, 303);
    c.stop();
}

#[test]
fn every_response_carries_the_security_headers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("es"));
    for path in ["/welcome", "/static/app.css", "/nowhere"] {
        let r = c.get(path);
        assert_eq!(
            r.header("Content-Security-Policy"),
            Some("default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
            "{path}"
        );
        assert_eq!(r.header("Cache-Control"), Some("no-store"), "{path}");
        assert_eq!(
            r.header("X-Content-Type-Options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(r.header("Referrer-Policy"), Some("same-origin"), "{path}");
    }
    let page = c.get("/welcome");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(page.body.contains("solicitud de asilo frívola"));
    assert!(!page.body.contains("<script"), "no JavaScript");
    let font = c.get("/static/fonts/NotoSans-Regular.ttf");
    assert_eq!(font.status, 200);
    assert_eq!(font.header("Content-Type"), Some("font/ttf"));
    c.stop();
}

#[test]
fn each_answer_is_saved_at_once_and_the_next_screen_is_the_first_unanswered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    assert_eq!(c.get("/next").header("Location"), Some("/welcome"));
    assert_eq!(c.post("/welcome", "").header("Location"), Some("/next"));
    assert_eq!(c.get("/next").header("Location"), Some("/forms"));
    let r = c.post(
        "/forms",
        "i589=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    assert_eq!(r.status, 303);
    let saved = read_case(&case);
    assert_eq!(saved["forms"]["i589"]["applicant"], "applicant");
    assert_eq!(saved["people"][0]["us_entries"][0]["date"], "2026-01-14");
    // The deadline is shown from the arrival date (2027-01-14 is a Thursday).
    let page = c.get("/s/i589/filing");
    assert!(page.body.contains("January 14, 2027"), "{}", page.body);
    assert_eq!(c.get("/next").header("Location"), Some("/s/i589/filing"));
    let r = c.post(
        "/s/i589/filing",
        "date-day=20&date-month=4&date-year=2026&status=intended&action=continue",
    );
    assert_eq!(
        r.header("Location"),
        Some("/s/i589/name"),
        "on to the next screen; answers never go in a URL"
    );
    assert_eq!(
        read_case(&case)["forms"]["i589"]["filing"],
        serde_json::json!({"date": "2026-04-20", "status": "intended"})
    );
    assert_eq!(c.get("/next").header("Location"), Some("/s/i589/name"));
    // A required answer left empty: the error summary links to the field; what was typed is
    // kept.
    let r = c.post("/s/i589/name", "family=&given=Dawit&action=continue");
    assert_eq!(r.status, 400);
    assert!(r.body.contains("class=\"error-summary\""));
    assert!(r.body.contains("href=\"#f-family\""));
    // The link names its question (two empty answers would otherwise read the same).
    assert!(
        r.body
            .contains("<a href=\"#f-family\">Family name (last name): Answer this question.</a>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("aria-invalid=\"true\""));
    assert_eq!(read_case(&case)["people"][0]["name"]["given"], "Dawit");
    // An impossible date is refused with its own message.
    let r = c.post(
        "/s/i589/birth",
        "date-day=31&date-month=2&date-year=1996&action=continue",
    );
    assert_eq!(r.status, 400);
    assert!(r.body.contains("href=\"#f-date-day\""));
    // A list: add an item, then continue; an empty list is an answer ("none").
    let r = c.post(
        "/s/i589/other-names",
        "family=Tesfa&given=Dawit&kind=alias&action=add",
    );
    assert_eq!(r.header("Location"), Some("/s/i589/other-names"));
    assert_eq!(
        read_case(&case)["people"][0]["other_names"][0]["kind"],
        "alias"
    );
    let r = c.post("/s/i589/other-names", "remove=0");
    assert_eq!(r.status, 303);
    assert_eq!(
        read_case(&case)["people"][0]["other_names"],
        serde_json::json!([])
    );
    c.stop();
}

#[test]
fn save_and_close_stops_and_a_new_run_resumes_from_the_file_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    c.post(
        "/s/i589/filing",
        "date-day=20&date-month=4&date-year=2026&status=intended&action=continue",
    );
    let r = c.post("/s/i589/name", "family=Tesfaye&given=&action=close");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Sus respuestas están guardadas"));
    if let Some(running) = c.running.as_ref() {
        assert!(running.state.stop.load(std::sync::atomic::Ordering::SeqCst));
    }
    drop(c);
    assert_eq!(read_case(&case)["people"][0]["name"]["family"], "Tesfaye");
    // A new server on the same file: past the welcome, the first unanswered screen is the name
    // (its given name is still missing), with the saved family name filled in.
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    assert_eq!(c.get("/next").header("Location"), Some("/s/i589/name"));
    let page = c.get("/s/i589/name");
    assert!(page.body.contains("value=\"Tesfaye\""));
    assert!(page.body.contains("¿Cuál es su nombre?"));
    c.stop();
}

#[test]
fn an_existing_file_that_is_not_json_is_refused_not_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    std::fs::write(&case, "{ not json").expect("write");
    let err = interview::start(Config {
        case: case.clone(),
        lang: None,
        blank: None,
        out: dir.path().join("out"),
        port: 0,
        idle: Duration::from_secs(5),
        today: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("date"),
    })
    .err()
    .expect("refused");
    assert!(
        matches!(
            err,
            asylum_forms::interview::error::StartError::NotJson { .. }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("not a JSON case file"), "{err}");
    assert_eq!(std::fs::read_to_string(&case).expect("read"), "{ not json");
}

/// A Yes explained only in the applicant's own words: the review says (in Spanish, with the
/// English details) that the English is missing, and "make my forms" makes the draft but not the
/// official forms.
#[test]
fn a_narrative_without_its_english_blocks_the_official_forms_but_not_the_draft() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let mut fix: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/valid/i589-defensive.json"),
        )
        .expect("fixture"),
    )
    .expect("JSON");
    fix["forms"]["i589"]["part_b"]["past_harm"] = serde_json::json!({
        "answer": true,
        "original": {"language": "es", "text": "La policía me arrestó en agosto de 2025."}
    });
    // The lists the fixture leaves out ("none") are answered by an empty list.
    for list in ["other_names", "documents", "education"] {
        fix["people"][0][list] = serde_json::json!([]);
    }
    for list in ["children", "siblings"] {
        fix["forms"]["i589"][list] = serde_json::json!([]);
    }
    fix["forms"]["i589"]["part_d"]["family_assisted"] = serde_json::json!([]);
    fix["people"][0]["languages"]["other"] = serde_json::json!([]);
    fix["evidence"] = serde_json::json!([]);
    std::fs::write(&case, serde_json::to_vec(&fix).expect("bytes")).expect("write");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    // Every screen is answered: the original counts as the answer.
    assert_eq!(c.get("/next").header("Location"), Some("/review"));
    let review = c.get("/review");
    assert_eq!(review.status, 200);
    assert!(
        review.body.contains("falta la explicación en inglés"),
        "{}",
        review.body
    );
    assert!(review.body.contains("no English translation"));
    assert!(review
        .body
        .contains("La policía me arrestó en agosto de 2025."));
    assert!(review.body.contains("Su caso tiene problemas"));
    let r = c.post("/make", "");
    assert_eq!(r.header("Location"), Some("/made"));
    let made = c.get("/made");
    assert!(
        made.body.contains("porque su caso tiene errores"),
        "{}",
        made.body
    );
    assert!(made.body.contains("draft.pdf"));
    assert!(dir.path().join("out/draft.pdf").is_file());
    assert!(!made.body.contains("i-589.pdf"));
    c.stop();
}

/// A married applicant is asked about the spouse (Part A.II); the spouse is added to `people`
/// once and linked from the I-589, and the marriage recorded on the applicant.
#[test]
fn a_married_applicant_is_asked_about_the_spouse_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    let r = c.post(
        "/s/i589/nationality",
        "nationality=Honduras&ethnic=Mestizo&religion=Catholic&marital=married&action=continue",
    );
    assert_eq!(r.status, 303);
    let r = c.post(
        "/s/i589/spouse",
        "family=Lopez&given=Ana&birth-day=2&birth-month=3&birth-year=1994&country=Honduras&nationality=Honduras&sex=female&married-day=5&married-month=6&married-year=2015&place=Tegucigalpa%2C+Honduras&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    // Next: the spouse's other names and documents (lists, "none" allowed), then where they are.
    assert_eq!(r.header("Location"), Some("/s/i589/spouse-other-names"));
    let r = c.post(
        "/s/i589/spouse-status",
        "inus=true&include=true&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(
        saved["forms"]["i589"]["spouse"],
        serde_json::json!({"person": "spouse", "include": true})
    );
    let people = saved["people"].as_array().expect("people");
    assert_eq!(people.len(), 2, "the applicant and the spouse, each once");
    assert_eq!(people[1]["id"], "spouse");
    assert_eq!(people[1]["name"]["given"], "Ana");
    assert_eq!(people[1]["whereabouts"]["in_us"], true);
    assert_eq!(people[0]["marriages"][0]["date"], "2015-06-05");
    // A single applicant never sees these screens.
    c.post(
        "/s/i589/nationality",
        "nationality=Honduras&ethnic=Mestizo&religion=Catholic&marital=single&action=continue",
    );
    let next = c.get("/next");
    assert_ne!(next.header("Location"), Some("/s/i589/spouse"));
    c.stop();
}

/// Two hours without a request stop the server (here a fraction of a second).
#[test]
fn the_server_stops_by_itself_when_idle() {
    let dir = tempfile::tempdir().expect("tempdir");
    let running = interview::start(Config {
        case: dir.path().join("case.json"),
        lang: None,
        blank: None,
        out: dir.path().join("out"),
        port: 0,
        idle: Duration::from_millis(300),
        today: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("date"),
    })
    .expect("start");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        running.wait();
        let _ = tx.send(());
    });
    assert!(
        rx.recv_timeout(Duration::from_secs(10)).is_ok(),
        "the idle server did not stop"
    );
}

/// The command prints the launch URL as the first line on stdout, and the URL works.
#[test]
fn the_command_prints_the_loopback_url_first() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_asylum-forms"))
        .arg("interview")
        .arg(&case)
        .args(["--no-browser", "--lang", "es"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run");
    let mut first = String::new();
    let stdout = child.stdout.take().expect("stdout");
    std::io::BufReader::new(stdout)
        .read_line(&mut first)
        .expect("read");
    let url = first.trim().to_string();
    let port: u16 = url
        .strip_prefix("http://127.0.0.1:")
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("not a loopback URL: {url}"));
    let path = url
        .strip_prefix(&format!("http://127.0.0.1:{port}"))
        .expect("path");
    let r = request(port, "GET", path, &[("Host", &host(port))], "");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(r.status, 303);
    assert!(r.header("Set-Cookie").is_some());
    assert!(case.is_file(), "the case file is created at once");
}

/// "Make my forms" on a complete case: the draft and checklist files, and the checklist shown
/// in the user's language.
#[test]
fn make_my_forms_shows_the_checklist_in_spanish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let mut fix: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/valid/i589-defensive.json"),
        )
        .expect("fixture"),
    )
    .expect("JSON");
    // These tests' today is 2026-03-01: the filing is still to come.
    fix["forms"]["i589"]["filing"]["status"] = serde_json::json!("intended");
    std::fs::write(&case, serde_json::to_vec(&fix).expect("bytes")).expect("write");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    assert_eq!(c.post("/make", "").header("Location"), Some("/made"));
    let made = c.get("/made");
    assert!(
        made.body.contains("Documentos que debe presentar"),
        "{}",
        made.body
    );
    assert!(made
        .body
        .contains("Declaración personal escrita que apoya la solicitud"));
    assert!(made.body.contains("todavía lo necesita"));
    // The option to type stays whole and left to right; the folder is isolated.
    assert!(
        made.body
            .contains("<code class=\"option\" dir=\"ltr\">--blank</code>"),
        "{}",
        made.body
    );
    assert!(made.body.contains("<bdi dir=\"ltr\">"));
    assert!(made.body.contains("href=\"/files/draft.pdf\""));
    let pdf = c.get("/files/draft.pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("Content-Type"), Some("application/pdf"));
    assert_eq!(
        c.get("/files/..%2Fcase.json").status,
        404,
        "only the files just made"
    );
    c.stop();
}

/// A list of people (issue 18): each child added is a new person of the case (`child-1`,
/// `child-2`) linked from the I-589's `children`, the item keeping its own answer (`include`);
/// a condition inside the item holds (a child abroad needs the location, one in the US the
/// entry); removing a child removes the person nothing else names. Siblings are a list of ids.
#[test]
fn each_child_added_is_a_person_linked_from_the_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    let abroad = "family=Lopez&given=Ana&birth-day=2&birth-month=3&birth-year=2012&country=Honduras&nationality=Honduras&sex=female&marital=single&inus=false&include=false&action=add";
    let r = c.post("/s/i589/children", abroad);
    assert_eq!(r.status, 400, "a child abroad needs the location");
    assert!(r.body.contains("href=\"#f-location\""), "{}", r.body);
    let r = c.post(
        "/s/i589/children",
        &format!("{abroad}&location=Tegucigalpa%2C+Honduras"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let in_us = "family=Lopez&given=Luis&birth-day=9&birth-month=10&birth-year=2015&country=Honduras&nationality=Honduras&sex=male&marital=single&inus=true&include=true&action=add";
    let r = c.post("/s/i589/children", in_us);
    assert_eq!(r.status, 400, "a child in the US needs the entry");
    assert!(r.body.contains("href=\"#f-entry-place\""), "{}", r.body);
    let r = c.post(
        "/s/i589/children",
        &format!("{in_us}&entry-place=Hidalgo%2C+TX&entry-date-day=14&entry-date-month=1&entry-date-year=2026&entry-status=EWI&court=now&status=entered_without_inspection"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(
        saved["forms"]["i589"]["children"],
        serde_json::json!([{"person": "child-1", "include": false}, {"person": "child-2", "include": true}])
    );
    let people = saved["people"].as_array().expect("people");
    let child = |id: &str| people.iter().find(|p| p["id"] == id).cloned();
    let luis = child("child-2").expect("child-2 is a person");
    assert_eq!(luis["name"]["given"], "Luis");
    assert_eq!(luis["us_entries"][0]["place"], "Hidalgo, TX");
    assert_eq!(
        luis["current_status"]["status"],
        "entered_without_inspection"
    );
    assert!(luis.get("include").is_none(), "include is the item's");
    assert_eq!(
        child("child-1").expect("child-1")["whereabouts"]["location"],
        "Tegucigalpa, Honduras"
    );
    // The page and the review list both, by name.
    let page = c.get("/s/i589/children");
    assert!(page.body.contains("Ana") && page.body.contains("Luis"));
    let review = c.get("/review");
    assert!(
        review.body.contains("Lopez, Ana") && review.body.contains("Lopez, Luis"),
        "{}",
        review.body
    );
    // Removing the first child removes the item and the person.
    let r = c.post("/s/i589/children", "remove=0");
    assert_eq!(r.status, 303);
    let saved = read_case(&case);
    assert_eq!(
        saved["forms"]["i589"]["children"],
        serde_json::json!([{"person": "child-2", "include": true}])
    );
    assert!(!saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .any(|p| p["id"] == "child-1"));
    // A new child takes the first free id again.
    let r = c.post(
        "/s/i589/children",
        &format!("{abroad}&location=Tegucigalpa%2C+Honduras"),
    );
    assert_eq!(r.status, 303);
    assert_eq!(
        read_case(&case)["forms"]["i589"]["children"][1]["person"],
        "child-1"
    );
    // Siblings: the list holds the ids themselves.
    let r = c.post(
        "/s/i589/siblings",
        "family=Lopez&given=Marta&birth-day=1&birth-month=1&birth-year=1990&country=Honduras&nationality=Honduras&inus=false&location=Madrid%2C+Spain&action=add",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(
        saved["forms"]["i589"]["siblings"],
        serde_json::json!(["sibling-1"])
    );
    c.stop();
}

/// The I-485 of a derivative (issue 18): the principal's screen is offered after the category,
/// never holds up a principal's application (left empty it writes nothing), and filled in it
/// adds the principal as a person linked from `principal` (Part 2 item 2).
#[test]
fn a_derivative_names_the_principal_and_a_principal_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post("/forms", "i485=true&action=continue");
    let r = c.post(
        "/s/i485-1/category",
        "category=asylee&granted-day=1&granted-month=2&granted-year=2024&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.header("Location"), Some("/s/i485-1/principal"));
    // A principal leaves it empty: nothing is written, and the interview goes on.
    let r = c.post("/s/i485-1/principal", "action=continue");
    assert_eq!(r.header("Location"), Some("/s/i485-1/court"));
    let saved = read_case(&case);
    assert!(saved["forms"]["i485"][0].get("principal").is_none());
    assert_ne!(
        c.get("/next").header("Location"),
        Some("/s/i485-1/principal")
    );
    // A derivative names the principal.
    let r = c.post(
        "/s/i485-1/principal",
        "family=Gurung&given=Ram&birth-day=3&birth-month=4&birth-year=1985&anumber=A987654321&country=Nepal&nationality=Nepal&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(saved["forms"]["i485"][0]["principal"], "principal");
    let principal = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == "principal")
        .cloned()
        .expect("the principal is a person");
    assert_eq!(principal["name"]["given"], "Ram");
    assert_eq!(principal["a_number"], "A987654321");
    c.stop();
}

/// `--lang ar`: a dropped-in language (locales/ar/, partial) is offered on the language page
/// and its pages are right to left; a question it has not translated shows in English, marked
/// as English; answers keep their own direction.
#[test]
fn arabic_pages_are_right_to_left_and_untranslated_texts_are_marked_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, None);
    let lang_page = c.get("/language");
    assert!(
        lang_page.body.contains(
            "value=\"ar\"><label for=\"f-lang-ar\" lang=\"ar\" dir=\"rtl\">العربية</label>"
        ),
        "{}",
        lang_page.body
    );
    let r = c.post("/language", "lang=ar");
    assert_eq!(r.status, 303);
    c.stop();
    let c = Client::open(&case, Some("ar"));
    let welcome = c.get("/welcome");
    assert!(welcome.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(welcome.body.contains("قبل أن تبدأ"), "{}", welcome.body);
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    c.post(
        "/s/i589/filing",
        "date-day=20&date-month=4&date-year=2026&status=intended&action=continue",
    );
    let name = c.get("/s/i589/name");
    assert!(name.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // The question is not translated yet: English, marked so.
    assert!(
        name.body
            .contains("<h1><span lang=\"en\" dir=\"ltr\">What is your name?</span></h1>"),
        "{}",
        name.body
    );
    // The buttons are.
    assert!(name.body.contains("احفظ وتابع"));
    // English answers are left to right; a name in its own script takes its own direction.
    assert!(name
        .body
        .contains("id=\"f-family\" name=\"family\" value=\"\" lang=\"en\" dir=\"ltr\""));
    assert!(name
        .body
        .contains("id=\"f-native\" name=\"native\" value=\"\" dir=\"auto\""));
    // A choice not translated yet: the option itself is marked (an option holds text only).
    c.post("/s/i589/name", "family=Tesfaye&given=Dawit&action=continue");
    let other = c.get("/s/i589/other-names");
    assert!(
        other
            .body
            .contains("<option value=\"maiden\" lang=\"en\" dir=\"ltr\">Maiden name</option>"),
        "{}",
        other.body
    );
    c.stop();
}

fn people_named(saved: &serde_json::Value, given: &str) -> Vec<String> {
    saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .filter(|p| p["name"]["given"] == given)
        .filter_map(|p| p["id"].as_str().map(str::to_string))
        .collect()
}

/// Issue 18: a child of both the I-589 and the I-485 is entered once. Named again in the
/// I-485's children with the same family name, given name and date of birth, the child is the
/// I-589's person, linked from both lists, with the I-485's answers added; a child with the same
/// name and another birth date is someone else; removing the I-485's item keeps the person the
/// I-589 names.
#[test]
fn a_child_of_the_i589_named_again_in_the_i485_is_one_person() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&i485=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    let r = c.post(
        "/s/i589/children",
        "family=Lopez&given=Ana&birth-day=2&birth-month=3&birth-year=2012&country=Honduras&nationality=Honduras&sex=female&marital=single&inus=false&include=false&location=Tegucigalpa%2C+Honduras&action=add",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    // The same child, written a little differently (case, spaces), with her A-Number.
    let r = c.post(
        "/s/i485-1/children",
        "family=LOPEZ&given=+Ana+&birth-day=2&birth-month=3&birth-year=2012&anumber=A123456789&country=Honduras&nationality=Honduras&relationship=biological&applying=false&action=add",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(people_named(&saved, "Ana"), ["child-1"], "one Ana");
    assert_eq!(saved["forms"]["i589"]["children"][0]["person"], "child-1");
    assert_eq!(
        saved["forms"]["i485"][0]["children"][0]["person"],
        "child-1"
    );
    let ana = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == "child-1")
        .cloned()
        .expect("child-1");
    assert_eq!(ana["a_number"], "A123456789", "the I-485's answer added");
    assert_eq!(
        ana["whereabouts"]["location"], "Tegucigalpa, Honduras",
        "the I-589's answers kept"
    );
    // Same name, another birth date: another person (a name alone is never enough).
    let r = c.post(
        "/s/i485-1/children",
        "family=Lopez&given=Ana&birth-day=2&birth-month=3&birth-year=2014&country=Honduras&nationality=Honduras&relationship=biological&applying=false&action=add",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(people_named(&saved, "Ana"), ["child-1", "child-2"]);
    // Removing the I-485's first child keeps the person: the I-589 names her.
    let r = c.post("/s/i485-1/children", "remove=0");
    assert_eq!(r.status, 303);
    let saved = read_case(&case);
    assert_eq!(saved["forms"]["i589"]["children"][0]["person"], "child-1");
    assert_eq!(people_named(&saved, "Ana"), ["child-1", "child-2"]);
    c.stop();
}

/// Issue 18: the spouse is one person. The I-589's spouse is the current marriage's spouse
/// (the I-485's marriages list shows them), and an I-730 spouse petition is for that person;
/// a spouse petition answered after a stepchild's is for the stepchild's parent.
#[test]
fn the_spouse_of_the_i589_is_the_i485_and_i730_spouse() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&i730=true&i485=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    let r = c.post(
        "/s/i589/nationality",
        "nationality=Honduras&ethnic=Mestizo&religion=Catholic&marital=married&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post(
        "/s/i589/spouse",
        "family=Lopez&given=Rosa&birth-day=2&birth-month=3&birth-year=1994&country=Honduras&nationality=Honduras&sex=female&married-day=5&married-month=6&married-year=2015&place=Tegucigalpa%2C+Honduras&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post(
        "/s/i730-1/relationship",
        "relationship=spouse&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(saved["forms"]["i589"]["spouse"]["person"], "spouse");
    let applicant = saved["forms"]["i589"]["applicant"].as_str().expect("id");
    let me = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == applicant)
        .cloned()
        .expect("applicant");
    assert_eq!(me["marriages"][0]["spouse"], "spouse");
    assert_eq!(saved["forms"]["i730"][0]["beneficiary"], "spouse");
    assert_eq!(people_named(&saved, "Rosa"), ["spouse"], "one Rosa");
    // The I-730's questions about the relative show her.
    let page = c.get("/s/i730-1/relative-name");
    assert!(page.body.contains("value=\"Rosa\""), "{}", page.body);
    // The I-485's marriages list has her, linked, as the current marriage.
    let page = c.get("/s/i485-1/marriages");
    assert!(page.body.contains("Rosa"), "{}", page.body);
    c.stop();
}

/// Issue 18: a stepchild's petition answered first names the petitioner's spouse (the child's
/// parent); the spouse's own petition, answered next, is for that person, not a new one.
#[test]
fn a_spouse_petition_after_a_stepchilds_is_for_the_same_spouse() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post("/forms", "i730=true&action=continue");
    let r = c.post(
        "/s/i730-1/relationship",
        "relationship=child&child=stepchild&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post("/s/i730-1/count", "total=2&number=1&action=continue");
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post(
        "/s/i730-1/stepchild",
        "parent=mother&family=Lopez&given=Rosa&birth-day=2&birth-month=3&birth-year=1994&country=Honduras&nationality=Honduras&date-day=5&date-month=6&date-year=2015&place=Tegucigalpa%2C+Honduras&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post(
        "/s/i730-2/relationship",
        "relationship=spouse&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    let parent = saved["forms"]["i730"][0]["beneficiary"]
        .as_str()
        .expect("id");
    let child = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == parent)
        .cloned()
        .expect("beneficiary");
    let rosa = child["mother"].as_str().expect("the stepchild's mother");
    assert_eq!(saved["forms"]["i730"][1]["beneficiary"], rosa);
    assert_eq!(people_named(&saved, "Rosa"), [rosa], "one Rosa");
    c.stop();
}

/// Issue 18: a child the I-589 has, petitioned for in an I-730, is one person once the
/// petition's answers name them (family and given name, date of birth): the petition's
/// beneficiary is the I-589's child, and the I-485's children find that one person.
#[test]
fn an_i730_child_already_in_the_i589_is_one_person() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&i730=true&i485=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    let r = c.post(
        "/s/i589/children",
        "family=Lopez&given=Ana&birth-day=2&birth-month=3&birth-year=2012&country=Honduras&nationality=Honduras&sex=female&marital=single&inus=false&include=false&location=Tegucigalpa%2C+Honduras&action=add",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post(
        "/s/i730-1/relationship",
        "relationship=child&child=born_in_wedlock&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post(
        "/s/i730-1/relative-name",
        "family=Lopez&given=Ana&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let r = c.post(
        "/s/i730-1/relative-birth",
        "sex=female&date-day=2&date-month=3&date-year=2012&country=Honduras&nationality=Honduras&anumber=A123456789&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(saved["forms"]["i730"][0]["beneficiary"], "child-1");
    assert_eq!(people_named(&saved, "Ana"), ["child-1"], "one Ana");
    let r = c.post(
        "/s/i485-1/children",
        "family=Lopez&given=Ana&birth-day=2&birth-month=3&birth-year=2012&country=Honduras&nationality=Honduras&relationship=biological&applying=false&action=add",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    assert_eq!(
        saved["forms"]["i485"][0]["children"][0]["person"],
        "child-1"
    );
    assert_eq!(people_named(&saved, "Ana"), ["child-1"], "still one Ana");
    let ana = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == "child-1")
        .cloned()
        .expect("child-1");
    assert_eq!(ana["a_number"], "A123456789", "the I-730's answer on her");
    c.stop();
}

/// A body over the server's limit was cut at 1 MB and routed: the answers after the cut read
/// as emptied, and emptying an answer removes it from the case. Now it is refused whole.
#[test]
fn an_oversized_post_is_refused_and_the_case_is_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    assert_eq!(c.post("/welcome", "").header("Location"), Some("/next"));
    let r = c.post(
        "/forms",
        "i589=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    assert_eq!(r.status, 303);
    let r = c.post(
        "/s/i589/filing",
        "date-day=20&date-month=4&date-year=2026&status=intended&action=continue",
    );
    assert_eq!(r.status, 303);
    let before = read_case(&case);
    let long = format!(
        "status=intended&action=continue&pad={}&date-day=21&date-month=4&date-year=2026",
        "x".repeat(1 << 20)
    );
    let r = c.post("/s/i589/filing", &long);
    assert_eq!(r.status, 413, "{}", r.body);
    assert!(r.body.contains("nothing was saved"), "{}", r.body);
    assert_eq!(read_case(&case), before, "the case is as it was");
    c.stop();
}
