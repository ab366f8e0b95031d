//! The global options resolved into the library's [`ConnectOptions`]: flag, then
//! `ETCDKIT_*` (both through clap), then the `ETCDCTL_*` fallback, then the chosen context
//! (`context`), then the default; the password from the environment, the context, a file
//! or a prompt. Errors name the flag (or the context) at fault.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::args::{parse_duration, Global};
use crate::context::Settings;
use etcdkit::client::limits;
use etcdkit::client::{
    check_schemes, parse_endpoints, read_pem, ConnectOptions, Credentials, Pem, TlsFiles,
    DEFAULT_COMMAND_TIMEOUT, DEFAULT_DIAL_TIMEOUT, DEFAULT_ENDPOINTS,
};
use etcdkit::error::{Error, Result};

/// Resolves the global options. Asks for a missing password on a terminal.
///
/// Errors: `InvalidInput` naming the flag (or variable) whose value is bad.
pub fn connect_options(global: &Global) -> Result<ConnectOptions> {
    let context = global.settings.clone().unwrap_or_default();
    let endpoints = global
        .endpoints
        .clone()
        .or_else(|| etcdctl_env("ENDPOINTS"))
        .or(context.endpoints.clone())
        .unwrap_or_else(|| DEFAULT_ENDPOINTS.to_string());
    let endpoints = parse_endpoints(&endpoints).map_err(|e| flag_error("--endpoints:", e))?;

    let path = |flag: &Option<PathBuf>, name, from_context: Option<PathBuf>| {
        flag.clone()
            .or_else(|| etcdctl_env(name).map(PathBuf::from))
            .or(from_context)
    };
    let files = TlsFiles {
        ca: path(&global.cacert, "CACERT", context.cacert.clone()),
        cert: path(&global.cert, "CERT", context.cert.clone()),
        key: path(&global.key, "KEY", context.key.clone()),
    };
    let tls = (files.ca.is_some() || files.cert.is_some() || files.key.is_some()).then_some(files);
    check_schemes(&endpoints, tls.is_some()).map_err(|e| flag_error("--endpoints:", e))?;
    if let Some(files) = &tls {
        check_tls_files(files)?;
    }

    let duration = |flag: Option<Duration>, name: &str, from_context: Option<&str>, default| {
        let parse = |text: &str, whence: String| {
            parse_duration(text).map_err(|e| Error::InvalidInput(format!("{whence}: {e}")))
        };
        match (flag, etcdctl_env(name), from_context) {
            (Some(d), _, _) => Ok(d),
            (None, Some(text), _) => parse(&text, format!("ETCDCTL_{name}")),
            (None, None, Some(text)) => {
                let key = name.to_ascii_lowercase().replace('_', "-");
                parse(text, format!("{key} in the context"))
            }
            (None, None, None) => Ok(default),
        }
    };
    let dial_timeout = positive(
        duration(
            global.dial_timeout,
            "DIAL_TIMEOUT",
            context.dial_timeout.as_deref(),
            DEFAULT_DIAL_TIMEOUT,
        )?,
        "--dial-timeout",
    )?;
    let command_timeout = positive(
        duration(
            global.command_timeout,
            "COMMAND_TIMEOUT",
            context.command_timeout.as_deref(),
            DEFAULT_COMMAND_TIMEOUT,
        )?,
        "--command-timeout",
    )?;

    let bookkeeping_prefix = global
        .bookkeeping_prefix
        .clone()
        .or(context.bookkeeping_prefix.clone())
        .unwrap_or_else(|| etcdkit::client::DEFAULT_BOOKKEEPING_PREFIX.to_string());
    if bookkeeping_prefix.is_empty() {
        return Err(Error::InvalidInput(
            "--bookkeeping-prefix is empty (a queue's counters would sit among its items)".into(),
        ));
    }

    Ok(ConnectOptions {
        endpoints,
        tls,
        credentials: credentials(global, &context)?,
        dial_timeout,
        command_timeout,
        prefix: prefix(global),
        bookkeeping_prefix,
        require_leader: true,
        token_cache: (global.auth_cache || context.auth_cache == Some(true))
            .then(token_cache_path)
            .transpose()?,
        observer: crate::service::observer(),
    })
}

/// `--prefix`: flag or `ETCDKIT_PREFIX`, else the context's, else empty.
pub fn prefix(global: &Global) -> String {
    let context = global.settings.as_ref().and_then(|c| c.prefix.clone());
    global.prefix.clone().or(context).unwrap_or_default()
}

/// Where `--auth-cache` keeps tokens: `$XDG_CACHE_HOME/etcdkit/auth-tokens.json`, else
/// `$HOME/.cache/etcdkit/auth-tokens.json` (the XDG base directory rules; a relative
/// `XDG_CACHE_HOME` is ignored, as they say).
fn token_cache_path() -> Result<PathBuf> {
    let absolute = |name| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let cache = absolute("XDG_CACHE_HOME")
        .or_else(|| absolute("HOME").map(|home| home.join(".cache")))
        .ok_or_else(|| {
            Error::InvalidInput(
                "--auth-cache: no cache directory (set HOME or XDG_CACHE_HOME to an absolute path)"
                    .into(),
            )
        })?;
    Ok(cache.join("etcdkit").join("auth-tokens.json"))
}

/// `flag` prepended to a library error about its value.
fn flag_error(flag: &str, err: Error) -> Error {
    Error::InvalidInput(format!("{flag} {err}"))
}

/// Unreadable certificates are bad input: refused before any connection, naming the flag.
fn check_tls_files(files: &TlsFiles) -> Result<()> {
    match (&files.cert, &files.key) {
        (Some(_), None) => return Err(Error::InvalidInput("--cert needs --key".into())),
        (None, Some(_)) => return Err(Error::InvalidInput("--key needs --cert".into())),
        _ => {}
    }
    let checks = [
        ("--cacert", &files.ca, Pem::Certificate),
        ("--cert", &files.cert, Pem::Certificate),
        ("--key", &files.key, Pem::PrivateKey),
    ];
    for (flag, path, kind) in checks {
        if let Some(path) = path {
            read_pem(path, kind).map_err(|e| flag_error(flag, e))?;
        }
    }
    Ok(())
}

fn etcdctl_env(name: &str) -> Option<String> {
    std::env::var(format!("ETCDCTL_{name}"))
        .ok()
        .filter(|v| !v.is_empty())
}

fn positive(d: Duration, flag: &str) -> Result<Duration> {
    if d.is_zero() {
        return Err(Error::InvalidInput(format!(
            "{flag} must be greater than 0"
        )));
    }
    Ok(d)
}

fn credentials(global: &Global, context: &Settings) -> Result<Option<Credentials>> {
    let user = global.user.clone().or_else(|| etcdctl_env("USER"));
    let Some(user) = user.or(context.user.clone()) else {
        return Ok(None);
    };
    if user.is_empty() || user.starts_with(':') {
        return Err(Error::InvalidInput(
            "--user has no user name (give NAME, or NAME:PASSWORD as etcdctl takes it)".into(),
        ));
    }
    // etcdctl's `--user NAME:PASSWORD` form.
    if let Some((name, password)) = user.split_once(':') {
        return Ok(Some(Credentials::new(name, password)));
    }
    let password = global.password.clone().or_else(|| etcdctl_env("PASSWORD"));
    let password_file = global
        .password_file
        .as_ref()
        .or(context.password_file.as_ref());
    let password = if let Some(p) = password {
        p
    } else if let Some(file) = password_file {
        read_password_file(file)?
    } else if let Some(p) = &context.password {
        p.clone()
    } else if std::io::stdin().is_terminal() {
        prompt_password(&format!("Password for etcd user {user}: "))?
    } else {
        return Err(Error::InvalidInput(format!(
            "no password for --user {user}: set ETCDKIT_PASSWORD, pass --password-file, or run on a terminal to be asked"
        )));
    };
    Ok(Some(Credentials::new(user, password)))
}

/// Asks for the password on the terminal, not echoed. rpassword turns echo off only after
/// writing the prompt, so keys typed as soon as it shows could be echoed (a test that typed
/// on seeing the prompt saw its password once): echo goes off before the prompt here, and
/// comes back however the prompt ends.
fn prompt_password(prompt: &str) -> std::io::Result<String> {
    use nix::sys::termios::{tcgetattr, tcsetattr, LocalFlags, SetArg, Termios};
    struct Restore(std::fs::File, Termios);
    impl Drop for Restore {
        fn drop(&mut self) {
            let _ = tcsetattr(&self.0, SetArg::TCSANOW, &self.1);
        }
    }
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let saved = tcgetattr(&tty)?;
    let mut quiet = saved.clone();
    quiet.local_flags.remove(LocalFlags::ECHO);
    tcsetattr(&tty, SetArg::TCSANOW, &quiet)?;
    let _restore = Restore(tty, saved);
    rpassword::prompt_password(prompt)
}

fn read_password_file(path: &Path) -> Result<String> {
    let bytes = limits::read_bounded(path, limits::MAX_PASSWORD_FILE_BYTES, "--password-file")?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::InvalidInput(format!(
            "--password-file {}: not UTF-8 text",
            path.display()
        ))
    })?;
    Ok(text.lines().next().unwrap_or_default().to_string())
}
