use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::args::Cli;
use crate::cli::exit::Exit;
use crate::cli::output::Output;

pub fn run(shell: Shell, out: &mut Output) -> Result<Exit> {
    out.raw(&completion_script(shell))?;
    Ok(Exit::SUCCESS)
}

/// The completion script for `shell`, as committed under completions/.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "etcdkit", &mut script);
    script
}

/// `(file name, roff)` for etcdkit(1) and one page per subcommand, as committed under docs/man/.
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let root = Cli::command();
    let mut pages = Vec::new();
    let mut page = Vec::new();
    clap_mangen::Man::new(root.clone()).render(&mut page)?;
    pages.push(("etcdkit.1".to_string(), page));
    for sub in root.get_subcommands() {
        let name = format!("etcdkit-{}", sub.get_name());
        let mut page = Vec::new();
        clap_mangen::Man::new(sub.clone().name(name.clone())).render(&mut page)?;
        pages.push((format!("{name}.1"), page));
    }
    Ok(pages)
}
