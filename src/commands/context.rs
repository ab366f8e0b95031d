//! `context list|show [NAME]|use NAME`: the named contexts of the config files
//! (`crate::context`). Nothing here talks to etcd.

use anyhow::Result;

use crate::args::{ContextCommand, Global};
use crate::context::{use_context, Config};
use crate::exit::Exit;
use crate::output::{note, Output};
use etcdkit::error::Error;

pub fn run(global: &Global, cmd: &ContextCommand, out: &mut Output) -> Result<Exit> {
    let config = Config::load()?;
    match cmd {
        ContextCommand::List => {
            if config.contexts.is_empty() {
                note(&format!("no contexts in {}", config.where_()));
            }
            for (name, (settings, file)) in &config.contexts {
                let current = config.current.as_deref() == Some(name.as_str());
                out.context_listed(name, current, settings, file)?;
            }
            Ok(Exit::SUCCESS)
        }
        ContextCommand::Show { name } => {
            let name = name
                .as_deref()
                .or(global.context.as_deref())
                .or(config.current.as_deref())
                .ok_or_else(|| {
                    Error::InvalidInput(format!(
                        "no context given and no current-context in {}",
                        config.where_()
                    ))
                })?;
            let (settings, file) = config.get(name, "context show")?;
            out.context_shown(name, &settings.redacted(), file)?;
            Ok(Exit::SUCCESS)
        }
        ContextCommand::Use { name } => {
            let file = use_context(&config, name)?;
            note(&format!("current-context is {name} ({})", file.display()));
            Ok(Exit::SUCCESS)
        }
    }
}
