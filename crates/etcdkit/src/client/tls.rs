//! TLS material: PEM files read and checked before any connection is made, so that a wrong
//! file is refused at once rather than by a handshake that fails after the dial timeout.

use std::path::Path;

use etcd_client::{Certificate, Identity, TlsOptions};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

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
