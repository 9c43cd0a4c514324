//! The valid fixtures as (path, text), sorted, for the unit tests that check every one.

pub(crate) fn valid() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/valid");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&root)
        .expect("fixtures/valid")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("fixture");
            (p.display().to_string(), text)
        })
        .collect();
    out.sort();
    out
}
