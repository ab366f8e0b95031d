use anyhow::Result;
use tokio::time::timeout;

use crate::args::{Global, WaitArgs};
use crate::exit::Exit;
use crate::output::{self, no_detail, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::barrier::{check, wait, Condition};

pub async fn run(
    global: &Global,
    args: WaitArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_name(&args.key, "KEY")?;
    let condition = match (&args.equals, args.deleted) {
        (Some(v), _) => Condition::Equals(v.clone()),
        (None, true) => Condition::Deleted,
        (None, false) => Condition::Exists,
    };
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let waiting = async {
        match args.timeout {
            None => wait(&etcd, &args.key, &condition).await,
            // `--timeout 0`: look once.
            Some(limit) if limit.is_zero() => check(&etcd, &args.key, &condition)
                .await?
                .ok_or_else(|| Error::Timeout {
                    what: format!("{} {condition}", args.key),
                    after: limit,
                }),
            Some(limit) => timeout(limit, wait(&etcd, &args.key, &condition))
                .await
                .unwrap_or(Err(Error::Timeout {
                    what: format!("{} {condition}", args.key),
                    after: limit,
                })),
        }
    };
    let what = format!("{} {condition}", args.key);
    let value = tokio::select! {
        value = output::waiting(&what, waiting, no_detail) => value?,
        sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
    };
    out.waited(&args.key, value.as_deref())?;
    Ok(Exit::SUCCESS)
}
