//! `--http ADDR`: the service state for probes and scrapers (hyper, HTTP/1.1, GET only).
//!
//! - `/healthz`: 200 while healthy (see the service module), 503 otherwise; a JSON body with
//!   the state either way ([`Health`](super::Health)).
//! - `/leader`: with `elect` and `elect --observe`, the election's leader read at the request
//!   (value, key, rev, lease, the lease's time left); 503 while there is none.
//! - `/metrics`: Prometheus metrics (the metrics module).
//!
//! A loopback address unless `--http-public`: the endpoints say who leads and what is held,
//! and answer without authentication.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::Serialize;
use tokio::net::TcpListener;

use etcdkit::admin::holders::time_left;
use etcdkit::error::Error;
use etcdkit::recipes::election::leader;

const JSON: &str = "application/json";
/// How long a connection may take to send a request's headers.
const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// `--http`'s value: `IP:PORT`, `localhost:PORT`, or `:PORT` / `PORT` for 127.0.0.1.
pub fn parse_addr(text: &str) -> Result<SocketAddr, String> {
    let loopback = |port: &str| {
        port.parse::<u16>()
            .map(|port| SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port))
    };
    let parsed = match text.strip_prefix("localhost:").or(text.strip_prefix(':')) {
        Some(port) => loopback(port).ok(),
        None => text.parse().ok().or_else(|| loopback(text).ok()),
    };
    parsed.ok_or_else(|| {
        format!("{text:?} is not IP:PORT, localhost:PORT or :PORT (e.g. 127.0.0.1:4040)")
    })
}

/// Binds `addr` (a loopback address unless `public`) and serves the endpoints in the
/// background until the process exits; returns the address bound (port 0 picks one).
///
/// Errors: `InvalidInput` for a non-loopback address without `public`, `Io` when it cannot
/// be bound (in use, not ours).
pub async fn serve(addr: SocketAddr, public: bool) -> Result<SocketAddr, Error> {
    if !addr.ip().is_loopback() && !public {
        return Err(Error::InvalidInput(format!(
            "--http {addr} is not a loopback address: anyone who can reach it sees what is \
             held and who leads; add --http-public to serve it there"
        )));
    }
    let listener = TcpListener::bind(addr).await.map_err(|e| {
        Error::Io(std::io::Error::new(
            e.kind(),
            format!("--http {addr}: cannot listen: {e}"),
        ))
    })?;
    let bound = listener.local_addr()?;
    super::metrics::init();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            tokio::spawn(async move {
                let connection = hyper::server::conn::http1::Builder::new()
                    // A client that sends no request in time is let go.
                    .timer(TokioTimer::new())
                    .header_read_timeout(HEADER_TIMEOUT)
                    .serve_connection(TokioIo::new(stream), hyper::service::service_fn(answer));
                // A client that goes away mid-request is its own problem.
                let _ = connection.await;
            });
        }
    });
    Ok(bound)
}

async fn answer(request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return Ok(reply(
            StatusCode::METHOD_NOT_ALLOWED,
            JSON,
            json(&Problem::new("only GET and HEAD")),
        ));
    }
    Ok(match request.uri().path() {
        "/healthz" => {
            let health = super::health();
            let code = match health.healthy {
                true => StatusCode::OK,
                false => StatusCode::SERVICE_UNAVAILABLE,
            };
            reply(code, JSON, json(&health))
        }
        "/leader" => leader_reply().await,
        "/metrics" => match super::metrics::get() {
            Some(metrics) => reply(StatusCode::OK, OPENMETRICS, metrics.encode()),
            None => reply(
                StatusCode::NOT_FOUND,
                JSON,
                json(&Problem::new("no metrics")),
            ),
        },
        _ => reply(
            StatusCode::NOT_FOUND,
            JSON,
            json(&Problem::new(
                "not found: try /healthz, /leader or /metrics",
            )),
        ),
    })
}

/// `/leader`'s body.
#[derive(Serialize)]
struct LeaderBody {
    name: String,
    value: String,
    key: String,
    rev: i64,
    lease: String,
    /// The leader's lease's time left, as the server counts it.
    lease_seconds_left: Option<u64>,
}

async fn leader_reply() -> Response<Full<Bytes>> {
    let Some((etcd, name)) = super::election() else {
        return reply(
            StatusCode::NOT_FOUND,
            JSON,
            json(&Problem::new(
                "/leader is served by elect and elect --observe",
            )),
        );
    };
    let read = async {
        let Some(l) = leader(&etcd, &name).await? else {
            return Ok(None);
        };
        let lease = i64::from_str_radix(&l.lease, 16).unwrap_or(0);
        let left = time_left(&etcd, lease).await?;
        Ok::<_, Error>(Some(LeaderBody {
            name: l.name,
            value: l.value,
            key: l.key,
            rev: l.rev,
            lease: l.lease,
            lease_seconds_left: left.map(|d| d.as_secs()),
        }))
    };
    match read.await {
        Ok(Some(body)) => reply(StatusCode::OK, JSON, json(&body)),
        Ok(None) => reply(
            StatusCode::SERVICE_UNAVAILABLE,
            JSON,
            json(&Problem::new(&format!("election {name} has no leader"))),
        ),
        Err(e) => reply(
            StatusCode::SERVICE_UNAVAILABLE,
            JSON,
            json(&Problem::new(&format!("reading election {name}: {e}"))),
        ),
    }
}

#[derive(Serialize)]
struct Problem {
    error: String,
}

impl Problem {
    fn new(error: &str) -> Problem {
        Problem {
            error: error.to_string(),
        }
    }
}

fn json(body: &impl Serialize) -> String {
    let mut text = serde_json::to_string(body).unwrap_or_default();
    text.push('\n');
    text
}

fn reply(code: StatusCode, content_type: &'static str, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = code;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

#[cfg(test)]
mod tests {
    use super::parse_addr;

    #[test]
    fn addresses_without_a_host_are_loopback() {
        assert_eq!(parse_addr(":4040").unwrap().to_string(), "127.0.0.1:4040");
        assert_eq!(parse_addr("4040").unwrap().to_string(), "127.0.0.1:4040");
        assert_eq!(
            parse_addr("localhost:0").unwrap().to_string(),
            "127.0.0.1:0"
        );
        assert_eq!(parse_addr("[::1]:80").unwrap().to_string(), "[::1]:80");
        assert_eq!(parse_addr("0.0.0.0:80").unwrap().to_string(), "0.0.0.0:80");
        for bad in ["", "host:80", ":99999", "1.2.3.4", "[::1]"] {
            assert!(parse_addr(bad).is_err(), "{bad:?}");
        }
    }
}
