//! TLS material: PEM files read and checked before any connection is made, so that a wrong
//! file is refused at once rather than by a handshake that fails after the dial timeout.

use std::path::Path;

use etcd_client::{Certificate, Identity, TlsOptions};

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

/// Reads `path` and checks that it holds a PEM block of `kind`.
///
/// Errors: `InvalidInput` naming the path: unreadable, or no such PEM block.
pub fn read_pem(path: &Path, kind: Pem) -> Result<Vec<u8>> {
    let (marker, what) = match kind {
        Pem::Certificate => ("-----BEGIN CERTIFICATE-----", "certificate"),
        Pem::PrivateKey => ("PRIVATE KEY-----", "private key"),
    };
    let pem = crate::client::limits::read_bounded(path, crate::client::limits::MAX_PEM_BYTES, "")?;
    if !String::from_utf8_lossy(&pem).contains(marker) {
        return Err(Error::InvalidInput(format!(
            "{}: not a PEM {what}",
            path.display()
        )));
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
