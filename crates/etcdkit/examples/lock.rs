//! Two workers share one lock: each runs its critical section alone, under a `Guard` that
//! would stop it if the lock's lease were lost. `etcdctl lock report` excludes them too.
//!
//! Run against any etcd: `ETCDKIT_ENDPOINTS=127.0.0.1:2379 cargo run --example lock`, or a
//! throwaway one: `etcdkit sandbox -- cargo run --example lock`.

use std::time::Duration;

use etcdkit::client::{ConnectOptions, Etcd};
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::recipes::lock::Mutex;

#[tokio::main(flavor = "current_thread")]
async fn main() -> etcdkit::Result<()> {
    let endpoints = std::env::var("ETCDKIT_ENDPOINTS").unwrap_or("127.0.0.1:2379".into());
    let etcd = Etcd::connect(ConnectOptions::new(vec![endpoints])).await?;
    let (a, b) = tokio::join!(worker(&etcd, "a"), worker(&etcd, "b"));
    a?;
    b?;
    Ok(())
}

async fn worker(etcd: &Etcd, name: &str) -> etcdkit::Result<()> {
    let session = Session::new(etcd, Duration::from_secs(10)).await?;
    let mut mutex = Mutex::new(&session, "report")?;
    let held = mutex.lock().await?;
    println!("{name} holds {} (fencing token {})", held.key, held.rev);
    let guard = Guard::new(session);
    let work = guard.run(async {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("{name} done");
    });
    let outcome = work.await;
    // Revoking the lease releases the lock at once.
    guard.release().await?;
    outcome
}
