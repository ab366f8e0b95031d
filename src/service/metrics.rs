//! The Prometheus metrics `--http` serves at `/metrics` (the `prometheus-client` crate,
//! OpenMetrics text). Made only when `--http` is given: until then every count below is a
//! no-op, and the connection has no observer.
//!
//! The library's events (keep-alives, failovers, resumed watches) arrive through the
//! [`Observer`] the connection is given; the commands count their own work (queue items,
//! renders, reloads); the state gauges are read from the service state at each scrape.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};

use etcdkit::client::Observer;

static METRICS: OnceLock<Arc<Metrics>> = OnceLock::new();

pub struct Metrics {
    registry: Registry,
    healthy: Gauge,
    held: Gauge<f64, std::sync::atomic::AtomicU64>,
    keepalive: Histogram,
    keepalive_failures: Counter,
    reconnects: Counter,
    watch_resumes: Counter,
    items_processed: Counter,
    items_retried: Counter,
    items_dead_lettered: Counter,
    renders: Counter,
    reloads: Counter,
}

/// The metrics, made on first use (by `--http`).
pub fn init() -> Arc<Metrics> {
    METRICS.get_or_init(|| Arc::new(Metrics::new())).clone()
}

/// The metrics, if `--http` made them.
pub fn get() -> Option<Arc<Metrics>> {
    METRICS.get().cloned()
}

/// How a queue item's attempt ended, for the item counters.
#[derive(Debug, Clone, Copy)]
pub enum Item {
    /// CMD exited 0: acknowledged.
    Processed,
    /// Failed; ready again after the retry delay.
    Retried,
    /// Failed its last attempt: moved to the dead letters.
    DeadLettered,
}

/// Counts a queue item's attempt.
pub fn item(outcome: Item) {
    if let Some(m) = get() {
        match outcome {
            Item::Processed => m.items_processed.inc(),
            Item::Retried => m.items_retried.inc(),
            Item::DeadLettered => m.items_dead_lettered.inc(),
        };
    }
}

/// Counts a render that installed at least one changed file.
pub fn rendered() {
    if let Some(m) = get() {
        m.renders.inc();
    }
}

/// Counts a reload run (or a signal sent to `--exec`'s CMD) after a render.
pub fn reloaded() {
    if let Some(m) = get() {
        m.reloads.inc();
    }
}

impl Metrics {
    fn new() -> Metrics {
        let m = Metrics {
            registry: Registry::with_prefix("etcdkit"),
            healthy: Gauge::default(),
            held: Gauge::default(),
            // 1 ms to about 8 s.
            keepalive: Histogram::new(exponential_buckets(0.001, 2.0, 14)),
            keepalive_failures: Counter::default(),
            reconnects: Counter::default(),
            watch_resumes: Counter::default(),
            items_processed: Counter::default(),
            items_retried: Counter::default(),
            items_dead_lettered: Counter::default(),
            renders: Counter::default(),
            reloads: Counter::default(),
        };
        let mut registry = m.registry;
        registry.register(
            "healthy",
            "1 while /healthz answers 200: holding, leading, registered or working, with the lease proven alive",
            m.healthy.clone(),
        );
        registry.register_with_unit(
            "held",
            "Time since the lock was taken, leadership won, the instance listed or the worker started (0 while not)",
            Unit::Seconds,
            m.held.clone(),
        );
        registry.register_with_unit(
            "lease_keepalive_duration",
            "Round trips of the session's lease keep-alives",
            Unit::Seconds,
            m.keepalive.clone(),
        );
        let counters = [
            (
                "lease_keepalive_failures",
                "Lease keep-alives that failed or were not answered in time",
                &m.keepalive_failures,
            ),
            (
                "reconnects",
                "Times an endpoint failed and requests moved to the next one",
                &m.reconnects,
            ),
            (
                "watch_resumes",
                "Watches opened again where they left off after a failure",
                &m.watch_resumes,
            ),
            (
                "queue_items_processed",
                "Queue items whose CMD exited 0",
                &m.items_processed,
            ),
            (
                "queue_items_retried",
                "Queue items whose CMD failed, put back for another attempt",
                &m.items_retried,
            ),
            (
                "queue_items_dead_lettered",
                "Queue items moved to the dead letters after their last failed attempt",
                &m.items_dead_lettered,
            ),
            (
                "renders",
                "Renders that installed at least one changed file",
                &m.renders,
            ),
            (
                "reloads",
                "Reload commands run and signals sent to --exec's CMD after a render",
                &m.reloads,
            ),
        ];
        for (name, help, counter) in counters {
            registry.register(name, help, counter.clone());
        }
        Metrics { registry, ..m }
    }

    /// The metrics in OpenMetrics text, the state gauges read now.
    pub fn encode(&self) -> String {
        let health = super::health();
        self.healthy.set(i64::from(health.healthy));
        self.held.set(health.held_seconds.unwrap_or(0.0));
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut text, &self.registry);
        text
    }
}

impl Observer for Metrics {
    fn keepalive_answered(&self, round_trip: Duration) {
        self.keepalive.observe(round_trip.as_secs_f64());
    }

    fn keepalive_failed(&self) {
        self.keepalive_failures.inc();
    }

    fn endpoint_failed(&self) {
        self.reconnects.inc();
    }

    fn watch_resumed(&self) {
        self.watch_resumes.inc();
    }
}
