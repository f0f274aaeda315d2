//! `workshop dev rendered-book`: the built book (`docs/book`, after `mdbook build docs`) read
//! against its sources, for what `mdbook build` accepts and a reader sees broken: a chapter's
//! heading missing from its page, a line of the chapter's prose inside a code block (an
//! include or a fence that swallowed what follows it), a markdown link left as text, and a
//! line of code wider than the book's code column ([`CODE_COLUMN`]), whose end a reader
//! would have to scroll to.

use crate::includes::CODE_COLUMN;
use crate::manifest::SUMMARY_PATH;
use crate::repository::Repository;
use anyhow::{Context, Result};
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let problems = check(&repo.root)?;
        if problems.is_empty() {
            println!(
                "rendered book: every chapter's headings, prose and links came out whole, and \
                 its code within {CODE_COLUMN} columns"
            );
            return Ok(ExitCode::SUCCESS);
        }
        for problem in &problems {
            println!("{problem}");
        }
        Ok(ExitCode::FAILURE)
    }
}

/// Every chapter `docs/src/SUMMARY.md` lists, beside its page in `docs/book`.
fn check(root: &Path) -> Result<Vec<String>> {
    let (source, book) = (root.join("docs/src"), root.join("docs/book"));
    if !book.join("index.html").is_file() {
        anyhow::bail!("docs/book has no built book: run `mdbook build docs` first");
    }
    let summary = std::fs::read_to_string(root.join(SUMMARY_PATH))
        .with_context(|| format!("cannot read {SUMMARY_PATH}"))?;
    let mut problems = Vec::new();
    for file in chapters(&summary) {
        let markdown = std::fs::read_to_string(source.join(&file))
            .with_context(|| format!("cannot read docs/src/{file}"))?;
        let page = book.join(&file).with_extension("html");
        let html = std::fs::read_to_string(&page)
            .with_context(|| format!("no page {} for docs/src/{file}", page.display()))?;
        let name = format!("docs/src/{file}");
        problems.extend(
            page_problems(&markdown, &html)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }
    Ok(problems)
}

/// The chapters `summary` (the book's `SUMMARY.md`) links, in its order.
fn chapters(summary: &str) -> Vec<String> {
    summary
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|link| link.ends_with(".md"))
        .map(str::to_string)
        .collect()
}

/// What is wrong with `html`, the page of the chapter `markdown` (its `<main>` only: the
/// page around it has headings of its own).
fn page_problems(markdown: &str, html: &str) -> Vec<String> {
    let main = html.find("<main").map_or(html, |start| {
        let end = html[start..]
            .find("</main>")
            .map_or(html.len(), |e| start + e);
        &html[start..end]
    });
    let html = main;
    let mut problems = Vec::new();
    let fences = markdown
        .lines()
        .filter(|l| l.trim_start().starts_with("```"))
        .count();
    if fences % 2 == 1 {
        problems.push(format!(
            "{fences} code fences: one is never closed, and its block runs to the end"
        ));
    }
    let prose = prose_lines(markdown);
    let headings = prose
        .iter()
        .filter(|l| l.starts_with("## ") || l.starts_with("### "));
    let shown = html.matches("<h2 ").count() + html.matches("<h3 ").count();
    let written = headings.count();
    if shown < written {
        problems.push(format!(
            "{written} headings of level 2 or 3 in the chapter, {shown} on its page: a code \
             block or an include swallowed the rest"
        ));
    }
    for block in code_blocks(html) {
        let text = unescape(&block);
        if let Some(wide) = text.lines().find(|l| l.chars().count() > CODE_COLUMN) {
            problems.push(format!(
                "a code line of {} columns, wider than the book's {CODE_COLUMN}: \"{}\"",
                wide.chars().count(),
                wide.trim()
            ));
        }
        let swallowed = prose
            .iter()
            .filter(|l| l.len() > 30)
            .find(|l| text.lines().any(|t| t.trim() == l.trim()));
        if let Some(line) = swallowed {
            problems.push(format!(
                "the chapter's prose is inside a code block: \"{line}\""
            ));
        }
    }
    let text = strip_code(html);
    if let Some(at) = text.find("](") {
        let around = &text[text[..at].rfind('[').unwrap_or(at)..(at + 40).min(text.len())];
        problems.push(format!("a markdown link was not made a link: \"{around}\""));
    }
    problems
}

/// The chapter's own lines outside code fences, trimmed, without includes.
fn prose_lines(markdown: &str) -> Vec<String> {
    let mut fenced = false;
    let mut lines = Vec::new();
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        let line = line.trim();
        if !fenced && !line.is_empty() && !line.contains("{{#") && !line.starts_with('<') {
            lines.push(line.to_string());
        }
    }
    lines
}

/// The inside of every `<pre>…</pre>` of `html`, tags removed.
fn code_blocks(html: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<pre") {
        let Some(end) = rest[start..].find("</pre>") else {
            break;
        };
        blocks.push(strip_tags(&rest[start..start + end]));
        rest = &rest[start + end + 6..];
    }
    blocks
}

/// `html` without its `<pre>` blocks and inline `<code>`, tags removed.
fn strip_code(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    loop {
        let next = ["<pre", "<code"]
            .iter()
            .filter_map(|tag| rest.find(tag).map(|at| (at, *tag)))
            .min();
        let Some((at, tag)) = next else { break };
        out.push_str(&rest[..at]);
        let close = if tag == "<pre" { "</pre>" } else { "</code>" };
        match rest[at..].find(close) {
            Some(end) => rest = &rest[at + end + close.len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    strip_tags(&out)
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAPTER: &str = "# Title\n\n## One\n\nSome prose that is long enough to be recognised.\n\n\
                           ```text\n{{#include runs/x.txt}}\n```\n\n## Two\n\nA [link](https://x.org).\n";

    #[test]
    fn a_whole_page_has_no_problem() {
        let html = "<h1 id=\"t\">Title</h1><h2 id=\"one\">One</h2><p>Some prose that is long \
                    enough to be recognised.</p><pre><code>output</code></pre>\
                    <h2 id=\"two\">Two</h2><p>A <a href=\"https://x.org\">link</a>.</p>";
        assert_eq!(page_problems(CHAPTER, html), Vec::<String>::new());
    }

    #[test]
    fn prose_swallowed_by_a_code_block_and_its_lost_headings_are_found() {
        let html = "<h1 id=\"t\">Title</h1><h2 id=\"one\">One</h2><pre><code>output\n\
                    Some prose that is long enough to be recognised.\n## Two\n\
                    A [link](https://x.org).</code></pre>";
        let problems = page_problems(CHAPTER, html);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("2 headings of level 2 or 3 in the chapter, 1 on its page"));
        assert!(
            problems[1].contains("prose is inside a code block"),
            "{problems:?}"
        );
    }

    #[test]
    fn only_the_main_part_of_the_page_counts() {
        let html = "<h2 class=\"help\">Keyboard shortcuts</h2><main><h2 id=\"one\">One</h2>\
                    <p>Some prose that is long enough to be recognised.</p></main>";
        let problems = page_problems(CHAPTER, html);
        assert!(problems[0].contains("2 headings of level 2 or 3 in the chapter, 1 on its page"));
    }

    #[test]
    fn an_unclosed_fence_is_found() {
        let open = CHAPTER.replace("## Two", "```text\n## Two");
        let problems = page_problems(
            &open,
            "<h2 id=\"one\">One</h2><p>Some prose that is \
                                              long enough to be recognised.</p>",
        );
        assert!(
            problems[0].contains("3 code fences: one is never closed"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_code_line_wider_than_the_column_is_found() {
        let wide = format!("{}&lt;", "x".repeat(CODE_COLUMN));
        let html = format!(
            "<h2 id=\"one\">One</h2><h2 id=\"two\">Two</h2><pre><code>fits\n{}</code></pre>\
             <pre><code>{}</code></pre>",
            "y".repeat(CODE_COLUMN),
            wide
        );
        let problems = page_problems(CHAPTER, &html);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("a code line of 81 columns, wider than the book's 80"),
            "{problems:?}"
        );
    }

    #[test]
    fn the_chapters_are_the_summarys_links() {
        let summary = "# Summary\n\n[Intro](introduction.md)\n- [A](a.md)\n\
                       - [Site](https://x.org)\n";
        assert_eq!(chapters(summary), ["introduction.md", "a.md"]);
    }

    #[test]
    fn a_markdown_link_left_as_text_is_found() {
        let html = "<h2 id=\"one\">One</h2><h2 id=\"two\">Two</h2>\
                    <p>A [link](https://x.org).</p><pre><code>a](b in code is fine</code></pre>";
        let problems = page_problems(CHAPTER, html);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("not made a link: \"[link](https://x.org)."));
    }
}
