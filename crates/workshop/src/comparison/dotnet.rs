//! Finding a .NET runtime for a module's C# twin, and making the command that runs it. In this
//! order: a .NET SDK (`dotnet build`, then `dotnet Twin.dll`); Mono (`mcs`, then `mono`); a
//! `dotnet` host that has a runtime but no SDK (an `mcs`-built assembly, with a
//! `runtimeconfig.json` naming the runtime). `--runtime` picks one.

use crate::program::output;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Which runtime to use, when not the first found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Choice {
    /// A .NET SDK on PATH (`dotnet build` and run).
    Sdk,
    /// Mono (`mcs` and `mono`).
    Mono,
    /// A `dotnet` host with a .NET (Core) runtime and no SDK; the twin is built with `mcs`.
    Coreclr,
}

impl Choice {
    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Choice::Sdk => "sdk",
            Choice::Mono => "mono",
            Choice::Coreclr => "coreclr",
        }
    }
}

/// A runtime found on this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Runtime {
    Sdk,
    Mono,
    /// The host, its newest Microsoft.NETCore.App version, and that version's folder (the
    /// assemblies a twin is compiled against).
    CoreClr {
        host: PathBuf,
        version: String,
        framework: PathBuf,
    },
}

const INSTALL: &str = "Install one of them: the .NET SDK (https://dot.net, then `dotnet --version` \
                       works), or Mono (Debian/Ubuntu: `sudo apt install mono-mcs \
                       mono-runtime`), or point --dotnet at a `dotnet` host that has a runtime \
                       (with Mono's `mcs` to build the twin).";

/// The runtime to use: `choice`, or the first found. `host` is a `dotnet` host to use
/// instead of the one on PATH.
pub fn find(choice: Option<Choice>, host: Option<&Path>) -> Result<Runtime> {
    let host = host.map_or_else(|| PathBuf::from("dotnet"), Path::to_path_buf);
    let sdk = || {
        output(&host, &["--list-sdks"])
            .is_some_and(|s| !s.trim().is_empty())
            .then_some(Runtime::Sdk)
    };
    let mono =
        || (runs("mcs", &["--version"]) && runs("mono", &["--version"])).then_some(Runtime::Mono);
    let coreclr = || {
        let runtimes = output(&host, &["--list-runtimes"])?;
        let (version, framework) = newest_netcore(&runtimes)?;
        runs("mcs", &["--version"]).then(|| Runtime::CoreClr {
            host: host.clone(),
            version,
            framework,
        })
    };
    let found = match choice {
        Some(Choice::Sdk) => sdk(),
        Some(Choice::Mono) => mono(),
        Some(Choice::Coreclr) => coreclr(),
        None => sdk().or_else(mono).or_else(coreclr),
    };
    found.with_context(|| match choice {
        Some(choice) => format!("no {} runtime found here. {INSTALL}", choice.name()),
        None => format!("no .NET runtime found: the comparison needs one. {INSTALL}"),
    })
}

impl Runtime {
    /// What it is, in a few words (`Mono 6.8.0.105`, `.NET 3.1.23 without an SDK`).
    pub fn describe(&self) -> String {
        match self {
            Runtime::Sdk => {
                let version = output("dotnet", &["--version"]).unwrap_or_default();
                format!("the .NET SDK {version}").trim_end().to_string()
            }
            Runtime::Mono => {
                // "Mono JIT compiler version 6.8.0.105 (Debian …)"
                let banner = output("mono", &["--version"]).unwrap_or_default();
                let version = banner.split_whitespace().nth(4).unwrap_or("");
                format!("Mono {version}").trim_end().to_string()
            }
            Runtime::CoreClr { version, .. } => format!(".NET {version} without an SDK"),
        }
    }

    /// The year its version was released, for the runtimes this knows: an old runtime's
    /// figures are not a current one's.
    pub fn released(&self) -> Option<u16> {
        match self {
            Runtime::Sdk => {
                let version = output("dotnet", &["--version"]).unwrap_or_default();
                release_year("dotnet", version.trim())
            }
            Runtime::Mono => {
                let banner = output("mono", &["--version"]).unwrap_or_default();
                release_year("mono", banner.split_whitespace().nth(4).unwrap_or(""))
            }
            Runtime::CoreClr { version, .. } => release_year("dotnet", version),
        }
    }

    /// Builds the twin in `folder` (`dotnet-comparison/<Twin>`, relative to `root`) into
    /// `target/dotnet/`, and returns the command that runs it, without arguments.
    pub fn prepare(&self, root: &Path, folder: &Path) -> Result<Command> {
        let out = root.join("target").join("dotnet");
        std::fs::create_dir_all(&out)
            .with_context(|| format!("cannot create {}", out.display()))?;
        let name = folder.file_name().context("a twin is a folder")?;
        let twin = name.to_string_lossy();
        let twin = twin.as_ref();
        let folder = root.join(folder);
        match self {
            Runtime::Sdk => {
                let built = out.join("sdk").join(twin);
                let project = folder.join(format!("{twin}.csproj"));
                let status = Command::new("dotnet")
                    .args(["build", "-c", "Release", "--nologo", "-v", "quiet", "-o"])
                    .arg(&built)
                    .arg(&project)
                    .status()
                    .context("cannot run dotnet build")?;
                if !status.success() {
                    bail!("dotnet build {} failed", project.display());
                }
                let mut command = Command::new("dotnet");
                command.arg(built.join(format!("{twin}.dll")));
                Ok(command)
            }
            Runtime::Mono => {
                let exe = compile(root, &folder, &out, twin, None)?;
                let mut command = Command::new("mono");
                command.arg(exe);
                Ok(command)
            }
            Runtime::CoreClr {
                host,
                version,
                framework,
            } => {
                // Against the runtime's own assemblies, not Mono's: a span type compiled
                // against Mono's mscorlib is not found in .NET Core's.
                let out = out.join("coreclr");
                std::fs::create_dir_all(&out)
                    .with_context(|| format!("cannot create {}", out.display()))?;
                let exe = compile(root, &folder, &out, twin, Some(framework))?;
                std::fs::write(
                    out.join(format!("{twin}.runtimeconfig.json")),
                    runtimeconfig(version),
                )
                .context("cannot write the runtimeconfig.json")?;
                let mut command = Command::new(host);
                // A host without the ICU libraries aborts unless told to do without them.
                command
                    .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
                    .arg(exe);
                Ok(command)
            }
        }
    }
}

/// `mcs -warnaserror` over the twin's files and the shared ones; the assembly's path. With
/// `framework`, against that .NET runtime's assemblies instead of Mono's.
fn compile(
    root: &Path,
    folder: &Path,
    out: &Path,
    twin: &str,
    framework: Option<&Path>,
) -> Result<PathBuf> {
    let exe = out.join(format!("{twin}.exe"));
    let mut sources = Vec::new();
    for dir in [
        folder.to_path_buf(),
        root.join("dotnet-comparison").join("Shared"),
    ] {
        let files = crate::files::in_folder(&dir, "cs")?;
        sources.extend(files.into_iter().map(|f| dir.join(f)));
    }
    let references = match framework {
        Some(framework) => framework_references(framework)?,
        None => Vec::new(),
    };
    let output = Command::new("mcs")
        .args(["-warnaserror", "-optimize+", "-nologo"])
        .args(&references)
        .arg(format!("-out:{}", exe.display()))
        .args(&sources)
        .output()
        .context("cannot run mcs")?;
    if !output.status.success() {
        bail!(
            "mcs could not compile {}:\n{}",
            folder.display(),
            String::from_utf8_lossy(&output.stdout).trim_end()
        );
    }
    Ok(exe)
}

/// The `mcs` arguments that compile against the .NET runtime in `framework` and nothing of
/// Mono's: its core library, every `System.*` facade, `netstandard` and `mscorlib`. (The
/// facades name one another's versions; `-nowarn:1702` accepts what they agree on.)
fn framework_references(framework: &Path) -> Result<Vec<String>> {
    let assemblies = crate::files::in_folder(framework, "dll")
        .with_context(|| format!("cannot list {}", framework.display()))?;
    let mut references = vec![
        "-nostdlib".to_string(),
        "-noconfig".to_string(),
        "-nowarn:1702".to_string(),
    ];
    for name in assemblies {
        let name = name.to_string_lossy().into_owned();
        let public = name.starts_with("System.") && !name.starts_with("System.Private.")
            || name == "netstandard.dll"
            || name == "mscorlib.dll"
            || name == "System.Private.CoreLib.dll";
        if public {
            references.push(format!("-r:{}", framework.join(&name).display()));
        }
    }
    Ok(references)
}

/// The newest `Microsoft.NETCore.App` in `dotnet --list-runtimes` output
/// (`Microsoft.NETCore.App 3.1.23 [/usr/share/dotnet/shared/Microsoft.NETCore.App]`): its
/// version, and its folder.
fn newest_netcore(list: &str) -> Option<(String, PathBuf)> {
    list.lines()
        .filter_map(|l| l.strip_prefix("Microsoft.NETCore.App "))
        .filter_map(|rest| {
            let (version, place) = rest.split_once(' ')?;
            let place = place.trim().strip_prefix('[')?.strip_suffix(']')?;
            Some((version.to_string(), Path::new(place).join(version)))
        })
        .max_by_key(|(version, _)| version_key(version))
}

fn version_key(version: &str) -> Vec<u64> {
    version.split('.').map_while(|p| p.parse().ok()).collect()
}

/// The `runtimeconfig.json` that runs an assembly on Microsoft.NETCore.App `version`.
fn runtimeconfig(version: &str) -> String {
    let parts = version_key(version);
    let (major, minor) = (
        parts.first().copied().unwrap_or(0),
        parts.get(1).copied().unwrap_or(0),
    );
    let tfm = if major >= 5 {
        format!("net{major}.{minor}")
    } else {
        format!("netcoreapp{major}.{minor}")
    };
    format!(
        "{{\"runtimeOptions\":{{\"tfm\":\"{tfm}\",\"framework\":{{\"name\":\
         \"Microsoft.NETCore.App\",\"version\":\"{major}.{minor}.0\"}}}}}}\n"
    )
}

/// The year a release of `product` (`dotnet` for .NET Core and .NET, whose SDK and runtime
/// share a major version; `mono`) came out, by its first two numbers. From Microsoft's .NET
/// release notes (dotnet/core, releases.md) and Mono's release notes.
fn release_year(product: &str, version: &str) -> Option<u16> {
    let mut numbers = version.split('.').map(|n| n.parse::<u16>().ok());
    let (major, minor) = (numbers.next()??, numbers.next()??);
    let year = match (product, major, minor) {
        ("dotnet", 3, 1) => 2019,
        ("dotnet", 5..=10, _) => 2015 + major,
        ("mono", 6, 8..=12) => 2020,
        _ => return None,
    };
    Some(year)
}

fn runs(program: &str, args: &[&str]) -> bool {
    output(program, args).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_years_by_version() {
        assert_eq!(release_year("dotnet", "3.1.23"), Some(2019));
        assert_eq!(release_year("dotnet", "8.0.100"), Some(2023));
        assert_eq!(release_year("dotnet", "10.0.1"), Some(2025));
        assert_eq!(release_year("mono", "6.8.0.105"), Some(2020));
        assert_eq!(release_year("mono", "6.12.0.200"), Some(2020));
        assert_eq!(release_year("dotnet", "2.2.8"), None, "not one it knows");
        assert_eq!(release_year("mono", ""), None);
    }

    #[test]
    fn the_newest_netcore_runtime_is_found() {
        let list = "Microsoft.AspNetCore.App 8.0.1 [/x]\nMicrosoft.NETCore.App 3.1.23 [/y]\n\
                    Microsoft.NETCore.App 8.0.10 [/z]\nMicrosoft.NETCore.App 8.0.9 [/z]\n";
        assert_eq!(
            newest_netcore(list),
            Some(("8.0.10".to_string(), PathBuf::from("/z/8.0.10")))
        );
        assert_eq!(newest_netcore("nothing"), None);
    }

    #[test]
    fn runtimeconfigs_name_the_framework() {
        assert!(runtimeconfig("3.1.23").contains("\"tfm\":\"netcoreapp3.1\""));
        assert!(runtimeconfig("3.1.23").contains("\"version\":\"3.1.0\""));
        assert!(runtimeconfig("8.0.10").contains("\"tfm\":\"net8.0\""));
    }

    #[test]
    fn a_missing_runtime_says_how_to_install_one() {
        let error = find(Some(Choice::Coreclr), Some(Path::new("/no/such/dotnet")))
            .unwrap_err()
            .to_string();
        assert!(error.contains("Install one of them"), "{error}");
    }
}
