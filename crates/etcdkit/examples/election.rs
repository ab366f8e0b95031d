//! Two candidates campaign; the first leads and proclaims progress, then resigns and the
//! second takes over. An observer prints every leader change.
//!
//! `etcdkit sandbox -- cargo run --example election`

use std::time::Duration;

use etcdkit::client::{ConnectOptions, Etcd};
use etcdkit::lease::session::Session;
use etcdkit::recipes::election::{Election, Leader};

#[tokio::main(flavor = "current_thread")]
async fn main() -> etcdkit::Result<()> {
    let endpoints = std::env::var("ETCDKIT_ENDPOINTS").unwrap_or("127.0.0.1:2379".into());
    let etcd = Etcd::connect(ConnectOptions::new(vec![endpoints])).await?;

    let first = Session::new(&etcd, Duration::from_secs(10)).await?;
    let second = Session::new(&etcd, Duration::from_secs(10)).await?;
    let mut a = Election::new(&first, "indexer", "host-a")?;
    let mut b = Election::new(&second, "indexer", "host-b")?;

    a.campaign().await?;
    println!("host-a leads");
    a.proclaim("host-a: shard 4/10").await?;
    if let Some(Leader { value, .. }) = b.leader().await? {
        println!("host-b sees the leader say {value:?}");
    }
    let standby = async {
        let leading = b.campaign().await?;
        println!("host-b leads ({})", leading.key);
        Ok::<(), etcdkit::Error>(())
    };
    let handover = async {
        tokio::time::sleep(Duration::from_millis(100)).await;
        a.resign().await
    };
    let (took_over, resigned) = tokio::join!(standby, handover);
    took_over?;
    resigned?;
    first.close().await?;
    second.close().await?;
    Ok(())
}
