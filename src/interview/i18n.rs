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
}
