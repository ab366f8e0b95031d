//! Registers an instance of `web` in etcd's naming format (what gRPC's etcd resolver
//! reads), lists the service, then deregisters.
//!
//! `etcdkit sandbox -- cargo run --example registry`

use std::time::Duration;

use etcdkit::client::{ConnectOptions, Etcd};
use etcdkit::recipes::registry::{list, Registration};

#[tokio::main(flavor = "current_thread")]
async fn main() -> etcdkit::Result<()> {
    let endpoints = std::env::var("ETCDKIT_ENDPOINTS").unwrap_or("127.0.0.1:2379".into());
    let etcd = Etcd::connect(ConnectOptions::new(vec![endpoints])).await?;

    let metadata = serde_json::json!({"zone": "a"});
    let registration = Registration::new(
        &etcd,
        "web",
        "10.0.0.5:8080",
        metadata,
        Duration::from_secs(10),
    )
    .await?;
    println!(
        "registered {} on lease {:x}",
        registration.key(),
        registration.lease()
    );
    // A real service would also run `registration.keep(..)`, which registers again if the
    // lease is lost, in a select! with its own work.
    for instance in list(&etcd, "web").await?.instances {
        println!("web: {} {}", instance.addr, instance.metadata);
    }
    registration.close().await?;
    println!(
        "deregistered: {} left",
        list(&etcd, "web").await?.instances.len()
    );
    Ok(())
}
