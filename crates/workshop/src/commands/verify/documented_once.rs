//! The public items the attendee implements are documented once: each `pub fn` of the stub
//! has the very same doc comment and signature in the solution, so the two cannot drift. The
//! stub's `// TODO` guidance is a plain comment, outside the doc comment, and may differ.

use super::{Outcome, outcome};
use crate::manifest::Module;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A public function's doc comment and signature, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    file: PathBuf,
    line: usize,
    doc: String,
    signature: String,
}

/// Each stub `pub fn` against the solution's fn of the same name in the same `impl`.
pub(super) fn stub_matches_solution(root: &Path, module: &Module) -> Outcome {
    let given = given_files(root, module);
    let stub = items(root, &module.exercise().join("src"), &given);
    let solution = items(root, &module.solution().join("src"), &given);
    let mut problems = Vec::new();
    for (name, item) in &stub {
        let at = format!("{}:{}: `{name}`", slash(&item.file), item.line);
        match solution.get(name) {
            None => problems.push(format!("{at} is not in the solution ({})", slash(&module.solution().join("src")))),
            Some(theirs) if theirs.signature != item.signature => problems.push(format!(
                "{at}: its signature differs from the solution's ({}:{}):\n  stub:     {}\n  solution: {}",
                slash(&theirs.file),
                theirs.line,
                item.signature,
                theirs.signature
            )),
            Some(theirs) if theirs.doc != item.doc => problems.push(format!(
                "{at}: its doc comment differs from the solution's ({}:{}); write it once, \
                 the same in both",
                slash(&theirs.file),
                theirs.line
            )),
            Some(_) => {}
        }
    }
    outcome(
        problems,
        format!(
            "the stub's {} public functions are documented as in the solution",
            stub.len()
        ),
    )
}

/// The exercise's files that the solution includes with `#[path]`: one copy already.
fn given_files(root: &Path, module: &Module) -> Vec<String> {
    let lib = std::fs::read_to_string(root.join(module.solution().join("src/lib.rs")))
        .unwrap_or_default();
    lib.lines()
        .filter_map(|l| l.trim().strip_prefix("#[path = \""))
        .filter_map(|l| l.split('"').next())
        .filter_map(|p| Path::new(p).file_name())
        .map(|f| f.to_string_lossy().into_owned())
        .collect()
}

/// The public functions of the `.rs` files directly in `src` (not the given ones), by
/// `Type::name` (the type of the `impl` they are in) or `name`.
fn items(root: &Path, src: &Path, given: &[String]) -> BTreeMap<String, Item> {
    let mut found = BTreeMap::new();
    let files = crate::files::in_folder(&root.join(src), "rs").unwrap_or_default();
    let files = files
        .into_iter()
        .filter(|f| !given.iter().any(|g| f.as_os_str() == g.as_str()));
    for path in files {
        let file = src.join(path);
        let text = std::fs::read_to_string(root.join(&file)).unwrap_or_default();
        for (name, line, doc, signature) in public_functions(&text) {
            found.entry(name).or_insert(Item {
                file: file.clone(),
                line,
                doc,
                signature,
            });
        }
    }
    found
}

/// `(name, line from 1, doc comment, signature)` of each `pub fn` in `text`.
fn public_functions(text: &str) -> Vec<(String, usize, String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut within = String::new();
    for (index, line) in lines.iter().enumerate() {
        if line.starts_with("impl") {
            within = impl_type(line);
        } else if !line.starts_with([' ', '\t', '}', '/', '#']) && !line.is_empty() {
            within.clear();
        }
        let code = line.trim_start();
        let Some(after) = ["pub fn ", "pub const fn ", "pub unsafe fn "]
            .iter()
            .find_map(|p| code.strip_prefix(p))
        else {
            continue;
        };
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let mut doc: Vec<&str> = lines[..index]
            .iter()
            .rev()
            .map(|l| l.trim())
            .skip_while(|l| l.starts_with("#["))
            .take_while(|l| l.starts_with("///"))
            .collect();
        doc.reverse();
        let mut signature = String::new();
        for part in &lines[index..] {
            let part = part.trim();
            let end = part
                .find(" {")
                .or_else(|| part.strip_suffix('{').map(str::len));
            signature.push_str(if signature.is_empty() { "" } else { " " });
            signature.push_str(end.map_or(part, |e| &part[..e]));
            if end.is_some() || part.ends_with(';') {
                break;
            }
        }
        let key = if within.is_empty() {
            name
        } else {
            format!("{within}::{name}")
        };
        found.push((key, index + 1, doc.join("\n"), signature));
    }
    found
}

/// `impl<'a, T> Trait for Pool<T> {` → `Pool`; `impl BitSet {` → `BitSet`.
fn impl_type(line: &str) -> String {
    let header = line.trim_end_matches('{').trim();
    let target = header.rsplit(" for ").next().unwrap_or(header);
    let target = target.strip_prefix("impl").unwrap_or(target);
    let target = match target.strip_prefix('<') {
        Some(rest) => skip_generics(rest),
        None => target,
    };
    target
        .trim()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// What follows the `>` that closes a generic list whose `<` is already passed.
fn skip_generics(text: &str) -> &str {
    let mut depth = 1;
    for (at, c) in text.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return &text[at + 1..];
        }
    }
    ""
}

fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    const STUB: &str = "\
impl<'a, T: Copy> Pool<T> {
    // TODO (step 1): yours.
    /// Adds `value`.
    #[inline]
    pub fn insert(&mut self, value: T) -> Handle {
        todo!()
    }
}

/// Free.
pub fn free(
    a: u8,
) -> u8 {
    todo!()
}
";

    #[test]
    fn functions_are_keyed_by_their_impl_with_doc_and_signature() {
        let found = public_functions(STUB);
        assert_eq!(
            found,
            [
                (
                    "Pool::insert".to_string(),
                    5,
                    "/// Adds `value`.".to_string(),
                    "pub fn insert(&mut self, value: T) -> Handle".to_string()
                ),
                (
                    "free".to_string(),
                    11,
                    "/// Free.".to_string(),
                    "pub fn free( a: u8, ) -> u8".to_string()
                ),
            ]
        );
    }

    #[test]
    fn impl_headers_name_their_type() {
        assert_eq!(impl_type("impl BitSet {"), "BitSet");
        assert_eq!(impl_type("impl<'a> Iterator for Iter<'a> {"), "Iter");
        assert_eq!(impl_type("impl<T: Into<u8>> Pool<T> {"), "Pool");
    }
}
