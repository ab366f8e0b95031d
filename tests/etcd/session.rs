//! Sessions against real etcd: renewal, loss, survival of member failures, close.

use std::time::{Duration, Instant};

use crate::support::{cluster, connect};
use etcdkit::lease::session::Session;
use etcdkit::Error;
use tokio::time::timeout;

#[test]
fn a_lease_revoked_from_outside_fires_lost_within_one_second() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let session = Session::new(&etcd, Duration::from_secs(10)).await.unwrap();
        let id = session.id();
        etcd_client::Client::connect([sandbox.endpoint(0)], None)
            .await
            .unwrap()
            .lease_revoke(id)
            .await
            .unwrap();
        let revoked = Instant::now();
        let lost = timeout(Duration::from_secs(1), session.lost())
            .await
            .unwrap_or_else(|_| panic!("lost did not fire within 1s of the revoke"));
        assert!(
            matches!(lost, Error::LeaseLost { id: lost_id, .. } if lost_id == id),
            "{lost}"
        );
        assert!(session.is_lost());
        eprintln!("lost {:?} after the revoke", revoked.elapsed());
    });
}

#[test]
fn a_session_outlives_its_ttl_and_close_revokes_it() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let session = Session::new(&etcd, Duration::from_secs(2)).await.unwrap();
        crate::support::put_on_lease(&etcd, "held", session.id()).await;
        // Three TTLs: only renewal can keep the key.
        let outlived = timeout(Duration::from_secs(6), session.lost()).await;
        assert!(
            outlived.is_err(),
            "session lost while healthy: {:?}",
            outlived.ok()
        );
        assert!(crate::support::exists(&etcd, "held").await);
        session.close().await.unwrap();
        assert!(
            !crate::support::exists(&etcd, "held").await,
            "close did not revoke the lease"
        );
    });
}

#[test]
fn a_ttl_under_one_second_is_refused() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let refused = Session::new(&etcd, Duration::from_millis(500)).await;
        assert!(matches!(refused, Err(Error::InvalidInput(_))));
    });
}

/// Waits up to 3 s for a renewal sent after `since` to be answered.
async fn renewed_after(session: &Session, since: tokio::time::Instant) -> bool {
    let deadline = since + Duration::from_secs(3);
    while session.alive_until() <= since + session.ttl() && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    session.alive_until() > since + session.ttl()
}

#[test]
fn killing_each_member_in_turn_does_not_lose_the_session() {
    let mut sandbox = cluster(3);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let session = Session::new(&etcd, Duration::from_secs(5)).await.unwrap();
        crate::support::put_on_lease(&etcd, "held", session.id()).await;
        // One of the three carries the keep-alive stream; whichever it is, a renewal sent after
        // its death must be answered (by another member).
        for member in 0..3 {
            let killed_at = tokio::time::Instant::now();
            sandbox.kill(member);
            assert!(
                renewed_after(&session, killed_at).await,
                "no renewal answered within 3s with member {member} dead"
            );
            assert!(!session.is_lost());
            sandbox.restart(member).unwrap();
        }
        assert!(
            crate::support::exists(&etcd, "held").await,
            "the key on the lease expired"
        );
        session.close().await.unwrap();
    });
}

#[test]
fn renewals_go_on_while_any_one_member_is_frozen() {
    let sandbox = cluster(3);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let ttl = Duration::from_secs(5);
        let session = Session::new(&etcd, ttl).await.unwrap();
        for member in 0..3 {
            // A frozen member keeps its TCP connections open and answers nothing. Whichever
            // member carries the keep-alive stream, a renewal sent after the freeze must be
            // answered: the proven lifetime reaches past freeze + TTL.
            let frozen_at = tokio::time::Instant::now();
            sandbox.freeze(member).unwrap();
            let renewed = renewed_after(&session, frozen_at).await;
            // Resumed before the TTL could lapse in a frozen ex-leader's view: etcd 3.4.23
            // lets a resumed ex-leader revoke leases it thinks expired.
            sandbox.resume(member).unwrap();
            assert!(
                renewed,
                "no renewal answered within 3s with member {member} frozen"
            );
            assert!(!session.is_lost());
        }
        session.close().await.unwrap();
    });
}

#[test]
fn a_frozen_cluster_fires_lost_before_the_lease_can_expire() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let ttl = Duration::from_secs(2);
        let session = Session::new(&etcd, ttl).await.unwrap();
        sandbox.freeze(0).unwrap();
        let frozen = Instant::now();
        let lost = timeout(ttl + Duration::from_secs(1), session.lost()).await;
        let fired = Instant::now();
        sandbox.resume(0).unwrap();
        let lost = lost.expect("lost did not fire while the only member was frozen");
        assert!(matches!(lost, Error::LeaseLost { .. }));
        // The promise of docs/session.md: `lost` fires TTL/5 before the proven deadline; every
        // wait of the keep-alive loop ends by that instant, so it may be late only by the
        // scheduler's wake-up, allowed 50 ms here.
        let left = session
            .alive_until()
            .into_std()
            .saturating_duration_since(fired);
        let promised = ttl / 5 - Duration::from_millis(50);
        eprintln!(
            "lost {:?} after freezing, {left:?} before the lease could expire (promised >= {promised:?})",
            fired - frozen
        );
        assert!(
            left >= promised,
            "lost fired {left:?} before the lease could expire, not at least {promised:?} ({lost})"
        );
    });
}

#[test]
fn requests_succeed_with_one_of_three_members_dead() {
    let mut sandbox = cluster(3);
    crate::support::runtime_mt().block_on(async {
        // A follower: a write sent just after the leader dies waits out the election
        // (etcd drops proposals forwarded to a dead leader), which is not what this is about.
        let leader = sandbox.leader().expect("a leader");
        let dead = (leader + 1) % 3;
        sandbox.kill(dead);
        // The dead member first in the list, as an operator's config could have it.
        let mut endpoints = sandbox.endpoints();
        endpoints.rotate_left(dead);
        let etcd = etcdkit::client::Etcd::connect(etcdkit::client::ConnectOptions::new(endpoints))
            .await
            .unwrap();
        for i in 0..60 {
            crate::support::put_on_lease(&etcd, &format!("k{i}"), 0).await;
        }
        assert!(crate::support::exists(&etcd, "k59").await);
    });
}

#[test]
fn a_session_can_be_opened_right_after_the_leader_dies() {
    let mut sandbox = cluster(3);
    crate::support::runtime_mt().block_on(async {
        let leader = sandbox.leader().expect("a leader");
        // Connected through a follower, which forwards the grant to the leader.
        let follower = (leader + 1) % 3;
        let mut endpoints = sandbox.endpoints();
        endpoints.rotate_left(follower);
        let etcd = etcdkit::client::Etcd::connect(etcdkit::client::ConnectOptions::new(endpoints))
            .await
            .unwrap();
        sandbox.kill(leader);
        // etcd drops a proposal forwarded to a dead leader; the grant is idempotent, so it is
        // sent again instead of waiting out the 5 s command timeout.
        let started = Instant::now();
        let session = Session::new(&etcd, Duration::from_secs(5))
            .await
            .expect("a session after the leader died");
        eprintln!("granted {:?} after the leader died", started.elapsed());
        assert!(started.elapsed() < Duration::from_secs(5));
        session.close().await.unwrap();
    });
}

/// The same promise when the loop must reconnect: three members, the stream's member and
/// then the others unreachable (frozen: connections hang; killed: refused at once, so the
/// reconnect back-off runs). Each wait ends by the give-up instant.
#[test]
fn lost_fires_on_time_while_reconnecting_to_frozen_or_dead_members() {
    let rt = crate::support::runtime_mt();
    for kill in [false, true] {
        let mut sandbox = cluster(3);
        rt.block_on(async {
        let etcd = connect(&sandbox).await;
        let ttl = Duration::from_secs(2);
        let session = Session::new(&etcd, ttl).await.unwrap();
        assert!(renewed_after(&session, tokio::time::Instant::now()).await);
        let cut = Instant::now();
        for member in 0..3 {
            if kill {
                sandbox.kill(member);
            } else {
                sandbox.freeze(member).unwrap();
            }
        }
        let lost = timeout(ttl + Duration::from_secs(1), session.lost()).await;
        let fired = Instant::now();
        if !kill {
            for member in 0..3 {
                sandbox.resume(member).unwrap();
            }
        }
        let lost = lost.expect("lost did not fire with every member cut off");
        let left = session
            .alive_until()
            .into_std()
            .saturating_duration_since(fired);
        let promised = ttl / 5 - Duration::from_millis(50);
        let how = if kill { "killed" } else { "frozen" };
        eprintln!("members {how}: lost {:?} after, {left:?} before the lease could expire (promised >= {promised:?})", fired - cut);
        assert!(
            left >= promised,
            "members {how}: lost fired {left:?} before expiry, not at least {promised:?} ({lost})"
        );
        });
    }
}
