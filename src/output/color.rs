//! Colour is decided once, at start: `--color`, then `NO_COLOR`, `TERM=dumb` and whether
//! stdout is a terminal. JSON is never coloured.

use std::io::{self, IsTerminal};

use crate::args::{ColorChoice, Format};

/// Decides colour for the whole run: `--color`, then `NO_COLOR`, `TERM=dumb` and whether
/// stdout is a terminal. JSON is never coloured.
pub fn decide_color(choice: ColorChoice, format: Format) {
    let on = |terminal: bool| match (choice, format) {
        (_, Format::Json) | (ColorChoice::Never, _) => false,
        (ColorChoice::Always, _) => true,
        (ColorChoice::Auto, _) => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
                && terminal
        }
    };
    colored::control::set_override(on(io::stdout().is_terminal()));
    // Progress bars are drawn on stderr: the same choice, judged by stderr.
    console::set_colors_enabled_stderr(on(io::stderr().is_terminal()));
}
