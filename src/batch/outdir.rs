//! The output folder on disk: atomic writes (a temporary file, then a rename), a brief folder
//! replaced as one unit, leftovers of a killed run tidied, brief folders listed and removed.
//!
//! The commit point of a brief folder is its `manifest.json`: it is renamed into place last,
//! and removed first when the folder's data files are about to change or the folder is
//! removed. So a folder holding a `manifest.json` always holds the files that manifest lists,
//! whatever moment a run was killed at (`kill -9`); a folder without one is not trusted.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use crate::provenance::manifest::BriefManifest;

/// The suffix of temporary files: `{name}.briefkg-tmp`, renamed to `{name}` once complete.
/// Files with this suffix are leftovers of a killed run and are removed by the next one.
pub const TMP_SUFFIX: &str = ".briefkg-tmp";

/// The manifest file of a brief folder and of the corpus.
pub const MANIFEST: &str = "manifest.json";

/// Writes `bytes` to `path` atomically: to `{path}.briefkg-tmp`, then renamed over `path`.
/// Skips the write when `path` already holds exactly these bytes; returns whether it wrote.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    if same_bytes(path, bytes) {
        return Ok(false);
    }
    let tmp = tmp_path(path);
    if let Err(e) = std::fs::write(&tmp, bytes) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path)?;
    Ok(true)
}

/// True when `path` is a file holding exactly `bytes` (its size is compared first, so a file
/// of another size is never read).
pub fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            std::fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(TMP_SUFFIX);
    path.with_file_name(name)
}

/// Replaces the files of the brief folder `dir` by `files` (file name → bytes, `manifest.json`
/// included) as one unit:
/// 1. every file whose bytes change is written to its temporary name; if any write fails
///    (a full disk), the temporary files are removed and the folder is left as it was;
/// 2. the old `manifest.json` is removed, the data files are renamed into place, then the new
///    `manifest.json`;
/// 3. files the folder no longer needs are removed (another run's formats, leftovers).
///
/// Returns whether anything changed on disk.
pub fn write_brief_folder(dir: &Path, files: &BTreeMap<String, Vec<u8>>) -> io::Result<bool> {
    std::fs::create_dir_all(dir)?;
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let order = files
        .iter()
        .filter(|(name, _)| name.as_str() != MANIFEST)
        .chain(files.get_key_value(MANIFEST));
    for (name, bytes) in order {
        let path = dir.join(name);
        // The manifest is removed before the renames whenever a data file changes, so it is
        // then written again even when its bytes are the same.
        let recommit = name == MANIFEST && !staged.is_empty();
        if !recommit && same_bytes(&path, bytes) {
            continue;
        }
        let tmp = tmp_path(&path);
        if let Err(e) = std::fs::write(&tmp, bytes) {
            let _ = std::fs::remove_file(&tmp);
            for (t, _) in &staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(e);
        }
        staged.push((tmp, path));
    }
    let changed = !staged.is_empty();
    if changed {
        remove_if_exists(&dir.join(MANIFEST))?;
        for (tmp, path) in &staged {
            std::fs::rename(tmp, path)?;
        }
    }
    let keep: BTreeSet<&str> = files.keys().map(String::as_str).collect();
    Ok(tidy(dir, &keep)? || changed)
}

/// Removes every file of `dir` whose name is not in `keep` (folders are left alone); returns
/// whether it removed any.
pub fn tidy(dir: &Path, keep: &BTreeSet<&str>) -> io::Result<bool> {
    let mut removed = false;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            continue;
        }
        let name = entry.file_name();
        if !keep.contains(name.to_string_lossy().as_ref()) {
            remove_if_exists(&entry.path())?;
            removed = true;
        }
    }
    Ok(removed)
}

/// Removes the temporary files (`*.briefkg-tmp`) directly in `dir`, leftovers of a killed run.
pub fn remove_leftovers(dir: &Path) -> io::Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().ends_with(TMP_SUFFIX)
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            remove_if_exists(&entry.path())?;
        }
    }
    Ok(())
}

/// Removes the brief folder `dir`: its `manifest.json` first (so a half-removed folder is
/// never taken for a brief's output), then every other file, then the folder if it is empty.
pub fn remove_brief_folder(dir: &Path) -> io::Result<()> {
    remove_if_exists(&dir.join(MANIFEST))?;
    tidy(dir, &BTreeSet::new())?;
    let _ = std::fs::remove_dir(dir);
    Ok(())
}

fn remove_if_exists(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// The brief folders directly under `dir` (those holding a `manifest.json`), by name; none
/// when `dir` does not exist.
pub fn brief_folders(dir: &Path) -> io::Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        if entry.file_type()?.is_dir() && entry.path().join(MANIFEST).is_file() {
            out.insert(entry.file_name().to_string_lossy().into_owned());
        }
    }
    Ok(out)
}

/// Reads the brief manifest of the folder `dir`, with its bytes; `None` when there is none or
/// it is not a brief manifest.
pub fn read_brief_manifest(dir: &Path) -> Option<(BriefManifest, Vec<u8>)> {
    let bytes = std::fs::read(dir.join(MANIFEST)).ok()?;
    let manifest = serde_json::from_slice(&bytes).ok()?;
    Some((manifest, bytes))
}

/// True when every file `manifest` lists is in `dir` with the listed size and nothing else
/// but the manifest and temporary leftovers is there. Sizes only: contents are `verify`'s job.
pub fn files_as_listed(dir: &Path, manifest: &BriefManifest) -> bool {
    manifest.files.iter().all(|f| {
        std::fs::metadata(dir.join(&f.path)).is_ok_and(|m| m.is_file() && m.len() == f.bytes as u64)
    })
}

/// Checks that briefkg can create files in `dir` (creating `dir` if needed), so an output
/// folder that is read-only or on a full disk is refused before any work is done.
pub fn probe_writable(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let probe = dir.join(format!(".probe{TMP_SUFFIX}"));
    let result = std::fs::write(&probe, b"briefkg");
    let _ = std::fs::remove_file(&probe);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_replaced_and_tidied() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("b");
        let mut files = BTreeMap::new();
        files.insert("a.nt".to_owned(), b"one".to_vec());
        files.insert(MANIFEST.to_owned(), b"{}".to_vec());
        assert!(write_brief_folder(&dir, &files).unwrap());
        assert!(!write_brief_folder(&dir, &files).unwrap(), "no change");
        std::fs::write(dir.join("x.briefkg-tmp"), b"left over").unwrap();
        std::fs::write(dir.join("old.ttl"), b"old format").unwrap();
        files.insert("a.nt".to_owned(), b"two".to_vec());
        assert!(write_brief_folder(&dir, &files).unwrap());
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["a.nt", "manifest.json"]);
        assert_eq!(std::fs::read(dir.join("a.nt")).unwrap(), b"two");
        assert_eq!(brief_folders(tmp.path()).unwrap().len(), 1);
        remove_brief_folder(&dir).unwrap();
        assert!(!dir.exists());
    }
}
