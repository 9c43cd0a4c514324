//! The forms' skip logic, written once as data: `form-templates/<form>/<edition>/skip.tsv`
//! says which answer makes the form skip which items ("I am not married. (Skip to Your
//! Children below.)", "If you answered Yes, complete Item Numbers 2.-4."). A skipped field gets
//! nothing: no value, no "N/A", and the draft shows it as skipped rather than as a gap.
//!
//! Format (tab-separated, header line, `#` comments):
//! `when` — a map source with `=value` (`absent(spouse)=true`), on when it holds; a leading `!`
//! turns it round (`!case.preparer.is_attorney=true`: unless the preparer is an attorney);
//! several joined by ` & ` must all hold;
//! `skip` — the items it governs, as `item` labels of the field map or their beginnings,
//! separated by `;`; `item 14-21` stands for items 14 to 21;
//! `instruction` — the form's words that say so, with where they are.
//! `{n}` in `when` and `{n1}` in `skip` make one rule per row of a list (child 1, child 2…).

use crate::forms::fieldmap::{self, LineError, LineProblem, Row};
use crate::forms::templates;
use crate::forms::values::{self, FieldValue};
use crate::forms::{Edition, Form};
use serde_json::Value;

/// One rule of a skip table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// The condition as written, `{n}` unexpanded.
    pub when: String,
    /// The item labels (or their beginnings) it empties, `{n1}` unexpanded, ranges expanded.
    pub skip: Vec<String>,
    pub instruction: String,
    pub line: usize,
}

/// List rows a `{n}` rule is tried for: more than any form has rows for one list.
const MAX_ROWS: usize = 12;

/// Parses a skip table.
pub fn parse(text: &str) -> Result<Vec<Rule>, LineError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [when, skip, instruction] = cols.as_slice() else {
            return Err(LineError::new(n, LineProblem::SkipColumns(cols.len())));
        };
        for cond in when.split(" & ") {
            let probe = cond.trim().trim_start_matches('!').replace("{n}", "0");
            let expr = fieldmap::parse_expr(&probe)
                .map_err(|e| LineError::new(n, LineProblem::Source(e)))?;
            if expr.equals.is_none() {
                return Err(LineError::new(n, LineProblem::NoEquals(cond.to_string())));
            }
        }
        if instruction.trim().is_empty() {
            return Err(LineError::new(n, LineProblem::NoInstruction));
        }
        let skip: Vec<String> = skip
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .flat_map(expand_range)
            .collect();
        if skip.is_empty() {
            return Err(LineError::new(n, LineProblem::NoItem));
        }
        out.push(Rule {
            when: when.trim().to_string(),
            skip,
            instruction: instruction.trim().to_string(),
            line: n,
        });
    }
    Ok(out)
}

/// "Part A.II, child {n1}, item 14-16" → items 14, 15 and 16.
fn expand_range(label: &str) -> Vec<String> {
    let Some((head, range)) = label.rsplit_once("item ") else {
        return vec![label.to_string()];
    };
    let Some((a, b)) = range.split_once('-') else {
        return vec![label.to_string()];
    };
    match (a.parse::<u32>(), b.parse::<u32>()) {
        (Ok(a), Ok(b)) if a <= b => (a..=b).map(|i| format!("{head}item {i}")).collect(),
        _ => vec![label.to_string()],
    }
}

/// The skip table of a form edition (empty when it has none).
pub fn rules(form: Form, edition: Edition) -> Result<Vec<Rule>, LineError> {
    parse(templates::skip_text(form, edition))
}

/// The items a form asks of everyone (`asked.tsv`: item label or its beginning, and the
/// form's words): a case without the answer leaves them empty, never "N/A", so the gap shows
/// in the draft and the rules can report it. "N/A" says the question does not apply.
pub fn asked(form: Form, edition: Edition) -> Vec<&'static str> {
    templates::asked_text(form, edition)
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .collect()
}

/// Whether the field map's item `label` is the item `prefix` or a detail of it
/// ("Part 4, item 2" covers "Part 4, item 2 (decision)" but not "Part 4, item 21").
pub fn covers(prefix: &str, label: &str) -> bool {
    match label.strip_prefix(prefix) {
        Some(rest) => rest.is_empty() || rest.starts_with([' ', ',', '(', ':']),
        None => false,
    }
}

/// The fields the form's skip logic leaves empty for this case, each with the instruction
/// that says so, in map order.
pub fn skipped<'r>(
    rules: &'r [Rule],
    rows: &[Row],
    case: &Value,
    form: &Value,
) -> Vec<(String, &'r str)> {
    let mut prefixes: Vec<(String, &str)> = Vec::new();
    for r in rules {
        let per_row = r.when.contains("{n}");
        let count = if per_row { MAX_ROWS } else { 1 };
        for n in 0..count {
            let holds = |cond: &str| {
                let (negate, cond) = match cond.trim().strip_prefix('!') {
                    Some(c) => (true, c),
                    None => (false, cond.trim()),
                };
                let Ok(expr) = fieldmap::parse_expr(&cond.replace("{n}", &n.to_string())) else {
                    return false;
                };
                let probe = Row {
                    field: String::new(),
                    item: String::new(),
                    at: None,
                    source: Some(expr),
                    reason: None,
                    line: r.line,
                };
                let on = matches!(
                    values::evaluate(std::slice::from_ref(&probe), case, form).pop(),
                    Some((_, FieldValue::Check(true)))
                );
                on != negate
            };
            if r.when.split(" & ").all(holds) {
                for s in &r.skip {
                    prefixes.push((s.replace("{n1}", &(n + 1).to_string()), &r.instruction));
                }
            }
        }
    }
    rows.iter()
        .filter_map(|row| {
            prefixes
                .iter()
                .find(|(p, _)| covers(p, &row.item))
                .map(|(_, why)| (row.field.clone(), *why))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_edition() -> Vec<(Form, Edition)> {
        Form::ALL
            .into_iter()
            .flat_map(|f| templates::editions(f).into_iter().map(move |e| (f, e)))
            .collect()
    }

    #[test]
    fn covers_an_item_and_its_details_only() {
        assert!(covers("Part 4, item 2", "Part 4, item 2 (decision)"));
        assert!(covers("Part 4, item 2", "Part 4, item 2"));
        assert!(!covers("Part 4, item 2", "Part 4, item 21"));
        assert!(covers(
            "Part A.II, spouse item 1",
            "Part A.II, spouse item 1"
        ));
        assert!(!covers(
            "Part A.II, spouse item 1",
            "Part A.II, spouse item 15 (location)"
        ));
        assert!(covers(
            "Part 1, item 18, prior address",
            "Part 1, item 18, prior address (city or town)"
        ));
    }

    #[test]
    fn rules_fire_on_their_condition_and_per_row() {
        let table = "when\tskip\tinstruction\n\
            absent(spouse)=true\tPart A.II, spouse item 1-3\tI am not married (skip)\n\
            children[{n}].in_us=false\tPart A.II, child {n1}, item 14-15\tYes (Complete Blocks 14 to 21.)\n\
            !preparer.is_attorney=true\tPart E, attorney\tattorney only\n";
        let rules = parse(table).expect("parses");
        assert_eq!(rules[0].skip.len(), 3);
        let map = "field\titem\tsource\treason\n\
            S1\tPart A.II, spouse item 1\tspouse.a\t\n\
            S15\tPart A.II, spouse item 15\tspouse.b\t\n\
            C14\tPart A.II, child 2, item 14\tchildren[1].x\t\n\
            C114\tPart A.II, child 1, item 14\tchildren[0].x\t\n\
            A\tPart E, attorney bar number\tpreparer.bar\t\n";
        let rows = crate::forms::fieldmap::parse_map(map).expect("map");
        let form = serde_json::json!({
            "children": [{"in_us": true}, {"in_us": false}],
            "preparer": {"is_attorney": false}
        });
        let got: Vec<String> = skipped(&rules, &rows, &serde_json::json!({}), &form)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(got, vec!["S1", "C14", "A"]);
    }

    #[test]
    fn every_asked_item_is_an_item_of_its_map() {
        for (form, edition) in every_edition() {
            let rows = templates::map(form, edition).expect("parses");
            if templates::asked_text(form, edition).is_empty() {
                continue;
            }
            let asked = asked(form, edition);
            assert!(!asked.is_empty(), "{form}/{edition}/asked.tsv is empty");
            for a in asked {
                assert!(
                    rows.iter().any(|r| covers(a, &r.item)),
                    "{form}/{edition}/asked.tsv: {a:?} names no item of the field map"
                );
            }
        }
    }

    #[test]
    fn every_skip_table_parses_and_names_items_of_its_map() {
        for (form, edition) in every_edition() {
            let rules =
                rules(form, edition).unwrap_or_else(|e| panic!("{form}/{edition}/skip.tsv: {e}"));
            let rows = templates::map(form, edition).expect("parses");
            for r in &rules {
                for s in &r.skip {
                    let found = (1..=MAX_ROWS).any(|n| {
                        let s = s.replace("{n1}", &n.to_string());
                        rows.iter().any(|row| covers(&s, &row.item))
                    });
                    assert!(
                        found,
                        "{form}/{edition}/skip.tsv line {}: {s:?} names no item of the field map",
                        r.line
                    );
                }
            }
        }
    }
}
