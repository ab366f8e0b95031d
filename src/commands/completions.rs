use anyhow::Result;
use clap_complete::Shell;

use crate::args;
use crate::examples::examples;
use crate::exit::{self, Exit};
use crate::output::Output;

pub fn run(shell: Shell, out: &mut Output) -> Result<Exit> {
    out.raw(&completion_script(shell))?;
    Ok(Exit::SUCCESS)
}

/// The completion script for `shell`, as committed under completions/.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut args::command(), "etcdkit", &mut script);
    if shell == Shell::Bash {
        script = with_cmd_after_dashes(&script);
    }
    script
}

/// clap's bash script knows nothing of `-- CMD...`: it offered etcdkit's flags after `--`.
/// Its function is renamed and wrapped by one that completes CMD as `sudo` does: with
/// CMD's own completion (bash-completion's `_command_offset`), or without that package a
/// command name, then file names.
fn with_cmd_after_dashes(script: &[u8]) -> Vec<u8> {
    const WRAPPER: &str = r#"
# After `--` comes CMD: complete it as its own command line, as sudo's completion does.
_etcdkit() {
    local i
    for (( i = 1; i < COMP_CWORD; i++ )); do
        if [[ "${COMP_WORDS[i]}" == "--" ]]; then
            if declare -F _command_offset >/dev/null; then
                _command_offset $((i + 1))
            elif (( COMP_CWORD == i + 1 )); then
                COMPREPLY=( $(compgen -c -- "${COMP_WORDS[COMP_CWORD]}") )
            else
                compopt -o filenames 2>/dev/null
                COMPREPLY=( $(compgen -f -- "${COMP_WORDS[COMP_CWORD]}") )
            fi
            return 0
        fi
    done
    _etcdkit_options "$@"
}
"#;
    let text = String::from_utf8_lossy(script).replacen("_etcdkit() {", "_etcdkit_options() {", 1);
    // The wrapper goes before the `complete` lines at the end.
    let at = text
        .find("\nif [[ \"${BASH_VERSINFO[0]}\"")
        .unwrap_or(text.len());
    let (head, tail) = text.split_at(at);
    format!("{head}{WRAPPER}{tail}").into_bytes()
}

/// `(file name, roff)` for etcdkit(1) and one page per subcommand, nested ones included
/// (`etcdkit-queue-work.1`), as committed under docs/man/.
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut root = args::command();
    root.build();
    let mut pages = Vec::new();
    add_pages(&root, &[], &mut pages)?;
    Ok(pages)
}

/// The page of `cmd` (reached by `path` from the root) and of each of its subcommands.
fn add_pages(
    cmd: &clap::Command,
    path: &[&str],
    pages: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    let words: Vec<&str> = std::iter::once("etcdkit")
        .chain(path.iter().copied())
        .collect();
    let page_name = words.join("-");
    let mut page_cmd = cmd
        .clone()
        .display_name(page_name.clone())
        .bin_name(words.join(" "));
    if page_cmd.find_subcommand("help").is_some() {
        // `help` has no page of its own: `--help` is on every page's options.
        page_cmd = page_cmd.mut_subcommand("help", |help| help.hide(true));
    }
    // A subcommand's page lists its own options; the global ones are etcdkit(1)'s, named
    // in a section of their own (they crowded every SYNOPSIS).
    let globals: Vec<String> = page_cmd
        .get_arguments()
        .filter(|a| a.is_global_set() && !a.is_hide_set())
        .map(|a| match (a.get_short(), a.get_long()) {
            (Some(short), Some(long)) => format!("-{short}/--{long}"),
            (None, Some(long)) => format!("--{long}"),
            _ => a.get_id().to_string(),
        })
        .collect();
    if !path.is_empty() {
        page_cmd = page_cmd.mut_args(|a| if a.is_global_set() { a.hide(true) } else { a });
    }
    let man = clap_mangen::Man::new(page_cmd.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    if page_cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut page)?;
    }
    if !path.is_empty() {
        // Kept as lines (the section is `.nf`), so wrapped here.
        let mut text = String::from("Those of etcdkit(1), before or after the subcommand:\n");
        let mut line = String::new();
        for (i, name) in globals.iter().enumerate() {
            let word = if i + 1 < globals.len() {
                format!("{name},")
            } else {
                name.clone()
            };
            if !line.is_empty() && line.len() + 1 + word.len() > 72 {
                text += &line;
                text.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line += &word;
        }
        text += &line;
        section(&mut page, "GLOBAL OPTIONS", &text);
    }
    if page_cmd.has_subcommands() {
        man.render_subcommands_section(&mut page)?;
    }
    // The short after-help: the long one repeats it with the examples, which get their own
    // section below.
    if let Some(details) = page_cmd.get_after_help() {
        // The pointer to `--help` for the global options is for `-h`, not for a page.
        let text = details.to_string();
        let text = text.trim_end_matches(args::GLOBAL_POINTER).trim_end();
        // The root's after-help is the exit-code table, which has its own section.
        if !path.is_empty() && !text.is_empty() {
            section(&mut page, "DETAILS", text);
        }
    }
    section(
        &mut page,
        "EXIT STATUS",
        exit::HELP.trim_start_matches("Exit codes:\n"),
    );
    section(&mut page, "ENVIRONMENT", ENVIRONMENT);
    if let Some(examples) = examples(path) {
        section(&mut page, "EXAMPLES", examples);
    }
    let see_also = if path.is_empty() {
        "The subcommand pages above; docs/ in the source for each pattern's \
         guarantees, layouts and measurements."
            .to_string()
    } else {
        "etcdkit(1); docs/ in the source for guarantees, layouts and measurements.".to_string()
    };
    section(&mut page, "SEE ALSO", &see_also);
    pages.push((format!("{page_name}.1"), page));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name());
        add_pages(sub, &sub_path, pages)?;
    }
    Ok(())
}

/// A `.SH` section whose lines are kept as written (`.nf`), escaped for roff.
fn section(page: &mut Vec<u8>, title: &str, text: &str) {
    page.extend_from_slice(format!(".SH \"{title}\"\n.nf\n").as_bytes());
    for line in text.lines() {
        let escaped = line.replace('\\', "\\e").replace('-', "\\-");
        let escaped = if escaped.starts_with('.') || escaped.starts_with('\'') {
            format!("\\&{escaped}")
        } else {
            escaped
        };
        page.extend_from_slice(escaped.as_bytes());
        page.push(b'\n');
    }
    page.extend_from_slice(b".fi\n");
}

const ENVIRONMENT: &str = "\
ETCDKIT_ENDPOINTS, ETCDKIT_CACERT, ETCDKIT_CERT, ETCDKIT_KEY, ETCDKIT_USER,
ETCDKIT_PASSWORD, ETCDKIT_PASSWORD_FILE, ETCDKIT_DIAL_TIMEOUT, ETCDKIT_COMMAND_TIMEOUT,
ETCDKIT_PREFIX, ETCDKIT_BOOKKEEPING_PREFIX, ETCDKIT_OUTPUT
    The global options; a flag wins over its variable.
ETCDCTL_ENDPOINTS, ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY, ETCDCTL_USER,
ETCDCTL_PASSWORD, ETCDCTL_DIAL_TIMEOUT, ETCDCTL_COMMAND_TIMEOUT
    Fallbacks, so that an existing etcdctl setup works unchanged.
NO_COLOR, TERM=dumb
    No colour under --color auto.";
