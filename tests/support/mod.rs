//! The one support module of both test binaries (tests/etcd, tests/local): a real etcd
//! from the sandbox code, the binary with a clean environment, and the helpers more than
//! one test file uses. Every helper is bounded in time.
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use etcdkit::client::{ConnectOptions, Etcd};
use etcdkit::sandbox::{Sandbox, SandboxOptions};

/// How long one run of a test binary may take before it is taken for hung and ended. The
/// etcd binary's run (every test but the fault suite, two at a time) takes about 5 minutes,
/// the fault suite's alone about 2; libtest names every test still running after 60 s, so
/// the log says which one hung, and a hang costs CI minutes, not its hours.
const BINARY_LIMIT: Duration = Duration::from_secs(1200);

/// Starts, once per test binary, a thread that ends the binary after [`BINARY_LIMIT`].
/// Called by the helpers every etcd test uses. Ending the process also ends the sandboxes'
/// etcd processes (their parent-death signal).
pub fn watchdog() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        // A sandbox member that died unexpectedly is an error event of the library; shown
        // on stderr, with the member's log, beside the failing test's output.
        let _ = tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_env_filter("etcdkit::sandbox=error")
            .try_init();
        std::thread::spawn(|| {
            std::thread::sleep(BINARY_LIMIT);
            let binary = std::env::current_exe().unwrap_or_default();
            eprintln!(
                "{}: still running after {} s: a test hangs (see the tests named as running \
                 for over 60 seconds); ending it",
                binary.display(),
                BINARY_LIMIT.as_secs()
            );
            std::process::exit(101);
        });
    });
}

/// A cluster of `n` members; fails loudly when etcd is missing.
pub fn cluster(n: usize) -> Sandbox {
    watchdog();
    match Sandbox::start(SandboxOptions::members(n)) {
        Ok(s) => s,
        Err(e) => panic!("starting a {n}-member etcd sandbox: {e}"),
    }
}

pub async fn connect(sandbox: &Sandbox) -> Etcd {
    watchdog();
    Etcd::connect(ConnectOptions::new(sandbox.endpoints()))
        .await
        .expect("connecting to the sandbox")
}

/// The etcdkit binary with no ETCDKIT_*/ETCDCTL_* from the outside and no colour.
pub fn etcdkit() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::from_std(etcdkit_process());
    cmd.timeout(Duration::from_secs(30));
    cmd
}

/// [`etcdkit`] talking to `endpoints`.
pub fn etcdkit_at(endpoints: &[String]) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::from_std(etcdkit_process_at(endpoints));
    cmd.timeout(Duration::from_secs(30));
    cmd
}

/// [`etcdkit_process`] talking to `endpoints`.
pub fn etcdkit_process_at(endpoints: &[String]) -> std::process::Command {
    let mut cmd = etcdkit_process();
    cmd.env("ETCDKIT_ENDPOINTS", endpoints.join(","));
    cmd
}

/// The same, as a std command for tests that signal the process.
pub fn etcdkit_process() -> std::process::Command {
    etcdkit_process_env(std::process::Command::new(env!("CARGO_BIN_EXE_etcdkit")))
}

/// `cmd` with no ETCDKIT_*/ETCDCTL_* from the outside and no colour, killed when the
/// calling test's thread ends: a test that fails before it stops its etcdkit leaves none
/// running (one that did kept retrying its dead sandbox and held cargo test's output open,
/// so CI waited out its 90 minutes).
pub fn etcdkit_process_env(mut cmd: std::process::Command) -> std::process::Command {
    watchdog();
    die_with_this_thread(&mut cmd);
    for (k, _) in std::env::vars_os() {
        let k = k.to_string_lossy().to_string();
        if k.starts_with("ETCDKIT_") || k.starts_with("ETCDCTL_") {
            cmd.env_remove(&k);
        }
    }
    cmd.env("NO_COLOR", "1");
    // No context from the machine's config files (tests/etcd/context.rs sets its own).
    cmd.env("ETCDKIT_CONFIG", "/nonexistent/etcdkit-tests/config.toml");
    cmd
}

/// SIGKILL for `cmd` when the thread that starts it ends (its parent-death signal; a
/// parent already gone by then counts as ended).
fn die_with_this_thread(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    let parent = std::process::id() as i32;
    // SAFETY: between fork and exec, only prctl, getppid and raise: async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL)?;
            if nix::unistd::getppid().as_raw() != parent {
                nix::sys::signal::raise(nix::sys::signal::Signal::SIGKILL)?;
            }
            Ok(())
        });
    }
}

/// Polls `check` every 10 ms until it holds or `within` passes; for conditions that
/// have no event to wait on (a process vanishing, a file appearing).
pub fn eventually(within: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !check() {
        assert!(
            Instant::now() < deadline,
            "timed out after {within:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub fn process_exists(pid: u32) -> bool {
    // A zombie still has a /proc entry; it counts as gone.
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .trim_start()
            .starts_with('Z'),
        Err(_) => false,
    }
}

pub fn stderr_text(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
}

/// The lines a child prints on stdout, read by a thread so that every wait is bounded.
pub struct Lines(std::sync::mpsc::Receiver<String>);

/// How long any single line may take to arrive.
pub const LINE_TIMEOUT: Duration = Duration::from_secs(15);

impl Lines {
    /// The next line; panics if none comes within [`LINE_TIMEOUT`] or the output ended.
    pub fn next_line(&mut self) -> String {
        match self.0.recv_timeout(LINE_TIMEOUT) {
            Ok(line) => line,
            Err(e) => panic!("no line within {LINE_TIMEOUT:?}: {e}"),
        }
    }

    /// The next line if one comes within `within`.
    pub fn next_within(&mut self, within: Duration) -> Option<String> {
        self.0.recv_timeout(within).ok()
    }

    /// The rest of the output, once the child closed it (within [`LINE_TIMEOUT`]).
    pub fn rest(&mut self) -> Vec<String> {
        let deadline = Instant::now() + LINE_TIMEOUT;
        let mut lines = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.0.recv_timeout(left) {
                Ok(line) => lines.push(line),
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return lines,
                Err(e) => panic!("output did not end within {LINE_TIMEOUT:?}: {e}"),
            }
        }
    }
}

/// Spawns `cmd` with piped stdout and stderr; returns it with a reader of its stdout lines.
pub fn spawn_lines(cmd: &mut std::process::Command) -> (std::process::Child, Lines) {
    use std::io::BufRead;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawning");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, Lines(rx))
}

/// Spawns `cmd` like [`spawn_lines`] and returns it with the first line it printed.
pub fn spawn_first_line(cmd: &mut std::process::Command) -> (std::process::Child, String) {
    let (child, mut lines) = spawn_lines(cmd);
    let line = lines.next_line();
    (child, line)
}

/// Sends `sig` to `child`.
pub fn signal(child: &std::process::Child, sig: nix::sys::signal::Signal) {
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    nix::sys::signal::kill(pid, sig).unwrap();
}

/// The exit code of `child`, which must exit within `within` (None: killed by a signal).
pub fn wait_exit(child: &mut std::process::Child, within: Duration) -> Option<i32> {
    let mut status = None;
    eventually(within, "the process to exit", || {
        status = child.try_wait().unwrap();
        status.is_some()
    });
    status.and_then(|s| s.code())
}

/// Puts `key` through the member at `live` (another member was just killed): while a new
/// leader is elected a put may time out, so it is tried again, for 30 s at most (putting
/// the same value twice changes nothing a test watches for).
pub fn put_while_electing(live: String, key: &str, value: &str) {
    runtime().block_on(async {
        let mut c = etcd_client::Client::connect([live], None).await.unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while let Err(e) = c.put(key, value, None).await {
            assert!(Instant::now() < deadline, "no put within 30 s: {e}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    });
}

/// Runs `f` with a plain etcd-client connected to the sandbox (for setting up and checking
/// state behind etcdkit's back).
/// Bounded: etcd-client has no request timeout of its own, and a request sent to a member a
/// test has frozen would wait forever.
pub fn with_client<T>(sandbox: &Sandbox, f: impl AsyncFnOnce(&mut etcd_client::Client) -> T) -> T {
    let rt = runtime();
    let within = Duration::from_secs(60);
    rt.block_on(async {
        tokio::time::timeout(within, async {
            let mut c = etcd_client::Client::connect(sandbox.endpoints(), None)
                .await
                .unwrap();
            f(&mut c).await
        })
        .await
        .unwrap_or_else(|_| panic!("a plain etcd-client call took over {within:?}"))
    })
}

/// Keys under `prefix`.
pub fn keys(sandbox: &Sandbox, prefix: &str) -> Vec<String> {
    with_client(sandbox, async |c| {
        let options = etcd_client::GetOptions::new()
            .with_prefix()
            .with_keys_only();
        let got = c.get(prefix, Some(options)).await.unwrap();
        got.kvs()
            .iter()
            .map(|kv| kv.key_str().unwrap().to_string())
            .collect()
    })
}

/// The value at `key`, if any.
pub fn get(sandbox: &Sandbox, key: &str) -> Option<String> {
    with_client(sandbox, async |c| {
        let got = c.get(key, None).await.unwrap();
        got.kvs()
            .first()
            .map(|kv| kv.value_str().unwrap().to_string())
    })
}

pub fn put(sandbox: &Sandbox, key: &str, value: &str) {
    with_client(sandbox, async |c| {
        c.put(key, value, None).await.unwrap();
    })
}

/// Writes `key` with `value` as an etcdctl lock or election contender does: the key ends in
/// a lease id in hex, and is put on that very lease (granted with that id, 1 h TTL, unless
/// it exists). Keys without a lease under `NAME/` are nobody's contenders.
pub fn put_contender(sandbox: &Sandbox, key: &str, value: &str) {
    with_client(sandbox, async |c| put_contender_with(c, key, value).await)
}

/// [`put_contender`] through the client `c` (e.g. one logged in as root).
pub async fn put_contender_with(c: &mut etcd_client::Client, key: &str, value: &str) {
    let hex = key.rsplit('/').next().unwrap_or_default();
    let lease = i64::from_str_radix(hex, 16).expect("a contender key ends in a lease id");
    let with_id = etcd_client::LeaseGrantOptions::new().with_id(lease);
    // Granted already (an earlier call): reused.
    let _ = c.lease_grant(3600, Some(with_id)).await;
    let on_lease = etcd_client::PutOptions::new().with_lease(lease);
    c.put(key, value, Some(on_lease)).await.unwrap();
}

/// Runs etcdkit against `sandbox` with `args` and asserts a usage error: exit 2 and exactly
/// one line on stderr.
pub fn assert_usage_error(sandbox: &Sandbox, args: &[&str]) {
    let out = etcdkit()
        .env("ETCDKIT_ENDPOINTS", sandbox.endpoint(0))
        .args(args)
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
}

/// A runtime for a test that starts its sandbox outside async code (starting and stopping
/// members blocks).
pub fn runtime() -> tokio::runtime::Runtime {
    watchdog();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// Waits until member 0 of `sandbox` has at least `n` watchers open (a blocked command has
/// set up its watch), within 10 s.
pub fn wait_for_watchers(sandbox: &Sandbox, n: usize) {
    eventually(
        Duration::from_secs(10),
        &format!("{n} watcher(s) on the server"),
        || {
            sandbox
                .metric(0, "etcd_debugging_mvcc_watcher_total")
                .is_some_and(|w| w >= n as f64)
        },
    );
}

/// The watchers open on member 0 now.
pub fn watchers(sandbox: &Sandbox) -> usize {
    sandbox
        .metric(0, "etcd_debugging_mvcc_watcher_total")
        .unwrap_or(0.0) as usize
}

/// Asserts that `child` is still running `within` from now (a blocked command stays blocked).
pub fn still_running_after(child: &mut std::process::Child, within: Duration, what: &str) {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        assert!(child.try_wait().unwrap().is_none(), "{what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A multi-thread runtime for tests that also call blocking sandbox operations (kill,
/// restart) while the library's background tasks (keep-alives, watches) must keep running
/// on the worker threads.
pub fn runtime_mt() -> tokio::runtime::Runtime {
    watchdog();
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// A command run under script(1), which gives it a pseudo-terminal: what is written to
/// `type_keys` is what a user types, `screen` what the terminal shows (raw bytes: redraws
/// and escape codes included).
pub struct Terminal {
    child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    screen: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Terminal {
    /// The terminal's size, set before `command` runs (what [`Terminal::shown`] renders).
    pub const ROWS: std::num::NonZeroU16 = std::num::NonZeroU16::new(40).unwrap();
    pub const COLUMNS: std::num::NonZeroU16 = std::num::NonZeroU16::new(120).unwrap();

    /// Runs `command` (a shell command line) with TERM=xterm, on a terminal of
    /// [`Terminal::ROWS`] by [`Terminal::COLUMNS`].
    pub fn run(command: &str) -> Terminal {
        use std::io::Read;
        let sized = format!(
            "stty rows {} cols {}; {command}",
            Terminal::ROWS,
            Terminal::COLUMNS
        );
        let mut child = etcdkit_process_env(std::process::Command::new("script"))
            .env("TERM", "xterm")
            .args(["-qec", &sized, "/dev/null"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("running script(1)");
        let screen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut stdout = child.stdout.take().expect("script's stdout");
        let reader = {
            let screen = screen.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = stdout.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    screen.lock().unwrap().extend_from_slice(&buf[..n]);
                }
            })
        };
        Terminal {
            stdin: child.stdin.take(),
            child,
            screen,
            reader: Some(reader),
        }
    }

    /// What the terminal has shown so far.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.screen.lock().unwrap()).into_owned()
    }

    /// What a person sees at the end of `screen` (as [`Terminal::finish`] returns it):
    /// the escape codes applied, one line per row, trailing blanks trimmed.
    pub fn shown(screen: &str) -> String {
        let mut parser = vt100::Parser::new(Terminal::ROWS, Terminal::COLUMNS, 0);
        parser.process(screen.as_bytes());
        let rows = parser.screen().contents();
        rows.lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Waits (10 s at most) until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
        eventually(
            Duration::from_secs(10),
            &format!("{text:?} on the screen"),
            || self.screen().contains(text),
        );
    }

    /// Types `keys` (e.g. `b"yes\r"`, `b"\x03"` for Ctrl-C).
    pub fn type_keys(&mut self, keys: &[u8]) {
        use std::io::Write;
        let stdin = self.stdin.as_mut().expect("the terminal is open");
        stdin.write_all(keys).unwrap();
        stdin.flush().unwrap();
    }

    /// The command's exit code once it ends (within `within`), and the whole screen.
    pub fn finish(mut self, within: Duration) -> (Option<i32>, String) {
        let code = wait_exit(&mut self.child, within);
        drop(self.stdin.take());
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        (code, self.screen())
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        // A failed test must not leave script(1) and its command holding the output pipes.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Puts `key` (value empty) on `lease` (0: none), as another writer would: through the
/// handle's retry policy, so a member failing under it does not fail the test.
pub async fn put_on_lease(etcd: &Etcd, key: &str, lease: i64) {
    let key = key.to_string();
    etcd.call(etcdkit::client::Retry::IfNotSent, |mut c| {
        let key = key.clone();
        let on_lease = etcd_client::PutOptions::new().with_lease(lease);
        async move { c.put(key, "", Some(on_lease)).await }
    })
    .await
    .expect("put on a lease");
}

/// Whether `key` exists, read through the handle's retry policy.
pub async fn exists(etcd: &Etcd, key: &str) -> bool {
    let key = key.to_string();
    let got = etcd
        .call(etcdkit::client::Retry::Idempotent, |mut c| {
            let key = key.clone();
            async move { c.get(key, None).await }
        })
        .await
        .expect("read a key");
    got.count() > 0
}

/// The lines of the file at `path` (none if it does not exist yet).
pub fn file_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

/// SIGTERM `child` and wait (up to 15 s) for it to exit.
pub fn stop(mut child: std::process::Child) {
    signal(&child, nix::sys::signal::Signal::SIGTERM);
    wait_exit(&mut child, Duration::from_secs(15));
}

/// This host's name, as holder identities record it.
pub fn host() -> String {
    nix::unistd::gethostname()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}
