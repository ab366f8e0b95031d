//! A producer pushes five jobs; two consumers pop them, each job to exactly one of them.
//!
//! `etcdkit sandbox -- cargo run --example queue`

use etcdkit::client::{ConnectOptions, Etcd};
use etcdkit::recipes::queue::Queue;

const JOBS: usize = 5;

#[tokio::main(flavor = "current_thread")]
async fn main() -> etcdkit::Result<()> {
    let endpoints = std::env::var("ETCDKIT_ENDPOINTS").unwrap_or("127.0.0.1:2379".into());
    let etcd = Etcd::connect(ConnectOptions::new(vec![endpoints])).await?;

    let mut producer = Queue::new(&etcd, "jobs")?;
    let jobs: [&str; JOBS] = ["video-1", "video-2", "video-3", "video-4", "video-5"];
    producer.push(&jobs).await?;
    producer.close().await;

    // The consumer that takes the last job tells the other, which waits on an empty queue.
    let (all_done, done) = tokio::sync::watch::channel(0);
    let all_done = &all_done;
    let consume = |who: &'static str| {
        let (etcd, mut done) = (etcd.clone(), done.clone());
        async move {
            let mut consumer = Queue::new(&etcd, "jobs")?;
            let mut got = Vec::new();
            loop {
                // pop() blocks on a watch while the queue is empty. It is cancel-safe: the
                // select! that ends it once every job is taken loses nothing.
                let item = tokio::select! {
                    item = consumer.pop() => item?,
                    _ = done.wait_for(|&taken| taken == JOBS) => break,
                };
                got.push(String::from_utf8_lossy(&item.value).into_owned());
                all_done.send_modify(|taken| *taken += 1);
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
