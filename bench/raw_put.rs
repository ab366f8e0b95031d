//! The ceiling for `publish --stdin`: N single-key puts with bare etcd-client, CONCURRENCY
//! in flight at once (no order kept). Prints messages per second.
//! Usage: raw_put ENDPOINT N CONCURRENCY

use std::time::Instant;

use etcd_client::Client;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (endpoint, n, concurrency): (&str, usize, usize) =
        (&args[1], args[2].parse()?, args[3].parse()?);
    let start = Instant::now();
    let client = Client::connect([endpoint], None).await?;
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..concurrency {
        let mut client = client.clone();
        tasks.spawn(async move {
            let mut i = worker;
            while i < n {
                client.put(format!("raw/{i}"), i.to_string(), None).await?;
                i += concurrency;
            }
            Ok::<(), etcd_client::Error>(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    println!("{:.0}", n as f64 / start.elapsed().as_secs_f64());
    Ok(())
}
