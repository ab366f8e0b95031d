//! The library's Guard: work under a session is stopped before the lease could expire.

use std::time::Duration;

use crate::support::{cluster, connect, process_exists};
use etcdkit::error::Error;
use etcdkit::lease::guard::{Guard, KILL_MARGIN};
use etcdkit::lease::session::Session;
use etcdkit::process::supervise::Child;
use tokio::time::Instant;

/// Runs `script` (which writes the pid of a process that ignores SIGTERM to `$PIDFILE`)
/// under a guard with a 10 s grace, hangs the only member, and returns how long before the
/// lease could expire every process of the group was gone.
fn stop_before_expiry(script: &str) -> Duration {
    let sandbox = cluster(1);
    let rt = crate::support::runtime_mt();
    let (_etcd, session) = rt.block_on(async {
        let etcd = connect(&sandbox).await;
        let session = Session::new(&etcd, Duration::from_secs(2)).await.unwrap();
        (etcd, session)
    });
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let argv = ["sh".into(), "-c".into(), script.into()];
    let env = [("PIDFILE", pid_file.display().to_string())];
    let child = rt.block_on(async { Child::spawn(&argv, &env) }).unwrap();
    crate::support::eventually(Duration::from_secs(5), "CMD to start", || {
        std::fs::read_to_string(&pid_file).is_ok_and(|p| p.ends_with('\n'))
    });
    let pid: u32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let guard = Guard::new(session);
    sandbox.freeze(0).unwrap();
    let frozen = Instant::now();
    let (result, gone_at, (lost_at, deadline)) = rt.block_on(async {
        let lost = async {
            guard.session().lost().await;
            (Instant::now(), guard.session().alive_until())
        };
        let run = async {
            let result = guard.run_child(child, None, Duration::from_secs(10)).await;
            (result, Instant::now())
        };
        let ((result, gone_at), lost) = tokio::join!(run, lost);
        (result, gone_at, lost)
    });
    sandbox.resume(0).unwrap();
    assert!(matches!(result, Err(Error::LeaseLost { .. })), "{result:?}");
    assert!(
        !process_exists(pid),
        "a process of CMD's group outlived run_child"
    );
    let left = deadline.saturating_duration_since(gone_at);
    eprintln!(
        "lost {:?} after freezing, {:?} before the deadline; CMD's group gone {left:?} before it",
        lost_at - frozen,
        deadline.saturating_duration_since(lost_at),
    );
    left
}

/// SIGKILL goes out KILL_MARGIN before the lease could expire, whatever the grace; the
/// kernel and the reaper get 50 ms of it.
fn assert_in_time(left: Duration) {
    let promised = KILL_MARGIN - Duration::from_millis(50);
    assert!(
        left >= promised,
        "gone only {left:?} before the lease could expire, not {promised:?}"
    );
}

#[test]
fn a_cmd_that_ignores_sigterm_is_gone_before_the_lease_could_expire() {
    // Ends by itself after 30 s should the test fail to stop it.
    assert_in_time(stop_before_expiry(
        "trap '' TERM; echo $$ > \"$PIDFILE\"; for i in $(seq 600); do sleep 0.05; done",
    ));
}

/// CMD takes 150 ms to exit on SIGTERM and leaves a process in its group that ignores it:
/// that one too is gone before the lease could expire, not a further grace period later.
#[test]
fn a_leftover_that_ignores_sigterm_is_gone_before_the_lease_could_expire() {
    assert_in_time(stop_before_expiry(
        "trap 'sleep 0.15; exit 0' TERM; \
         sh -c 'trap \"\" TERM; echo $$ > \"$PIDFILE\"; for i in $(seq 600); do sleep 0.05; done' & wait",
    ));
}

/// A future under the guard is dropped when the session is lost, before the lease could
/// expire; a revoke from outside is noticed within a second.
#[test]
fn guarded_work_is_dropped_when_the_session_is_lost() {
    let sandbox = cluster(1);
    crate::support::runtime_mt().block_on(async {
        let etcd = connect(&sandbox).await;
        let session = Session::new(&etcd, Duration::from_secs(5)).await.unwrap();
        let id = session.id();
        let guard = Guard::new(session);
        let revoked = Instant::now();
        let (_, mut client) = etcd.pinned().await.unwrap();
        client.lease_revoke(id).await.unwrap();
        let ran = guard.run(std::future::pending::<()>()).await;
        assert!(matches!(ran, Err(Error::LeaseLost { .. })), "{ran:?}");
        assert!(
            revoked.elapsed() < Duration::from_secs(1),
            "{:?}",
            revoked.elapsed()
        );
        assert!(Instant::now() < guard.session().alive_until());
        // Releasing a lost session is a courtesy, bounded, and not an error.
        let released = Instant::now();
        guard.release().await.unwrap();
        assert!(
            released.elapsed()
                <= etcdkit::lease::guard::RELEASE_AFTER_LOSS + Duration::from_millis(100)
        );
    });
}
