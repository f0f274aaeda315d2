//! `workshop demo [MODULE…]`: build the demos, then run each under a heading, in teaching order.

use crate::cargo;
use crate::manifest::Module;
use anyhow::{Context, Result};
use std::path::Path;
use std::process::{Command, ExitCode};

pub fn run(root: &Path, modules: &[&Module], quick: bool) -> Result<ExitCode> {
    let packages: Vec<String> = modules
        .iter()
        .map(|m| cargo::package_name(&root.join(m.demo())))
        .collect::<Result<_>>()?;
    let mut args = vec!["build", "--release", "--bins"];
    for package in &packages {
        args.extend(["--package", package]);
    }
    let build = cargo::build(root, &args, true)?;
    if !build.success {
        for diagnostic in &build.diagnostics {
            eprintln!("{}", diagnostic.rendered.trim_end());
        }
        anyhow::bail!("the demos did not build");
    }
    let mut failed = Vec::new();
    for (i, (module, package)) in modules.iter().zip(&packages).enumerate() {
        let executable = build
            .executables
            .iter()
            .find(|e| e.target == *package)
            .with_context(|| format!("the build produced no `{package}` binary"))?;
        let heading = format!(
            " {}/{} {} — {} ",
            i + 1,
            modules.len(),
            module.name,
            module.title
        );
        println!("\n{heading:━^100}\n");
        let args = if quick {
            &module.quick_args
        } else {
            &module.demo_args
        };
        let status = Command::new(&executable.path)
            .args(args)
            .current_dir(root)
            .status()
            .with_context(|| format!("cannot run {}", executable.path.display()))?;
        if !status.success() {
            failed.push(module.name.as_str());
        }
    }
    if failed.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("\nerror: these demos failed: {}", failed.join(", "));
        Ok(ExitCode::FAILURE)
    }
}
