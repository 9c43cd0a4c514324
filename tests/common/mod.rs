//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder with USCIS's blanks and field lists: `ASYLUM_FORMS_SHARED`, else `../shared`.
pub fn shared() -> PathBuf {
    match std::env::var_os("ASYLUM_FORMS_SHARED") {
        Some(p) => PathBuf::from(p),
        None => root().join("../shared"),
    }
}

/// The folder of USCIS's blanks, or None (a test then skips) outside CI when they are absent;
/// in CI their absence is a failure.
pub fn blanks_or_skip() -> Option<PathBuf> {
    let blanks = shared().join("uscis-forms");
    if blanks.join("i-589.pdf").is_file() {
        return Some(blanks);
    }
    skip(&format!("no blanks in {}", blanks.display()));
    None
}

/// A test that cannot run here says so: it prints `SKIPPED: {why}` (cargo shows it with
/// `--nocapture`, and it stands in the captured output of a failure), and under CI (where
/// `.ci/run` installs every tool, `CI` is set) a missing tool is a failure instead.
pub fn skip(why: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must not skip this test: {why}"
    );
    eprintln!("SKIPPED: {why}");
}

pub const FORMS: [&str; 3] = ["i-589", "i-730", "i-485"];
pub const EDITION: &str = "01-20-25";

/// The typed form and edition of a form's file stem ("i-589") in edition [`EDITION`].
pub fn typed(form: &str) -> (asylum_forms::forms::Form, asylum_forms::forms::Edition) {
    let f = asylum_forms::forms::Form::from_file_stem(form).expect("a form");
    let e = asylum_forms::forms::templates::edition(f, EDITION).expect("an embedded edition");
    (f, e)
}

/// (full field name, type, on-state, page, tooltip) of each field of a blank.
pub fn blank_fields(form: &str) -> Vec<[String; 5]> {
    let path = shared().join(format!("uscis-forms/fields/{form}_fields.tsv"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut c = l.split('\t').map(str::to_string);
            std::array::from_fn(|_| c.next().unwrap_or_default())
        })
        .collect()
}

pub fn bin() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_asylum-forms"));
    // No blanks folder, config file or installed schemas from the machine running the tests.
    let home = std::env::temp_dir().join("asylum-forms-tests-no-home");
    c.env("ASYLUM_FORMS_TODAY", "2026-11-22")
        .env("NO_COLOR", "1")
        .env_remove("ASYLUM_FORMS_BLANKS")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"));
    c
}

/// Runs the binary, requires success, and parses its stdout as one JSON document.
pub fn json_output(args: &[&std::ffi::OsStr]) -> serde_json::Value {
    let out = bin().args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// A run of the binary, built up, then asserted in one chain:
/// `Run::new(["render", "-"]).stdin(bytes).assert().code(2).stderr_contains("…")`. It starts
/// from [`bin`] (a fixed date, no colour, no blanks or config from the machine).
pub struct Run {
    cmd: Command,
    stdin: Option<Vec<u8>>,
    shown: String,
}

impl Run {
    pub fn new<I, S>(args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        Run {
            cmd: bin(),
            stdin: None,
            shown: String::new(),
        }
        .args(args)
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Run {
        self.shown.push(' ');
        self.shown.push_str(&arg.as_ref().to_string_lossy());
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, S>(self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        args.into_iter().fold(self, Run::arg)
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Run {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Run {
        self.cmd.env_remove(key);
        self
    }

    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Run {
        self.cmd.current_dir(dir);
        self
    }

    /// Bytes for standard input (otherwise it is empty).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Run {
        self.stdin = Some(bytes.into());
        self
    }

    /// Runs it to the end.
    pub fn assert(mut self) -> Ran {
        self.cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("run asylum-forms");
        let input = self.stdin.take().unwrap_or_default();
        if let Some(mut pipe) = child.stdin.take() {
            // The tool may stop reading early (a refused file): a closed pipe is not a failure.
            let _ = pipe.write_all(&input);
        }
        let output = child.wait_with_output().expect("wait for asylum-forms");
        Ran {
            output,
            shown: format!("asylum-forms{}", self.shown),
        }
    }
}

/// A finished [`Run`]: each check names the command and shows its output when it fails.
pub struct Ran {
    pub output: Output,
    shown: String,
}

impl Ran {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// Standard output as one JSON document.
    pub fn stdout_json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.output.stdout).unwrap_or_else(|e| {
            panic!(
                "{}: stdout is not JSON ({e}):\n{}",
                self.shown,
                self.stdout()
            )
        })
    }

    /// The exit code is `code`.
    pub fn code(self, code: i32) -> Ran {
        assert_eq!(
            self.output.status.code(),
            Some(code),
            "{}\nstdout:\n{}\nstderr:\n{}",
            self.shown,
            self.stdout(),
            self.stderr()
        );
        self
    }

    pub fn success(self) -> Ran {
        self.code(0)
    }

    pub fn stderr_contains(self, text: &str) -> Ran {
        let err = self.stderr();
        assert!(
            err.contains(text),
            "{}: stderr lacks {text:?}:\n{err}",
            self.shown
        );
        self
    }

    pub fn stderr_lacks(self, text: &str) -> Ran {
        let err = self.stderr();
        assert!(
            !err.contains(text),
            "{}: stderr has {text:?}:\n{err}",
            self.shown
        );
        self
    }

    pub fn stdout_contains(self, text: &str) -> Ran {
        let out = self.stdout();
        assert!(
            out.contains(text),
            "{}: stdout lacks {text:?}:\n{out}",
            self.shown
        );
        self
    }

    pub fn stdout_lacks(self, text: &str) -> Ran {
        let out = self.stdout();
        assert!(
            !out.contains(text),
            "{}: stdout has {text:?}:\n{out}",
            self.shown
        );
        self
    }
}

/// The names in a folder, sorted.
pub fn names(dir: &std::path::Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

/// A PDF string as text: UTF-16 with its mark, else one byte a character.
pub fn decode(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(rest) => {
            let units: Vec<u16> = rest
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        None => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// Full field name → (field object, its widgets), walked with lopdf alone.
pub fn field_map(
    doc: &lopdf::Document,
) -> std::collections::HashMap<String, (lopdf::ObjectId, Vec<lopdf::ObjectId>)> {
    use lopdf::{Document, Object, ObjectId};
    use std::collections::HashMap;
    fn walk(
        doc: &Document,
        id: ObjectId,
        prefix: &str,
        out: &mut HashMap<String, (ObjectId, Vec<ObjectId>)>,
    ) {
        let Ok(d) = doc.get_dictionary(id) else {
            return;
        };
        let t = d.get(b"T").and_then(Object::as_str).map(decode).ok();
        let name = match (&t, prefix.is_empty()) {
            (Some(t), true) => t.clone(),
            (Some(t), false) => format!("{prefix}.{t}"),
            (None, _) => prefix.to_string(),
        };
        let kids: Vec<ObjectId> = d
            .get(b"Kids")
            .and_then(Object::as_array)
            .map(|a| a.iter().filter_map(|k| k.as_reference().ok()).collect())
            .unwrap_or_default();
        let field_kids: Vec<ObjectId> = kids
            .iter()
            .copied()
            .filter(|k| doc.get_dictionary(*k).is_ok_and(|kd| kd.has(b"T")))
            .collect();
        if field_kids.is_empty() {
            let widgets = if kids.is_empty() { vec![id] } else { kids };
            out.insert(name, (id, widgets));
        } else {
            for k in field_kids {
                walk(doc, k, &name, out);
            }
        }
    }
    let mut out = HashMap::new();
    let fields = doc
        .catalog()
        .and_then(|c| c.get_deref(b"AcroForm", doc))
        .and_then(Object::as_dict)
        .and_then(|af| af.get_deref(b"Fields", doc))
        .and_then(Object::as_array)
        .expect("AcroForm fields");
    for f in fields {
        if let Ok(r) = f.as_reference() {
            walk(doc, r, "", &mut out);
        }
    }
    out
}
