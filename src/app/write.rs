//! The writer: the only library code that touches the file system. Every file is written under a
//! temporary name beside its target and renamed, so an interrupted run never leaves a half-written
//! file; files are readable by the owner only and folders private (8 CFR 208.6 data).
//!
//! Nothing is written through a link: temporary files are created exclusively under a random
//! name (O_EXCL, so a link or file planted at a predictable name is never opened), a target that
//! is a link or not a regular file is refused, and the tool's own folders (a batch's case
//! folders) are refused when they are links. The mode is set on what is written, not inherited
//! from what was there: files end 0600, the tool's folders 0700.

use crate::app::error::{Error, OutputProblem};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The user's output folder (`-o OUTDIR`, `--jsonl`'s folder): created with its parents and
/// mode 0700 when missing. One that exists is the user's: it may be reached through a link the
/// user made, and its mode is left as the user set it (the files in it are 0600 whatever it is).
pub fn create_output_dir(dir: &Path) -> Result<(), Error> {
    if dir.is_dir() {
        return Ok(());
    }
    if dir.exists() {
        return Err(Error::output(dir, OutputProblem::NotAFolder));
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
        .map_err(|e| Error::output(dir, OutputProblem::Create(e)))
}

/// A folder the tool makes and fills inside OUTDIR (a batch case's folder): created 0700, or,
/// when it exists, required to be a real folder (a link is refused, never followed) and set to
/// 0700 whatever its mode was.
pub fn create_private_dir(dir: &Path) -> Result<(), Error> {
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(Error::output(dir, OutputProblem::FolderLink))
        }
        Ok(meta) if !meta.is_dir() => return Err(Error::output(dir, OutputProblem::NotAFolder)),
        Ok(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                    .map_err(|e| Error::output(dir, OutputProblem::MakePrivate(e)))?;
            }
            return Ok(());
        }
        Err(_) => {}
    }
    create_output_dir(dir)
}

/// Writes `bytes` to `path` atomically with mode 0600. An existing file is an error unless
/// `force`.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<(), Error> {
    write_private_with(path, force, |f| f.write_all(bytes))
}

/// Checks `path` may be (re)placed: a link, a folder, a device or a pipe at the path is refused
/// whatever `force` says (the rename would replace `/dev/stdout` the link, or a folder would
/// not be replaced at all), and a regular file only with `force`.
fn check_target(path: &Path, force: bool) -> Result<(), Error> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    let ft = meta.file_type();
    if ft.is_symlink() {
        return Err(Error::output(path, OutputProblem::FileLink));
    }
    if !ft.is_file() {
        return Err(Error::output(path, OutputProblem::NotRegular));
    }
    if !force {
        return Err(Error::output(path, OutputProblem::Exists));
    }
    Ok(())
}

/// A new temporary file beside `path`, created exclusively (O_EXCL under a random dot-name, so
/// nothing planted in the folder is ever opened) and set to mode 0600. It is removed when
/// dropped unless persisted.
fn temp_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A dot-name ending ".partial": a listing never shows it as an output, and batch's
    // leftover sweep (and --resume) recognise it.
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".partial")
        .tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(tmp)
}

/// Writes several files like [`write_private`], syncing them together: every temporary file is
/// written, then all are synced, then all renamed. On ext4 the first sync commits the journal
/// with the others' data, so a case's files cost about one commit instead of one each (the
/// commits, done on the same two cores, were a visible part of a batch). Every target is
/// checked before anything is written, and nothing is renamed until every file is written, so
/// a refusal or a full disk leaves none of the new files (the set is all there or none of it).
pub fn write_private_all(files: &[(PathBuf, &[u8])], force: bool) -> Result<(), Error> {
    for (path, _) in files {
        check_target(path, force)?;
    }
    let mut temps: Vec<(tempfile::NamedTempFile, &Path)> = Vec::new();
    for (path, bytes) in files {
        let tmp = temp_beside(path).and_then(|mut t| {
            t.write_all(bytes)?;
            Ok(t)
        });
        match tmp {
            Ok(t) => temps.push((t, path)),
            // Dropping `temps` removes the temporary files written so far.
            Err(e) => return Err(Error::output(path, OutputProblem::Write(e))),
        }
    }
    for (t, path) in &temps {
        t.as_file()
            .sync_all()
            .map_err(|e| Error::output(path, OutputProblem::Write(e)))?;
    }
    for (t, path) in temps {
        t.persist(path)
            .map_err(|e| Error::output(path, OutputProblem::Write(e.error)))?;
    }
    Ok(())
}

/// Like [`write_private`], for output too large to hold in memory: `fill` writes it piece by
/// piece into the temporary file (buffered), which is renamed only once it is complete.
pub fn write_private_with(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    check_target(path, force)?;
    let write_error = |e| Error::output(path, OutputProblem::Write(e));
    let mut tmp = temp_beside(path).map_err(write_error)?;
    let result = (|| {
        let mut w = std::io::BufWriter::new(tmp.as_file_mut());
        fill(&mut w)?;
        w.flush()?;
        drop(w);
        tmp.as_file().sync_all()
    })();
    // On an error `tmp` is dropped, which removes it.
    result.map_err(write_error)?;
    tmp.persist(path)
        .map(drop)
        .map_err(|e| write_error(e.error))
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

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::symlink_metadata(p)
            .expect("meta")
            .permissions()
            .mode()
            & 0o777
    }

    /// A link planted at the old fixed temporary name (`.a.pdf.partial`) pointing outside OUTDIR
    /// is never written through, by one write or a set; a planted 0666 file there does not give
    /// the output its mode.
    #[cfg(unix)]
    #[test]
    fn nothing_planted_at_a_temporary_name_is_written_through_or_lends_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        create_output_dir(&out).expect("dir");
        let outside = dir.path().join("outside.txt");
        std::os::unix::fs::symlink(&outside, out.join(".a.pdf.partial")).expect("link");
        write_private(&out.join("a.pdf"), b"secret", false).expect("write");
        let outside_b = dir.path().join("outside-b.txt");
        std::os::unix::fs::symlink(&outside_b, out.join(".b.json.partial")).expect("link");
        write_private_all(&[(out.join("b.json"), b"secret".as_slice())], false).expect("write");
        assert!(!outside.exists(), "written through the planted link");
        assert!(!outside_b.exists(), "written through the planted link");
        assert_eq!(std::fs::read(out.join("a.pdf")).expect("a"), b"secret");
        let loose = out.join(".c.md.partial");
        std::fs::write(&loose, b"").expect("plant");
        std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o666)).expect("chmod");
        write_private(&out.join("c.md"), b"x", false).expect("write");
        write_private_with(&out.join("d.csv"), false, |w| w.write_all(b"y")).expect("write");
        for f in ["a.pdf", "b.json", "c.md", "d.csv"] {
            assert_eq!(mode(&out.join(f)), 0o600, "{f}");
        }
    }

    /// A target that is a link (`/dev/stdout` is one), a folder or a pipe is refused, even with
    /// force, and left as it was.
    #[cfg(unix)]
    #[test]
    fn a_target_that_is_a_link_a_folder_or_a_pipe_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let elsewhere = dir.path().join("elsewhere.txt");
        std::fs::write(&elsewhere, b"keep").expect("write");
        let link = dir.path().join("out.jsonl");
        std::os::unix::fs::symlink(&elsewhere, &link).expect("link");
        let err = write_private(&link, b"new", true).expect_err("a link is refused");
        assert!(
            matches!(
                &err,
                Error::Output {
                    problem: OutputProblem::FileLink,
                    ..
                }
            ),
            "{err}"
        );
        assert!(std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&elsewhere).expect("read"), b"keep");
        let folder = dir.path().join("folder.pdf");
        std::fs::create_dir(&folder).expect("mkdir");
        let err = write_private_all(&[(folder.clone(), b"x".as_slice())], true)
            .expect_err("a folder is refused");
        assert!(
            matches!(
                &err,
                Error::Output {
                    problem: OutputProblem::NotRegular,
                    ..
                }
            ),
            "{err}"
        );
        let fifo = dir.path().join("fifo.json");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let err = write_private(&fifo, b"x", true).expect_err("a pipe is refused");
        assert!(
            matches!(
                &err,
                Error::Output {
                    problem: OutputProblem::NotRegular,
                    ..
                }
            ),
            "{err}"
        );
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".partial"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }

    /// The tool's own folder is refused when it is a link, and made 0700 when it exists with
    /// another mode.
    #[cfg(unix)]
    #[test]
    fn the_tools_folders_are_never_links_and_end_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).expect("mkdir");
        let case = dir.path().join("case-1");
        std::os::unix::fs::symlink(&elsewhere, &case).expect("link");
        let err = create_private_dir(&case).expect_err("a link is refused");
        assert!(
            matches!(
                &err,
                Error::Output {
                    problem: OutputProblem::FolderLink,
                    ..
                }
            ),
            "{err}"
        );
        let open = dir.path().join("case-2");
        std::fs::create_dir(&open).expect("mkdir");
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        create_private_dir(&open).expect("existing folder");
        assert_eq!(mode(&open), 0o700);
    }
}
