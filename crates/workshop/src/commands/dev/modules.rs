//! `workshop dev modules [--unsafe]`: the module names, one per line, in teaching order, for
//! scripts (`.ci/run` loops over them instead of naming any module).

use crate::manifest::Manifest;

pub fn run(manifest: &Manifest, only_unsafe: bool) {
    for module in &manifest.modules {
        if module.has_unsafe || !only_unsafe {
            println!("{}", module.name);
        }
    }
}
