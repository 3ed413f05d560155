//! The files `verify` reads: a folder on disk or a map in memory, behind one trait, so the
//! same checks run on `output/` and on mutated copies held in memory (the property tests).

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use super::VerifyError;

/// A tree of files addressed by relative `/`-separated paths.
pub trait Tree: Sync {
    /// The bytes of a file; `Ok(None)` when there is no such file.
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, VerifyError>;

    /// Every file, as relative `/`-separated paths, sorted.
    fn list(&self) -> Result<Vec<String>, VerifyError>;
}

/// A folder on disk.
#[derive(Debug, Clone)]
pub struct DirTree {
    root: PathBuf,
}

impl DirTree {
    /// The tree under `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DirTree { root: root.into() }
    }

    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn walk(&self, dir: &Path, out: &mut Vec<String>) -> Result<(), VerifyError> {
        let err = |source| VerifyError::Io {
            path: dir.to_owned(),
            source,
        };
        for entry in std::fs::read_dir(dir).map_err(err)? {
            let entry = entry.map_err(err)?;
            let path = entry.path();
            // Symbolic links are not followed into folders (no cycles); a link is listed as a
            // file, and reading it reads its target.
            if entry.file_type().map_err(err)?.is_dir() {
                self.walk(&path, out)?;
            } else if let Ok(rel) = path.strip_prefix(&self.root) {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
}

/// True for a relative path that stays inside its tree: no empty, `.` or `..` segment, no
/// backslash, not absolute. Manifests are data; a path in one must not escape the folder.
pub fn is_safe_path(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.contains('\\')
        && !rel.contains('\0')
        && rel
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && !rel.contains(':')
}

impl Tree for DirTree {
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, VerifyError> {
        if !is_safe_path(rel) {
            return Ok(None);
        }
        let path = self.root.join(rel);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            // A folder where a file should be is reported as a missing file.
            Err(_) if path.is_dir() => Ok(None),
            Err(source) => Err(VerifyError::Io { path, source }),
        }
    }

    fn list(&self) -> Result<Vec<String>, VerifyError> {
        let mut out = Vec::new();
        self.walk(&self.root.clone(), &mut out)?;
        out.sort();
        Ok(out)
    }
}

/// Files in memory: relative path → bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemTree {
    /// The files.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl MemTree {
    /// A tree holding `files`.
    pub fn new(files: BTreeMap<String, Vec<u8>>) -> Self {
        MemTree { files }
    }
}

impl Tree for MemTree {
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, VerifyError> {
        Ok(self.files.get(rel).cloned())
    }

    fn list(&self) -> Result<Vec<String>, VerifyError> {
        Ok(self.files.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::is_safe_path;

    #[test]
    fn paths_that_escape_are_refused() {
        for ok in ["brief.nq", "a/b.ttl", "x..y"] {
            assert!(is_safe_path(ok), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../b",
            "a//b",
            "./a",
            "a\\b",
            "C:x",
        ] {
            assert!(!is_safe_path(bad), "{bad}");
        }
    }
}
