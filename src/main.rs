use std::process::ExitCode;

use clap::Parser;
use etcdkit::cli::args::Cli;
use etcdkit::cli::exit::Exit;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version: printed to stdout, exit 0.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("etcdkit: error: {} (see etcdkit --help)", one_line(&e));
            return Exit::USAGE.into();
        }
    };
    // One thread: children get their parent-death signal from the thread that spawns them.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("etcdkit: error: starting the runtime: {e}");
            return Exit::FAILURE.into();
        }
    };
    match runtime.block_on(etcdkit::cli::commands::run(cli)) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            eprintln!("etcdkit: error: {message}");
            Exit::for_error(&err).into()
        }
    }
}

/// clap's message folded onto one line: its first paragraph, which names what is wrong
/// ("...not provided:" with the missing arguments on the lines below, "invalid value ..."
/// with the possible values); the usage and tips after the blank line are left out.
fn one_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let message: Vec<&str> = rendered
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let message = message.join(" ");
    match message.strip_prefix("error: ") {
        Some(rest) => rest.to_string(),
        None if message.is_empty() => "invalid arguments".to_string(),
        None => message,
    }
}

/// `etcdkit ... | head -1`: the reader went away, which is not our failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
