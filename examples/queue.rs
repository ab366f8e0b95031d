//! A producer pushes five jobs; two consumers pop them, each job to exactly one of them.
//!
//! `etcdkit sandbox -- cargo run --example queue`

use etcdkit::connect::{ConnectOptions, Etcd};
use etcdkit::queue::Queue;

#[tokio::main(flavor = "current_thread")]
async fn main() -> etcdkit::Result<()> {
    let endpoints = std::env::var("ETCDKIT_ENDPOINTS").unwrap_or("127.0.0.1:2379".into());
    let etcd = Etcd::connect(ConnectOptions::new(vec![endpoints])).await?;

    let mut producer = Queue::new(&etcd, "jobs")?;
    producer
        .push(&["video-1", "video-2", "video-3", "video-4", "video-5"])
        .await?;
    producer.close().await;

    let consume = |who: &'static str| {
        let etcd = etcd.clone();
        async move {
            let mut consumer = Queue::new(&etcd, "jobs")?;
            let mut got = Vec::new();
            while consumer.len().await? > 0 {
                // pop() blocks on a watch while the queue is empty; it is cancel-safe, so a
                // select! on shutdown around it loses nothing.
                let item = tokio::select! {
                    item = consumer.pop() => item?,
                    () = tokio::time::sleep(std::time::Duration::from_millis(200)) => break,
                };
                got.push(item.value);
            }
            consumer.close().await;
            println!("{who} got {got:?}");
            Ok::<usize, etcdkit::Error>(got.len())
        }
    };
    let (a, b) = tokio::join!(consume("a"), consume("b"));
    println!("{} jobs consumed", a? + b?);
    Ok(())
}
