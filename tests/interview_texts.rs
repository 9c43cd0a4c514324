//! The interview's texts: Spanish has every English message, every text a question file names
//! exists, and the Spanish uses USCIS's Spanish legal terms (locales/es/GLOSSARY.toml).

use asylum_forms::interview::flow::{self, Widget};
use asylum_forms::interview::i18n::Texts;
use asylum_forms::interview::pages;

#[test]
fn spanish_has_every_english_message() {
    let en = Texts::keys("en");
    let es: std::collections::HashSet<String> = Texts::keys("es").into_iter().collect();
    assert!(en.len() > 200, "only {} English keys found", en.len());
    let missing: Vec<&String> = en.iter().filter(|k| !es.contains(*k)).collect();
    assert!(missing.is_empty(), "Spanish lacks: {missing:?}");
}

#[test]
fn every_text_a_question_file_names_exists_in_english_and_spanish() {
    let texts = Texts::load().expect("texts");
    let files = flow::load_all().expect("question files");
    let mut missing = Vec::new();
    for file in &files {
        for screen in &file.screens {
            let key = pages::screen_key(&file.form, screen);
            let mut keys = vec![key.clone(), format!("{key}.why")];
            for (n, field) in screen.fields.iter().enumerate() {
                let in_legend =
                    n == 0 && pages::heading_in_legend(screen) && field.widget != Widget::Checkbox;
                if !in_legend {
                    keys.push(pages::field_key(&file.form, screen, field));
                }
                for o in &field.options {
                    let own = format!("{}-{o}", pages::field_key(&file.form, screen, field));
                    if !texts.has("en", &own) {
                        keys.push(format!("option-{o}"));
                    }
                }
            }
            if !screen.part.is_empty() && file.form != "evidence" {
                keys.push(format!(
                    "part-{}",
                    screen.part.to_lowercase().replace('.', "")
                ));
            }
            for k in keys {
                for lang in ["en", "es"] {
                    if !texts.has(lang, &k) {
                        missing.push(format!("{lang}: {k}"));
                    }
                }
            }
        }
        if file.form != "evidence" {
            for lang in ["en", "es"] {
                if !texts.has(lang, &format!("{}-title", file.form)) {
                    missing.push(format!("{lang}: {}-title", file.form));
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing texts: {missing:#?}");
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    en: String,
    es: String,
    /// The same term's other grammatical forms ("peticionaria").
    #[serde(default)]
    also: Vec<String>,
}

impl Term {
    /// Whether `es` (lower case) uses this term in one of its forms.
    fn used_in(&self, es: &str) -> bool {
        std::iter::once(&self.es)
            .chain(&self.also)
            .any(|t| es.contains(&t.to_lowercase()))
    }
}

/// Every Spanish message whose English uses a glossary term uses the glossary's Spanish term.
#[test]
fn the_spanish_uses_the_uscis_glossary_terms() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("locales/es/GLOSSARY.toml")).expect("glossary");
    let glossary: Glossary = toml::from_str(&text).expect("glossary TOML");
    assert!(glossary.term.len() >= 15);
    let texts = Texts::load().expect("texts");
    let mut used = std::collections::HashSet::new();
    let mut wrong = Vec::new();
    for key in Texts::keys("en") {
        let en = texts.get("en", &key).to_lowercase();
        let es = texts.get("es", &key).to_lowercase();
        for t in &glossary.term {
            if en.contains(&t.en.to_lowercase()) {
                used.insert(t.en.clone());
                if !t.used_in(&es) {
                    wrong.push(format!("{key}: \"{}\" should be \"{}\": {es}", t.en, t.es));
                }
            }
        }
    }
    // The checklist's documents: their English is evidence.json's (no English keys), their
    // Spanish `doc-<id>` and `doc-<id>-why`, shared by the interview, the CLI and the draft.
    let rules = asylum_forms::checklist::rules().expect("evidence.json");
    for r in &rules {
        for (key, english) in [
            (format!("doc-{}", r.id), &r.label),
            (format!("doc-{}-why", r.id), &r.why),
        ] {
            assert!(texts.has("es", &key), "Spanish lacks {key}");
            let (en, es) = (english.to_lowercase(), texts.get("es", &key).to_lowercase());
            for t in &glossary.term {
                if en.contains(&t.en.to_lowercase()) {
                    used.insert(t.en.clone());
                    if !t.used_in(&es) {
                        wrong.push(format!("{key}: \"{}\" should be \"{}\": {es}", t.en, t.es));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // A glossary term no English message uses is either a typo or dead weight.
    let unused: Vec<&String> = glossary
        .term
        .iter()
        .map(|t| &t.en)
        .filter(|e| !used.contains(*e))
        .collect();
    assert!(
        unused.is_empty(),
        "glossary terms no message uses: {unused:?}"
    );
}

/// Every other language (a dropped-in folder, e.g. the partial Arabic in locales/ar/) only
/// translates English messages, keeps their `{ $variables }`, and a language that does not
/// translate every English message says in its README.md that it is partial.
#[test]
fn other_languages_translate_english_messages_and_say_when_they_are_partial() {
    let texts = Texts::load().expect("texts");
    let en: std::collections::HashSet<String> = Texts::keys("en").into_iter().collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(texts.tags().contains(&"ar"), "{:?}", texts.tags());
    let vars = |s: &str| -> std::collections::BTreeSet<String> {
        s.split("{ $")
            .skip(1)
            .filter_map(|r| r.split([' ', '}']).next())
            .map(str::to_string)
            .collect()
    };
    for tag in texts
        .tags()
        .into_iter()
        .filter(|t| *t != "en" && *t != "es")
    {
        let keys = Texts::keys(tag);
        // A checklist document's text (`doc-<id>`, `doc-<id>-why`) has its English in
        // evidence.json, not in an English message.
        let documents: std::collections::HashSet<String> = asylum_forms::checklist::rules()
            .expect("evidence.json")
            .iter()
            .flat_map(|r| [format!("doc-{}", r.id), format!("doc-{}-why", r.id)])
            .collect();
        let extra: Vec<&String> = keys
            .iter()
            .filter(|k| !en.contains(*k) && !documents.contains(*k))
            .collect();
        assert!(
            extra.is_empty(),
            "{tag} has messages English lacks: {extra:?}"
        );
        // The source text of each message: its variables are the English ones.
        let files = asylum_forms::interview::i18n::LOCALES
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, f)| *f)
            .expect("files");
        let en_files = asylum_forms::interview::i18n::LOCALES[0].1;
        let source = |fs: asylum_forms::interview::i18n::Files, key: &str| -> String {
            fs.iter()
                .flat_map(|(_, text)| text.split("\n\n"))
                .flat_map(|block| block.split('\n').collect::<Vec<_>>())
                .skip_while(|l| !l.starts_with(&format!("{key} =")))
                .take_while(|l| l.starts_with(&format!("{key} =")) || l.starts_with(' '))
                .collect::<Vec<_>>()
                .join("\n")
        };
        for k in keys.iter().filter(|k| !k.contains('.') && en.contains(*k)) {
            assert_eq!(
                vars(&source(files, k)),
                vars(&source(en_files, k)),
                "{tag}: {k} changes the variables"
            );
        }
        let complete = en.iter().all(|k| keys.contains(k));
        if !complete {
            let readme = std::fs::read_to_string(root.join(format!("locales/{tag}/README.md")))
                .unwrap_or_else(|_| panic!("locales/{tag}: partial, and no README.md says so"));
            assert!(
                readme.contains("PARTIAL") && readme.contains("professional translator"),
                "locales/{tag}/README.md must say the translation is partial and needs review"
            );
        }
    }
}

/// Every character of every language's messages is drawn by a font the pages load: the
/// style sheet's `@font-face` rules (pages::css), each face used for the characters of its
/// `unicode-range`, and that face has a glyph for it. So Arabic (and any dropped-in language)
/// shows offline, without the machine's fonts.
#[test]
fn the_pages_fonts_draw_every_character_of_every_language() {
    let css = pages::css();
    // (font file bytes, [(from, to)] or empty for every character), in the page's order.
    type Ranges = Vec<(u32, u32)>;
    let mut faces: Vec<(&[u8], Ranges)> = Vec::new();
    for rule in css
        .lines()
        .filter(|l| l.starts_with("@font-face") && l.contains("font-weight: 400"))
    {
        let file = rule
            .split("/static/fonts/")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("font file");
        let font = asylum_forms::text::fonts::REGULAR
            .iter()
            .find(|f| f.file == file)
            .unwrap_or_else(|| panic!("{file} is not built in"));
        let ranges = rule
            .split("unicode-range:")
            .nth(1)
            .map(|r| {
                r.split(';')
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .filter_map(|part| {
                        let part = part.trim().trim_start_matches("U+");
                        let (a, b) = part.split_once('-').unwrap_or((part, part));
                        Some((
                            u32::from_str_radix(a, 16).ok()?,
                            u32::from_str_radix(b, 16).ok()?,
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        faces.push((font.bytes, ranges));
    }
    assert!(faces.len() >= 2, "{css}");
    let parsed: Vec<(ttf_parser::Face, &Ranges)> = faces
        .iter()
        .map(|(b, r)| (ttf_parser::Face::parse(b, 0).expect("font"), r))
        .collect();
    let texts = Texts::load().expect("texts");
    let mut missing = std::collections::BTreeSet::new();
    for tag in texts.tags() {
        for key in Texts::keys(tag) {
            for c in texts
                .get(tag, &key)
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
            {
                let drawn = parsed.iter().any(|(face, ranges)| {
                    let wanted = ranges.is_empty()
                        || ranges.iter().any(|(a, b)| (*a..=*b).contains(&(c as u32)));
                    wanted && face.glyph_index(c).is_some()
                });
                if !drawn {
                    missing.insert(format!("{tag} {key}: U+{:04X} {c}", c as u32));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no built-in font draws: {missing:#?}");
}
