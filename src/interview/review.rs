//! The review (every answer by form, Part and Item, as it will print, with `validate`'s findings
//! under the item they concern and a link back to the question), the deadline banner, and "make
//! my forms" (the packet pipeline, in-process).

use super::error::RequestError;
use super::flow::{Field, Place, QuestionFile, Screen, Widget};
use super::i18n::Texts;
use super::pages::{self, esc};
use super::server::{frame, Reply, State};
use crate::finding::{Finding, Severity};
use crate::schema::{SchemaError, SchemaSet};
use crate::validate::readiness::State as CaseState;
use fluent_bundle::FluentArgs;
use serde_json::Value;
use std::sync::OnceLock;

/// What the last "make my forms" did.
#[derive(Debug, Clone)]
pub struct Made {
    /// (text key of the kind of file, file name in the output folder)
    pub files: Vec<(String, String)>,
    /// Text keys of notes (no official forms: why).
    pub notes: Vec<String>,
    /// A failure's message (from the renderer; names no answer).
    pub failure: Option<String>,
    pub millis: u128,
    /// The checklist's documents: (rule id, whose, English label, status, optional,
    /// translation needed).
    pub documents: Vec<(String, String, String, crate::checklist::Status, bool, bool)>,
}

fn schemas() -> Result<&'static SchemaSet, &'static SchemaError> {
    static SET: OnceLock<Result<SchemaSet, SchemaError>> = OnceLock::new();
    SET.get_or_init(SchemaSet::load).as_ref()
}

fn lang_of(state: &State) -> String {
    state
        .lang
        .lock()
        .ok()
        .and_then(|l| l.clone())
        .unwrap_or_else(|| "en".into())
}

/// A date as the page's language writes it in full ("April 20, 2026", "20 de abril de 2026").
pub fn long_date(texts: &Texts, lang: &str, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let mut args = FluentArgs::new();
    args.set("day", d.day().to_string());
    args.set("month", texts.get(lang, &format!("month-{}", d.month())));
    args.set("year", d.year().to_string());
    texts.get_args(lang, "date-long", Some(&args))
}

/// The I-589 one-year deadline from the applicant's last arrival (src/rules/deadline.rs), once the
/// case has both.
pub fn deadline_banner(state: &State, case: &Value, lang: &str) -> Option<String> {
    let q = state.files.iter().find(|f| f.form == "i589")?;
    if !q.applies(case) {
        return None;
    }
    let Place::At(p) = q.expand("{applicant}/us_entries", case) else {
        return None;
    };
    let last = case
        .pointer(&p)?
        .as_array()?
        .iter()
        .filter_map(|e| {
            e.get("date")
                .and_then(Value::as_str)
                .and_then(crate::model::parse_date)
        })
        .max()?;
    let deadline = crate::rules::deadline::i589_one_year_dates(last).deadline;
    let days = (deadline - state.config.today).num_days();
    let date = long_date(&state.texts, lang, deadline);
    let mut args = FluentArgs::new();
    args.set("date", date);
    if days >= 0 {
        args.set("days", days);
        let class = if days <= 60 { "warn" } else { "info" };
        Some(pages::banner(
            class,
            &state.texts.get_args(lang, "deadline-i589", Some(&args)),
        ))
    } else {
        Some(pages::banner(
            "bad",
            &state
                .texts
                .get_args(lang, "deadline-i589-passed", Some(&args)),
        ))
    }
}

/// Which item of a repeated form a copy of its question file asks (`<form>-item`, with `$n` from
/// 1), when the form has that text; with the name of its `item_person` once the case has it
/// (`<form>-item-named`, with `$name`). Also the key of the text used.
pub fn item_label(
    texts: &Texts,
    lang: &str,
    file: &QuestionFile,
    case: &Value,
) -> Option<(String, String)> {
    let k = file.item?;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", k + 1);
    if let Some(name) = file
        .item_person
        .as_deref()
        .and_then(|slot| file.person_name(case, slot))
    {
        args.set("name", name);
        let key = format!("{}-item-named", file.form);
        if let Some(label) = texts.try_get(lang, &key, Some(&args)) {
            return Some((label, key));
        }
    }
    let key = format!("{}-item", file.form);
    Some((texts.try_get(lang, &key, Some(&args))?, key))
}

/// A value as the form prints it (English): dates MM/DD/YYYY, Yes/No, option names.
pub fn printed(texts: &Texts, form: &str, screen: &Screen, field: &Field, v: &Value) -> String {
    match (field.widget, v) {
        (Widget::Date, Value::String(s)) => crate::model::parse_date(s)
            .map(|d| d.format("%m/%d/%Y").to_string())
            .unwrap_or_else(|| s.clone()),
        (Widget::Yesno | Widget::Checkbox, Value::Bool(b)) => {
            texts.get("en", if *b { "yes" } else { "no" })
        }
        (Widget::Radio | Widget::Select, Value::String(s)) => {
            pages::option_label(texts, "en", &pages::field_key(form, screen, field), s)
        }
        (Widget::Choices, Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(|s| pages::option_label(texts, "en", &pages::field_key(form, screen, field), s))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// One list item in a line.
pub fn item_summary(
    texts: &Texts,
    _lang: &str,
    file: &QuestionFile,
    screen: &Screen,
    item: &Value,
) -> String {
    super::answers::item_values(screen, item)
        .iter()
        .map(|(f, v)| printed(texts, &file.form, screen, f, v))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why a list item's implied answers are what they are (see [`Field::implied`]), in the
/// page's language, as HTML: a child abroad is not included, and the review says so.
pub fn implied_notes(texts: &Texts, lang: &str, screen: &Screen, item: &Value) -> String {
    screen
        .fields
        .iter()
        .filter_map(|f| f.implied.as_ref().map(|i| (f, i)))
        .filter(|(f, i)| i.holds(item) && item.pointer(&format!("/{}", f.path)) == Some(&i.value))
        .map(|(_, i)| {
            let marked = pages::mark_english(
                esc(&texts.get(lang, &i.reason)),
                pages::falls_back(texts, lang, &i.reason),
            );
            format!(" <span class=\"implied-note\">{marked}</span>")
        })
        .collect()
}

/// The pointer a finding is about: a missing property's own place for `schema.required`.
fn finding_target(f: &Finding) -> String {
    if f.code == "schema.required" {
        if let Some(name) = f.message.split('"').nth(1) {
            return format!("{}/{}", f.pointer, name);
        }
    }
    f.pointer.clone()
}

fn concerns(target: &str, pointer: &str) -> bool {
    target == pointer
        || pointer.starts_with(&format!("{target}/"))
        || target.starts_with(&format!("{pointer}/"))
}

/// A finding in the page's language: outside English, its code's sentence (when there is one)
/// followed by the finding's own English message, which holds the facts (dates, amounts); else
/// the English message alone, marked as English.
fn finding_html(texts: &Texts, lang: &str, f: &Finding) -> String {
    let class = f.severity.as_str();
    let key = format!("finding-{}", f.code.replace('.', "-"));
    if lang != "en" && texts.has(lang, &key) {
        return format!(
            "<p class=\"finding {class}\">{}</p><p class=\"finding-detail\"><span>{}</span> <span lang=\"en\" dir=\"ltr\">{}</span></p>",
            esc(&texts.get(lang, &key)),
            esc(&texts.get(lang, "finding-detail")),
            esc(&f.message)
        );
    }
    let marked = if lang != "en" {
        " lang=\"en\" dir=\"ltr\""
    } else {
        ""
    };
    format!(
        "<p class=\"finding {class}\"{marked}>{}</p>",
        esc(&f.message)
    )
}

/// Validates the case as it is now. Schemas that do not load (a broken build) are one error
/// finding, so the page never calls a case ready that was not checked.
fn findings(state: &State, case: &Value) -> Vec<Finding> {
    let set = match schemas() {
        Ok(set) => set,
        Err(e) => {
            return vec![Finding::new(
                Severity::Error,
                "internal",
                "",
                format!("internal error: {e}"),
            )]
        }
    };
    let bytes = serde_json::to_vec(case).unwrap_or_default();
    crate::validate::check_bytes(&bytes, set, state.config.today).findings
}

pub fn review_page(state: &State) -> Reply {
    let lang = lang_of(state);
    let case = state.case.lock().map(|c| c.clone()).unwrap_or(Value::Null);
    let f = frame(
        state,
        &lang,
        state.texts.get(&lang, "review-title"),
        "review",
    );
    let all = findings(state, &case);
    let mut used = vec![false; all.len()];
    // The state `validate` gives (errors, then questions the forms require), and incomplete
    // too while a screen that applies is unanswered: never "complete" beside a finding that
    // says a question is unanswered.
    let unasked = super::flow::next_screen(&state.files, &case).is_some();
    let (class, key) = match crate::validate::readiness::Readiness::of(&all).state() {
        CaseState::Invalid => ("bad", "state-invalid"),
        CaseState::Incomplete => ("warn", "state-incomplete"),
        CaseState::ReadyToFile if unasked => ("warn", "state-incomplete"),
        CaseState::ReadyToFile => ("good", "state-ready"),
    };
    let mut sections = String::new();
    for file in &state.files {
        if !file.applies(&case) {
            continue;
        }
        let (title, title_key) = if file.form == "evidence" {
            (
                state.texts.get(&lang, "part-evidence"),
                "part-evidence".to_string(),
            )
        } else {
            // A repeated form's item label names the form already ("Form I-730 number 2").
            match item_label(&state.texts, &lang, file, &case) {
                Some(l) => l,
                None => {
                    let k = format!("{}-title", file.form);
                    (state.texts.get(&lang, &k), k)
                }
            }
        };
        sections.push_str(&format!(
            "<h2>{}</h2>\n",
            pages::mark_english(
                esc(&title),
                pages::falls_back(&state.texts, &lang, &title_key)
            )
        ));
        let mut part = String::new();
        for screen in &file.screens {
            if !file.shown(screen, &case) {
                continue;
            }
            if screen.part != part && file.form != "evidence" {
                if !part.is_empty() {
                    sections.push_str("</table>\n");
                }
                part = screen.part.clone();
                let pk = format!("part-{}", part.to_lowercase().replace('.', ""));
                sections.push_str(&format!(
                    "<h3>{}</h3>\n<table class=\"review\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n",
                    esc(&state.texts.get(&lang, &pk)),
                    esc(&f.t("review-question")),
                    esc(&f.t("review-answer"))
                ));
            } else if part.is_empty() {
                part = screen.part.clone();
                sections.push_str("<table class=\"review\">\n");
            }
            // Each screen's rows in a group of their own, headed by the screen's question.
            sections.push_str("<tbody>\n");
            sections.push_str(&screen_rows(
                state, &lang, file, screen, &case, &all, &mut used,
            ));
            sections.push_str("</tbody>\n");
        }
        if !part.is_empty() {
            sections.push_str("</table>\n");
        }
    }
    let others: String = all
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(x, _)| format!("<li>{}</li>", finding_html(&state.texts, &lang, x)))
        .collect();
    let others = if others.is_empty() {
        String::new()
    } else {
        format!(
            "<h2>{}</h2>\n<ul>{others}</ul>\n",
            esc(&f.t("review-other-findings"))
        )
    };
    let twice = twice_html(state, &lang, &case);
    let body = format!(
        "<h1>{}</h1>\n{}<p>{}</p>\n{twice}{others}{sections}<p>{}</p>\n\
         <form method=\"post\" action=\"/make\"><div class=\"buttons\"><button type=\"submit\">{}</button></div></form>\n\
         <form method=\"post\" action=\"/finish\"><div class=\"buttons\"><button type=\"submit\" class=\"secondary\">{}</button></div></form>\n",
        esc(&f.heading),
        pages::banner(class, &f.t(key)),
        esc(&f.t("review-intro")),
        esc(&f.t("review-go-make")),
        esc(&f.t("button-make")),
        esc(&f.t("button-finish")),
    );
    Reply {
        status: 200,
        content_type: "text/html; charset=utf-8",
        body: pages::page(&f, &body).into_bytes(),
        headers: Vec::new(),
    }
}

/// People entered twice (see [`super::twice`]): each pair, where each is named, and a button
/// that joins them (one POST to `/join`), or, while their answers differ, which ones.
fn twice_html(state: &State, lang: &str, case: &Value) -> String {
    let pairs = super::twice::pairs(case);
    let Ok(set) = schemas() else {
        return String::new();
    };
    if pairs.is_empty() {
        return String::new();
    }
    let texts = &state.texts;
    // A message as HTML, marked as English where this language lacks it (locales/ar/).
    let html = |k: &str, args: Option<&FluentArgs>| {
        pages::mark_english(
            esc(&texts.get_args(lang, k, args)),
            pages::falls_back(texts, lang, k),
        )
    };
    let mut out = format!("<h2>{}</h2>\n", html("review-twice-title", None));
    for p in &pairs {
        let mut args = FluentArgs::new();
        args.set("name", p.name.clone());
        // As the forms print a date.
        let born = crate::model::parse_date(&p.born)
            .map_or_else(|| p.born.clone(), |d| d.format("%m/%d/%Y").to_string());
        args.set("born", born);
        // A form by its number; "people" (named only by other people's answers) in words.
        let places = |id: &str| {
            super::twice::places(case, id, set)
                .into_iter()
                .map(|x| {
                    if x == "people" {
                        texts.get(lang, "review-twice-people")
                    } else {
                        x
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        args.set("first", places(&p.keep));
        args.set("second", places(&p.drop));
        out.push_str(&format!(
            "<div class=\"twice\"><p>{}</p>\n",
            html("review-twice-pair", Some(&args))
        ));
        if p.differ.is_empty() {
            out.push_str(&format!(
                "<form method=\"post\" action=\"/join\"><input type=\"hidden\" name=\"keep\" value=\"{}\"><input type=\"hidden\" name=\"drop\" value=\"{}\"><div class=\"buttons\"><button type=\"submit\" class=\"secondary\">{}</button></div></form>\n",
                esc(&p.keep),
                esc(&p.drop),
                html("button-join", None)
            ));
        } else {
            let mut args = FluentArgs::new();
            let named: Vec<String> = p.differ.iter().map(|d| asked_as(state, lang, d)).collect();
            args.set("fields", named.join(", "));
            out.push_str(&format!(
                "<p>{}</p>\n",
                html("review-twice-differ", Some(&args))
            ));
        }
        out.push_str("</div>\n");
    }
    out
}

/// A person's answer (a pointer inside a person, `/a_number`) by the question that asks it
/// (the first screen whose field is a person's at that path), else the pointer itself.
fn asked_as(state: &State, lang: &str, inside: &str) -> String {
    for file in &state.files {
        for screen in &file.screens {
            for field in &screen.fields {
                let rest = field
                    .path
                    .strip_prefix('{')
                    .and_then(|p| p.split_once('}'))
                    .map(|(_, rest)| rest);
                if rest == Some(inside) {
                    return format!(
                        "“{}”",
                        state
                            .texts
                            .get(lang, &pages::field_key(&file.form, screen, field))
                    );
                }
            }
        }
    }
    inside.to_string()
}

/// `POST /join` (`keep`, `drop`): joins two people entered twice, saves, and shows the review.
pub fn join(state: &State, keep: &str, drop: &str) -> Result<Reply, RequestError> {
    let set = schemas().map_err(RequestError::Schemas)?;
    {
        let mut case = state.case.lock().map_err(|_| RequestError::Locked)?;
        let mut joined = case.clone();
        super::twice::join(&mut joined, keep, drop, set).map_err(RequestError::Join)?;
        super::server::save(&state.config.case, &joined)
            .map_err(|e| RequestError::Save(Box::new(e)))?;
        *case = joined;
    }
    Ok(Reply::redirect("/review"))
}

fn screen_rows(
    state: &State,
    lang: &str,
    file: &QuestionFile,
    screen: &Screen,
    case: &Value,
    all: &[Finding],
    used: &mut [bool],
) -> String {
    let texts = &state.texts;
    let key = pages::screen_key(&file.form, screen);
    // A message as HTML, marked as English where this language lacks it (a partial
    // translation): on a right-to-left page its punctuation then stays at its end.
    let marked =
        |k: &str| pages::mark_english(esc(&texts.get(lang, k)), pages::falls_back(texts, lang, k));
    let edit = format!(
        "<a href=\"/s/{}/{}?return=review\">{}<span class=\"visually-hidden\"> – {}</span></a>",
        esc(&file.url_name()),
        esc(&screen.id),
        esc(&texts.get(lang, "button-edit")),
        marked(&key)
    );
    let mut out = String::new();
    let mut take = |pointer: &str| -> String {
        let mut s = String::new();
        for (i, x) in all.iter().enumerate() {
            if !used[i] && concerns(&finding_target(x), pointer) {
                used[i] = true;
                s.push_str(&finding_html(texts, lang, x));
            }
        }
        s
    };
    if let Some(list) = &screen.list {
        let (items, ptr) = match file.expand(list, case) {
            // Only the items the screen is about (`item_if`).
            Place::At(p) => (
                case.pointer(&p).and_then(Value::as_array).map(|_| {
                    file.list_items(screen, case)
                        .into_iter()
                        .map(|(_, it)| it)
                        .collect::<Vec<_>>()
                }),
                p,
            ),
            Place::NoPerson(_) => (None, String::new()),
        };
        let answer = match &items {
            None => format!("<em>{}</em>", esc(&texts.get(lang, "review-no-answer"))),
            Some(v) if v.is_empty() => "<span lang=\"en\" dir=\"ltr\">None</span>".to_string(),
            Some(v) => format!(
                "<ul>{}</ul>",
                v.iter()
                    .map(|it| {
                        let view = file.item_view(screen, it, case);
                        format!(
                            // The item isolated, not the list item: the bullet stays on the
                            // page's side (an LTR item's bullet, left of a right-to-left
                            // column, stuck out of a 320 px window).
                            "<li><span lang=\"en\" dir=\"ltr\">{}</span>{}</li>",
                            esc(&item_summary(texts, lang, file, screen, &view)),
                            implied_notes(texts, lang, screen, &view)
                        )
                    })
                    .collect::<String>()
            ),
        };
        let found = if ptr.is_empty() {
            String::new()
        } else {
            take(&ptr)
        };
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td><div class=\"answer\">{answer}</div>{found}<p>{edit}</p></td></tr>\n",
            marked(&key)
        ));
        return out;
    }
    // A screen of several questions: its heading first, so "Date" reads as the filing date.
    if screen.fields.len() > 1 && !pages::heading_in_legend(screen) {
        out.push_str(&format!(
            "<tr><th colspan=\"2\" scope=\"rowgroup\" class=\"screen-title\">{}</th></tr>\n",
            marked(&key)
        ));
    }
    for (n, field) in screen.fields.iter().enumerate() {
        let question =
            if n == 0 && pages::heading_in_legend(screen) && field.widget != Widget::Checkbox {
                marked(&key)
            } else {
                marked(&pages::field_key(&file.form, screen, field))
            };
        let (value, ptr) = match file.expand(&field.path, case) {
            // A link chosen by an answer: the option that holds the link.
            Place::At(p) => match screen
                .link_choice
                .as_ref()
                .filter(|l| l.field == field.name)
            {
                Some(lc) => match file.chosen_link(field, lc, case) {
                    Some(o) => (Some(Value::String(o.clone())), format!("{p}/{o}")),
                    None => (None, String::new()),
                },
                // Yes or No to whether it is there: No when it is not (never required).
                // Its findings go under the questions about what is in it.
                None if field.presence => {
                    (Some(Value::Bool(case.pointer(&p).is_some())), String::new())
                }
                None => (case.pointer(&p).cloned(), p),
            },
            Place::NoPerson(_) if field.presence => (Some(Value::Bool(false)), String::new()),
            Place::NoPerson(_) => (None, String::new()),
        };
        let mut answer = match &value {
            Some(v) if !v.is_null() => format!(
                "<span lang=\"en\" dir=\"ltr\">{}</span>",
                esc(&printed(texts, &file.form, screen, field, v))
            ),
            // A box left out of the case file is a box not checked.
            _ if field.widget == Widget::Checkbox => {
                format!(
                    "<span lang=\"en\" dir=\"ltr\">{}</span>",
                    esc(&texts.get("en", "no"))
                )
            }
            _ => format!("<em>{}</em>", esc(&texts.get(lang, "review-no-answer"))),
        };
        if let Some(o) = &field.original {
            if let Place::At(op) = file.expand(o, case) {
                if let Some(t) = case.pointer(&format!("{op}/text")).and_then(Value::as_str) {
                    let l = case
                        .pointer(&format!("{op}/language"))
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    answer.push_str(&format!(
                        "<blockquote lang=\"{}\" dir=\"auto\">{}</blockquote>",
                        esc(l),
                        esc(t)
                    ));
                }
            }
        }
        let found = if ptr.is_empty() {
            String::new()
        } else {
            take(&ptr)
        };
        // The form's item number ("4", "35.a"), or its page where the form numbers none
        // ("page 1" in the question file: the word in the page's language).
        let item = field
            .item
            .as_deref()
            .map(|i| {
                let shown = match i.strip_prefix("page ") {
                    Some(n) => {
                        let mut args = FluentArgs::new();
                        args.set("n", n.to_string());
                        texts.get_args(lang, "review-page", Some(&args))
                    }
                    None => i.to_string(),
                };
                format!(
                    " <span class=\"optional\">(<bdi>{}</bdi>)</span>",
                    esc(&shown)
                )
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}{item}</th><td><div class=\"answer\">{answer}</div>{found}<p>{edit}</p></td></tr>\n",
            question
        ));
    }
    out
}

/// "Make my forms": the packet pipeline on the case as it is, files written (owner-only) to
/// the output folder.
pub fn make(state: &State) -> Reply {
    let started = std::time::Instant::now();
    let case = state.case.lock().map(|c| c.clone()).unwrap_or(Value::Null);
    let made = match make_files(state, &case) {
        Ok(mut m) => {
            m.millis = started.elapsed().as_millis();
            m
        }
        Err(e) => Made {
            files: Vec::new(),
            notes: Vec::new(),
            failure: Some(e.to_string()),
            millis: started.elapsed().as_millis(),
            documents: Vec::new(),
        },
    };
    if let Ok(mut g) = state.made.lock() {
        *g = Some(made);
    }
    Reply {
        status: 303,
        content_type: "text/plain; charset=utf-8",
        body: Vec::new(),
        headers: vec![("Location".into(), "/made".into())],
    }
}

fn make_files(state: &State, case: &Value) -> Result<Made, crate::app::error::Error> {
    use crate::app::packet::{self, Resources};
    let bytes = serde_json::to_vec_pretty(case)
        .map_err(|e| crate::app::error::Error::Internal(e.to_string()))?;
    let mut res = Resources::new(state.config.today)?;
    res.load_draft()?;
    let outcome = crate::validate::check_bytes_with_json(&bytes, &res.schemas, res.today);
    let mut notes = Vec::new();
    if outcome.has_errors() {
        notes.push("make-has-errors".to_string());
    } else if let Some(dir) = &state.config.blank {
        res.load_blanks(dir, &packet::forms_needed(&outcome))?;
        res.fill.fallback_fonts = packet::load_fonts(None)?;
    } else {
        notes.push("make-no-blank".to_string());
    }
    let packet = packet::finish(outcome, &res);
    let files = packet.files();
    crate::app::write::create_private_dir(&state.config.out)?;
    let to_write: Vec<(std::path::PathBuf, &[u8])> = files
        .iter()
        .map(|(n, b)| (state.config.out.join(n), b.as_ref()))
        .collect();
    crate::app::write::write_private_all(&to_write, true)?;
    let listed = files
        .iter()
        .filter(|(n, _)| n != "checklist.json")
        .map(|(n, _)| {
            let kind = if n == "draft.pdf" {
                "make-file-draft"
            } else if n.ends_with(".md") {
                "make-file-checklist"
            } else {
                "make-file-form"
            };
            (kind.to_string(), n.clone())
        })
        .collect();
    let documents = packet
        .checklist
        .as_ref()
        .map(|c| {
            c.items
                .iter()
                .map(|i| {
                    (
                        i.rule.clone(),
                        i.person_name.clone(),
                        i.document.clone(),
                        i.status,
                        i.optional,
                        i.translation_needed,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Made {
        files: listed,
        notes,
        failure: packet.failure.as_ref().map(ToString::to_string),
        millis: 0,
        documents,
    })
}

pub fn made_page(state: &State) -> Reply {
    let lang = lang_of(state);
    let f = frame(state, &lang, state.texts.get(&lang, "make-title"), "made");
    let made = state.made.lock().ok().and_then(|m| m.clone());
    let mut body = format!("<h1>{}</h1>\n", esc(&f.heading));
    match made {
        None => body.push_str(&format!("<p>{}</p>\n", esc(&f.t("make-intro")))),
        Some(m) => {
            if let Some(e) = &m.failure {
                let mut args = FluentArgs::new();
                args.set("reason", e.clone());
                body.push_str(&pages::banner(
                    "bad",
                    &state.texts.get_args(&lang, "make-failed", Some(&args)),
                ));
            }
            for n in &m.notes {
                // The option to type, kept whole and left to right (it broke after "--" at
                // 320 px, and its dashes moved to the other side of it in Arabic).
                let text = esc(&f.t(n)).replace(
                    "--blank",
                    "<code class=\"option\" dir=\"ltr\">--blank</code>",
                );
                body.push_str(&format!(
                    "<div class=\"banner warn\" role=\"status\"><p>{text}</p></div>\n"
                ));
            }
            if !m.files.is_empty() {
                // The folder isolated left to right: in a right-to-left sentence its leading
                // "/" showed at its other end.
                const DIR: &str = "\u{E000}";
                let mut args = FluentArgs::new();
                args.set("dir", DIR);
                let folder = format!(
                    "<bdi dir=\"ltr\">{}</bdi>",
                    esc(&state.config.out.display().to_string())
                );
                body.push_str(&format!(
                    "<p>{}</p>\n<ul class=\"files\">",
                    esc(&state.texts.get_args(&lang, "make-done", Some(&args)))
                        .replace(DIR, &folder)
                ));
                for (kind, name) in &m.files {
                    body.push_str(&format!(
                        "<li>{}: <a href=\"/files/{n}\">{n}</a></li>",
                        esc(&f.t(kind)),
                        n = esc(name)
                    ));
                }
                body.push_str("</ul>\n");
            }
        }
    }
    if let Some(m) = state.made.lock().ok().and_then(|m| m.clone()) {
        body.push_str(&checklist_html(&state.texts, &lang, &m));
    }
    body.push_str(&format!(
        "<p><a href=\"/review\">{}</a></p>\n<form method=\"post\" action=\"/finish\"><div class=\"buttons\"><button type=\"submit\" class=\"secondary\">{}</button></div></form>\n",
        esc(&f.t("make-back")),
        esc(&f.t("button-finish"))
    ));
    Reply {
        status: 200,
        content_type: "text/html; charset=utf-8",
        body: pages::page(&f, &body).into_bytes(),
        headers: Vec::new(),
    }
}

/// The checklist in the page's language: each document by its rule's `doc-<id>` text (the
/// English label where a language has none), whose it is, and whether it is on hand.
fn checklist_html(texts: &Texts, lang: &str, m: &Made) -> String {
    use crate::checklist::Status;
    if m.documents.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<h2>{}</h2>\n<p>{}</p>\n<ul class=\"checklist\">\n",
        esc(&texts.get(lang, "checklist-title")),
        esc(&texts.get(lang, "checklist-intro"))
    );
    for (rule, whose, label, status, optional, translation) in &m.documents {
        // The same `doc-<id>` texts as the command line's and the draft's checklist; English
        // has none (its text is evidence.json's label).
        let key = format!("doc-{rule}");
        let doc = if texts.has(lang, &key) {
            esc(&texts.get(lang, &key))
        } else if lang == "en" {
            esc(label)
        } else {
            format!("<span lang=\"en\" dir=\"ltr\">{}</span>", esc(label))
        };
        let state = texts.get(
            lang,
            match status {
                Status::Provided => "checklist-status-provided",
                Status::Missing => "checklist-status-missing",
                Status::Unavailable => "checklist-status-unavailable",
            },
        );
        let optional = if *optional {
            format!(" {}", esc(&texts.get(lang, "checklist-optional")))
        } else {
            String::new()
        };
        let translation = if *translation {
            format!(" {}", esc(&texts.get(lang, "checklist-translation")))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<li><strong>{doc}</strong>{optional} – <span lang=\"en\" dir=\"ltr\">{}</span>: {}.{translation}</li>\n",
            esc(whose),
            esc(&state)
        ));
    }
    out.push_str("</ul>\n");
    out
}

/// A file the last "make my forms" wrote (only those: no path from the URL reaches the disk).
pub fn file(state: &State, name: &str) -> Reply {
    let known = state
        .made
        .lock()
        .ok()
        .and_then(|m| m.clone())
        .is_some_and(|m| m.files.iter().any(|(_, n)| n == name));
    let bytes = if known {
        std::fs::read(state.config.out.join(name)).ok()
    } else {
        None
    };
    match bytes {
        Some(body) => Reply {
            status: 200,
            content_type: if name.ends_with(".pdf") {
                "application/pdf"
            } else {
                "text/plain; charset=utf-8"
            },
            body,
            headers: Vec::new(),
        },
        None => Reply {
            status: 404,
            content_type: "text/plain; charset=utf-8",
            body: b"Not found.".to_vec(),
            headers: Vec::new(),
        },
    }
}
