//! The process never panics on input: a valid case corrupted in many deterministic ways always
//! yields findings, never a crash.

mod common;

use asylum_forms::schema::SchemaSet;

#[test]
fn corrupted_cases_give_findings_not_panics() {
    let schemas = SchemaSet::load().expect("schemas");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let original =
        std::fs::read(common::root().join("fixtures/valid/i589-affirmative-family.json"))
            .expect("fixture");
    let replacements: &[&[u8]] = &[
        b"",
        b"\"",
        b"{",
        b"]",
        b"null",
        b"1e999",
        b"\xff",
        b"\"2025-02-30\"",
        b"-",
        b"[[[[",
        b"\\u12",
        b"true,",
    ];
    // A fixed linear congruential sequence: the same corruptions on every run.
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for _ in 0..400 {
        let at = next() % original.len();
        let len = next() % 8;
        let with = replacements[next() % replacements.len()];
        let mut bytes = original[..at].to_vec();
        bytes.extend_from_slice(with);
        bytes.extend_from_slice(&original[(at + len).min(original.len())..]);
        let out = asylum_forms::validate::check_bytes(&bytes, &schemas, today);
        if bytes != original {
            assert!(
                out.case.is_some() || !out.findings.is_empty(),
                "a corrupted file produced neither a case nor a finding"
            );
        }
    }
}
