//! The interview's server over real HTTP, in-process: the launch token and its cookie, the Host
//! check, the origin check on posts, the security headers, saving each answer to the case file,
//! the next screen, and resuming from the file alone.

mod common;

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

/// Issue 18's I-730 Part 1 item 3 and items 15-20: the mailing address is asked only after a
/// Yes to "is it different from where you live" (a No writes nothing, a Yes an address the next
/// screen fills in); the earlier marriages are a list of the marriages that ended, added after
/// the current marriage (which stays first and is not shown there), and where they ended. Both
/// are offered once on the way forward and never hold the interview up.
#[test]
fn i730_mailing_address_and_earlier_marriages_are_asked_when_they_apply() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    c.post("/forms", "i730=true&action=continue");
    let ok = |path: &str, body: &str| {
        let r = c.post(path, body);
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        r.header("Location").map(str::to_string).unwrap_or_default()
    };
    ok(
        "/s/i730-1/relationship",
        "relationship=spouse&action=continue",
    );
    ok(
        "/s/i730-1/address",
        "street=1420+Columbia+Pike&unit=Apt+3C&city=Arlington&state=VA&zip=22204&action=continue",
    );
    let next = ok(
        "/s/i730-1/marriage",
        "date-day=20&date-month=6&date-year=2015&place=Keren%2C+Anseba%2C+Eritrea&action=continue",
    );
    assert_eq!(next, "/s/i730-1/mailing-differs");
    let page = c.get(&next);
    assert!(
        page.body
            .contains("¿Recibe su correo en una dirección distinta de donde vive?"),
        "{}",
        page.body
    );
    assert!(page.body.contains("(Parte 1, punto 3)"), "says why");
    // No: nothing written, and on to the earlier marriages.
    let next = ok("/s/i730-1/mailing-differs", "answer=false&action=continue");
    assert_eq!(next, "/s/i730-1/prior-marriages");
    assert!(read_case(&case)["people"][0]
        .get("mailing_address")
        .is_none());
    // Yes: the address screen comes next and needs the street and city.
    let next = ok("/s/i730-1/mailing-differs", "answer=true&action=continue");
    assert_eq!(next, "/s/i730-1/mailing");
    let r = c.post("/s/i730-1/mailing", "city=Arlington&action=continue");
    assert_eq!(r.status, 400);
    assert!(r.body.contains("href=\"#f-street\""), "{}", r.body);
    let next = ok(
        "/s/i730-1/mailing",
        "street=PO+Box+4411&city=Arlington&state=VA&zip=22204&action=continue",
    );
    assert_eq!(next, "/s/i730-1/prior-marriages");
    let saved = read_case(&case);
    assert_eq!(
        saved["people"][0]["mailing_address"],
        serde_json::json!({"street": "PO Box 4411", "city": "Arlington", "state": "VA", "zip": "22204"})
    );
    assert_eq!(
        c.get("/s/i730-1/mailing-differs")
            .body
            .matches("checked")
            .count(),
        1,
        "the Yes shows chosen"
    );
    // Yes again keeps the address given.
    ok("/s/i730-1/mailing-differs", "answer=true&action=continue");
    assert_eq!(
        read_case(&case)["people"][0]["mailing_address"]["street"],
        "PO Box 4411"
    );
    // The earlier marriages: the current one is not listed there.
    let page = c.get("/s/i730-1/prior-marriages");
    assert!(!page.body.contains("Keren"), "{}", page.body);
    let earlier = "family=Asfaha&given=Kidane&date-day=15&date-month=1&date-year=2009&place=Mendefera%2C+Debub%2C+Eritrea&ended-by=divorce";
    let r = c.post(
        "/s/i730-1/prior-marriages",
        &format!("{earlier}&action=add"),
    );
    assert_eq!(r.status, 400, "an earlier marriage needs the date it ended");
    assert!(r.body.contains("href=\"#f-ended-day\""), "{}", r.body);
    ok(
        "/s/i730-1/prior-marriages",
        &format!("{earlier}&ended-day=10&ended-month=3&ended-year=2012&action=add"),
    );
    let saved = read_case(&case);
    let marriages = &saved["people"][0]["marriages"];
    assert_eq!(
        marriages[0]["place"], "Keren, Anseba, Eritrea",
        "current first"
    );
    assert_eq!(
        marriages[1],
        serde_json::json!({"spouse_name": {"family": "Asfaha", "given": "Kidane"},
            "date": "2009-01-15", "place": "Mendefera, Debub, Eritrea",
            "ended": "2012-03-10", "ended_by": "divorce"})
    );
    let page = c.get("/s/i730-1/prior-marriages");
    assert!(page.body.contains("Asfaha, Kidane") && !page.body.contains("Keren"));
    // Removing it (the list's item 1, the screen's first) keeps the current marriage.
    assert!(
        page.body.contains("name=\"remove\" value=\"1\""),
        "{}",
        page.body
    );
    ok("/s/i730-1/prior-marriages", "remove=1");
    assert_eq!(
        read_case(&case)["people"][0]["marriages"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    ok(
        "/s/i730-1/prior-marriages",
        &format!("{earlier}&ended-day=10&ended-month=3&ended-year=2012&action=add"),
    );
    let next = ok("/s/i730-1/prior-marriages", "action=continue");
    assert_eq!(next, "/s/i730-1/prior-ended");
    let next = ok(
        "/s/i730-1/prior-ended",
        "married-day=15&married-month=1&married-year=2009&place=Mendefera%2C+Debub%2C+Eritrea&action=add",
    );
    assert_eq!(next, "/s/i730-1/prior-ended");
    assert_eq!(
        read_case(&case)["people"][0]["marriage_end_places"],
        serde_json::json!([{"marriage_date": "2009-01-15", "place": "Mendefera, Debub, Eritrea"}])
    );
    // None of them holds the interview up.
    let first = c.get("/next");
    let first = first.header("Location").unwrap_or_default();
    for s in [
        "mailing-differs",
        "mailing",
        "prior-marriages",
        "prior-ended",
    ] {
        assert_ne!(first, format!("/s/i730-1/{s}"));
    }
    // The review: the Yes and the address, the earlier marriage.
    let review = c.get("/review");
    assert!(review.body.contains("PO Box 4411"), "{}", review.body);
    assert!(review.body.contains("Asfaha, Kidane"), "{}", review.body);
    c.stop();
}

/// The relative's mailing address needs a residence first; their earlier marriages are asked
/// for a husband or wife only (a child petitioned for is unmarried).
#[test]
fn i730_relatives_earlier_marriages_are_asked_for_a_spouse_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post("/forms", "i730=true&action=continue");
    let ok = |path: &str, body: &str| {
        let r = c.post(path, body);
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        r.header("Location").map(str::to_string).unwrap_or_default()
    };
    ok(
        "/s/i730-1/relationship",
        "relationship=child&child=born_in_wedlock&action=continue",
    );
    ok(
        "/s/i730-1/relative-address",
        "street=Bole+Woreda+03&city=Addis+Ababa&country=Ethiopia&action=continue",
    );
    // A child: after the entries (relative in the US) or the documents, no earlier marriages.
    ok(
        "/s/i730-1/relative-where",
        "answer=false&location=Addis+Ababa%2C+Ethiopia&consulate=Addis+Ababa&action=continue",
    );
    let next = ok("/s/i730-1/relative-documents", "action=continue");
    assert_eq!(next, "/s/i730-1/relative-mailing-differs");
    let next = ok(
        "/s/i730-1/relative-mailing-differs",
        "answer=true&action=continue",
    );
    assert_eq!(next, "/s/i730-1/relative-mailing");
    let next = ok(
        "/s/i730-1/relative-mailing",
        "care-of=Senait+Woldu&street=PO+Box+1120&city=Addis+Ababa&country=Ethiopia&action=continue",
    );
    assert_eq!(next, "/s/i730-1/late", "no earlier marriages for a child");
    let saved = read_case(&case);
    let child = saved["forms"]["i730"][0]["beneficiary"]
        .as_str()
        .expect("id");
    let person = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == child)
        .cloned()
        .expect("beneficiary");
    assert_eq!(person["mailing_address"]["in_care_of"], "Senait Woldu");
    // A spouse petition: the relative's earlier marriages come after the mailing address.
    ok(
        "/s/i730-1/relationship",
        "relationship=spouse&action=continue",
    );
    let next = ok(
        "/s/i730-1/relative-mailing",
        "care-of=Senait+Woldu&street=PO+Box+1120&city=Addis+Ababa&country=Ethiopia&action=continue",
    );
    assert_eq!(next, "/s/i730-1/relative-prior-marriages");
    let next = ok(
        "/s/i730-1/relative-prior-marriages",
        "family=Asfaha&given=Kidane&date-day=15&date-month=1&date-year=2009&place=Mendefera&ended-day=10&ended-month=3&ended-year=2012&action=continue",
    );
    assert_eq!(next, "/s/i730-1/relative-prior-ended");
    c.stop();
}

/// Issue 18's I-485 Part 1 item 18 and Part 4 items 1-4: the mailing address after a Yes to
/// "different from where you live", the immigrant visa abroad after a Yes to Part 4 item 1;
/// a No writes nothing (the form prints "Yes, this is my mailing address" and "No visa").
#[test]
fn i485_mailing_address_and_immigrant_visa_are_asked_after_a_yes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    c.post("/forms", "i485=true&action=continue");
    let ok = |path: &str, body: &str| {
        let r = c.post(path, body);
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        r.header("Location").map(str::to_string).unwrap_or_default()
    };
    ok(
        "/s/i485-1/address",
        "street=37-12+75th+Street&city=Jackson+Heights&state=NY&zip=11372&since-day=1&since-month=2&since-year=2024&action=continue",
    );
    ok("/s/i485-1/residences", "action=continue");
    ok(
        "/s/i485-1/address-abroad",
        "street=Ward+4&city=Pokhara&country=Nepal&from-day=1&from-month=1&from-year=2010&action=continue",
    );
    let next = ok("/s/i485-1/social-security", "answer=false&action=continue");
    assert_eq!(next, "/s/i485-1/mailing-differs");
    let next = ok("/s/i485-1/mailing-differs", "answer=false&action=continue");
    assert_eq!(next, "/s/i485-1/immigrant-visa");
    let next = ok("/s/i485-1/immigrant-visa", "answer=false&action=continue");
    assert_eq!(next, "/s/i485-1/applied-before");
    let saved = read_case(&case);
    assert!(saved["people"][0].get("mailing_address").is_none());
    assert!(saved["forms"]["i485"][0].get("additional").is_none());
    // Yes to both.
    assert_eq!(
        ok("/s/i485-1/mailing-differs", "answer=true&action=continue"),
        "/s/i485-1/mailing"
    );
    let r = c.post(
        "/s/i485-1/mailing",
        "street=PO+Box+12&city=Queens&action=continue",
    );
    assert_eq!(r.status, 400, "a US mailing address: state and ZIP code");
    assert_eq!(
        ok(
            "/s/i485-1/mailing",
            "street=PO+Box+12&city=Queens&state=NY&zip=11372&action=continue"
        ),
        "/s/i485-1/immigrant-visa"
    );
    assert_eq!(
        ok("/s/i485-1/immigrant-visa", "answer=true&action=continue"),
        "/s/i485-1/immigrant-visa-details"
    );
    assert_eq!(
        ok(
            "/s/i485-1/immigrant-visa-details",
            "city=Amman&country=Jordan&decision=refused&date-day=2&date-month=4&date-year=2019&action=continue"
        ),
        "/s/i485-1/applied-before"
    );
    let saved = read_case(&case);
    assert_eq!(saved["people"][0]["mailing_address"]["zip"], "11372");
    assert_eq!(
        saved["forms"]["i485"][0]["additional"]["immigrant_visa"],
        serde_json::json!({"city": "Amman", "country": "Jordan", "decision": "refused", "date": "2019-04-02"})
    );
    // Changing the answer to No removes what the Yes had.
    ok("/s/i485-1/immigrant-visa", "answer=false&action=continue");
    assert!(read_case(&case)["forms"]["i485"][0]
        .pointer("/additional/immigrant_visa")
        .is_none());
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
    // The English terms of the frivolous-application warning are isolated with their brackets:
    // a line break inside a term leaves each half reading left to right with its own bracket.
    for term in ["frivolous application", "Immigration and Nationality Act"] {
        assert!(
            welcome
                .body
                .contains(&format!("<bdi lang=\"en\" dir=\"ltr\">({term})</bdi>")),
            "{term}: {}",
            welcome.body
        );
    }
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
        "sex=female&date-day=2&date-month=3&date-year=2012&country=Honduras&nationality=Honduras&marital=single&anumber=A123456789&action=continue",
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

/// I-589 Part A.II item 21 asks "If in the U.S., is this child to be included in this
/// application?" (8 CFR 208.3(a)): a child abroad is not asked (the page hides the question
/// while "No" is checked for "in the United States", with no script), "No" is written, and the
/// list and the review say why; "Yes" for a child abroad is refused with the same reason; a child
/// in the US is still asked.
#[test]
fn a_child_abroad_is_not_asked_include_and_the_review_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    c.post(
        "/forms",
        "i589=true&arrival-day=14&arrival-month=1&arrival-year=2026&action=continue",
    );
    // The page: the question is in a block the stylesheet hides while "No" (not in the US) is
    // checked.
    let page = c.get("/s/i589/children");
    assert!(
        page.body
            .contains("name=\"inus\" value=\"false\" data-implies")
            && page.body.contains("<div class=\"implied\"><fieldset")
            && page.body.contains("name=\"include\""),
        "{}",
        page.body
    );
    let css = c.get("/static/app.css");
    assert!(
        css.body
            .contains("form:has(input[data-implies]:checked) .implied { display: none; }"),
        "{}",
        css.body
    );
    let abroad = "family=Lopez&given=Ana&birth-day=2&birth-month=3&birth-year=2012&country=Honduras&nationality=Honduras&sex=female&marital=single&inus=false&location=Tegucigalpa%2C+Honduras&action=add";
    // "Yes" for a child abroad: refused, with the reason, nothing saved.
    let r = c.post("/s/i589/children", &format!("{abroad}&include=true"));
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("href=\"#f-include\""), "{}", r.body);
    assert!(r.body.contains("8 CFR 208.3(a)"), "{}", r.body);
    assert!(read_case(&case)["forms"]["i589"].get("children").is_none());
    // Not answered: No, as the law implies.
    let r = c.post("/s/i589/children", abroad);
    assert_eq!(r.status, 303, "{}", r.body);
    // A child in the US without the answer: asked.
    let in_us = "family=Lopez&given=Luis&birth-day=9&birth-month=10&birth-year=2015&country=Honduras&nationality=Honduras&sex=male&marital=single&inus=true&entry-place=Hidalgo%2C+TX&entry-date-day=14&entry-date-month=1&entry-date-year=2026&entry-status=EWI&court=now&status=entered_without_inspection&action=add";
    let r = c.post("/s/i589/children", in_us);
    assert_eq!(r.status, 400, "a child in the US is asked");
    assert!(r.body.contains("href=\"#f-include\""), "{}", r.body);
    let r = c.post("/s/i589/children", &format!("{in_us}&include=true"));
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        read_case(&case)["forms"]["i589"]["children"],
        serde_json::json!([{"person": "child-1", "include": false}, {"person": "child-2", "include": true}])
    );
    // The reason, in Spanish, beside the child abroad on the list and on the review; not beside
    // the child in the US.
    let reason = "No incluido: solo se puede incluir en su solicitud a un hijo o una hija que esté en los Estados Unidos";
    for body in [c.get("/s/i589/children").body, c.get("/review").body] {
        assert_eq!(body.matches(reason).count(), 1, "{body}");
        let ana = body.find("Lopez, Ana").expect("Ana");
        let luis = body.find("Lopez, Luis").expect("Luis");
        let note = body.find(reason).expect("reason");
        assert!(ana < note && note < luis, "the reason is Ana's: {body}");
    }
    c.stop();
}

/// A case file written before people were matched across forms: the I-589's spouse and the
/// I-730's beneficiary are two people alike in name and date of birth. The review shows them
/// and joins them with one POST: every link (found through the schema's "Person id") names the
/// first, the second's answers go onto the first, the second goes; a text that only looks like
/// the id (the petition's relationship "spouse") stays. Answers that differ block the join.
#[test]
fn people_entered_twice_are_shown_on_the_review_and_joined_with_one_post() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let start = serde_json::json!({
        "people": [
            {"id": "applicant", "name": {"family": "Haile", "given": "Selam"}, "date_of_birth": "1990-01-01",
             "marriages": [{"spouse": "spouse", "date": "2015-06-20", "place": "Asmara, Eritrea"}]},
            {"id": "relative-0", "name": {"family": "Tekle", "given": "Senait"}, "date_of_birth": "1988-03-03",
             "a_number": "A123456789"},
            {"id": "spouse", "name": {"family": "TEKLE ", "given": "senait"}, "date_of_birth": "1988-03-03",
             "birth_country": "Eritrea"}
        ],
        "forms": {
            "i589": {"applicant": "applicant", "spouse": {"person": "spouse", "include": false}},
            "i730": [{"petitioner": "applicant", "beneficiary": "relative-0", "relationship": "spouse"}]
        }
    });
    std::fs::write(&case, serde_json::to_vec_pretty(&start).expect("JSON")).expect("write");
    let c = Client::open(&case, Some("es"));
    let review = c.get("/review");
    assert!(
        review.body.contains("Personas ingresadas dos veces")
            && review.body.contains("Tekle, Senait, nacido o nacida el 03/03/1988")
            && review.body.contains("como una persona en I-730 #1 y como otra en I-589, las respuestas sobre otra persona"),
        "{}",
        review.body
    );
    assert!(
        review.body.contains("action=\"/join\"")
            && review.body.contains("name=\"keep\" value=\"relative-0\"")
            && review.body.contains("name=\"drop\" value=\"spouse\""),
        "{}",
        review.body
    );
    let r = c.post("/join", "keep=relative-0&drop=spouse");
    assert_eq!(r.status, 303, "{}", r.body);
    let saved = read_case(&case);
    let ids: Vec<&str> = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(ids, ["applicant", "relative-0"]);
    assert_eq!(saved["forms"]["i589"]["spouse"]["person"], "relative-0");
    assert_eq!(saved["people"][0]["marriages"][0]["spouse"], "relative-0");
    assert_eq!(saved["forms"]["i730"][0]["beneficiary"], "relative-0");
    assert_eq!(saved["forms"]["i730"][0]["relationship"], "spouse");
    // Both people's answers, the first's name as it was written.
    assert_eq!(saved["people"][1]["a_number"], "A123456789");
    assert_eq!(saved["people"][1]["birth_country"], "Eritrea");
    assert_eq!(saved["people"][1]["name"]["family"], "Tekle");
    assert!(!c
        .get("/review")
        .body
        .contains("Personas ingresadas dos veces"));
    c.stop();

    // Two A-Numbers: not offered, the difference named; a join posted anyway changes nothing.
    let mut differ = start.clone();
    differ["people"][2]["a_number"] = serde_json::json!("A987654321");
    std::fs::write(&case, serde_json::to_vec_pretty(&differ).expect("JSON")).expect("write");
    let c = Client::open(&case, Some("es"));
    let review = c.get("/review");
    assert!(
        review.body.contains("Las dos no se unen")
            && review.body.contains("(“Número de Registro de Extranjero")
            && !review.body.contains("action=\"/join\""),
        "{}",
        review.body
    );
    let r = c.post("/join", "keep=relative-0&drop=spouse");
    assert_ne!(r.status, 303);
    assert_eq!(read_case(&case), differ);
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

/// The I-730 Part 2 items 12-14 of a spouse petition: the relative's current marriage is the one
/// to the petitioner, asked once in Part 1 (items 12-14). Saved, it is written onto the relative
/// too (the spouse is the petitioner, the same date and place), first in their marriages, and
/// never shown again among their earlier marriages; an answer changed from the review changes
/// both sides.
#[test]
fn i730_a_spouse_petitions_marriage_is_asked_once_and_written_onto_both_spouses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    c.post("/forms", "i730=true&action=continue");
    let ok = |path: &str, body: &str| {
        let r = c.post(path, body);
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        r.header("Location").map(str::to_string).unwrap_or_default()
    };
    ok(
        "/s/i730-1/relationship",
        "relationship=spouse&action=continue",
    );
    ok(
        "/s/i730-1/relative-name",
        "family=Woldu&given=Senait&middle=Berhe&action=continue",
    );
    ok(
        "/s/i730-1/marriage",
        "date-day=20&date-month=6&date-year=2015&place=Keren%2C+Anseba%2C+Eritrea&action=continue",
    );
    let relative = |saved: &serde_json::Value| {
        let id = saved["forms"]["i730"][0]["beneficiary"].clone();
        saved["people"]
            .as_array()
            .expect("people")
            .iter()
            .find(|p| p["id"] == id)
            .cloned()
            .expect("the relative")
    };
    let saved = read_case(&case);
    assert_eq!(
        saved["people"][0]["marriages"][0]["spouse"], saved["forms"]["i730"][0]["beneficiary"],
        "the petitioner's marriage is to the relative"
    );
    let current = serde_json::json!({"spouse": "applicant", "date": "2015-06-20",
        "place": "Keren, Anseba, Eritrea"});
    let person = relative(&saved);
    assert_eq!(person["name"]["family"], "Woldu");
    assert_eq!(person["marriages"], serde_json::json!([current]));
    // The relative's earlier marriages: the current one is not among them, and stays first.
    let page = c.get("/s/i730-1/relative-prior-marriages");
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("Keren"), "{}", page.body);
    ok(
        "/s/i730-1/relative-prior-marriages",
        "family=Asfaha&given=Kidane&date-day=15&date-month=1&date-year=2009&place=Mendefera&ended-day=10&ended-month=3&ended-year=2012&ended-by=divorce&action=add",
    );
    let marriages = relative(&read_case(&case))["marriages"].clone();
    assert_eq!(marriages[0], current);
    assert_eq!(marriages[1]["spouse_name"]["family"], "Asfaha");
    assert_eq!(marriages.as_array().map(Vec::len), Some(2));
    // Changed from the review: both sides, the earlier marriage kept.
    let next = ok(
        "/s/i730-1/marriage",
        "date-day=21&date-month=6&date-year=2015&place=Asmara%2C+Maekel%2C+Eritrea&return=review&action=continue",
    );
    assert_eq!(next, "/review");
    let saved = read_case(&case);
    let marriages = relative(&saved)["marriages"].clone();
    assert_eq!(
        marriages[0],
        serde_json::json!({"spouse": "applicant", "date": "2015-06-21",
            "place": "Asmara, Maekel, Eritrea"})
    );
    assert_eq!(marriages.as_array().map(Vec::len), Some(2));
    assert_eq!(
        saved["people"][0]["marriages"].as_array().map(Vec::len),
        Some(1),
        "the petitioner's side unchanged in shape"
    );
    c.stop();
}

/// The case made through the interview prints the I-730 Part 2 items 12-14: the fixture of a
/// spouse petition without the relative's side of the marriage, and the petitioner's marriage
/// without its date and place; answered on the marriage screen (in Spanish), the case file is
/// the fixture again (the relative's current marriage first), and the filled I-730 read back
/// names the petitioner as the relative's spouse, with the date and place.
#[test]
fn i730_a_spouse_petition_made_through_the_interview_prints_the_relatives_current_marriage() {
    let Some(blanks) = common::blanks_or_skip() else {
        return;
    };
    let fixture: serde_json::Value = serde_json::from_slice(
        &std::fs::read(common::root().join("fixtures/valid/i730-asylee-spouse-stepchild.json"))
            .expect("fixture"),
    )
    .expect("JSON");
    assert_eq!(fixture["people"][1]["id"], "spouse");
    assert!(fixture["people"][1]["marriages"][0]["ended"].is_string());
    let mut start = fixture.clone();
    let asked = start["people"][0]["marriages"][0]
        .as_object_mut()
        .expect("marriage");
    asked.remove("date");
    asked.remove("place");
    start["people"][1]["marriages"]
        .as_array_mut()
        .expect("marriages")
        .truncate(1);
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    std::fs::write(&case, serde_json::to_vec_pretty(&start).expect("JSON")).expect("write");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    let r = c.post(
        "/s/i730-1/marriage",
        "date-day=20&date-month=6&date-year=2015&place=Keren%2C+Anseba%2C+Eritrea&action=continue",
    );
    assert_eq!(r.status, 303, "{}", r.body);
    c.stop();
    let mut saved = read_case(&case);
    saved["people"][1]["marriages"]
        .as_array_mut()
        .expect("marriages")
        .reverse();
    assert_eq!(saved, fixture, "the case is the fixture again");

    // The filled I-730 of the spouse petition, read back.
    use asylum_forms::forms::{render, Form};
    let saved = std::fs::read(&case).expect("case");
    let schemas = asylum_forms::schema::SchemaSet::load().expect("schemas");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let out = asylum_forms::validate::check_bytes_with_json(&saved, &schemas, today);
    assert!(!out.has_errors(), "{:?}", out.findings);
    let blank = render::load_blank(
        Form::I730,
        &std::fs::read(blanks.join("i-730.pdf")).expect("blank"),
    )
    .expect("blank loads");
    let opts = asylum_forms::pdf::FillOptions {
        fallback_fonts: asylum_forms::app::packet::load_fonts(None).expect("the built-in fonts"),
        ..Default::default()
    };
    let rendered =
        render::render_case(out.validated().expect("case"), &[blank], &opts).expect("render");
    let spouse_petition = rendered
        .iter()
        .find(|r| r.form == Form::I730)
        .expect("an I-730");
    let doc = lopdf::Document::load_mem(&spouse_petition.bytes).expect("PDF");
    let fields = common::field_map(&doc);
    let value = |name: &str| -> Option<String> {
        let (id, _) = fields.get(&format!("F[0].{name}"))?;
        doc.get_dictionary(*id)
            .ok()?
            .get(b"V")
            .and_then(lopdf::Object::as_str)
            .ok()
            .map(common::decode)
    };
    for (field, want) in [
        ("#subform[3].Part2_Line12_FamilyName[0]", "Haile"),
        ("#subform[3].Part2_Line12_GivenName[0]", "Tesfay"),
        ("#subform[3].Part2_Line12_MiddleName[0]", "Gebremedhin"),
        (
            "#subform[3].Part2_Line13_DateofPresentMarriage[0]",
            "06/20/2015",
        ),
        ("#subform[3].Part2_Line14_CityTown[0]", "Keren"),
        ("#subform[3].Part2_Line14_StateorProvince[0]", "Anseba"),
        ("#subform[4].Part2_Line14_Country[0]", "Eritrea"),
        // The relative's earlier marriage stays in items 15-16.
        ("#subform[4].Part2_Line15_FamilyName[0]", "Asfaha"),
    ] {
        assert_eq!(value(field).as_deref(), Some(want), "{field}");
    }
}

/// A case with both an I-730 and an I-485: the I-730 starts the applicant's marriages (the
/// current one, the earlier ones by name), so the I-485's marriages screen is answered and not
/// shown on the way; the I-485's prior-spouse questions (Part 6 items 11-14: birth, country of
/// birth, nationality, which the I-730 does not ask) come after the marital status instead, the
/// name shown as the I-730 took it, and the prior spouse becomes a person of the case with that
/// name. The I-485's field values then hold both spouses.
#[test]
fn i485_asks_the_prior_spouse_when_the_i730_started_the_marriages() {
    use asylum_forms::forms::{templates, values, Form};
    use asylum_forms::interview::flow;
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");
    let c = Client::open(&case, Some("es"));
    c.post("/welcome", "");
    c.post("/forms", "i730=true&i485=true&action=continue");
    let ok = |path: &str, body: &str| {
        let r = c.post(path, body);
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        r.header("Location").map(str::to_string).unwrap_or_default()
    };
    ok(
        "/s/i730-1/relationship",
        "relationship=spouse&action=continue",
    );
    ok(
        "/s/i730-1/relative-name",
        "family=Woldu&given=Senait&action=continue",
    );
    ok(
        "/s/i730-1/relative-birth",
        "sex=female&date-day=3&date-month=9&date-year=1989&country=Eritrea&nationality=Eritrea&marital=married&action=continue",
    );
    ok(
        "/s/i730-1/marriage",
        "date-day=20&date-month=6&date-year=2015&place=Keren%2C+Eritrea&action=continue",
    );
    let files = flow::load_all().expect("question files");
    let i485 = files
        .iter()
        .find(|f| f.url_name() == "i485-1")
        .expect("i485-1");
    let screen = i485.screen("prior-spouse").expect("prior-spouse screen");
    assert!(
        !i485.shown(screen, &read_case(&case)),
        "no earlier marriage: nothing to ask"
    );
    ok(
        "/s/i730-1/prior-marriages",
        "family=Gebru&given=Almaz&date-day=14&date-month=2&date-year=2010&place=Asmara&ended-day=1&ended-month=5&ended-year=2013&ended-by=divorce&action=add",
    );
    assert!(i485.shown(screen, &read_case(&case)));
    // The I-485: after the marital status, the prior spouse (the marriages list is the I-730's).
    let next = ok("/s/i485-1/marital", "marital=married&action=continue");
    assert_eq!(next, "/s/i485-1/prior-spouse");
    let page = c.get(&next);
    assert!(
        page.body.contains("value=\"Gebru\"") && page.body.contains("value=\"Almaz\""),
        "the name as the I-730 took it: {}",
        page.body
    );
    assert!(page.body.contains("Sobre su esposo o esposa anterior"));
    let r = c.post(
        "/s/i485-1/prior-spouse",
        "family=Gebru&given=Almaz&country=Eritrea&nationality=Eritrea&action=continue",
    );
    assert_eq!(r.status, 400, "the date of birth is needed");
    let next = ok(
        "/s/i485-1/prior-spouse",
        "family=Gebru&given=Almaz&birth-day=1&birth-month=2&birth-year=1988&country=Eritrea&nationality=Eritrea&action=continue",
    );
    assert_eq!(next, "/s/i485-1/spouse-more");
    let saved = read_case(&case);
    let prior = &saved["people"][0]["marriages"][1];
    assert_eq!(prior["spouse"], "prior-spouse");
    assert_eq!(prior["ended"], "2013-05-01");
    let person = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == "prior-spouse")
        .cloned()
        .expect("the prior spouse, a person");
    assert_eq!(
        person,
        serde_json::json!({"id": "prior-spouse", "name": {"family": "Gebru", "given": "Almaz"},
            "date_of_birth": "1988-02-01", "birth_country": "Eritrea", "nationality": "Eritrea"})
    );
    // The I-485's Part 6 from this case: the current spouse (the I-730's relative) and the
    // prior one.
    let rows = templates::map(Form::I485, templates::newest(Form::I485).expect("edition"))
        .expect("field map");
    let got = values::evaluate(&rows, &saved, &saved["forms"]["i485"][0]);
    let value = |field: &str| {
        got.iter()
            .find(|(f, _)| f == &format!("form1[0].{field}"))
            .map(|(_, v)| v.clone())
    };
    for (field, want) in [
        ("#subform[9].Pt6Line4_FamilyName[0]", "Woldu"),
        ("#subform[10].Pt6Line12_FamilyName[0]", "Gebru"),
        ("#subform[10].Pt6Line12_GivenName[0]", "Almaz"),
        ("#subform[10].Pt5Line8_DateofBirth[3]", "02/01/1988"),
        ("#subform[10].Pt6Line14_Country[0]", "Eritrea"),
        ("#subform[10].Pt6Line15_Country[0]", "Eritrea"),
        ("#subform[10].Pt6Line16_DateofBirth[1]", "05/01/2013"),
    ] {
        assert_eq!(
            value(field),
            Some(values::FieldValue::Text(want.to_string())),
            "{field}"
        );
    }
    c.stop();
}

/// One I-485 for each family member who applies: the refugee fixture's mother, her child
/// "also applying" (Part 7). Started from her finished I-485, the interview goes on to a second
/// I-485 for the child: its applicant is the child already in the case (no one entered twice),
/// the screens about the child that are answered (the name) are not asked again, the label
/// above each screen names whose application it is, and the child's answers are saved on the
/// child. The principal and parents named there are the mother and father the case has (joined).
/// With no one else applying, no second I-485 is offered.
#[test]
fn a_child_also_applying_gets_the_next_i485_linked_to_the_child() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(root.join("fixtures/valid/i485-refugee.json")).expect("fixture");
    let mut start_case: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
    // The case as the mother's I-485 left it: the child as its children screen entered them.
    start_case["forms"]["i485"]
        .as_array_mut()
        .expect("list")
        .truncate(1);
    // The one answer the fixture leaves out (not printed): no Form I-602 waiver.
    start_case["forms"]["i485"][0]["inadmissibility_waiver_filed"] = serde_json::json!(false);
    let people = start_case["people"].as_array_mut().expect("people");
    let child = people
        .iter_mut()
        .find(|p| p["id"] == "child-1")
        .expect("child-1");
    *child = serde_json::json!({
        "id": "child-1",
        "name": { "family": "Khant", "given": "Saw Min" },
        "a_number": "A220123457",
        "date_of_birth": "2014-05-10",
        "birth_country": "Thailand",
        "nationality": "Myanmar",
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let case = dir.path().join("case.json");

    // Nobody else applying: no second I-485.
    let mut alone = start_case.clone();
    alone["forms"]["i485"][0]["children"][0]["applying"] = serde_json::json!(false);
    std::fs::write(&case, serde_json::to_string(&alone).expect("json")).expect("write");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    for _ in 0..12 {
        let next = c.get("/next");
        let next = next.header("Location").unwrap_or_default();
        assert!(!next.contains("i485-2"), "{next}");
        if !next.starts_with("/s/i485-1/") {
            break;
        }
        c.post(next, "action=continue");
    }
    c.stop();

    std::fs::write(&case, serde_json::to_string(&start_case).expect("json")).expect("write");
    let c = Client::open(&case, Some("en"));
    c.post("/welcome", "");
    // The lists the fixture leaves out when empty (no trips, no other names): "none" each.
    for _ in 0..12 {
        let next = c.get("/next");
        let Some(path) = next
            .header("Location")
            .filter(|p| p.starts_with("/s/i485-1/"))
        else {
            break;
        };
        let r = c.post(path, "action=continue");
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        assert_ne!(r.header("Location"), Some(path), "{path} wants an answer");
    }
    assert_eq!(
        c.get("/next").header("Location"),
        Some("/s/i485-2/category")
    );
    let page = c.get("/s/i485-2/category");
    assert!(
        page.body
            .contains("Form I-485 number 2: the application of Saw Min Khant"),
        "{}",
        page.body
    );
    let ok = |path: &str, body: &str| {
        let r = c.post(path, body);
        assert_eq!(r.status, 303, "{path}: {}", r.body);
        r.header("Location").map(str::to_string).unwrap_or_default()
    };
    let next = ok(
        "/s/i485-2/category",
        "category=refugee&granted-day=20&granted-month=8&granted-year=2025&action=continue",
    );
    assert_eq!(next, "/s/i485-2/principal");
    let saved = read_case(&case);
    assert_eq!(saved["forms"]["i485"][1]["applicant"], "child-1");
    assert_eq!(saved["forms"]["i485"][1]["category"], "refugee");
    assert_eq!(saved["forms"]["i485"][0]["applicant"], "applicant");
    // The child's principal: the mother, named with her names and birth date, is the person
    // the case has.
    ok(
        "/s/i485-2/principal",
        "family=Paw&given=Naw+Htoo&birth-day=2&birth-month=11&birth-year=1986&anumber=A220123456&country=Myanmar&nationality=Myanmar&action=continue",
    );
    ok("/s/i485-2/court", "answer=false&action=continue");
    ok("/s/i485-2/waiver", "answer=false&action=continue");
    ok(
        "/s/i485-2/filing",
        "date-day=1&date-month=9&date-year=2026&status=filed&action=continue",
    );
    // The trips list, then Part 1: the name is the child's already, so it is not asked.
    let next = ok("/s/i485-2/trips", "action=continue");
    assert_eq!(next, "/s/i485-2/other-names");
    ok("/s/i485-2/other-names", "action=continue");
    // The birth screen shows what the case has and asks the rest.
    let page = c.get("/s/i485-2/birth");
    assert!(page.body.contains("Thailand"), "prefilled: {}", page.body);
    ok(
        "/s/i485-2/birth",
        "sex=male&date-day=10&date-month=5&date-year=2014&city=Mae+La+Camp&country=Thailand&nationality=Myanmar&action=continue",
    );
    // The child's parents: the mother and father the case has (joined, not entered twice).
    ok(
        "/s/i485-2/father",
        "family=Htoo&given=Saw+Eh&birth-day=14&birth-month=2&birth-year=1983&country=Myanmar&nationality=Myanmar&action=continue",
    );
    ok(
        "/s/i485-2/mother",
        "family=Paw&given=Naw+Htoo&birth-day=2&birth-month=11&birth-year=1986&country=Myanmar&nationality=Myanmar&action=continue",
    );
    let saved = read_case(&case);
    let i485 = &saved["forms"]["i485"][1];
    assert_eq!(i485["applicant"], "child-1");
    assert_eq!(i485["principal"], "applicant");
    assert_eq!(i485["filing"]["date"], "2026-09-01");
    let child = saved["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["id"] == "child-1")
        .cloned()
        .expect("child-1");
    assert_eq!(child["sex"], "male");
    assert_eq!(child["birth_city"], "Mae La Camp");
    assert_eq!(child["a_number"], "A220123457", "kept");
    assert_eq!(child["mother"], "applicant");
    assert_eq!(child["father"], "spouse");
    assert_eq!(people_named(&saved, "Naw Htoo"), ["applicant"]);
    assert_eq!(people_named(&saved, "Saw Eh"), ["spouse"]);
    assert_eq!(people_named(&saved, "Saw Min"), ["child-1"]);
    // Only one child applies: no third I-485.
    assert!(!c
        .get("/next")
        .header("Location")
        .unwrap_or_default()
        .contains("i485-3"));
    c.stop();
}
