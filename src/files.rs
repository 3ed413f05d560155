//! The one recursive folder search: brief inputs (`pipeline::collect_inputs`) and the N-Quads
//! files of an output folder (`store::dataset`) are both found with [`files_under`].

use std::io;
use std::path::{Path, PathBuf};

/// Every file under `dir`, searched recursively, that `keep` accepts, sorted by path. On
/// failure, the folder that could not be read and why.
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
        let path = entry.map_err(err)?.path();
        if path.is_dir() {
            walk(&path, keep, out)?;
        } else if keep(&path) {
            out.push(path);
        }
    }
    Ok(())
}
