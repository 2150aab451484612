//! Every file the program reads or writes outside the workspace goes through
//! here, so it is safe against what may be found at a path: a FIFO, a
//! device, a directory, a symlink, a huge or read-only file, a file of
//! another user.
//!
//! Reading ([`read_regular`]): only a regular file (symlinks followed), its
//! size checked before reading and the read bounded, so a file that grows
//! cannot exhaust memory. It is opened non-blocking, so a FIFO put there
//! between the check and the open is refused at once instead of hanging.
//!
//! Writing ([`WriteTarget`]): the target is checked and a temporary file is
//! created in the target's folder *before* anything is rendered (proving
//! the folder writable); the bytes go to the temporary file, which is
//! flushed to disk and renamed over the target. The rules:
//! - a missing target is created, with the permissions the umask gives
//!   (like any program's new file: `0666 & !umask`);
//! - an existing target is replaced only when it is a regular file that
//!   belongs to the user and has its owner-write permission; it keeps its
//!   mode. A directory, FIFO, socket or device, a read-only file, or a
//!   file of another user is refused and left as it is;
//! - a symlink is followed: the file it points to is checked by the same
//!   rules and replaced (the link stays a link). A link to nothing is
//!   refused;
//! - every error names the target (never the temporary file) and the cause.

use std::fmt;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// A file that could not be read or written: which, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FileError {
    pub path: PathBuf,
    pub cause: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.cause)
    }
}

impl FileError {
    pub fn new(path: &Path, cause: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            cause: cause.into(),
        }
    }

    fn io(path: &Path, doing: &str, e: &std::io::Error) -> Self {
        Self::new(path, format!("{doing}: {}", io_cause(e)))
    }
}

/// An I/O error in words (the OS text, without Rust's decoration).
pub fn io_cause(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => {
            let text = e.to_string();
            text.strip_suffix(&format!(" (os error {code})"))
                .unwrap_or(&text)
                .to_owned()
        }
        None => e.to_string(),
    }
}

/// What a file that is not a regular file is, in words.
pub fn kind_of(meta: &Metadata) -> &'static str {
    let ft = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_char_device() {
            return "a character device";
        }
        if ft.is_block_device() {
            return "a block device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    if ft.is_dir() {
        "a folder"
    } else if ft.is_symlink() {
        "a symbolic link"
    } else if ft.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// `n` bytes in words ("1.5 GiB").
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["bytes", "KiB", "MiB", "GiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} bytes")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

/// Open `path` for reading without ever blocking (a FIFO opens at once).
fn open_for_reading(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Check that `path` is a regular file of at most `limit` bytes, without
/// opening it for long: what a caller that hands the path to another
/// library (SQLite) does first.
pub fn check_regular(path: &Path, limit: Option<u64>) -> Result<Metadata, FileError> {
    let file = open_for_reading(path).map_err(|e| FileError::io(path, "cannot read it", &e))?;
    let meta = file
        .metadata()
        .map_err(|e| FileError::io(path, "cannot read it", &e))?;
    if !meta.is_file() {
        return Err(FileError::new(
            path,
            format!("is {}, not a regular file; refused", kind_of(&meta)),
        ));
    }
    if let Some(limit) = limit.filter(|l| meta.len() > *l) {
        return Err(FileError::new(
            path,
            format!(
                "is {}; the limit is {}; refused before reading",
                bytes(meta.len()),
                bytes(limit)
            ),
        ));
    }
    Ok(meta)
}

/// The bytes of the regular file at `path` (symlinks followed), read with a
/// bound: anything that is not a regular file, or is larger than `limit`,
/// is refused before a byte is read.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let file = open_for_reading(path).map_err(|e| FileError::io(path, "cannot read it", &e))?;
    let meta = file
        .metadata()
        .map_err(|e| FileError::io(path, "cannot read it", &e))?;
    if !meta.is_file() {
        return Err(FileError::new(
            path,
            format!("is {}, not a regular file; refused", kind_of(&meta)),
        ));
    }
    if meta.len() > limit {
        return Err(FileError::new(
            path,
            format!(
                "is {}; the limit is {}; refused before reading",
                bytes(meta.len()),
                bytes(limit)
            ),
        ));
    }
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(|e| FileError::io(path, "cannot read it", &e))?;
    if buf.len() as u64 > limit {
        return Err(FileError::new(
            path,
            format!(
                "grew beyond the limit of {} while it was read; refused",
                bytes(limit)
            ),
        ));
    }
    Ok(buf)
}

/// A file about to be written: checked, with its temporary file already
/// created next to it. [`WriteTarget::commit`] writes and renames it into
/// place; dropping it instead removes the temporary file.
pub struct WriteTarget {
    /// The path as the user gave it (named in every message).
    path: PathBuf,
    /// Where the bytes go: `path`, or the file a symlink at `path` points to.
    dest: PathBuf,
    tmp: tempfile::NamedTempFile,
    /// The mode of the file replaced (kept), if any.
    #[cfg_attr(not(unix), allow(dead_code))]
    mode: Option<u32>,
}

impl WriteTarget {
    /// Check `path` as a target (see the module's rules) and create the
    /// temporary file in its folder.
    pub fn prepare(path: &Path) -> Result<WriteTarget, FileError> {
        if path.as_os_str().is_empty() {
            return Err(FileError::new(path, "no file name given"));
        }
        let (dest, existing) = match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(path) {
                Ok(target) => {
                    let meta = std::fs::metadata(&target)
                        .map_err(|e| FileError::io(path, "cannot follow the link", &e))?;
                    (target, Some(meta))
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(FileError::new(
                        path,
                        "is a symbolic link to a file that does not exist; refused",
                    ))
                }
                Err(e) => return Err(FileError::io(path, "cannot follow the link", &e)),
            },
            Ok(m) => (path.to_owned(), Some(m)),
            // A missing file, or a "folder" that is a file: the folder check
            // below says which.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                (path.to_owned(), None)
            }
            Err(e) => return Err(FileError::io(path, "cannot look at it", &e)),
        };
        if let Some(m) = &existing {
            if !m.is_file() {
                return Err(FileError::new(
                    path,
                    format!(
                        "is {}; only a regular file is replaced; nothing was written",
                        kind_of(m)
                    ),
                ));
            }
        }
        let dir = dest
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        match std::fs::metadata(dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(FileError::new(
                    path,
                    format!("{} is not a folder", dir.display()),
                ))
            }
            Err(e) => {
                return Err(FileError::new(
                    path,
                    format!(
                        "the folder {} cannot be used: {}",
                        dir.display(),
                        io_cause(&e)
                    ),
                ))
            }
        }
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "export".into());
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".partial");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // The umask applies, as to any new file.
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(dir).map_err(|e| {
            FileError::new(
                path,
                format!(
                    "cannot write in the folder {}: {}",
                    dir.display(),
                    io_cause(&e)
                ),
            )
        })?;
        let mut mode = None;
        #[cfg(unix)]
        if let Some(m) = &existing {
            use std::os::unix::fs::MetadataExt;
            // The temporary file is ours: its owner is who we are.
            let me = tmp
                .as_file()
                .metadata()
                .map_err(|e| FileError::io(path, "cannot write", &e))?
                .uid();
            if m.uid() != me {
                return Err(FileError::new(
                    path,
                    format!(
                        "belongs to another user (uid {}); it is not replaced; choose another file name",
                        m.uid()
                    ),
                ));
            }
            if m.mode() & 0o200 == 0 {
                return Err(FileError::new(
                    path,
                    "is read-only; it is not replaced; choose another file name or make it writable",
                ));
            }
            mode = Some(m.mode() & 0o7777);
        }
        Ok(WriteTarget {
            path: path.to_owned(),
            dest,
            tmp,
            mode,
        })
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Write `bytes`, flush them to disk, and rename the file into place.
    pub fn commit(mut self, bytes: &[u8]) -> Result<(), FileError> {
        let path = self.path.clone();
        let fail = |e: std::io::Error| FileError::io(&path, "cannot write", &e);
        self.tmp.write_all(bytes).map_err(fail)?;
        #[cfg(unix)]
        if let Some(mode) = self.mode {
            use std::os::unix::fs::PermissionsExt;
            self.tmp
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode))
                .map_err(fail)?;
        }
        self.tmp.as_file().sync_all().map_err(fail)?;
        self.tmp.persist(&self.dest).map_err(|e| fail(e.error))?;
        // The rename itself survives a power cut once the folder is synced.
        if let Some(dir) = self.dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

/// Write `bytes` to `path` by the rules above, in one step.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    WriteTarget::prepare(path)?.commit(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn targets_that_are_not_replaceable_regular_files_are_refused_unchanged() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        // A folder, a FIFO, a read-only file, a dangling link.
        std::fs::create_dir(d.join("folder.md")).unwrap();
        let fifo = d.join("fifo.md");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let ro = d.join("ro.md");
        std::fs::write(&ro, "keep me").unwrap();
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
        std::os::unix::fs::symlink(d.join("nowhere.md"), d.join("dangling.md")).unwrap();
        for (name, expect) in [
            ("folder.md", "is a folder"),
            ("fifo.md", "is a FIFO"),
            ("ro.md", "is read-only"),
            ("dangling.md", "does not exist"),
        ] {
            let err = write_file(&d.join(name), b"x").unwrap_err();
            assert!(err.to_string().contains(expect), "{name}: {err}");
            assert!(
                err.to_string().contains(name),
                "{name}: names the target: {err}"
            );
        }
        assert_eq!(std::fs::read_to_string(&ro).unwrap(), "keep me");
        let leftovers: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_and_modes_are_kept_or_follow_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let real = d.join("real.md");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = d.join("link.md");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_file(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "the replaced file keeps its mode");
        let fresh = d.join("fresh.md");
        write_file(&fresh, b"x").unwrap();
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        // Whatever the umask of the test run, group/other bits it allows stay.
        assert_ne!(mode, 0o600, "not the temporary file's private mode");
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_at_once_and_reads_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.json");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let err = read_regular(&fifo, 1 << 20).unwrap_err();
        assert!(err.to_string().contains("FIFO"), "{err}");
        let err = read_regular(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert!(err.to_string().contains("character device"), "{err}");
        let big = dir.path().join("big.json");
        std::fs::write(&big, vec![b' '; 2048]).unwrap();
        let err = read_regular(&big, 1024).unwrap_err();
        assert!(err.to_string().contains("the limit is 1.0 KiB"), "{err}");
        assert_eq!(read_regular(&big, 4096).unwrap().len(), 2048);
    }
}
