//! Language and script: the forms want English answers in the Latin alphabet. A name, place or
//! employer written in another script is printed as written today (the fonts cover it), but
//! USCIS reads and indexes the Latin letters; a narrative in another language needs an
//! English translation.

use super::{Ctx, Hit, Rule};
use crate::finding::Severity;
use crate::forms::location::loc;

/// Keys whose values may be in another script or language: the I-589's native-alphabet name
/// (Part D), the I-730's name and address in the local language (Part 2 item 22), narratives
/// (checked for language, not script), an untranslated original (kept beside the English
/// answer), and what is never printed (evidence notes, the schema path).
const NATIVE_OK: &[&str] = &[
    "native_name",
    "native_name_parts",
    "native_address",
    "explanation",
    "original",
    "evidence",
    "$schema",
];

/// Whether a letter is of the Latin script (with its accents): the Unicode blocks Basic Latin,
/// Latin-1 Supplement, Latin Extended-A/B, IPA Extensions, Latin Extended Additional, -C, -D,
/// -E and the fullwidth Latin letters.
fn is_latin_letter(c: char) -> bool {
    matches!(c as u32,
        0x0000..=0x02AF | 0x1D00..=0x1DBF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F
        | 0xA720..=0xA7FF | 0xAB30..=0xAB6F | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A)
}

/// The first letter of a text that is not Latin, if any.
pub fn first_non_latin(s: &str) -> Option<char> {
    if s.is_ascii() {
        return None;
    }
    s.chars()
        .find(|c| c.is_alphabetic() && !is_latin_letter(*c))
}

pub const LATIN_SCRIPT: Rule = Rule {
    id: "case.latin-script",
    severity: Severity::Warning,
    form: None,
    location: loc!(),
    citation: "USCIS takes the forms' answers in English (form instructions; exact wording not verified here); the I-589 asks the name in the native alphabet in its own box, the I-730 the local-language name and address in Part 2 item 22",
    summary: "Names, places, employers and other printed answers are in the Latin alphabet (transliterated); another script only in the I-589's native-alphabet name box and the I-730's local-language name and address.",
    check: latin_script,
};

fn latin_script(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for v in ctx.json.within() {
        let Some(s) = v.as_str() else { continue };
        let Some(c) = first_non_latin(s) else {
            continue;
        };
        let pointer = v.path().pointer();
        if pointer.split('/').any(|seg| NATIVE_OK.contains(&seg)) {
            continue;
        }
        hits.push(Hit::new(
            pointer,
            // The value itself is not quoted: it may be a name (findings reach logs).
            format!("this answer is written in a non-Latin script (it contains \"{c}\"); the form wants it in English letters"),
            "transliterate it into the Latin alphabet (as on the passport, if it is there); the native alphabet goes only in the I-589's Part D name box (\"native_name\") and the I-730's Part 2 item 22 (\"native_name_parts\", \"native_address\")",
        ));
    }
    hits
}

pub const ENGLISH_NARRATIVE: Rule = Rule {
    id: "case.english-narrative",
    severity: Severity::Warning,
    form: None,
    location: loc!(),
    citation: "USCIS takes the forms' answers in English (form instructions; exact wording not verified here); 8 CFR 103.2(b)(3) (a document in another language comes with a full English translation certified by a competent translator)",
    summary: "Every explanation and narrative is in English (detected with whatlang); one in another language is translated, with the translator's certification.",
    check: english_narrative,
};

/// Shorter texts are left alone: a few words ("Yes, see above", a place name) say too little
/// for a reliable detection.
const MIN_CHARS: usize = 40;

/// Only the start of a narrative is looked at: its language shows in a sentence or two, and a
/// declaration can run to pages (validation must stay fast on them).
const SAMPLE_BYTES: usize = 240;

/// The Latin-script languages an answer is weighed between: English and the Latin-script
/// languages most applicants write in. Comparing with every language whatlang knows cost
/// about four times as much a text, and the question is only "English or not".
fn latin_detector() -> &'static whatlang::Detector {
    static D: std::sync::OnceLock<whatlang::Detector> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        use whatlang::Lang;
        whatlang::Detector::with_allowlist(vec![Lang::Eng, Lang::Spa, Lang::Fra, Lang::Por])
    })
}

/// The language of a narrative when it is reliably not English: its English name.
pub fn non_english(text: &str) -> Option<&'static str> {
    if text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(MIN_CHARS)
        .count()
        < MIN_CHARS
    {
        return None;
    }
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    // Another script is not English whatever the language; name it with the full detector
    // (only on this path, which a finding follows).
    if whatlang::detect_script(sample) != Some(whatlang::Script::Latin) {
        let lang = whatlang::detect(sample).map_or("another language", |i| i.lang().eng_name());
        return Some(lang);
    }
    let info = latin_detector().detect(sample)?;
    // whatlang calls a detection reliable only on longer texts; a one-sentence answer in
    // Spanish scores about 0.9, an English one is detected as English, so 0.8 is the bar.
    let sure = info.is_reliable() || info.confidence() >= 0.8;
    if !sure || info.lang() == whatlang::Lang::Eng {
        return None;
    }
    // Named by the full detector (a German text is nearer Spanish than English among four);
    // should that one say English after all, no finding.
    let named = whatlang::detect(sample).map_or(info.lang(), |i| i.lang());
    (named != whatlang::Lang::Eng).then(|| named.eng_name())
}

fn english_narrative(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    let Some(forms) = ctx.json.get("forms") else {
        return hits;
    };
    for v in forms.within() {
        if !v.is_object() {
            continue;
        }
        let Some(text) = v.get("explanation").and_then(|e| e.as_str()) else {
            continue;
        };
        if let Some(lang) = non_english(text) {
            hits.push(Hit::new(
                format!("{}/explanation", v.path().pointer()),
                format!("this explanation appears to be in {lang}, not English"),
                "write the answer in English (USCIS takes English answers); keep the original and file a full English translation certified by a translator competent in both languages (8 CFR 103.2(b)(3))",
            ));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        for latin in [
            "Haddad",
            "Ağrı",
            "São Paulo",
            "Łódź",
            "Nguyễn",
            "O'Brien-Smith",
        ] {
            assert_eq!(first_non_latin(latin), None, "{latin}");
        }
        for (other, c) in [
            ("Алматы", 'А'),
            ("Almaty 北京", '北'),
            ("ተስፋዬ", 'ተ'),
            ("مريم", 'م'),
        ] {
            assert_eq!(first_non_latin(other), Some(c), "{other}");
        }
    }

    #[test]
    fn languages() {
        let en =
            "In 2019 I was detained for three days by the police because of my work for the party.";
        let es = "En 2019 fui detenido durante tres días por la policía a causa de mi trabajo para el partido.";
        assert_eq!(non_english(en), None);
        assert_eq!(non_english(es), Some("Spanish"));
        assert_eq!(non_english("Sí, ver arriba"), None, "too short to tell");
        let fr = "En 2019, j'ai été arrêté par la police pendant trois jours à cause de mon travail pour le parti.";
        assert_eq!(non_english(fr), Some("French"));
        let ar = "في عام ٢٠١٩ اعتقلتني الشرطة لمدة ثلاثة أيام بسبب عملي مع الحزب وهددوا عائلتي";
        assert_eq!(non_english(ar), Some("Arabic"));
        let long_en = en.repeat(20);
        assert_eq!(non_english(&long_en), None, "only the start is looked at");
    }
}
