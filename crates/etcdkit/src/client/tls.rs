//! TLS material: PEM files read and checked before any connection is made, so that a wrong
//! file is refused at once rather than by a handshake that fails after the dial timeout.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use etcd_client::{Certificate, Identity, TlsOptions};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::TlsFiles;
use crate::error::{Error, Result};

/// What a PEM file must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pem {
    /// A certificate (`BEGIN CERTIFICATE`): a CA bundle or a client certificate.
    Certificate,
    /// A private key: PKCS#8 `PRIVATE KEY`, PKCS#1 `RSA PRIVATE KEY` or SEC1 `EC PRIVATE KEY`.
    PrivateKey,
}

/// Reads `path` and checks that it holds PEM blocks of `kind` whose bodies decode (and, for
/// certificates, parse as X.509), so that a damaged file is refused here, naming it, not at
/// the TLS handshake.
///
/// Errors: `InvalidInput` naming the path: unreadable, no such PEM block, or a damaged one.
pub fn read_pem(path: &Path, kind: Pem) -> Result<Vec<u8>> {
    let (marker, what) = match kind {
        Pem::Certificate => ("-----BEGIN CERTIFICATE-----", "certificate"),
        Pem::PrivateKey => ("PRIVATE KEY-----", "private key"),
    };
    let pem = crate::client::limits::read_bounded(path, crate::client::limits::MAX_PEM_BYTES, "")?;
    let refused = |why: String| Error::InvalidInput(format!("{}: {why}", path.display()));
    if !String::from_utf8_lossy(&pem).contains(marker) {
        return Err(refused(format!("not a PEM {what}")));
    }
    let damaged = |e: rustls_pki_types::pem::Error| refused(format!("a damaged PEM {what} ({e})"));
    match kind {
        Pem::Certificate => {
            for cert in CertificateDer::pem_slice_iter(&pem) {
                let cert = cert.map_err(damaged)?;
                webpki::anchor_from_trusted_cert(&cert).map_err(|e| {
                    refused(format!(
                        "a PEM certificate that is no X.509 certificate ({e})"
                    ))
                })?;
            }
        }
        Pem::PrivateKey => {
            PrivateKeyDer::from_pem_slice(&pem).map_err(damaged)?;
        }
    }
    Ok(pem)
}

/// Builds tonic's TLS settings from the files.
///
/// Errors: `InvalidInput` for a file [`read_pem`] refuses, or a client certificate without
/// its key (or a key without its certificate).
pub fn tls_options(files: &TlsFiles) -> Result<TlsOptions> {
    let mut tls = TlsOptions::new();
    if let Some(ca) = &files.ca {
        tls = tls.ca_certificate(Certificate::from_pem(read_pem(ca, Pem::Certificate)?));
    }
    match (&files.cert, &files.key) {
        (Some(cert), Some(key)) => {
            tls = tls.identity(Identity::from_pem(
                read_pem(cert, Pem::Certificate)?,
                read_pem(key, Pem::PrivateKey)?,
            ));
        }
        (None, None) => {}
        (Some(_), None) => {
            return Err(Error::InvalidInput(
                "a client certificate needs its private key".into(),
            ))
        }
        (None, Some(_)) => {
            return Err(Error::InvalidInput(
                "a client private key needs its certificate".into(),
            ))
        }
    }
    Ok(tls)
}

/// Whether the server at `endpoint` (`host:port` or `http://host:port`) answers a TLS
/// client hello with a TLS record, within `within`: how a plain HTTP/2 connection that a
/// server closed at once is told from a member that serves only TLS (which closes every
/// connection that does not start with a handshake). A server speaking plain HTTP/2 answers
/// the hello with an HTTP/2 frame or closes; nothing of it starts with a TLS record type.
///
/// Only the first byte of the answer is read: no certificate is checked, nothing is sent
/// after the hello.
pub(crate) async fn serves_tls(endpoint: &str, within: Duration) -> bool {
    tokio::time::timeout(within, answers_hello(endpoint))
        .await
        .is_ok_and(|answer| answer.is_some_and(is_tls_record))
}

/// The first byte a server sends in answer to a client hello, if it sends any.
async fn answers_hello(endpoint: &str) -> Option<u8> {
    let authority = endpoint
        .strip_prefix("http://")
        .unwrap_or(endpoint)
        .trim_end_matches('/');
    let host = authority
        .rsplit_once(':')
        .map_or(authority, |(host, _)| host)
        .trim_start_matches('[')
        .trim_end_matches(']');
    let name = ServerName::try_from(host.to_string())
        .unwrap_or_else(|_| ServerName::from(std::net::Ipv4Addr::LOCALHOST));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .ok()?
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth();
    let mut hello = Vec::new();
    rustls::ClientConnection::new(Arc::new(config), name)
        .ok()?
        .write_tls(&mut hello)
        .ok()?;
    let mut stream = TcpStream::connect(authority).await.ok()?;
    stream.write_all(&hello).await.ok()?;
    let mut first = [0u8; 1];
    stream.read_exact(&mut first).await.ok()?;
    Some(first[0])
}

/// TLS record content types a server answers a client hello with: a handshake (its
/// server hello) or an alert (e.g. no cipher in common).
fn is_tls_record(first: u8) -> bool {
    const ALERT: u8 = 0x15;
    const HANDSHAKE: u8 = 0x16;
    matches!(first, ALERT | HANDSHAKE)
}
