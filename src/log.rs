//! `-v/--verbose` and `ETCDKIT_LOG`: the library's `tracing` events (endpoints used,
//! retries and failovers, leases, keys and revisions held or waited behind, watches,
//! registrations, counters) as one timestamped line each on stderr; JSON lines with `-o
//! json`. The events carry ids, endpoints, keys, revisions and reasons, never a password
//! or token (nor do the lower layers' at `-vvv`: tested).

use tracing_subscriber::EnvFilter;

use crate::args::Format;
use etcdkit::error::Error;

/// The filter `-v` sets: what the session, connection and primitive do (`-vv`: each
/// request and renewal too; `-vvv`: also the gRPC and HTTP/2 layers below).
fn default_filter(verbose: u8) -> &'static str {
    match verbose {
        0 | 1 => "etcdkit=info",
        2 => "etcdkit=debug",
        _ => "etcdkit=trace,etcd_client=debug,tonic=debug,tower=debug,h2=debug,hyper=debug",
    }
}

/// Installs the subscriber when `-v` is given or `ETCDKIT_LOG` is set (a filter in
/// `tracing`'s syntax, e.g. `etcdkit=debug`; it wins over `-v`'s default).
///
/// Errors: `InvalidInput` for a filter that does not parse.
pub fn init(verbose: u8, format: Format) -> Result<(), Error> {
    let from_env = std::env::var("ETCDKIT_LOG")
        .ok()
        .filter(|f| !f.trim().is_empty());
    let text = match (&from_env, verbose) {
        (Some(f), _) => f.clone(),
        (None, 0) => return Ok(()),
        (None, v) => default_filter(v).to_string(),
    };
    let filter = EnvFilter::try_new(&text).map_err(|e| {
        Error::InvalidInput(format!("ETCDKIT_LOG={text:?} is not a log filter: {e}"))
    })?;
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter)
        .with_target(false);
    let installed = match format {
        Format::Json => builder.json().flatten_event(true).try_init(),
        Format::Text => builder
            .with_ansi(console::colors_enabled_stderr())
            .try_init(),
    };
    // Installed twice (only in tests that call `run` more than once): the first stays.
    let _ = installed;
    crate::output::set_logging(true);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbose_levels_map_to_filters_that_parse() {
        for v in 1..=3 {
            assert!(EnvFilter::try_new(default_filter(v)).is_ok());
        }
        assert_eq!(default_filter(1), "etcdkit=info");
        assert_eq!(default_filter(2), "etcdkit=debug");
        assert!(default_filter(3).starts_with("etcdkit=trace,"));
    }
}
