//! Named contexts (kubectl's word): the connection settings of each cluster a user works
//! with, in a TOML file, chosen with `--context NAME` / `ETCDKIT_CONTEXT` or the file's
//! `current-context`.
//!
//! Two files are read, and merged: `$XDG_CONFIG_HOME/etcdkit/config.toml` (else
//! `~/.config/etcdkit/config.toml`), the user's, then `/etc/etcdkit/config.toml`, the
//! host's; a context of the user's file replaces one of the same name in the host's, and
//! the user's `current-context` wins. `ETCDKIT_CONFIG=FILE` names the one file to read
//! (and for `context use` to write) instead, as `KUBECONFIG` does. Each `[context.NAME]` table's keys are the global
//! options' long names. Precedence, option by option: flag, then environment (`ETCDKIT_*`,
//! then `ETCDCTL_*`), then the context, then the default (`options`). Relative paths in a
//! context are relative to its file's directory. A file that holds a password (`password`,
//! or `user = "NAME:PASSWORD"`) and that others may read is refused, as ssh refuses such a
//! key.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use etcdkit::error::Error;

/// One context's settings (each absent one is left to the flag, environment or default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    pub endpoints: Option<String>,
    pub cacert: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub password_file: Option<PathBuf>,
    pub auth_cache: Option<bool>,
    pub dial_timeout: Option<String>,
    pub command_timeout: Option<String>,
    pub prefix: Option<String>,
    pub bookkeeping_prefix: Option<String>,
}

impl Settings {
    /// Whether it holds a password (which must not be readable by others).
    fn has_password(&self) -> bool {
        self.password.is_some() || self.user.as_deref().is_some_and(|u| u.contains(':'))
    }

    /// The same, passwords replaced by `***` (what `context show` prints).
    pub fn redacted(&self) -> Settings {
        let user = self.user.as_deref().map(|u| match u.split_once(':') {
            Some((name, _)) => format!("{name}:***"),
            None => u.to_string(),
        });
        Settings {
            user,
            password: self.password.as_ref().map(|_| "***".to_string()),
            ..self.clone()
        }
    }

    /// Relative paths made relative to `dir` (the file's directory).
    fn anchored(mut self, dir: &Path) -> Settings {
        for path in [
            &mut self.cacert,
            &mut self.cert,
            &mut self.key,
            &mut self.password_file,
        ] {
            if let Some(p) = path.as_mut().filter(|p| p.is_relative()) {
                *p = dir.join(&*p);
            }
        }
        self
    }
}

/// One file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    current_context: Option<String>,
    #[serde(default)]
    context: BTreeMap<String, Settings>,
}

/// The contexts of both files, merged.
#[derive(Debug, Default)]
pub struct Config {
    /// The files read, the user's first.
    pub files: Vec<PathBuf>,
    pub current: Option<String>,
    /// Each context, with the file it came from.
    pub contexts: BTreeMap<String, (Settings, PathBuf)>,
}

/// The user's file: `$ETCDKIT_CONFIG`, else `$XDG_CONFIG_HOME/etcdkit/config.toml`, else
/// `~/.config/...` (an absolute XDG_CONFIG_HOME only, as the XDG rules say).
pub fn user_file() -> Option<PathBuf> {
    if let Some(file) = std::env::var_os("ETCDKIT_CONFIG").filter(|f| !f.is_empty()) {
        return Some(PathBuf::from(file));
    }
    let absolute = |name| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let dir =
        absolute("XDG_CONFIG_HOME").or_else(|| absolute("HOME").map(|h| h.join(".config")))?;
    Some(dir.join("etcdkit").join("config.toml"))
}

/// The host's file.
pub const HOST_FILE: &str = "/etc/etcdkit/config.toml";

impl Config {
    /// Reads and merges the files that exist.
    ///
    /// Errors (exit 2): a file that cannot be read or parsed (naming it and the line), or
    /// that holds a password and is readable by others.
    pub fn load() -> Result<Config, Error> {
        let mut config = Config::default();
        let host = std::env::var_os("ETCDKIT_CONFIG")
            .is_none()
            .then(|| PathBuf::from(HOST_FILE));
        let files = [user_file(), host];
        for path in files.into_iter().flatten() {
            let Some(file) = read(&path)? else { continue };
            let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
            config.current = config.current.take().or(file.current_context);
            for (name, settings) in file.context {
                config
                    .contexts
                    .entry(name)
                    .or_insert_with(|| (settings.anchored(&dir), path.clone()));
            }
            config.files.push(path);
        }
        Ok(config)
    }

    /// The settings of `name` (`--context`/`ETCDKIT_CONTEXT`), else of `current-context`,
    /// else none.
    ///
    /// Errors (exit 2): a context that no file defines, naming those that exist.
    pub fn chosen(&self, name: Option<&str>) -> Result<Option<Settings>, Error> {
        let (name, from) = match (name, &self.current) {
            (Some(name), _) => (name, "--context"),
            (None, Some(current)) => (current.as_str(), "current-context"),
            (None, None) => return Ok(None),
        };
        self.get(name, from)
            .map(|(settings, _)| Some(settings.clone()))
    }

    /// Context `name` and its file.
    ///
    /// Errors (exit 2): no file defines it; the message starts with `what` and names the
    /// contexts that exist.
    pub fn get(&self, name: &str, what: &str) -> Result<&(Settings, PathBuf), Error> {
        self.contexts.get(name).ok_or_else(|| {
            Error::InvalidInput(format!(
                "{what} {name:?}: no such context in {} (contexts: {})",
                self.where_(),
                self.names()
            ))
        })
    }

    /// The files read, for messages.
    pub fn where_(&self) -> String {
        let user = user_file().map_or_else(
            || "~/.config/etcdkit/config.toml".into(),
            |p| p.display().to_string(),
        );
        match self.files.as_slice() {
            [] if std::env::var_os("ETCDKIT_CONFIG").is_some() => format!("{user} (absent)"),
            [] => format!("{user} or {HOST_FILE} (neither exists)"),
            files => files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(" and "),
        }
    }

    fn names(&self) -> String {
        if self.contexts.is_empty() {
            "none".into()
        } else {
            self.contexts.keys().cloned().collect::<Vec<_>>().join(", ")
        }
    }
}

/// `path` parsed, if it exists.
fn read(path: &Path) -> Result<Option<File>, Error> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::InvalidInput(format!("{}: {e}", path.display()))),
    };
    let file: File = toml::from_str(&text).map_err(|e| {
        let at = e
            .span()
            .map(|s| format!(":{}", text[..s.start].matches('\n').count() + 1))
            .unwrap_or_default();
        Error::InvalidInput(format!("{}{at}: {}", path.display(), e.message()))
    })?;
    if file.context.values().any(Settings::has_password) {
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0);
        if mode & 0o077 != 0 {
            return Err(Error::InvalidInput(format!(
                "{} holds a password and others may read it (mode {mode:04o}): chmod 600 {0} \
                 (or keep the password in a password-file)",
                path.display()
            )));
        }
    }
    Ok(Some(file))
}

/// `context use NAME`: writes `current-context = NAME` into the user's file (created 0600
/// if absent), keeping the rest of it as it was.
///
/// Errors: no user file can be named (no HOME), a context no file defines, I/O.
pub fn use_context(config: &Config, name: &str) -> Result<PathBuf, Error> {
    config.get(name, "context use")?;
    let path = user_file().ok_or_else(|| {
        Error::InvalidInput("no config directory: set HOME or XDG_CONFIG_HOME".into())
    })?;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::Io(e)),
    };
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| Error::InvalidInput(format!("{}: {e}", path.display())))?;
    doc["current-context"] = toml_edit::value(name);
    let dir = path.parent().unwrap_or(Path::new("/"));
    std::fs::create_dir_all(dir)?;
    let mode = std::fs::metadata(&path)
        .map(|m| m.permissions().mode() & 0o7777)
        .unwrap_or(0o600);
    let mut staged = tempfile::Builder::new()
        .prefix(".config.toml.")
        .tempfile_in(dir)?;
    std::io::Write::write_all(&mut staged, doc.to_string().as_bytes())?;
    staged
        .as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))?;
    staged.persist(&path).map_err(|e| Error::Io(e.error))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_read_the_global_options_names_and_refuse_others() {
        let file: File = toml::from_str(
            r#"
current-context = "prod"
[context.prod]
endpoints = "https://a:2379,https://b:2379"
cacert = "ca.pem"
user = "alice"
password-file = "/etc/etcdkit/alice.pw"
dial-timeout = "3s"
bookkeeping-prefix = "_bk/"
"#,
        )
        .unwrap();
        let prod = file.context["prod"]
            .clone()
            .anchored(Path::new("/home/a/.config/etcdkit"));
        assert_eq!(
            prod.cacert.as_deref(),
            Some(Path::new("/home/a/.config/etcdkit/ca.pem"))
        );
        assert_eq!(
            prod.password_file.as_deref(),
            Some(Path::new("/etc/etcdkit/alice.pw"))
        );
        assert!(!prod.has_password());
        let bad = toml::from_str::<File>("[context.x]\nendpoint = \"a\"\n").unwrap_err();
        assert!(
            bad.to_string().contains("unknown field `endpoint`"),
            "{bad}"
        );
        let secret = Settings {
            user: Some("bob:pw".into()),
            ..Settings::default()
        };
        assert!(secret.has_password());
        assert_eq!(secret.redacted().user.as_deref(), Some("bob:***"));
    }
}
