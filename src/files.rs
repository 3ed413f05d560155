//! The one recursive folder search: brief inputs (`pipeline::collect_inputs`, `batch`) and the
//! RDF files of an output folder (`store::dataset`) are all found with [`walk`].

use std::io;
use std::path::{Path, PathBuf};

/// Every file under `dir`, searched recursively (symbolic links to folders are not followed),
/// that `keep` accepts, sorted by path. On failure, the folder that could not be read and why.
pub fn files_under(
    dir: &Path,
    keep: &dyn Fn(&Path) -> bool,
) -> Result<Vec<PathBuf>, (PathBuf, io::Error)> {
    let found = walk(dir, keep);
    match found.errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(found.files),
    }
}

/// What a folder search found: the files (sorted by path) and every folder or entry it could
/// not read. When `errors` is empty the folder was read completely.
#[derive(Debug, Default)]
pub struct Found {
    /// The files `keep` accepted, sorted by path.
    pub files: Vec<PathBuf>,
    /// The folders (or entries) that could not be read, and why, in the order met.
    pub errors: Vec<(PathBuf, io::Error)>,
}

/// Searches `dir` recursively for files `keep` accepts, going on past folders it cannot read
/// (they are listed in [`Found::errors`]). Symbolic links to folders are not followed, so a
/// link cycle cannot recurse forever; a link to a file is taken like the file, and so is a
/// dangling or looping link (reading it then fails, naming it).
pub fn walk(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Found {
    let mut found = Found::default();
    walk_into(dir, keep, &mut found);
    found.files.sort();
    found
}

fn walk_into(dir: &Path, keep: &dyn Fn(&Path) -> bool, found: &mut Found) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            found.errors.push((dir.to_owned(), e));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                found.errors.push((dir.to_owned(), e));
                continue;
            }
        };
        let path = entry.path();
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(e) => {
                found.errors.push((path, e));
                continue;
            }
        };
        if file_type.is_dir() {
            walk_into(&path, keep, found);
        } else if file_type.is_file() || (file_type.is_symlink() && !path.is_dir()) {
            // A link to a file is taken like the file; a dangling or looping link that `keep`
            // accepts is taken too, so reading it fails with a clear error naming it.
            if keep(&path) {
                found.files.push(path);
            }
        }
    }
}
