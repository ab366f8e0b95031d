use anyhow::{Context, Result};

use crate::cli::{Global, PublishArgs};
use crate::connect::{check_name, ConnectOptions, Etcd};
use crate::exit::Exit;
use crate::output::Output;
use crate::pubsub::{check_message, Publisher, BATCH};

pub async fn run(global: &Global, args: PublishArgs, out: &mut Output) -> Result<Exit> {
    check_name(&args.topic, "TOPIC")?;
    args.messages.iter().try_for_each(|m| check_message(m))?;
    let etcd = Etcd::connect(ConnectOptions::from_cli(global)?).await?;
    let mut publisher = Publisher::new(&etcd, &args.topic, args.ttl)?;
    let published = if args.stdin {
        let counter = out.counter("messages published");
        let result = super::stdin::batches(BATCH, check_message, async |batch: Vec<String>| {
            publisher.publish(&batch).await?;
            counter.inc(batch.len() as u64);
            Ok(())
        })
        .await;
        counter.finish_and_clear();
        result
    } else {
        publisher.publish(&args.messages).await
    };
    publisher.close().await;
    published.context(format!("publishing to {}", args.topic))?;
    Ok(Exit::SUCCESS)
}
