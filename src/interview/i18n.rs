//! The interview's texts: Fluent files per language (`locales/<lang>/common.ftl` and one per
//! form, e.g. `i589.ftl`), built into the binary. A message missing in a language falls back to
//! English, then to its key (so a missing text shows, rather than an empty label).
//!
//! `fluent_bundle::concurrent::FluentBundle` because the server shares the bundles between
//! threads (the plain `FluentBundle` is neither Send nor Sync).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// A language's Fluent files: (file name, text).
pub type Files = &'static [(&'static str, &'static str)];

/// Every language's files: (language tag, right-to-left, [(file name, text)]). A new language is
/// a new folder `locales/<tag>/` with the same files and a line here (see docs/interview.md).
pub const LOCALES: &[(&str, bool, Files)] = &[
    (
        "en",
        false,
        &[
            ("common.ftl", include_str!("../../locales/en/common.ftl")),
            ("i589.ftl", include_str!("../../locales/en/i589.ftl")),
            ("i730.ftl", include_str!("../../locales/en/i730.ftl")),
            ("i485.ftl", include_str!("../../locales/en/i485.ftl")),
        ],
    ),
    (
        "es",
        false,
        &[
            ("common.ftl", include_str!("../../locales/es/common.ftl")),
            ("i589.ftl", include_str!("../../locales/es/i589.ftl")),
            ("i730.ftl", include_str!("../../locales/es/i730.ftl")),
            ("i485.ftl", include_str!("../../locales/es/i485.ftl")),
        ],
    ),
];

/// One language's bundle.
pub struct Language {
    pub tag: &'static str,
    pub rtl: bool,
    bundle: FluentBundle<FluentResource>,
}

/// Every language, English first (the fallback).
pub struct Texts {
    langs: Vec<Language>,
}

impl Texts {
    pub fn load() -> Result<Texts, String> {
        let mut langs = Vec::new();
        for (tag, rtl, files) in LOCALES {
            let id: LanguageIdentifier = tag
                .parse()
                .map_err(|e| format!("locales/{tag}: bad language tag: {e:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around arguments: the page sets `dir` itself, and the
            // marks would end up inside answers copied from the page.
            bundle.set_use_isolating(false);
            for (name, text) in *files {
                let res = FluentResource::try_new(text.to_string()).map_err(|(_, errs)| {
                    format!(
                        "locales/{tag}/{name}: {} syntax error(s): {errs:?}",
                        errs.len()
                    )
                })?;
                bundle
                    .add_resource(res)
                    .map_err(|e| format!("locales/{tag}/{name}: {e:?}"))?;
            }
            langs.push(Language {
                tag,
                rtl: *rtl,
                bundle,
            });
        }
        Ok(Texts { langs })
    }

    /// The language tags, English first.
    pub fn tags(&self) -> Vec<&'static str> {
        self.langs.iter().map(|l| l.tag).collect()
    }

    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.langs.iter().find(|l| l.tag == tag)
    }

    pub fn is_rtl(&self, tag: &str) -> bool {
        self.language(tag).is_some_and(|l| l.rtl)
    }

    /// Whether a language has the message (or attribute `key.attr`) itself, without fallback.
    pub fn has(&self, tag: &str, key: &str) -> bool {
        self.language(tag)
            .is_some_and(|l| lookup(l, key, None).is_some())
    }

    /// A message in a language, else in English, else the key itself.
    pub fn get(&self, tag: &str, key: &str) -> String {
        self.get_args(tag, key, None)
    }

    /// A message with arguments.
    pub fn get_args(&self, tag: &str, key: &str, args: Option<&FluentArgs>) -> String {
        self.try_get(tag, key, args)
            .unwrap_or_else(|| key.to_string())
    }

    /// A message in the language or English, if either has it.
    pub fn try_get(&self, tag: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.language(tag)
            .and_then(|l| lookup(l, key, args))
            .or_else(|| self.language("en").and_then(|l| lookup(l, key, args)))
    }

    /// Every message id (and `id.attribute`) of a language's files, for the completeness test.
    pub fn keys(tag: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (t, _, files) in LOCALES {
            if *t != tag {
                continue;
            }
            for (_, text) in *files {
                // Message ids start a line; attributes are indented lines starting with a dot.
                let mut current = String::new();
                for line in text.lines() {
                    let trimmed = line.trim_start();
                    if let Some((head, _)) = line.split_once('=') {
                        let head = head.trim();
                        let starts = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                        if starts && !head.contains(' ') {
                            current = head.to_string();
                            out.push(current.clone());
                        } else if let Some(attr) = trimmed.strip_prefix('.') {
                            let attr = attr.split('=').next().unwrap_or("").trim();
                            if !current.is_empty() && !attr.is_empty() {
                                out.push(format!("{current}.{attr}"));
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

/// The language of the command-line outputs and the draft (`validate`, `checklist`, `render`,
/// `batch` with `--lang`): the frame's texts from the same Fluent files as the interview.
/// English is the code's own text (what the outputs said before there were translations, and
/// what every English output still says byte for byte); another language's text where its file
/// has the key, else the English. Finding sentences are keyed by code (`finding-<code>` with
/// dots as dashes), as the interview's review keys them.
#[derive(Clone)]
pub struct OutputLang {
    tag: &'static str,
    texts: Option<std::sync::Arc<Texts>>,
}

impl Default for OutputLang {
    fn default() -> Self {
        OutputLang::english()
    }
}

impl std::fmt::Debug for OutputLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag)
    }
}

impl OutputLang {
    pub fn english() -> Self {
        OutputLang {
            tag: "en",
            texts: None,
        }
    }

    /// A language by tag ("en", "es"); an unknown tag is an error naming the known ones.
    pub fn load(tag: &str) -> Result<Self, String> {
        if tag == "en" {
            return Ok(OutputLang::english());
        }
        let texts = Texts::load()?;
        let Some(known) = texts.language(tag).map(|l| l.tag) else {
            return Err(format!(
                "unknown language {tag:?}; write one of {}",
                texts.tags().join(", ")
            ));
        };
        Ok(OutputLang {
            tag: known,
            texts: Some(std::sync::Arc::new(texts)),
        })
    }

    pub fn tag(&self) -> &'static str {
        self.tag
    }

    pub fn is_english(&self) -> bool {
        self.texts.is_none()
    }

    pub fn is_rtl(&self) -> bool {
        self.texts.as_ref().is_some_and(|t| t.is_rtl(self.tag))
    }

    /// The language's own text for `key`, if its file has one (never the English fallback).
    pub fn own(&self, key: &str, args: &[(&str, FluentValueArg)]) -> Option<String> {
        let texts = self.texts.as_ref()?;
        let lang = texts.language(self.tag)?;
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                FluentValueArg::Str(s) => fa.set(*k, s.clone()),
                FluentValueArg::Num(n) => fa.set(*k, *n),
            }
        }
        lookup(lang, key, (!args.is_empty()).then_some(&fa))
    }

    /// `key` in this language, else `english`.
    pub fn text(&self, key: &str, english: &str) -> String {
        self.own(key, &[]).unwrap_or_else(|| english.to_string())
    }

    /// `key` with arguments in this language, else `english`.
    pub fn text_args(&self, key: &str, args: &[(&str, FluentValueArg)], english: String) -> String {
        self.own(key, args).unwrap_or(english)
    }

    /// The sentence of a finding's code in this language, when there is one (none in English:
    /// the finding's own message is the English).
    pub fn finding(&self, code: &str) -> Option<String> {
        self.own(&format!("finding-{}", code.replace('.', "-")), &[])
    }

    /// A case's state ([`crate::validate::readiness::Readiness::describe`]) in this language.
    pub fn readiness(&self, r: &crate::validate::readiness::Readiness) -> String {
        use crate::validate::readiness::Readiness;
        if self.is_english() {
            return r.describe();
        }
        match r {
            Readiness::Invalid { errors } => {
                let n = self.count("out-count-errors", *errors, "error", "errors");
                self.text_args(
                    "out-state-invalid",
                    &[("counts", FluentValueArg::Str(n))],
                    r.describe(),
                )
            }
            Readiness::Incomplete { questions } => {
                let n = self.count(
                    "out-count-questions",
                    questions.len(),
                    "question",
                    "questions",
                );
                self.text_args(
                    "out-state-incomplete",
                    &[("counts", FluentValueArg::Str(n))],
                    r.describe(),
                )
            }
            Readiness::Ready => self.text("out-state-ready", &r.describe()),
        }
    }

    /// "1 error" / "2 errores": `key` with `$n` in this language, else the English words.
    pub fn count(&self, key: &str, n: usize, one: &str, many: &str) -> String {
        self.own(key, &[("n", FluentValueArg::Num(n as f64))])
            .unwrap_or_else(|| format!("{n} {}", if n == 1 { one } else { many }))
    }
}

/// An argument of [`OutputLang::text_args`].
pub enum FluentValueArg {
    Str(String),
    Num(f64),
}

/// `key` or `key.attribute`, formatted.
fn lookup(lang: &Language, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let msg = lang.bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    let text = lang.bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_loads_and_falls_back_to_english() {
        let t = Texts::load().expect("texts");
        assert_eq!(t.tags()[0], "en");
        assert_ne!(
            t.get("es", "button-continue"),
            t.get("en", "button-continue")
        );
        assert_eq!(
            t.get("xx", "button-continue"),
            t.get("en", "button-continue")
        );
        assert_eq!(t.get("es", "no-such-key"), "no-such-key");
    }

    /// Spanish has every text the command-line outputs and the draft ask for (they fall back
    /// to the English silently, so a missing one would go unnoticed): each `out-*`/`draft-*`
    /// key the code names, each document of the checklist and why it is needed, and the
    /// sentence of each rule's code.
    #[test]
    fn spanish_has_every_output_text() {
        let es = OutputLang::load("es").expect("es");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        let mut named = 0;
        for file in ["src/cli/output.rs", "src/checklist.rs", "src/draft/mod.rs"] {
            let text = std::fs::read_to_string(root.join(file)).expect("source");
            for (i, _) in text.match_indices('"') {
                let rest = &text[i + 1..];
                let key: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                    .collect();
                let closed = rest[key.len()..].starts_with('"');
                if closed && (key.starts_with("out-") || key.starts_with("draft-")) {
                    named += 1;
                    if es.own(&key, &[]).is_none()
                        && es.own(&key, &[("n", FluentValueArg::Num(1.0))]).is_none()
                    {
                        missing.push(format!("{file}: {key}"));
                    }
                }
            }
        }
        let rules = crate::checklist::rules().expect("evidence");
        for r in &rules {
            for key in [format!("doc-{}", r.id), format!("doc-{}-why", r.id)] {
                if es.own(&key, &[]).is_none() {
                    missing.push(key);
                }
            }
        }
        for rule in crate::rules::RULES {
            if es.finding(rule.id).is_none() {
                missing.push(format!("finding {}", rule.id));
            }
        }
        assert!(named > 40, "only {named} keys found in the sources");
        assert!(missing.is_empty(), "Spanish lacks: {missing:#?}");
        // The keys with arguments format them.
        assert_eq!(
            es.count("out-count-errors", 2, "error", "errors"),
            "2 errores"
        );
        assert_eq!(
            es.count("out-count-warnings", 1, "warning", "warnings"),
            "1 advertencia"
        );
    }
}
