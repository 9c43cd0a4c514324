//! The fixtures as (path, text), sorted, for the unit tests that check every one.

/// Every valid fixture.
pub(crate) fn valid() -> Vec<(String, String)> {
    read("fixtures/valid")
        .into_iter()
        .map(|(p, bytes)| {
            (
                p,
                String::from_utf8(bytes).expect("a valid fixture is UTF-8"),
            )
        })
        .collect()
}

/// Every invalid fixture that is text (one is deliberately not UTF-8).
pub(crate) fn invalid_texts() -> Vec<(String, String)> {
    read("fixtures/invalid")
        .into_iter()
        .filter_map(|(p, bytes)| String::from_utf8(bytes).ok().map(|t| (p, t)))
        .collect()
}

fn read(folder: &str) -> Vec<(String, Vec<u8>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&root)
        .expect(folder)
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let bytes = std::fs::read(&p).expect("fixture");
            (p.display().to_string(), bytes)
        })
        .collect();
    out.sort();
    out
}
