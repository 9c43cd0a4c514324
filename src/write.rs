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

/// Writes several files like [`write_private`], syncing them together: every temporary file is
/// written, then all are synced, then all renamed. On ext4 the first sync commits the journal
/// with the others' data, so a case's files cost about one commit instead of one each (the
/// commits, done on the same two cores, were a visible part of a batch). Each file still appears
/// whole or not at all.
pub fn write_private_all(files: &[(std::path::PathBuf, &[u8])], force: bool) -> Result<(), String> {
    let mut temps: Vec<(std::path::PathBuf, &Path, std::fs::File)> = Vec::new();
    let cleanup = |temps: &[(std::path::PathBuf, &Path, std::fs::File)]| {
        for (tmp, _, _) in temps {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for (path, bytes) in files {
        if path.exists() && !force {
            cleanup(&temps);
            return Err(format!(
                "{} exists; use --force to replace it",
                path.display()
            ));
        }
        let tmp = partial_name(path);
        match private_options().open(&tmp).and_then(|mut f| {
            f.write_all(bytes)?;
            Ok(f)
        }) {
            Ok(f) => temps.push((tmp, path, f)),
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                cleanup(&temps);
                return Err(format!("cannot write {}: {e}", path.display()));
            }
        }
    }
    for (_, path, f) in &temps {
        if let Err(e) = f.sync_all() {
            cleanup(&temps);
            return Err(format!("cannot write {}: {e}", path.display()));
        }
    }
    for (i, (tmp, path, _)) in temps.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, path) {
            cleanup(&temps[i..]);
            return Err(format!("cannot write {}: {e}", path.display()));
        }
    }
    Ok(())
}

/// The temporary name of `path`: a dot-name so a listing of the folder never shows it as an
/// output.
fn partial_name(path: &Path) -> std::path::PathBuf {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{file_name}.partial"))
}

/// Create or truncate, write only, mode 0600.
fn private_options() -> std::fs::OpenOptions {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts
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
    let tmp = partial_name(path);
    let result = private_options().open(&tmp).and_then(|f| {
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

    /// Several files at once: all written with mode 0600, or, when one may not be replaced,
    /// none of them changed and no temporary file left.
    #[test]
    fn writes_several_together_or_none() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        create_private_dir(&out).expect("dir");
        let (a, b) = (out.join("a.pdf"), out.join("b.json"));
        write_private_all(
            &[(a.clone(), b"A".as_slice()), (b.clone(), b"B".as_slice())],
            false,
        )
        .expect("write");
        assert_eq!(std::fs::read(&a).expect("a"), b"A");
        assert_eq!(std::fs::read(&b).expect("b"), b"B");
        let c = out.join("c.md");
        let refused = write_private_all(
            &[(c.clone(), b"C".as_slice()), (b.clone(), b"X".as_slice())],
            false,
        );
        assert!(refused.is_err());
        assert!(!c.exists(), "nothing is renamed when one file is refused");
        assert_eq!(std::fs::read(&b).expect("b"), b"B");
        let mut names: Vec<String> = std::fs::read_dir(&out)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, vec!["a.pdf".to_string(), "b.json".to_string()]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&a).expect("meta").permissions().mode() & 0o777,
                0o600
            );
        }
    }
}
