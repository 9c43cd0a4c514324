//! The interview's HTML: every page built from native controls (labels, fieldsets with legends,
//! radio buttons, selects, three-part dates), one `h1` per page, an error summary linking to
//! each field, `lang` and `dir` on every page and `lang="en"` on English inside another
//! language. No JavaScript: every page works with the browser's own form submission.

use super::flow::{Field, QuestionFile, Screen, Widget};
use super::i18n::Texts;
use fluent_bundle::FluentArgs;
use std::collections::HashMap;

/// HTML-escapes text for element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// What a page needs besides its body.
pub struct Frame<'a> {
    pub texts: &'a Texts,
    pub lang: &'a str,
    /// The page's `h1` text (also the window title).
    pub heading: String,
    /// Banners above the question (deadline, state), already HTML.
    pub banners: Vec<String>,
    /// `data-screen` on `main`, for tests: "i589/name", "review".
    pub screen: String,
}

impl Frame<'_> {
    pub fn t(&self, key: &str) -> String {
        self.texts.get(self.lang, key)
    }

    /// A message as HTML: escaped, and marked as English when this language lacks it and the
    /// English fallback shows (see [`mark_english`]).
    pub fn html(&self, key: &str) -> String {
        mark_english(esc(&self.t(key)), falls_back(self.texts, self.lang, key))
    }
}

/// Whether a message shows in English because the page's language lacks it (a partial
/// translation, such as locales/ar/).
pub fn falls_back(texts: &Texts, lang: &str, key: &str) -> bool {
    lang != "en" && !texts.has(lang, key) && texts.has("en", key)
}

/// Escaped text in English inside another language's page: `lang="en"` so a screen reader
/// reads it as English, `dir="ltr"` so it keeps its order on a right-to-left page.
pub fn mark_english(html: String, english: bool) -> String {
    if english {
        format!("<span lang=\"en\" dir=\"ltr\">{html}</span>")
    } else {
        html
    }
}

/// The whole page around a body.
pub fn page(f: &Frame<'_>, body: &str) -> String {
    let rtl = f.texts.is_rtl(f.lang);
    let dir = if rtl { "rtl" } else { "ltr" };
    let banners: String = f.banners.concat();
    // On a right-to-left page, the English terms a translation embeds (the frivolous warning's
    // "(frivolous application)", "USCIS", "I-589") are isolated, so their words and the brackets
    // around them stay in order when a line breaks inside them.
    let (banners, body) = if rtl {
        (isolate_latin(&banners), isolate_latin(body))
    } else {
        (banners, body.to_string())
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} – {app}</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n</head>\n\
         <body>\n<a class=\"skip\" href=\"#main\">{skip}</a>\n\
         <header class=\"top\"><p class=\"app\">{app}</p></header>\n\
         <main id=\"main\" data-screen=\"{screen}\">\n{banners}{body}</main>\n</body>\n</html>\n",
        lang = esc(f.lang),
        title = esc(&f.heading),
        app = esc(&f.t("app-title")),
        skip = esc(&f.t("skip-link")),
        screen = esc(&f.screen),
    )
}

/// Wraps each run of Latin-script words in the text of this (escaped, well-formed) HTML in
/// `<bdi lang="en" dir="ltr">`, with the brackets that enclose it exactly (see below). Left alone: tags and attributes, entities, runs without a letter
/// (numbers), and the text inside elements already marked `dir="ltr"` (answers, English
/// fallbacks) or that hold text only (`textarea`, `option`, `title`, `script`, `style`).
pub fn isolate_latin(html: &str) -> String {
    const VOID: &[&str] = &[
        "area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr",
    ];
    const RAW: &[&str] = &["textarea", "option", "title", "script", "style"];
    let mut out = String::with_capacity(html.len() + 64);
    // Open elements: (name, whether its text is left alone).
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            out.push_str(tag);
            rest = &rest[end..];
            let inner = tag.trim_start_matches('<').trim_end_matches('>');
            if let Some(name) = inner.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                if let Some(i) = stack.iter().rposition(|(n, _)| *n == name) {
                    stack.truncate(i);
                }
            } else if !inner.starts_with('!') {
                let name: String = inner
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if !VOID.contains(&name.as_str()) && !inner.ends_with('/') {
                    let alone = RAW.contains(&name.as_str()) || inner.contains("dir=\"ltr\"");
                    stack.push((name, alone));
                }
            }
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        if stack.iter().any(|(_, alone)| *alone) {
            out.push_str(text);
        } else {
            isolate_runs(text, &mut out);
        }
        rest = &rest[end..];
    }
    out
}

/// [`isolate_latin`] for one text node.
fn isolate_runs(text: &str, out: &mut String) {
    // The text in units: an entity (`&#39;`) is one unit.
    let mut units: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let len = if text[i..].starts_with('&') {
            text[i..].find(';').map_or(1, |e| e + 1)
        } else {
            text[i..].chars().next().map_or(1, char::len_utf8)
        };
        units.push(&text[i..i + len]);
        i += len;
    }
    let word = |u: &str| u.len() == 1 && u.as_bytes()[0].is_ascii_alphanumeric();
    // Inside a run: spaces and the punctuation of names and numbers ("I-589", "A.II",
    // "Refugee/Asylee", "S'gaw").
    let joins = |u: &str| matches!(u, " " | "-" | "." | "/" | "," | "&#39;" | "&amp;");
    let mut k = 0;
    while k < units.len() {
        // A run starts at a letter or digit, or at the dashes of an option (`--blank`).
        let starts = word(units[k])
            || (units[k] == "-"
                && units[k..]
                    .iter()
                    .find(|u| **u != "-")
                    .is_some_and(|u| word(u)));
        if !starts {
            out.push_str(units[k]);
            k += 1;
            continue;
        }
        // The run: to its last word character.
        let mut j = k;
        let mut last = k;
        while j < units.len() && (word(units[j]) || joins(units[j])) {
            if word(units[j]) {
                last = j;
            }
            j += 1;
        }
        let run = &units[k..=last];
        k = last + 1;
        if !run
            .iter()
            .any(|u| u.len() == 1 && u.as_bytes()[0].is_ascii_alphabetic())
        {
            run.iter().for_each(|u| out.push_str(u));
            continue;
        }
        // A term in brackets takes its brackets into the isolate: a line break inside the
        // term then leaves "(frivolous" and "application)" each reading left to right, where
        // brackets outside, mirrored by the right-to-left line, read "frivolous)" and
        // "(application" (measured in Chromium).
        let bracketed = out.ends_with('(') && units.get(k) == Some(&")");
        if bracketed {
            out.pop();
        }
        out.push_str("<bdi lang=\"en\" dir=\"ltr\">");
        if bracketed {
            out.push('(');
        }
        run.iter().for_each(|u| out.push_str(u));
        if bracketed {
            out.push(')');
            k += 1;
        }
        out.push_str("</bdi>");
    }
}

/// A banner (`role="status"` so a screen reader announces it politely).
pub fn banner(class: &str, text: &str) -> String {
    format!(
        "<div class=\"banner {}\" role=\"status\"><p>{}</p></div>\n",
        esc(class),
        esc(text)
    )
}

/// One problem with an answer: the field's input id and the message.
pub struct Problem {
    pub field: String,
    pub target: String,
    pub message: String,
}

/// The error summary: a list of links to the fields, focused first by screen readers.
pub fn error_summary(f: &Frame<'_>, problems: &[Problem]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let items: String = problems
        .iter()
        .map(|p| {
            format!(
                "<li><a href=\"#{}\">{}</a></li>",
                esc(&p.target),
                esc(&p.message)
            )
        })
        .collect();
    format!(
        "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n\
         <h2 id=\"error-summary-title\">{}</h2>\n<ul>{items}</ul>\n</div>\n",
        esc(&f.t("error-summary-title"))
    )
}

/// The error summary of a question screen: each link names its question ("Family name: Answer
/// this question."), so two problems on one screen do not read the same.
pub fn screen_error_summary(c: &FieldsCtx<'_>) -> String {
    let in_legend = heading_in_legend(c.screen);
    let named: Vec<Problem> = c
        .problems
        .iter()
        .map(|p| {
            let pos = c.screen.fields.iter().position(|f| f.name == p.field);
            let label = match pos {
                Some(0) if in_legend => Some(c.frame.heading.clone()),
                Some(i) => Some(
                    c.frame
                        .t(&field_key(&c.file.form, c.screen, &c.screen.fields[i])),
                ),
                None => None,
            };
            let message = match label {
                Some(l) => {
                    let mut args = FluentArgs::new();
                    args.set("label", l);
                    args.set("message", p.message.clone());
                    c.frame
                        .texts
                        .get_args(c.frame.lang, "error-summary-item", Some(&args))
                }
                None => p.message.clone(),
            };
            Problem {
                field: p.field.clone(),
                target: p.target.clone(),
                message,
            }
        })
        .collect();
    error_summary(c.frame, &named)
}

/// The text keys of a screen and its fields.
pub fn screen_key(form: &str, screen: &Screen) -> String {
    format!("{form}-{}", screen.id)
}

pub fn field_key(form: &str, screen: &Screen, field: &Field) -> String {
    format!("{form}-{}-{}", screen.id, field.name)
}

/// The label of an option: `<field key>-<value>` when the form has its own, else `option-<value>`.
pub fn option_label(texts: &Texts, lang: &str, field_key: &str, value: &str) -> String {
    texts.get(lang, &option_key(texts, field_key, value))
}

/// The text key of an option's label (the form's own when English has it).
fn option_key(texts: &Texts, field_key: &str, value: &str) -> String {
    let own = format!("{field_key}-{value}");
    if texts.has("en", &own) {
        own
    } else {
        format!("option-{value}")
    }
}

/// An option's label as HTML, marked as English when it shows in English.
fn option_html(f: &Frame<'_>, field_key: &str, value: &str) -> String {
    f.html(&option_key(f.texts, field_key, value))
}

/// Whether the screen's heading goes in the first field's legend (a screen that is one
/// question of choices: the question is both the page heading and the group's name).
pub fn heading_in_legend(screen: &Screen) -> bool {
    screen.list.is_none()
        && screen.fields.first().is_some_and(|f| {
            (f.name == "answer" && f.widget == Widget::Yesno) || f.widget == Widget::Checkbox
        })
}

/// The fields of a screen (or of a list's new item), with the values to show and the problems.
pub struct FieldsCtx<'a> {
    pub frame: &'a Frame<'a>,
    pub file: &'a QuestionFile,
    pub screen: &'a Screen,
    pub values: &'a HashMap<String, String>,
    pub problems: &'a [Problem],
    /// Fields that must be answered now (marked optional otherwise).
    pub required: &'a dyn Fn(&Field) -> bool,
}

/// The controls of every field of a screen.
pub fn fields_html(c: &FieldsCtx<'_>) -> String {
    let mut out = String::new();
    let in_legend = heading_in_legend(c.screen);
    let heading = mark_english(
        esc(&c.frame.heading),
        falls_back(
            c.frame.texts,
            c.frame.lang,
            &screen_key(&c.file.form, c.screen),
        ),
    );
    let mut i = 0;
    while i < c.screen.fields.len() {
        let field = &c.screen.fields[i];
        if field.widget == Widget::Checkbox {
            // Consecutive boxes form one group.
            let mut j = i;
            let mut boxes = String::new();
            while j < c.screen.fields.len() && c.screen.fields[j].widget == Widget::Checkbox {
                let f = &c.screen.fields[j];
                let key = field_key(&c.file.form, c.screen, f);
                let checked = if c.values.get(&f.name).map(String::as_str) == Some("true") {
                    " checked"
                } else {
                    ""
                };
                boxes.push_str(&format!(
                    "<div class=\"choice\"><input type=\"checkbox\" id=\"f-{n}\" name=\"{n}\" value=\"true\"{checked}><label for=\"f-{n}\">{l}</label></div>\n",
                    n = esc(&f.name),
                    l = c.frame.html(&key),
                ));
                j += 1;
            }
            // One box in the middle of a screen is a choice of its own: its label says it all.
            if j == i + 1 && !(i == 0 && in_legend) {
                out.push_str(&format!("<div class=\"field\">{boxes}</div>\n"));
                i = j;
                continue;
            }
            let legend = if i == 0 && in_legend {
                format!("<legend><h1>{heading}</h1></legend>")
            } else {
                format!("<legend>{heading}</legend>")
            };
            out.push_str(&format!(
                "<fieldset class=\"field\">{legend}\n{}{boxes}</fieldset>\n",
                why(c, i == 0 && in_legend)
            ));
            i = j;
            continue;
        }
        let html = field_html(c, field, i == 0 && in_legend);
        if field.implied.is_some() {
            // Hidden by the stylesheet while the answer that implies it is checked (no script).
            out.push_str(&format!("<div class=\"implied\">{html}</div>\n"));
        } else {
            out.push_str(&html);
        }
        i += 1;
    }
    out
}

/// The "why we ask" paragraph of a screen (printed once, under the heading).
fn why(c: &FieldsCtx<'_>, first: bool) -> String {
    if !first {
        return String::new();
    }
    let key = format!("{}.why", screen_key(&c.file.form, c.screen));
    match c.frame.texts.try_get(c.frame.lang, &key, None) {
        Some(_) => format!(
            "<p class=\"why\" id=\"why\"><strong>{}:</strong> {}</p>\n",
            c.frame.html("why-label"),
            c.frame.html(&key)
        ),
        None => String::new(),
    }
}

/// One field's control with its label, hint and error.
pub fn field_html(c: &FieldsCtx<'_>, field: &Field, heading_legend: bool) -> String {
    let f = c.frame;
    let key = field_key(&c.file.form, c.screen, field);
    let name = esc(&field.name);
    let id = format!("f-{name}");
    let label_text = if heading_legend {
        f.heading.clone()
    } else {
        f.t(&key)
    };
    // The label as HTML: marked as English where this language lacks it.
    let label_key = if heading_legend {
        screen_key(&c.file.form, c.screen)
    } else {
        key.clone()
    };
    let label_html = mark_english(esc(&label_text), falls_back(f.texts, f.lang, &label_key));
    let optional = if (c.required)(field) || matches!(field.widget, Widget::Checkbox) {
        String::new()
    } else {
        format!(" <span class=\"optional\">{}</span>", esc(&f.t("optional")))
    };
    // The hints, as HTML (each marked as English where it shows in English).
    let mut hints = Vec::new();
    let hint_key = format!("{key}.hint");
    if f.texts.try_get(f.lang, &hint_key, None).is_some() {
        hints.push(f.html(&hint_key));
    }
    if field.english && f.lang != "en" {
        hints.push(f.html("english-note"));
    }
    if field.private {
        hints.push(f.html("private-note"));
    }
    if field.widget == Widget::Date {
        hints.push(f.html("date-hint"));
    }
    let problem = c.problems.iter().find(|p| p.field == field.name);
    let mut described = Vec::new();
    let hint_html = if hints.is_empty() {
        String::new()
    } else {
        described.push(format!("{id}-hint"));
        format!(
            "<p class=\"hint\" id=\"{id}-hint\">{}</p>\n",
            hints.join(" ")
        )
    };
    let error_html = match problem {
        Some(p) => {
            described.push(format!("{id}-error"));
            format!(
                "<p class=\"error-message\" id=\"{id}-error\">{}</p>\n",
                esc(&p.message)
            )
        }
        None => String::new(),
    };
    let aria = |extra: &[String]| {
        let ids: Vec<String> = described.iter().chain(extra.iter()).cloned().collect();
        let mut s = String::new();
        if !ids.is_empty() {
            s.push_str(&format!(" aria-describedby=\"{}\"", ids.join(" ")));
        }
        if problem.is_some() {
            s.push_str(" aria-invalid=\"true\"");
        }
        s
    };
    let value = |n: &str| esc(c.values.get(n).map(String::as_str).unwrap_or(""));
    // Answers are written left to right even on a right-to-left page: English (the form's
    // language), numbers; other text (a name in its own script) takes its direction from what
    // is typed.
    let en = if field.english {
        " lang=\"en\" dir=\"ltr\""
    } else if field.widget == Widget::Number || field.private {
        " dir=\"ltr\""
    } else {
        " dir=\"auto\""
    };
    let err_class = if problem.is_some() { " has-error" } else { "" };
    let why_html = if heading_legend {
        why(c, true)
    } else {
        String::new()
    };
    match field.widget {
        Widget::Text | Widget::Number => {
            let width = field
                .width
                .map(|w| format!(" size=\"{w}\" class=\"w-{w}\""))
                .unwrap_or_default();
            let numeric = if field.widget == Widget::Number {
                " inputmode=\"numeric\""
            } else {
                ""
            };
            let auto = if field.private {
                " autocomplete=\"off\" spellcheck=\"false\""
            } else {
                ""
            };
            format!(
                "<div class=\"field{err_class}\"><label for=\"{id}\">{}{optional}</label>\n{hint_html}{error_html}\
                 <input type=\"text\" id=\"{id}\" name=\"{name}\" value=\"{}\"{width}{auto}{en}{numeric}{}></div>\n",
                label_html,
                value(&field.name),
                aria(&[])
            )
        }
        Widget::Textarea => format!(
            "<div class=\"field{err_class}\"><label for=\"{id}\">{}{optional}</label>\n{hint_html}{error_html}\
             <textarea id=\"{id}\" name=\"{name}\" rows=\"8\"{en}{}>{}</textarea></div>\n",
            label_html,
            aria(&[]),
            value(&field.name)
        ),
        Widget::Narrative => {
            if f.lang == "en" {
                return format!(
                    "<div class=\"field{err_class}\"><label for=\"{id}\">{}{optional}</label>\n{hint_html}{error_html}\
                     <textarea id=\"{id}\" name=\"{name}\" rows=\"10\" lang=\"en\" dir=\"ltr\"{}>{}</textarea></div>\n",
                    label_html,
                    aria(&[]),
                    value(&field.name)
                );
            }
            // The language's name inside a sentence where it differs from the list's
            // ("en español", not "en Español").
            let inline = format!("lang-inline-{}", f.lang);
            let lang_name = if f.texts.has(f.lang, &inline) {
                f.t(&inline)
            } else {
                f.t(&format!("lang-name-{}", f.lang))
            };
            let mut args = FluentArgs::new();
            args.set("language", lang_name);
            let orig_label = f.texts.get_args(f.lang, "narrative-original", Some(&args));
            let orig_name = format!("{}-original", field.name);
            format!(
                "<fieldset class=\"field{err_class}\"><legend>{}{optional}</legend>\n{error_html}\
                 <div class=\"sub\"><label for=\"{id}-original\">{}</label>\n<p class=\"hint\" id=\"{id}-original-hint\">{}</p>\n\
                 <textarea id=\"{id}-original\" name=\"{on}\" rows=\"10\" dir=\"auto\" aria-describedby=\"{id}-original-hint\">{}</textarea></div>\n\
                 <div class=\"sub\"><label for=\"{id}\">{}</label>\n<p class=\"hint\" id=\"{id}-hint\">{}</p>\n\
                 <textarea id=\"{id}\" name=\"{name}\" rows=\"10\" lang=\"en\" dir=\"ltr\" aria-describedby=\"{id}-hint\">{}</textarea></div>\n\
                 </fieldset>\n",
                label_html,
                esc(&orig_label),
                esc(&f.t("narrative-original-hint")),
                value(&orig_name),
                esc(&f.t("narrative-english")),
                esc(&f.t("narrative-english-hint")),
                value(&field.name),
                on = esc(&orig_name),
            )
        }
        Widget::Yesno | Widget::Radio | Widget::Choices => {
            let options: Vec<(String, String)> = if field.widget == Widget::Yesno {
                vec![
                    ("true".into(), f.html("yes")),
                    ("false".into(), f.html("no")),
                ]
            } else {
                field
                    .options
                    .iter()
                    .map(|o| (o.clone(), option_html(f, &key, o)))
                    .collect()
            };
            let current = c.values.get(&field.name).cloned().unwrap_or_default();
            let inline = if field.widget == Widget::Yesno {
                " inline"
            } else {
                ""
            };
            let radios: String = options
                .iter()
                .enumerate()
                .map(|(k, (v, l))| {
                    let rid = if k == 0 {
                        id.clone()
                    } else {
                        format!("{id}-{}", esc(v))
                    };
                    let on = if field.widget == Widget::Choices {
                        current.lines().any(|c| c == v)
                    } else {
                        &current == v
                    };
                    let checked = if on { " checked" } else { "" };
                    // The answer that makes another question's answer implied (a child not
                    // in the United States is not included): the stylesheet hides that one.
                    let implies = c.screen.fields.iter().any(|x| {
                        x.implied
                            .as_ref()
                            .and_then(|i| i.trigger())
                            .is_some_and(|(p, want)| p == field.path && want == v.as_str())
                    });
                    let checked = if implies {
                        format!("{checked} data-implies")
                    } else {
                        checked.to_string()
                    };
                    let kind = if field.widget == Widget::Choices {
                        "checkbox"
                    } else {
                        "radio"
                    };
                    format!(
                        "<div class=\"choice\"><input type=\"{kind}\" id=\"{rid}\" name=\"{name}\" value=\"{}\"{checked}><label for=\"{rid}\">{}</label></div>\n",
                        esc(v),
                        l
                    )
                })
                .collect();
            let legend = if heading_legend {
                format!("<legend><h1>{}</h1></legend>", label_html)
            } else {
                format!("<legend>{}{optional}</legend>", label_html)
            };
            format!(
                "<fieldset class=\"field{err_class}\"{}>{legend}\n{why_html}{hint_html}{error_html}<div class=\"choices{inline}\">\n{radios}</div></fieldset>\n",
                aria(&[])
            )
        }
        Widget::Select => {
            let current = c.values.get(&field.name).cloned().unwrap_or_default();
            let opts: String = field
                .options
                .iter()
                .map(|o| {
                    let sel = if &current == o { " selected" } else { "" };
                    // An option holds text only: an English fallback is marked on the option.
                    let k = option_key(f.texts, &key, o);
                    let en = if falls_back(f.texts, f.lang, &k) {
                        " lang=\"en\" dir=\"ltr\""
                    } else {
                        ""
                    };
                    format!(
                        "<option value=\"{}\"{sel}{en}>{}</option>",
                        esc(o),
                        esc(&f.t(&k))
                    )
                })
                .collect();
            format!(
                "<div class=\"field{err_class}\"><label for=\"{id}\">{}{optional}</label>\n{hint_html}{error_html}\
                 <select id=\"{id}\" name=\"{name}\"{}><option value=\"\"></option>{opts}</select></div>\n",
                label_html,
                aria(&[])
            )
        }
        Widget::Date => {
            let day = format!("{}-day", field.name);
            let month = format!("{}-month", field.name);
            let year = format!("{}-year", field.name);
            let current_month = c.values.get(&month).cloned().unwrap_or_default();
            let months: String = (1..=12)
                .map(|m| {
                    let sel = if current_month == m.to_string() {
                        " selected"
                    } else {
                        ""
                    };
                    format!(
                        "<option value=\"{m}\"{sel}>{}</option>",
                        esc(&f.t(&format!("month-{m}")))
                    )
                })
                .collect();
            let invalid = if problem.is_some() {
                " aria-invalid=\"true\""
            } else {
                ""
            };
            format!(
                "<fieldset class=\"field date{err_class}\"{}><legend>{}{optional}</legend>\n{hint_html}{error_html}<div class=\"date-parts\">\
                 <div><label for=\"{id}-day\">{}</label><input type=\"text\" inputmode=\"numeric\" id=\"{id}-day\" name=\"{}\" value=\"{}\" size=\"2\" maxlength=\"2\" class=\"w-2\" dir=\"ltr\"{invalid}></div>\
                 <div><label for=\"{id}-month\">{}</label><select id=\"{id}-month\" name=\"{}\"{invalid}><option value=\"\"></option>{months}</select></div>\
                 <div><label for=\"{id}-year\">{}</label><input type=\"text\" inputmode=\"numeric\" id=\"{id}-year\" name=\"{}\" value=\"{}\" size=\"4\" maxlength=\"4\" class=\"w-4\" dir=\"ltr\"{invalid}></div>\
                 </div></fieldset>\n",
                aria(&[]),
                label_html,
                esc(&f.t("date-day")),
                esc(&day),
                value(&day),
                esc(&f.t("date-month")),
                esc(&month),
                esc(&f.t("date-year")),
                esc(&year),
                value(&year),
            )
        }
        Widget::Checkbox => String::new(),
    }
}

/// The buttons at the foot of every question page.
pub fn buttons(f: &Frame<'_>, primary: &str) -> String {
    format!(
        "<div class=\"buttons\"><button type=\"submit\" name=\"action\" value=\"continue\">{}</button>\
         <button type=\"submit\" name=\"action\" value=\"close\" class=\"secondary\">{}</button></div>\n",
        esc(primary),
        esc(&f.t("button-save-close"))
    )
}

/// The style sheet: the `@font-face` rules of every font built into the binary (src/text/fonts.rs:
/// Latin, Arabic, Hebrew, Ethiopic, Devanagari, Myanmar, CJK), so names in any of those scripts
/// show offline and the same on every machine (the browser loads a fallback font only when a
/// character needs it), then [`CSS`].
pub fn css() -> String {
    let mut out = String::new();
    for (i, f) in crate::text::fonts::REGULAR.iter().enumerate() {
        let family = if i == 0 {
            "Noto Sans".to_string()
        } else {
            format!("Noto Script {i}")
        };
        // A script's font is fetched only for characters of that script (unicode-range), and
        // text shows at once in a fallback font while it loads (font-display: swap).
        let mut range = unicode_range(f.file)
            .map(|r| format!(" unicode-range: {r};"))
            .unwrap_or_default();
        // Naskh's letters are small beside Noto Sans at the same size (seen on the Arabic
        // screenshots at 320 px): drawn larger, so Arabic reads as easily as the Latin.
        if f.file.contains("Arabic") {
            range.push_str(" size-adjust: 115%;");
        }
        out.push_str(&format!(
            "@font-face {{ font-family: \"{family}\"; src: url(\"/static/fonts/{}\"); font-weight: 400; font-display: swap;{range} }}\n",
            f.file
        ));
    }
    out.push_str(&format!(
        "@font-face {{ font-family: \"Noto Sans\"; src: url(\"/static/fonts/{}\"); font-weight: 700; font-display: swap; }}\n",
        crate::text::fonts::BOLD.file
    ));
    out.push_str(CSS);
    out
}

/// The characters a built-in script font is for (by its file name).
fn unicode_range(file: &str) -> Option<&'static str> {
    let table: &[(&str, &str)] = &[
        (
            "Arabic",
            "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF",
        ),
        ("Hebrew", "U+0590-05FF, U+FB1D-FB4F"),
        ("Ethiopic", "U+1200-139F, U+2D80-2DDF, U+AB00-AB2F"),
        ("Devanagari", "U+0900-097F, U+A8E0-A8FF"),
        ("Myanmar", "U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F"),
        ("CJK", "U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+FF00-FFEF"),
    ];
    table
        .iter()
        .find(|(k, _)| file.contains(k))
        .map(|(_, r)| *r)
}

/// The rest of the style sheet: system-independent Noto fonts served from this server, contrast ≥ 4.5:1
/// (text #1a1a1a on white 17:1; links #0b4f9c 8:1; errors #b00020 6.5:1; hints #4a4a4a 8.9:1),
/// a visible focus ring, and one column that reflows down to 320 px and at 200% zoom.
pub const CSS: &str = r#"*, *::before, *::after { box-sizing: border-box; }
html { font-family: "Noto Sans", "Noto Script 1", "Noto Script 2", "Noto Script 3", "Noto Script 4", "Noto Script 5", "Noto Script 6", sans-serif; font-size: 100%; line-height: 1.5; color: #1a1a1a; background: #ffffff; }
body { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; inset-inline-start: -10000px; top: 0; background: #ffdd00; color: #1a1a1a; padding: .5rem 1rem; }
.skip:focus { inset-inline-start: 0; }
form:has(input[data-implies]:checked) .implied { display: none; }
.twice { border-inline-start: 4px solid #8a4b00; padding-inline-start: .75rem; margin: 1rem 0; }
header.top { background: #0b3a6e; color: #ffffff; padding: .5rem 1rem; }
header.top .app { margin: 0; font-weight: 700; }
main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
legend h1 { margin: 0 0 .5rem; }
p, li { max-width: 38rem; }
a { color: #0b4f9c; }
a:visited { color: #5a2d82; }
.lead { font-size: 1.35rem; font-weight: 700; margin: -.5rem 0 1rem; }
.why { background: #f1f5fa; border-inline-start: 4px solid #0b4f9c; padding: .5rem .75rem; }
.field { margin: 0 0 1.5rem; border: 0; padding: 0; min-width: 0; }
fieldset.field > legend { font-weight: 700; padding: 0; margin-bottom: .25rem; }
label { display: block; font-weight: 700; margin-bottom: .25rem; }
.choice label, .date-parts label { font-weight: 400; }
.optional { font-weight: 400; color: #4a4a4a; }
.hint { color: #4a4a4a; margin: 0 0 .5rem; }
input[type=text], select, textarea { font: inherit; color: #1a1a1a; background: #ffffff; border: 2px solid #1a1a1a; padding: .35rem .5rem; max-width: 100%; }
input[type=text], textarea { width: 100%; }
input.w-2 { width: 3.5rem; } input.w-4 { width: 5.5rem; } input.w-10 { width: 10rem; } input.w-11 { width: 11rem; } input.w-14 { width: 13rem; }
textarea { min-height: 8rem; }
.sub { margin: .75rem 0; }
.choices .choice { display: flex; align-items: flex-start; gap: .5rem; margin: .35rem 0; }
.choices.inline { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.choice { display: flex; align-items: flex-start; gap: .5rem; margin: .35rem 0; }
.choice input { width: 1.5rem; height: 1.5rem; margin: .1rem 0 0; flex: none; }
.choice label { margin: 0; }
.date-parts { display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
@media (max-width: 24rem) { .date-parts { column-gap: .5rem; } }
.date-parts > div { display: flex; flex-direction: column; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px #1a1a1a; }
.buttons { display: flex; flex-wrap: wrap; gap: 1rem; margin: 2rem 0 1rem; }
button { font: inherit; font-weight: 700; color: #ffffff; background: #0b6b32; border: 2px solid #0b6b32; padding: .5rem 1.25rem; cursor: pointer; }
button.secondary { color: #1a1a1a; background: #e8e8e8; border-color: #1a1a1a; }
button.link { color: #0b4f9c; background: none; border: 0; padding: 0; text-decoration: underline; font-weight: 400; }
.has-error { border-inline-start: 5px solid #b00020; padding-inline-start: .75rem; }
.error-message { color: #b00020; font-weight: 700; margin: 0 0 .5rem; }
.error-summary { border: 4px solid #b00020; padding: .75rem 1rem; margin-bottom: 1.5rem; }
.error-summary h2 { margin-top: 0; }
.error-summary a { color: #b00020; font-weight: 700; }
.banner { border: 2px solid #0b3a6e; background: #eef3f9; padding: .25rem .75rem; margin-bottom: 1rem; }
.banner.warn { border-color: #8a4b00; background: #fff4e5; }
.banner.bad { border-color: #b00020; background: #fdecee; }
.banner.good { border-color: #0b6b32; background: #e9f5ee; }
.items { list-style: none; padding: 0; }
.items li { border: 1px solid #767676; padding: .5rem .75rem; margin: .5rem 0; display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; }
.items form { margin: 0; }
table.review { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
table.review th, table.review td { text-align: start; vertical-align: top; border-bottom: 1px solid #767676; padding: .5rem .25rem; overflow-wrap: anywhere; }
table.review th { width: 45%; font-weight: 400; }
table.review th.screen-title { font-weight: 700; padding-top: 1rem; border-bottom: 0; width: auto; }
.finding { margin: .25rem 0 0; font-weight: 700; }
.finding.error { color: #b00020; }
.finding.warning { color: #8a4b00; }
.finding.info { color: #1a1a1a; font-weight: 400; }
.finding-detail { margin: 0 0 .5rem; color: #4a4a4a; font-size: .9rem; }
.answer { white-space: pre-wrap; }
code.option { white-space: nowrap; font-family: inherit; font-weight: 700; }
.files li { margin: .5rem 0; }
ul.hint { margin: 0 0 1.5rem; }
@media (max-width: 30rem) {
  h1 { font-size: 1.4rem; }
  main { padding: .75rem; }
  table.review, table.review tbody, table.review tr, table.review th, table.review td { display: block; width: 100%; }
  table.review th { border-bottom: 0; padding-bottom: 0; font-weight: 700; }
  table.review thead { display: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::isolate_latin;

    #[test]
    fn latin_terms_in_right_to_left_text_are_isolated_with_their_brackets() {
        let b = "<bdi lang=\"en\" dir=\"ltr\">";
        assert_eq!(
            isolate_latin("<p>طلب «عبثيًا» (frivolous application) يُحرَم</p>"),
            format!("<p>طلب «عبثيًا» {b}(frivolous application)</bdi> يُحرَم</p>")
        );
        // Form numbers, an entity inside a word, an option with its dashes; numbers alone stay.
        assert_eq!(
            isolate_latin("<p>النموذج I-589، S&#39;gaw مع --blank في 27 3 2024.</p>"),
            format!("<p>النموذج {b}I-589</bdi>، {b}S&#39;gaw</bdi> مع {b}--blank</bdi> في 27 3 2024.</p>")
        );
        // Entities are never split, nor tags, attributes, text already marked left-to-right,
        // or text-only elements.
        let alone = "<p title=\"USCIS\">&quot;<span lang=\"en\" dir=\"ltr\">Lopez, Ana</span>&quot;</p><textarea name=\"x\">My words</textarea><select><option value=\"a\">Passport</option></select><input value=\"X\">";
        assert_eq!(isolate_latin(alone), alone);
        // After a skipped element closes, isolation resumes.
        assert_eq!(
            isolate_latin("<p><span dir=\"ltr\">A</span> USCIS</p>"),
            format!("<p><span dir=\"ltr\">A</span> {b}USCIS</bdi></p>")
        );
    }
}
