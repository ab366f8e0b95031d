//! The connection under the library (no binary): it outlives its own cancelled requests, a
//! member's GOAWAY and a TCP connection closed under it, and what runs on it (a held lock's
//! lease, a subscriber's watch) carries on without loss or repeat.

use std::sync::{mpsc, Arc, Mutex as StdMutex};
use std::time::Duration;

use crate::support::{cluster, connect, runtime, runtime_mt, wait_for_watchers};
use etcdkit::client::{ConnectOptions, Etcd, Retry};
use etcdkit::lease::session::Session;
use etcdkit::recipes::lock::Mutex;
use etcdkit::recipes::pubsub::{self, Publisher};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tokio::time::{timeout, Instant};

async fn get(etcd: &Etcd, key: &'static str) -> etcdkit::error::Result<()> {
    etcd.call(Retry::Idempotent, |mut c| async move {
        c.get(key, None).await.map(|_| ())
    })
    .await
}

/// 20,000 requests dropped at random moments, most of them after they were sent, on one
/// handle. h2 answers a late response to a stream it no longer remembers with a reset that
/// counts towards a connection-wide limit of 1024, then closes the whole connection with
/// GOAWAY(too_many_internal_resets) (docs/connecting.md). A raw watch opened on the same
/// connection before the drops must still deliver afterwards: the connection never closed.
#[test]
fn twenty_thousand_dropped_requests_leave_the_connection_and_its_streams_open() {
    let sandbox = cluster(1);
    runtime().block_on(async {
        let etcd = connect(&sandbox).await;
        let (_, mut client) = etcd.pinned().await.unwrap();
        let mut events = client.watch("conn/sentinel", None).await.unwrap();

        let (mut dropped, mut answered) = (0u32, 0u32);
        let deadline = Instant::now() + Duration::from_secs(180);
        while dropped < 20_000 {
            assert!(
                Instant::now() < deadline,
                "only {dropped} requests dropped in 180 s ({answered} answered)"
            );
            let cut = Duration::from_micros(fastrand::u64(0..400));
            match timeout(cut, get(&etcd, "conn/k")).await {
                Ok(answer) => {
                    answer.unwrap_or_else(|e| {
                        panic!("a request failed after {dropped} drops and {answered} answers: {e}")
                    });
                    answered += 1;
                }
                Err(_) => dropped += 1,
            }
        }
        eprintln!("{dropped} requests dropped, {answered} answered");

        client.put("conn/sentinel", "after", None).await.unwrap();
        let event = timeout(Duration::from_secs(5), async {
            loop {
                let message = events.message().await.expect("the watch stream broke");
                let message = message.expect("the watch stream ended");
                if let Some(event) = message.events().first() {
                    break event.clone();
                }
            }
        })
        .await
        .expect("the watch opened before the drops delivered nothing within 5 s");
        assert_eq!(event.kv().unwrap().value(), b"after");
    });
}

/// Publishes `values` in order on one publisher, each sent once (the publisher's own
/// exactly-once writes decide a write cut off by a failing member).
async fn publish(publisher: &mut Publisher, values: std::ops::Range<u32>) {
    for v in values {
        publisher
            .publish(&[v.to_string()])
            .await
            .unwrap_or_else(|e| panic!("publishing {v}: {e}"));
    }
}

/// A subscriber from the current revision on, in the background: its messages arrive on
/// the returned channel until it has seen `last`.
fn subscribe(
    rt: &tokio::runtime::Runtime,
    etcd: &Etcd,
    topic: &'static str,
    last: u32,
) -> (
    JoinHandle<etcdkit::error::Result<()>>,
    mpsc::Receiver<String>,
) {
    let from = rt.block_on(pubsub::current_revision(etcd, topic)).unwrap() + 1;
    let (tx, rx) = mpsc::channel();
    let etcd = etcd.clone();
    let subscriber = rt.spawn(async move {
        pubsub::subscribe(&etcd, topic, from, |m| {
            let more = m.value != last.to_string();
            tx.send(m.value).is_ok() && more
        })
        .await
    });
    (subscriber, rx)
}

/// Asserts that the subscriber delivered messages `0..n` once each, in order, then ended
/// without an error.
fn all_received_once_in_order(
    rt: &tokio::runtime::Runtime,
    subscriber: JoinHandle<etcdkit::error::Result<()>>,
    rx: &mpsc::Receiver<String>,
    n: u32,
) {
    let received: Vec<String> = (0..n)
        .map(|i| {
            rx.recv_timeout(Duration::from_secs(15))
                .unwrap_or_else(|_| panic!("message {i} of {n} did not arrive within 15 s"))
        })
        .collect();
    let sent: Vec<String> = (0..n).map(|v| v.to_string()).collect();
    assert_eq!(received, sent, "messages lost, repeated or reordered");
    rt.block_on(async { timeout(Duration::from_secs(5), subscriber).await })
        .expect("the subscriber did not end after the last message")
        .unwrap()
        .expect("the subscriber failed");
}

/// The member the handle is pinned to shuts down gracefully (SIGTERM: etcd sends GOAWAY on
/// every connection) and comes back, under a held lock and a running subscriber: the lease
/// is never lost, the lock stays ours, and every message arrives once, in order.
#[test]
fn a_member_sending_goaway_costs_no_lease_lock_or_message() {
    let mut sandbox = cluster(3);
    let rt = runtime_mt();
    let etcd = rt.block_on(connect(&sandbox));
    let session = rt
        .block_on(Session::new(&etcd, Duration::from_secs(5)))
        .unwrap();
    let mut mutex = Mutex::new(&session, "goaway/lock").unwrap();
    let held = rt.block_on(mutex.lock()).unwrap();
    let (subscriber, rx) = subscribe(&rt, &etcd, "goaway/topic", 299);
    wait_for_watchers(&sandbox, 1);
    let mut publisher = Publisher::new(&etcd, "goaway/topic", None).unwrap();

    rt.block_on(publish(&mut publisher, 0..100));
    let stopped = Instant::now();
    sandbox.stop(0);
    eprintln!("member 0 stopped gracefully in {:?}", stopped.elapsed());
    rt.block_on(publish(&mut publisher, 100..200));
    sandbox.restart(0).unwrap();
    rt.block_on(publish(&mut publisher, 200..300));

    all_received_once_in_order(&rt, subscriber, &rx, 300);
    assert!(!session.is_lost(), "the lease was lost");
    assert!(
        session.alive_until() > stopped + session.ttl(),
        "the lease was not renewed after the member stopped"
    );
    assert!(
        rt.block_on(mutex.is_owner()).unwrap(),
        "the lock is no longer ours"
    );
    assert_eq!(mutex.key(), held.key);
    rt.block_on(publisher.close());
    rt.block_on(session.close()).unwrap();
}

/// A loopback TCP proxy to one member whose open connections the test can close.
struct Proxy {
    endpoint: String,
    connections: Arc<StdMutex<Vec<JoinHandle<()>>>>,
    acceptor: JoinHandle<()>,
}

impl Proxy {
    async fn to(target: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let endpoint = listener.local_addr().unwrap().to_string();
        let connections = Arc::new(StdMutex::new(Vec::new()));
        let open = connections.clone();
        let acceptor = tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let target = target.clone();
                let relay = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                open.lock().unwrap().push(relay);
            }
        });
        Proxy {
            endpoint,
            connections,
            acceptor,
        }
    }

    /// Closes every connection made so far (both sockets, as a NAT or load balancer
    /// dropping them would); new ones are still accepted. Returns how many there were.
    fn cut(&self) -> usize {
        let open = std::mem::take(&mut *self.connections.lock().unwrap());
        for relay in &open {
            relay.abort();
        }
        open.len()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.acceptor.abort();
        self.cut();
    }
}

/// The HTTP/2 connection to the only endpoint is closed under the handle three times, under
/// a held lock and a running subscriber: each time the handle connects again, requests
/// succeed, the lease is renewed and the subscriber misses nothing.
#[test]
fn a_connection_closed_under_the_handle_is_made_again() {
    let sandbox = cluster(1);
    let rt = runtime_mt();
    let proxy = rt.block_on(Proxy::to(
        sandbox
            .endpoint(0)
            .trim_start_matches("http://")
            .to_string(),
    ));
    let etcd = rt
        .block_on(Etcd::connect(ConnectOptions::new(vec![proxy
            .endpoint
            .clone()])))
        .unwrap();
    let session = rt
        .block_on(Session::new(&etcd, Duration::from_secs(3)))
        .unwrap();
    let mut mutex = Mutex::new(&session, "cut/lock").unwrap();
    rt.block_on(mutex.lock()).unwrap();
    let (subscriber, rx) = subscribe(&rt, &etcd, "cut/topic", 29);
    wait_for_watchers(&sandbox, 1);
    let mut publisher = Publisher::new(&etcd, "cut/topic", None).unwrap();

    for round in 0..3u32 {
        let cut_at = Instant::now();
        assert!(proxy.cut() > 0, "round {round}: no connection to close");
        rt.block_on(get(&etcd, "cut/k"))
            .unwrap_or_else(|e| panic!("round {round}: the first request after the cut: {e}"));
        rt.block_on(publish(&mut publisher, round * 10..round * 10 + 10));
        // The keep-alive stream died with the connection: the lease must be renewed on a
        // new one (a renewal is due every ttl/3 = 1 s).
        let renewed_by = Instant::now() + Duration::from_secs(5);
        while session.alive_until() <= cut_at + session.ttl() {
            assert!(
                Instant::now() < renewed_by,
                "round {round}: no renewal within 5 s"
            );
            assert!(!session.is_lost(), "round {round}: the lease was lost");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    all_received_once_in_order(&rt, subscriber, &rx, 30);
    assert!(
        rt.block_on(mutex.is_owner()).unwrap(),
        "the lock is no longer ours"
    );
    rt.block_on(publisher.close());
    rt.block_on(session.close()).unwrap();
}
