//! The local server's defences (as Jupyter learned them): a one-time 256-bit launch token
//! exchanged for an HttpOnly SameSite=Strict cookie, the Host header checked against the
//! loopback address (DNS rebinding), state changes accepted only from the page's own origin, and
//! headers that keep the pages out of caches, frames and other sites' reach.

use std::sync::Mutex;

/// The headers every response carries. `Referrer-Policy: same-origin`, not `no-referrer`:
/// with `no-referrer` Chromium sends `Origin: null` on same-origin form posts, and the origin
/// check below would refuse every answer.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
];

pub const COOKIE_NAME: &str = "asylum_forms_session";

/// 32 random bytes as 64 hex digits.
pub fn random_secret() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The session's secrets: the launch token (used once) and the cookie it buys.
pub struct Session {
    pub port: u16,
    launch_token: Mutex<Option<String>>,
    cookie: String,
}

/// What the checks decide for a request.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// 421 Misdirected Request: the Host is not this server's loopback address.
    WrongHost,
    /// 403: no valid session cookie.
    NoSession,
    /// 403: a state-changing request from another origin.
    CrossOrigin,
}

impl Session {
    pub fn new(port: u16) -> Result<Session, getrandom::Error> {
        Ok(Session {
            port,
            launch_token: Mutex::new(Some(random_secret()?)),
            cookie: random_secret()?,
        })
    }

    /// The launch URL, printed on stdout and opened in the browser.
    pub fn launch_url(&self) -> String {
        let token = self
            .launch_token
            .lock()
            .map(|t| t.clone().unwrap_or_default())
            .unwrap_or_default();
        format!("http://127.0.0.1:{}/start?token={token}", self.port)
    }

    /// Trades the launch token for the cookie, once. A second use fails: the token may have been
    /// seen (in a process list, a terminal's scrollback).
    pub fn redeem(&self, token: &str) -> Option<String> {
        let mut slot = self.launch_token.lock().ok()?;
        match slot.as_deref() {
            Some(t) if same_secret(t, token) => {
                *slot = None;
                Some(format!(
                    "{COOKIE_NAME}={}; HttpOnly; SameSite=Strict; Path=/",
                    self.cookie
                ))
            }
            _ => None,
        }
    }

    /// The origins the browser may call this server by.
    fn origins(&self) -> [String; 2] {
        [
            format!("http://127.0.0.1:{}", self.port),
            format!("http://localhost:{}", self.port),
        ]
    }

    /// Host must be this server's loopback address and port (a rebinding attacker's page
    /// reaches us under its own host name).
    pub fn host_ok(&self, host: Option<&str>) -> bool {
        host.is_some_and(|h| {
            h == format!("127.0.0.1:{}", self.port) || h == format!("localhost:{}", self.port)
        })
    }

    /// Whether the request carries the session cookie.
    pub fn has_cookie(&self, cookie_header: Option<&str>) -> bool {
        cookie_header.is_some_and(|h| {
            h.split(';').any(|c| {
                c.trim()
                    .strip_prefix(COOKIE_NAME)
                    .and_then(|rest| rest.strip_prefix('='))
                    .is_some_and(|v| same_secret(v, &self.cookie))
            })
        })
    }

    /// A POST must come from our own pages: `Origin` equal to our origin, or (a browser that
    /// sends no Origin) `Sec-Fetch-Site: same-origin`. Neither header: refused.
    pub fn origin_ok(&self, origin: Option<&str>, fetch_site: Option<&str>) -> bool {
        match origin {
            Some(o) => self.origins().iter().any(|ours| ours == o),
            None => fetch_site == Some("same-origin"),
        }
    }

    /// Every check in order: Host, then (except for the launch URL) the cookie, then for POST
    /// the origin.
    pub fn check(
        &self,
        method_is_post: bool,
        path: &str,
        host: Option<&str>,
        cookie: Option<&str>,
        origin: Option<&str>,
        fetch_site: Option<&str>,
    ) -> Verdict {
        if !self.host_ok(host) {
            return Verdict::WrongHost;
        }
        if path == "/start" {
            return Verdict::Allow;
        }
        if !self.has_cookie(cookie) {
            return Verdict::NoSession;
        }
        if method_is_post && !self.origin_ok(origin, fetch_site) {
            return Verdict::CrossOrigin;
        }
        Verdict::Allow
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_buys_the_cookie_once() {
        let s = Session::new(4000).expect("session");
        let url = s.launch_url();
        let token = url.split("token=").nth(1).expect("token").to_string();
        assert_eq!(token.len(), 64);
        assert!(s.redeem("0000").is_none());
        let cookie = s.redeem(&token).expect("cookie");
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        assert!(s.redeem(&token).is_none(), "a token works once");
        let value = cookie.split(';').next().expect("pair");
        assert!(s.has_cookie(Some(&format!("other=1; {value}"))));
        assert!(!s.has_cookie(Some("asylum_forms_session=1234")));
    }

    #[test]
    fn host_and_origin() {
        let s = Session::new(4000).expect("session");
        assert!(s.host_ok(Some("127.0.0.1:4000")));
        assert!(!s.host_ok(Some("evil.example:4000")));
        assert!(!s.host_ok(None));
        assert!(s.origin_ok(Some("http://127.0.0.1:4000"), None));
        assert!(!s.origin_ok(Some("null"), Some("same-origin")));
        assert!(!s.origin_ok(Some("http://evil.example"), None));
        assert!(s.origin_ok(None, Some("same-origin")));
        assert!(!s.origin_ok(None, Some("cross-site")));
        assert!(!s.origin_ok(None, None));
    }
}
