//! Throwaway etcd clusters on loopback: the fixture of the test suite, the demo and
//! `etcdkit sandbox`.
//!
//! Each member gets free loopback ports (client, peer, metrics), a data directory in a
//! temporary directory, fast elections (`--heartbeat-interval 10 --election-timeout 100`),
//! its own process group, and the parent-death signal SIGKILL, so no member outlives the
//! thread that started it (members are started as CMD is, `process::spawn`).
//! Start-up waits for every member's `/health` on its metrics port. Dropping the sandbox
//! kills every member and removes the directory; a member that died unexpectedly is told
//! by [`Sandbox::unexpected_exits`] (and, at the drop, as an error event).

use std::ffi::OsString;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;

use crate::error::{Error, Result};
use crate::process::spawn::{spawn, Process, Spawn};

const READY_TIMEOUT: Duration = Duration::from_secs(20);
const HEALTH_POLL: Duration = Duration::from_millis(20);
/// Port picks race with other processes; a start that loses the race is retried.
const START_ATTEMPTS: usize = 3;

/// What to start.
#[derive(Debug, Clone, Default)]
pub struct SandboxOptions {
    /// How many members (1 or 3 are usual).
    pub members: usize,
    /// The etcd binary; default `$ETCD_BIN`, else `etcd` on PATH.
    pub etcd_bin: Option<PathBuf>,
    /// Serve clients over TLS.
    pub tls: Option<ServerTls>,
    /// Extra etcd flags for every member, e.g. `--auth-token-ttl=2`.
    pub extra_args: Vec<String>,
}

impl SandboxOptions {
    /// Options for `n` plain-TCP members with the default etcd binary.
    pub fn members(n: usize) -> SandboxOptions {
        SandboxOptions {
            members: n,
            ..SandboxOptions::default()
        }
    }
}

/// Server-side TLS for the client port.
#[derive(Debug, Clone)]
pub struct ServerTls {
    /// The server certificate (for 127.0.0.1).
    pub cert: PathBuf,
    /// Its private key.
    pub key: PathBuf,
    /// With `client_cert_auth`, clients must present a certificate signed by this CA.
    pub ca: PathBuf,
    /// Require client certificates.
    pub client_cert_auth: bool,
}

struct Member {
    name: String,
    client_port: u16,
    peer_port: u16,
    metrics_port: u16,
    process: Option<Process>,
    /// Killed on purpose: its exit is not reported.
    stopped_on_purpose: bool,
    /// Its unexpected exit was told ([`Sandbox::unexpected_exits`]).
    reported: bool,
}

/// A running cluster. Killed and removed on drop.
pub struct Sandbox {
    dir: tempfile::TempDir,
    members: Vec<Member>,
    options: SandboxOptions,
    etcd: PathBuf,
}

impl Sandbox {
    /// Starts `options.members` members and waits until every one reports healthy.
    ///
    /// Errors: `InvalidInput` for 0 members or a missing etcd binary; `Io` with the
    /// member's log if one does not come up within 20s.
    pub fn start(options: SandboxOptions) -> Result<Sandbox> {
        if options.members == 0 {
            return Err(Error::InvalidInput(
                "a sandbox needs at least one member".into(),
            ));
        }
        let etcd = find_etcd(options.etcd_bin.clone())?;
        let mut last_error = None;
        for _ in 0..START_ATTEMPTS {
            match Sandbox::start_once(&options, &etcd) {
                Ok(sandbox) => return Ok(sandbox),
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.unwrap_or_else(|| Error::Io(std::io::Error::other("sandbox did not start"))))
    }

    fn start_once(options: &SandboxOptions, etcd: &Path) -> Result<Sandbox> {
        let dir = tempfile::Builder::new()
            .prefix("etcdkit-sandbox-")
            .tempdir()?;
        let ports = free_ports(options.members * 3)?;
        let members = ports
            .chunks(3)
            .enumerate()
            .map(|(i, p)| Member {
                name: format!("m{i}"),
                client_port: p[0],
                peer_port: p[1],
                metrics_port: p[2],
                process: None,
                stopped_on_purpose: false,
                reported: false,
            })
            .collect();
        let mut sandbox = Sandbox {
            dir,
            members,
            options: options.clone(),
            etcd: etcd.to_path_buf(),
        };
        for i in 0..sandbox.members.len() {
            sandbox.spawn(i)?;
        }
        for i in 0..sandbox.members.len() {
            sandbox.wait_ready(i)?;
        }
        Ok(sandbox)
    }

    /// Client endpoints, `127.0.0.1:PORT` (`https://127.0.0.1:PORT` with TLS).
    pub fn endpoints(&self) -> Vec<String> {
        (0..self.members.len()).map(|i| self.endpoint(i)).collect()
    }

    /// The client URL of member `i`.
    pub fn endpoint(&self, i: usize) -> String {
        let scheme = if self.options.tls.is_some() {
            "https://"
        } else {
            ""
        };
        format!("{scheme}127.0.0.1:{}", self.members[i].client_port)
    }

    /// How many members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The temporary directory holding every member's data and log.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The member's log so far.
    pub fn log(&self, i: usize) -> String {
        std::fs::read_to_string(self.log_path(i)).unwrap_or_default()
    }

    /// SIGKILL member `i` and wait for it to die.
    pub fn kill(&mut self, i: usize) {
        let member = &mut self.members[i];
        member.stopped_on_purpose = true;
        if let Some(mut p) = member.process.take() {
            let _ = p.signal(Signal::SIGKILL);
            let _ = p.wait_blocking();
        }
    }

    /// SIGTERM member `i` and wait for it to exit: a graceful shutdown, in which etcd sends
    /// every client connection an HTTP/2 GOAWAY before closing it. Blocks until it exited.
    pub fn stop(&mut self, i: usize) {
        let member = &mut self.members[i];
        member.stopped_on_purpose = true;
        if let Some(mut p) = member.process.take() {
            let _ = p.signal(Signal::SIGTERM);
            let _ = p.wait_blocking();
        }
    }

    /// SIGSTOP member `i`: it keeps its connections but answers nothing.
    pub fn freeze(&self, i: usize) -> Result<()> {
        self.send(i, Signal::SIGSTOP)
    }

    /// SIGCONT member `i`.
    pub fn resume(&self, i: usize) -> Result<()> {
        self.send(i, Signal::SIGCONT)
    }

    /// Starts a killed member again on its old ports and data, and waits until healthy.
    pub fn restart(&mut self, i: usize) -> Result<()> {
        self.kill(i);
        self.members[i].stopped_on_purpose = false;
        self.members[i].reported = false;
        self.spawn(i)?;
        self.wait_ready(i)
    }

    /// The value of a gauge or counter on member `i`'s `/metrics` (e.g.
    /// `etcd_debugging_mvcc_watcher_total`, the watchers open on it); `None` if the member
    /// does not answer or has no such metric. Blocks for one local HTTP request.
    pub fn metric(&self, i: usize, name: &str) -> Option<f64> {
        let metrics = http_get(self.members[i].metrics_port, "/metrics")?;
        metrics.lines().find_map(|l| {
            let (metric, value) = l.split_once(' ')?;
            (metric == name)
                .then(|| value.trim().parse().ok())
                .flatten()
        })
    }

    /// The member that is raft leader now, by its own account (`etcd_server_is_leader`).
    pub fn leader(&self) -> Option<usize> {
        (0..self.members.len()).find(|&i| {
            self.members[i].process.is_some()
                && http_get(self.members[i].metrics_port, "/metrics")
                    .is_some_and(|m| m.lines().any(|l| l == "etcd_server_is_leader 1"))
        })
    }

    /// The pid of member `i`, if running.
    pub fn pid(&self, i: usize) -> Option<u32> {
        let process = self.members[i].process.as_ref()?;
        Some(process.pid().as_raw() as u32)
    }

    fn send(&self, i: usize, signal: Signal) -> Result<()> {
        let pid = self
            .pid(i)
            .ok_or_else(|| Error::InvalidInput(format!("member {i} is not running")))?;
        let pid = nix::unistd::Pid::from_raw(pid as i32);
        nix::sys::signal::kill(pid, signal).map_err(|e| Error::Io(e.into()))
    }

    fn log_path(&self, i: usize) -> PathBuf {
        self.dir
            .path()
            .join(format!("{}.log", self.members[i].name))
    }

    fn spawn(&mut self, i: usize) -> Result<()> {
        let scheme = if self.options.tls.is_some() {
            "https"
        } else {
            "http"
        };
        let cluster: Vec<String> = self
            .members
            .iter()
            .map(|m| format!("{}=http://127.0.0.1:{}", m.name, m.peer_port))
            .collect();
        let m = &self.members[i];
        let client_url = format!("{scheme}://127.0.0.1:{}", m.client_port);
        let peer_url = format!("http://127.0.0.1:{}", m.peer_port);
        let mut args = vec![
            format!("--name={}", m.name),
            format!("--data-dir={}", self.dir.path().join(&m.name).display()),
            format!("--listen-client-urls={client_url}"),
            format!("--advertise-client-urls={client_url}"),
            format!("--listen-peer-urls={peer_url}"),
            format!("--initial-advertise-peer-urls={peer_url}"),
            format!("--listen-metrics-urls=http://127.0.0.1:{}", m.metrics_port),
            format!("--initial-cluster={}", cluster.join(",")),
            "--initial-cluster-state=new".to_string(),
            format!(
                "--initial-cluster-token=etcdkit-sandbox-{}",
                std::process::id()
            ),
            "--heartbeat-interval=10".to_string(),
            "--election-timeout=100".to_string(),
            "--logger=zap".to_string(),
            "--log-outputs=stderr".to_string(),
        ];
        if let Some(tls) = &self.options.tls {
            args.extend([
                format!("--cert-file={}", tls.cert.display()),
                format!("--key-file={}", tls.key.display()),
                format!("--trusted-ca-file={}", tls.ca.display()),
                format!("--client-cert-auth={}", tls.client_cert_auth),
            ]);
        }
        let argv: Vec<OsString> = std::iter::once(self.etcd.clone().into_os_string())
            .chain(args.into_iter().map(OsString::from))
            .chain(self.options.extra_args.iter().map(OsString::from))
            .collect();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path(i))?;
        let null = std::fs::File::open("/dev/null")?;
        // Its own process group (as every child gets): a Ctrl-C on the terminal is for the
        // process that started the sandbox, which decides when members stop (killed at
        // once, they would fail a start-up in progress and have their logs shown).
        let child = spawn(Spawn {
            stdin: Some(null.into()),
            stdout: Some(log.try_clone()?.into()),
            stderr: Some(log.into()),
            ..Spawn::new(&argv, Signal::SIGKILL)
        })
        .map_err(|e| {
            Error::Io(std::io::Error::new(
                e.kind(),
                format!("starting {}: {e}", self.etcd.display()),
            ))
        })?;
        self.members[i].process = Some(child);
        Ok(())
    }

    fn wait_ready(&mut self, i: usize) -> Result<()> {
        let deadline = Instant::now() + READY_TIMEOUT;
        let port = self.members[i].metrics_port;
        loop {
            if let Some(p) = self.members[i].process.as_mut() {
                if let Ok(Some(status)) = p.try_wait() {
                    return Err(self.failed(i, &format!("exited with {status} during start-up")));
                }
            }
            if healthy(port) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(self.failed(i, "was not healthy within 20s"));
            }
            std::thread::sleep(HEALTH_POLL);
        }
    }

    fn failed(&self, i: usize, what: &str) -> Error {
        Error::Io(std::io::Error::other(format!(
            "sandbox member {} {what}; its log:\n{}",
            self.members[i].name,
            self.log(i)
        )))
    }
}

impl Sandbox {
    /// The members that exited without being stopped through this sandbox, each as a
    /// paragraph: `sandbox member NAME died (STATUS); its log:` and the log. Each is told
    /// once; what is left is reported as a `tracing` error event when the sandbox drops.
    pub fn unexpected_exits(&mut self) -> Vec<String> {
        let mut told = Vec::new();
        for i in 0..self.members.len() {
            let m = &mut self.members[i];
            if m.stopped_on_purpose || m.reported {
                continue;
            }
            let Some(Ok(Some(status))) = m.process.as_mut().map(|p| p.try_wait()) else {
                continue;
            };
            m.reported = true;
            let name = m.name.clone();
            told.push(format!(
                "sandbox member {name} died ({status}); its log:\n{}",
                self.log(i)
            ));
        }
        told
    }
}

/// Kills every member. The library prints nothing: a member that died unexpectedly is an
/// `error` event (target `etcdkit::sandbox`) for whoever collects them.
impl Drop for Sandbox {
    fn drop(&mut self) {
        for exit in self.unexpected_exits() {
            tracing::error!("{exit}");
        }
        for member in &mut self.members {
            if let Some(mut p) = member.process.take() {
                let _ = p.signal(Signal::SIGKILL);
                let _ = p.wait_blocking();
            }
        }
    }
}

fn find_etcd(explicit: Option<PathBuf>) -> Result<PathBuf> {
    let wanted = explicit
        .or_else(|| std::env::var_os("ETCD_BIN").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("etcd"));
    if wanted.components().count() > 1 {
        return if wanted.is_file() {
            Ok(wanted)
        } else {
            Err(Error::InvalidInput(format!(
                "etcd binary {} not found ($ETCD_BIN)",
                wanted.display()
            )))
        };
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join(&wanted))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            Error::InvalidInput(format!(
                "{} not found on PATH: install etcd (Debian: apt-get install etcd-server) or set $ETCD_BIN",
                wanted.display()
            ))
        })
}

/// Ports the kernel handed out just now; held together so they are distinct.
fn free_ports(n: usize) -> Result<Vec<u16>> {
    let listeners = (0..n)
        .map(|_| TcpListener::bind("127.0.0.1:0"))
        .collect::<std::io::Result<Vec<_>>>()?;
    listeners
        .iter()
        .map(|l| Ok(l.local_addr()?.port()))
        .collect()
}

/// `GET /health` on the metrics port answers `{"health":"true"}` once the member has a leader.
fn healthy(metrics_port: u16) -> bool {
    http_get(metrics_port, "/health").is_some_and(|body| body.contains("\"health\":\"true\""))
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(1))).ok()?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut body = String::new();
    s.read_to_string(&mut body).ok()?;
    Some(body)
}
