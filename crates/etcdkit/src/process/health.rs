//! Health checks for a registered instance: an HTTP GET, a TCP connect, or a shell command,
//! each bounded by a timeout. `register --check-*` lists the instance only while its checks
//! pass (see `Health` for the thresholds).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::error::{Error, Result};

/// One way to ask an instance whether it serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// `GET path` on `host:port` answers 2xx (plain HTTP/1.1).
    Http {
        /// `host:port` to connect to.
        addr: String,
        /// The Host header.
        host: String,
        /// The path and query.
        path: String,
    },
    /// A TCP connection to `host:port` is accepted.
    Tcp(String),
    /// `sh -c COMMAND` exits 0.
    Cmd(String),
}

impl Check {
    /// `--check-http URL`: `http://host[:port][/path]` (port 80 by default).
    ///
    /// Errors: `InvalidInput` for anything else (https: use a `--check-cmd` with curl).
    pub fn http(url: &str) -> Result<Check> {
        let bad = |why: &str| Error::InvalidInput(format!("--check-http {url:?}: {why}"));
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| bad("only http:// URLs (for https, --check-cmd 'curl -fsS URL')"))?;
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if authority.is_empty() || authority.contains('@') {
            return Err(bad("no host"));
        }
        let addr = match authority.rsplit_once(':') {
            Some((host, port)) if !host.is_empty() && port.parse::<u16>().is_ok() => {
                authority.to_string()
            }
            Some(_) => return Err(bad("bad port")),
            None => format!("{authority}:80"),
        };
        Ok(Check::Http {
            addr,
            host: authority.to_string(),
            path: path.to_string(),
        })
    }

    /// `--check-tcp HOST:PORT`.
    ///
    /// Errors: `InvalidInput` without a port.
    pub fn tcp(addr: &str) -> Result<Check> {
        match addr.rsplit_once(':') {
            Some((host, port)) if !host.is_empty() && port.parse::<u16>().is_ok() => {
                Ok(Check::Tcp(addr.to_string()))
            }
            _ => Err(Error::InvalidInput(format!(
                "--check-tcp {addr:?}: expected HOST:PORT"
            ))),
        }
    }

    /// Runs the check once within `timeout`: `Ok` if it passed, else why not.
    pub async fn probe(&self, timeout: Duration) -> std::result::Result<(), String> {
        match tokio::time::timeout(timeout, self.probe_unbounded()).await {
            Ok(result) => result,
            Err(_) => Err(format!(
                "no answer within {}",
                humantime::format_duration(timeout)
            )),
        }
    }

    async fn probe_unbounded(&self) -> std::result::Result<(), String> {
        match self {
            Check::Tcp(addr) => TcpStream::connect(addr)
                .await
                .map(drop)
                .map_err(|e| format!("connecting to {addr}: {e}")),
            Check::Http { addr, host, path } => {
                let mut stream = TcpStream::connect(addr)
                    .await
                    .map_err(|e| format!("connecting to {addr}: {e}"))?;
                let request = format!(
                    "GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: etcdkit\r\nConnection: close\r\n\r\n"
                );
                stream
                    .write_all(request.as_bytes())
                    .await
                    .map_err(|e| format!("sending to {addr}: {e}"))?;
                // The status line may come in several pieces (a server that writes
                // "HTTP/1.1 " and the code separately): read until it is whole.
                let mut head = [0u8; 64];
                let mut n = 0;
                while n < head.len() && !head[..n].contains(&b'\n') {
                    match stream.read(&mut head[n..]).await {
                        Ok(0) => break,
                        Ok(more) => n += more,
                        Err(e) => return Err(format!("reading from {addr}: {e}")),
                    }
                }
                let line = String::from_utf8_lossy(&head[..n]);
                let status = line
                    .split_whitespace()
                    .nth(1)
                    .and_then(|s| s.parse::<u16>().ok())
                    .ok_or_else(|| format!("{addr} did not answer HTTP"))?;
                if (200..300).contains(&status) {
                    Ok(())
                } else {
                    Err(format!("GET {path} answered {status}"))
                }
            }
            Check::Cmd(command) => {
                let status = run_check_command(command).await?;
                if status.success() {
                    Ok(())
                } else {
                    Err(format!("check command {status}"))
                }
            }
        }
    }
}

/// Runs `sh -c command` in a process group of its own, to its end. Whatever is left of the
/// group (what the command started, e.g. a `curl` waiting on a hung server) is killed when
/// it ends or when the future is dropped at the timeout, so checks of a hung instance do
/// not pile up processes; the parent-death signal ends it with a killed etcdkit.
async fn run_check_command(command: &str) -> std::result::Result<std::process::ExitStatus, String> {
    use crate::process::spawn::{spawn, Spawn};
    let running = |e: std::io::Error| format!("running sh: {e}");
    let argv = ["sh".into(), "-c".into(), command.into()];
    let null = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null");
    let null = null.map_err(running)?;
    let mut process = spawn(Spawn {
        stdin: Some(null.try_clone().map_err(running)?.into()),
        stdout: Some(null.into()),
        ..Spawn::new(&argv, nix::sys::signal::Signal::SIGKILL)
    })
    .map_err(running)?;
    /// Kills the group when dropped: at the end, or with the probe at its timeout.
    struct KillGroup(nix::unistd::Pid);
    impl Drop for KillGroup {
        fn drop(&mut self) {
            // ESRCH, an empty group, is the usual case.
            let _ = nix::sys::signal::killpg(self.0, nix::sys::signal::Signal::SIGKILL);
        }
    }
    // Dropped before `process`, which then reaps what was killed.
    let _group = KillGroup(process.pid());
    process.wait().await.map_err(running)
}

/// Consecutive results turned into a state: unhealthy after `unhealthy_after` failures in
/// a row, healthy again after `healthy_after` passes in a row.
#[derive(Debug, Clone)]
pub struct Health {
    healthy: bool,
    passes: u32,
    failures: u32,
    healthy_after: u32,
    unhealthy_after: u32,
}

impl Health {
    /// Starts unhealthy: an instance is listed only after its first passes.
    pub fn new(healthy_after: u32, unhealthy_after: u32) -> Health {
        Health {
            healthy: false,
            passes: 0,
            failures: 0,
            healthy_after: healthy_after.max(1),
            unhealthy_after: unhealthy_after.max(1),
        }
    }

    /// Whether the instance counts as healthy now.
    pub fn is_healthy(&self) -> bool {
        self.healthy
    }

    /// Records one result; returns the new state when it changed.
    pub fn record(&mut self, passed: bool) -> Option<bool> {
        if passed {
            self.passes += 1;
            self.failures = 0;
        } else {
            self.failures += 1;
            self.passes = 0;
        }
        let now = if self.healthy {
            self.failures < self.unhealthy_after
        } else {
            self.passes >= self.healthy_after
        };
        let changed = now != self.healthy;
        self.healthy = now;
        changed.then_some(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_urls_are_read_or_refused() {
        assert_eq!(
            Check::http("http://127.0.0.1:8080/health?x=1").unwrap(),
            Check::Http {
                addr: "127.0.0.1:8080".into(),
                host: "127.0.0.1:8080".into(),
                path: "/health?x=1".into()
            }
        );
        assert!(
            matches!(Check::http("http://web").unwrap(), Check::Http { addr, .. } if addr == "web:80")
        );
        for bad in [
            "https://web/",
            "web:80/health",
            "http://",
            "http://web:x/",
            "http://u@web/",
        ] {
            assert!(Check::http(bad).is_err(), "{bad}");
        }
        assert!(Check::tcp("db:5432").is_ok());
        assert!(Check::tcp("db").is_err());
    }

    #[tokio::test]
    async fn a_status_line_in_pieces_is_read_whole() {
        use tokio::io::AsyncWriteExt;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            for status in ["503 Service Unavailable", "200 OK"] {
                let (mut stream, _) = listener.accept().await.unwrap();
                let mut request = [0u8; 1024];
                let _ = stream.read(&mut request).await;
                stream.write_all(b"HTTP/1.1 ").await.unwrap();
                stream.flush().await.unwrap();
                // Not a wait for anything: the pause makes the code a second segment,
                // which the probe must read too (it read only the first one before).
                tokio::time::sleep(Duration::from_millis(100)).await;
                let rest = format!("{status}\r\nContent-Length: 0\r\n\r\n");
                stream.write_all(rest.as_bytes()).await.unwrap();
            }
        });
        let check = Check::http(&format!("http://{addr}/health")).unwrap();
        let timeout = Duration::from_secs(5);
        assert_eq!(
            check.probe(timeout).await,
            Err("GET /health answered 503".into())
        );
        assert_eq!(check.probe(timeout).await, Ok(()));
        server.await.unwrap();
    }

    #[test]
    fn thresholds_decide_the_state() {
        let mut h = Health::new(1, 3);
        assert_eq!(h.record(true), Some(true), "healthy after 1 pass");
        assert_eq!(h.record(false), None);
        assert_eq!(h.record(false), None);
        assert_eq!(h.record(true), None, "a pass resets the failures");
        assert_eq!((h.record(false), h.record(false)), (None, None));
        assert_eq!(h.record(false), Some(false), "unhealthy after 3 in a row");
        let mut h = Health::new(2, 1);
        assert_eq!(h.record(true), None);
        assert_eq!(h.record(true), Some(true));
        assert_eq!(h.record(false), Some(false));
    }
}
