//! `counter NAME [incr [--by N] | get | set V | delete]`.

use anyhow::{Context, Result};

use crate::args::{CounterAction, CounterArgs, Global};
use crate::exit::Exit;
use crate::output::Output;
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::recipes::counter::Counter;

pub async fn run(global: &Global, args: CounterArgs, out: &mut Output) -> Result<Exit> {
    check_name(&args.name, "counter NAME")?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let mut counter = Counter::new(&etcd, &args.name)?;
    let name = &args.name;
    let result = match args.action.unwrap_or(CounterAction::Get) {
        CounterAction::Get => counter.get().await.map(|c| out.count(name, &c)),
        CounterAction::Incr { by } => counter.add(by).await.map(|c| out.count(name, &c)),
        CounterAction::Set { value } => counter.set(value).await.map(|c| out.count(name, &c)),
        CounterAction::Delete => counter.delete().await.map(|d| out.deleted(name, d)),
    };
    // Settles an increment left in doubt and removes this process's writer key.
    counter.close().await;
    result.with_context(|| format!("counter {name}"))??;
    Ok(Exit::SUCCESS)
}
