use std::process::ExitCode;

use clap::Parser;
use etcdkit::cli::Cli;
use etcdkit::exit::Exit;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version: printed to stdout, exit 0.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("etcdkit: error: {first} (see etcdkit --help)");
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
    match runtime.block_on(etcdkit::commands::run(cli)) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            eprintln!("etcdkit: error: {message}");
            Exit::for_error(&err).into()
        }
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
