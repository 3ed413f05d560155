//! The one recursive folder search: brief inputs (`pipeline::collect_inputs`) and the N-Quads
//! files of an output folder (`store::dataset`) are both found with [`files_under`].

use std::io;
use std::path::{Path, PathBuf};

/// Every file under `dir`, searched recursively (symbolic links to folders are not followed),
/// that `keep` accepts, sorted by path. On failure, the folder that could not be read and why.
pub fn files_under(
    dir: &Path,
    keep: &dyn Fn(&Path) -> bool,
) -> Result<Vec<PathBuf>, (PathBuf, io::Error)> {
    let mut out = Vec::new();
    walk(dir, keep, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(
    dir: &Path,
    keep: &dyn Fn(&Path) -> bool,
    out: &mut Vec<PathBuf>,
) -> Result<(), (PathBuf, io::Error)> {
    let err = |e| (dir.to_owned(), e);
    for entry in std::fs::read_dir(dir).map_err(err)? {
        let entry = entry.map_err(err)?;
        let path = entry.path();
        // A symbolic link to a folder is not followed, so a link cycle cannot recurse forever;
        // a link to a file is taken like the file.
        let file_type = entry.file_type().map_err(err)?;
        if file_type.is_dir() {
            walk(&path, keep, out)?;
        } else if (file_type.is_file() || (file_type.is_symlink() && path.is_file())) && keep(&path)
        {
            out.push(path);
        }
    }
    Ok(())
}
