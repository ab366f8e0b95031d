//! `etcdkit`: parse, run, print the one error, exit with its code (src/lib.rs has the rest).

#![deny(unsafe_code)]

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use etcdkit_cli::exit::Exit;

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    // For the checks and hints below only, so lossy: argv may hold any bytes (CMD's
    // arguments, file names), and `std::env::args` would panic on them. Parsing reads
    // `argv` as it is.
    let args: Vec<String> = (argv.iter().skip(1))
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if args.iter().position(|a| a == "--") == Some(args.len().wrapping_sub(1)) {
        // `etcdkit lock x --`: it would hold the lock with nothing to run, until a signal.
        eprintln!(
            "etcdkit: error: nothing after --: give the command to run, or leave out -- \
             (see etcdkit --help)"
        );
        return Exit::USAGE.into();
    }
    if let [only] = args.as_slice() {
        if only == "--version" || only == "-V" {
            // What clap prints for it, without building the command tree first.
            let _ = writeln!(std::io::stdout(), "{}", etcdkit_cli::args::VERSION_LINE);
            return ExitCode::SUCCESS;
        }
    }
    let (command, parsed) = etcdkit_cli::args::parse(&argv);
    let cli = match parsed {
        Ok(cli) => {
            // Not dropped: freeing the tree's thousands of allocations took a tenth of the
            // instructions of a whole `lock X -- true`, and the process ends soon or needs
            // no more memory for it than it already has.
            std::mem::forget(command);
            cli
        }
        Err(e) if !e.use_stderr() => {
            // --help and --version: printed to stdout, exit 0.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // Bare `etcdkit` (or `etcdkit queue`): the help, on stderr, as a usage error.
            eprint!("{}", e.render());
            return Exit::USAGE.into();
        }
        Err(e) if e.kind() == ErrorKind::MissingSubcommand => {
            // The same when a global option came from the environment (ETCDKIT_ENDPOINTS
            // exported): clap then no longer sees an empty command line.
            eprint!("{}", help_of(&e));
            return Exit::USAGE.into();
        }
        Err(e) => {
            let path = subcommand_path(&command, &args);
            let hint = cmd_hint(&e, &args, &path)
                .or_else(|| similar_flag(&e, &command, &path))
                .unwrap_or_default();
            let message = blame_the_variable(&e, &args, one_line(&e));
            let help = ["etcdkit"]
                .into_iter()
                .chain(path.iter().map(String::as_str));
            let help = help.collect::<Vec<_>>().join(" ");
            eprintln!("etcdkit: error: {message}{hint} (see {help} --help)");
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
    match runtime.block_on(etcdkit_cli::commands::run(cli)) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) if Exit::is_expected(&err) => {
            if Exit::for_error(&err) == Exit::signalled(2) {
                etcdkit_cli::output::erase_after_ctrl_c();
            }
            etcdkit_cli::output::note(&format!("{err:#}").replace('\n', " "));
            Exit::for_error(&err).into()
        }
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            eprintln!("etcdkit: error: {message}");
            Exit::for_error(&err).into()
        }
    }
}

/// clap's message folded onto one line: its first paragraph, which names what is wrong
/// ("...not provided:" with the missing arguments on the lines below, "invalid value ..."
/// with the possible values), and its tips ("a similar subcommand exists: 'lock'"); the
/// usage is left out.
fn one_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let mut message: Vec<&str> = rendered
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let tips = rendered
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("tip:") && !l.contains("as a value"));
    let tips: Vec<&str> = tips.collect();
    message.extend(tips.iter().map(|t| t.trim_end_matches('.')));
    let message = message.join("; ").replace(":; ", ": ");
    match message.strip_prefix("error: ") {
        Some(rest) => rest.to_string(),
        None if message.is_empty() => "invalid arguments".to_string(),
        None => message,
    }
}

/// A bad value that came from the environment, not the command line: name the variable
/// (`invalid value 'abc' for ETCDKIT_DIAL_TIMEOUT`), not the flag the user never typed.
fn blame_the_variable(e: &clap::Error, args: &[String], message: String) -> String {
    if !matches!(
        e.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) {
        return message;
    }
    let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) else {
        return message;
    };
    let Some(flag) = arg
        .split_whitespace()
        .next()
        .filter(|f| f.starts_with("--"))
    else {
        return message;
    };
    let typed = args
        .iter()
        .any(|a| a == flag || a.starts_with(&format!("{flag}=")));
    let var = format!("ETCDKIT_{}", flag[2..].replace('-', "_").to_uppercase());
    if typed || std::env::var_os(&var).is_none() {
        return message;
    }
    message.replace(&format!("'{arg}'"), &var)
}

/// The subcommands `args` name, outermost first (`["queue", "work"]`), as far as the
/// command tree knows them; empty for none. Words after `--` are CMD's.
fn subcommand_path(command: &clap::Command, args: &[String]) -> Vec<String> {
    let mut path = Vec::new();
    let mut at = command;
    for arg in args.iter().take_while(|a| *a != "--") {
        if let Some(sub) = at.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            at = sub;
        }
    }
    path
}

/// The subcommands that take `-- CMD...`.
const TAKES_CMD: [&[&str]; 9] = [
    &["lock"],
    &["elect"],
    &["once"],
    &["barrier"],
    &["register"],
    &["sandbox"],
    &["watch"],
    &["job-progress", "run"],
    &["queue", "work"],
];

/// The etcdctl habit `etcdkit lock x echo hi`: the command goes after `--`, shown as the
/// shell would need it typed (quoted where the words need it).
fn cmd_hint(e: &clap::Error, args: &[String], path: &[String]) -> Option<String> {
    if e.kind() != ErrorKind::UnknownArgument || args.iter().any(|a| a == "--") {
        return None;
    }
    if !TAKES_CMD.iter().any(|takes| takes == &path) {
        return None;
    }
    let ContextValue::String(unexpected) = e.get(ContextKind::InvalidArg)? else {
        return None;
    };
    if unexpected.starts_with('-') {
        return None;
    }
    let at = args.iter().position(|a| a == unexpected)?;
    let quoted = |words: &[String]| {
        let quoted = words
            .iter()
            .map(|w| shlex::try_quote(w).unwrap_or_else(|_| w.into()));
        quoted.collect::<Vec<_>>().join(" ")
    };
    let (before, after) = args.split_at(at);
    Some(format!(
        "; the command to run goes after --: etcdkit {} -- {}",
        quoted(before),
        quoted(after)
    ))
}

/// A misspelt flag clap found no match for (`--tyr`): the subcommand's flag one edit away
/// (a transposition counts as one), or two for longer names.
fn similar_flag(e: &clap::Error, command: &clap::Command, path: &[String]) -> Option<String> {
    if e.kind() != ErrorKind::UnknownArgument || e.get(ContextKind::SuggestedArg).is_some() {
        return None;
    }
    let ContextValue::String(unexpected) = e.get(ContextKind::InvalidArg)? else {
        return None;
    };
    let typed = unexpected.strip_prefix("--")?.split('=').next()?;
    let mut at = command;
    for name in path {
        at = at.find_subcommand(name)?;
    }
    let most = if typed.len() <= 5 { 1 } else { 2 };
    let (distance, long) = at
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .filter_map(|a| a.get_long())
        .map(|long| (strsim::osa_distance(typed, long), long))
        .min()?;
    (distance <= most).then(|| format!("; tip: a similar argument exists: '--{long}'"))
}

/// `etcdkit ... | head -1`: the reader went away, which is not our failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The help of the command a `MissingSubcommand` error names (`etcdkit`, `etcdkit queue`).
fn help_of(e: &clap::Error) -> String {
    let mut cmd = etcdkit_cli::args::command();
    cmd.build();
    let path = match e.get(ContextKind::InvalidSubcommand) {
        Some(ContextValue::String(name)) => name.clone(),
        _ => String::new(),
    };
    for name in path.split_whitespace().skip(1) {
        let Some(sub) = cmd.find_subcommand(name).cloned() else {
            break;
        };
        cmd = sub;
    }
    cmd.render_help().to_string()
}
