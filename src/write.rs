//! The writer: the only library code that touches the file system. Every file is written under a
//! temporary name beside its target and renamed, so an interrupted run never leaves a half-written
//! file; files are readable by the owner only and folders private (8 CFR 208.6 data).

use std::io::Write;
use std::path::Path;

/// Creates `dir` (and its parents) readable by the owner only; an existing folder is kept.
pub fn create_private_dir(dir: &Path) -> Result<(), String> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

/// Writes `bytes` to `path` atomically with mode 0600. An existing file is an error unless
/// `force`.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    write_private_with(path, force, |f| f.write_all(bytes))
}

/// Like [`write_private`], for output too large to hold in memory: `fill` writes it piece by
/// piece into the temporary file (buffered), which is renamed only once it is complete.
pub fn write_private_with(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), String> {
    if path.exists() && !force {
        return Err(format!(
            "{} exists; use --force to replace it",
            path.display()
        ));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A dot-name so a listing of the folder never shows it as an output.
    let tmp = path.with_file_name(format!(".{file_name}.partial"));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let result = opts.open(&tmp).and_then(|f| {
        let mut w = std::io::BufWriter::new(f);
        fill(&mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("cannot write {}: {e}", path.display()));
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {}: {e}", path.display())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_replace_without_force_and_leaves_no_partial_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        create_private_dir(&out).expect("dir");
        let file = out.join("a.pdf");
        write_private(&file, b"one", false).expect("first write");
        assert!(write_private(&file, b"two", false).is_err());
        assert_eq!(std::fs::read(&file).expect("read"), b"one");
        write_private(&file, b"two", true).expect("forced write");
        assert_eq!(std::fs::read(&file).expect("read"), b"two");
        let names: Vec<String> = std::fs::read_dir(&out)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["a.pdf".to_string()]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode(&file), 0o600);
            assert_eq!(mode(&out), 0o700);
        }
    }
}
