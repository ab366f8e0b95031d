use anyhow::{Context, Result};

use crate::args::{Global, PublishArgs};
use crate::exit::Exit;
use crate::output::Output;
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::recipes::pubsub::{check_message, Publisher, BATCH};

pub async fn run(global: &Global, args: PublishArgs, out: &mut Output) -> Result<Exit> {
    check_name(&args.topic, "TOPIC")?;
    args.messages.iter().try_for_each(|m| check_message(m))?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let mut publisher = Publisher::new(&etcd, &args.topic, args.ttl)?;
    let mut count = 0;
    let published = if args.stdin {
        let counter = out.counter("messages published");
        let result = super::stdin::batches(BATCH, check_message, async |batch: Vec<String>| {
            publisher.publish(&batch).await?;
            counter.inc(batch.len() as u64);
            count += batch.len();
            Ok(())
        })
        .await;
        counter.finish_and_clear();
        result
    } else {
        count = args.messages.len();
        publisher.publish(&args.messages).await
    };
    publisher.close().await;
    published.context(format!("publishing to {}", args.topic))?;
    out.written("topic", &args.topic, "published", count)?;
    Ok(Exit::SUCCESS)
}
