//! The HTTP/2 channel under every client: etcd-client's balanced tonic channel, with the
//! HTTP/2 settings that let a connection outlive its own cancellations.
//!
//! Why: dropping a request future (a `timeout` around a call, the library's most common
//! use) makes h2 send `RST_STREAM(CANCEL)`. The server's answer is often already on its way;
//! h2 ignores frames on a stream it reset only while it still remembers that stream, and by
//! default it remembers 50 streams for 1 s. Past that, each late answer is a frame on an
//! unknown stream: h2 replies `RST_STREAM(STREAM_CLOSED)` and counts one "local error
//! reset". That count never decreases over the connection's life, and at 1024 h2 closes
//! the whole connection with `GOAWAY(ENHANCE_YOUR_CALM, "too_many_internal_resets")`,
//! failing every request and stream on it (measured: about one dropped request in five
//! counts once more than 50 are dropped a second, so a few thousand drops end a connection).
//!
//! So: remember many more reset streams (late answers are then dropped silently, as the
//! protocol intends), and no lifetime cap on the count. The cap protects a client from a
//! hostile server provoking resets; here the server is etcd and the resets are our own.
//! A connection that is closed all the same (a member's graceful shutdown sends GOAWAY)
//! is reconnected by tonic on the next request; [`super::Etcd::call`] retries the
//! request that was cut off when that is safe.
//!
//! With the auth token cache on, the channel also carries the cached token
//! ([`super::token_cache::WithToken`]).

use etcd_client::{BalancedChannelBuilder, Channel};
use tokio::sync::mpsc;
use tonic::codegen::http::Uri;
use tonic::transport::channel::Change;
use tonic::transport::Endpoint;
use tower::util::BoxCloneSyncService;

/// How many reset streams h2 remembers (for its default 1 s) so that their late frames are
/// ignored: more than a loop of timed-out calls can drop in a second on loopback.
const REMEMBERED_RESETS: usize = 10_000;

use super::token_cache::{Slot, WithToken};

/// etcd-client's balanced channel, with every endpoint inserted into it given the HTTP/2
/// settings above; with a token slot, every request carries its token.
pub(super) struct Hardened {
    pub(super) token: Option<Slot>,
}

impl BalancedChannelBuilder for Hardened {
    type Error = etcd_client::Error;

    /// Must be called inside a tokio runtime (etcd-client calls it from `connect`): the
    /// endpoints etcd-client inserts pass through a task that sets the HTTP/2 options. The
    /// task ends when the client, and so its sender, is dropped.
    fn balanced_channel(
        self,
        buffer_size: usize,
    ) -> Result<(Channel, mpsc::Sender<Change<Uri, Endpoint>>), Self::Error> {
        let (channel, balancer) = tonic::transport::Channel::balance_channel(buffer_size);
        let (updates, mut incoming) = mpsc::channel::<Change<Uri, Endpoint>>(buffer_size);
        tokio::spawn(async move {
            while let Some(change) = incoming.recv().await {
                let change = match change {
                    Change::Insert(uri, endpoint) => Change::Insert(
                        uri,
                        endpoint
                            .http2_max_concurrent_reset_streams(REMEMBERED_RESETS)
                            .http2_max_local_error_reset_streams(None),
                    ),
                    remove => remove,
                };
                if balancer.send(change).await.is_err() {
                    break;
                }
            }
        });
        let channel = match self.token {
            None => Channel::Tonic(channel),
            Some(slot) => Channel::Custom(BoxCloneSyncService::new(WithToken {
                inner: channel,
                slot,
            })),
        };
        Ok((channel, updates))
    }
}
