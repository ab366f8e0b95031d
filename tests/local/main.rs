//! The tests that start no etcd of their own (generated files, process supervision,
//! the package, the scripts), in one binary that `scripts/test` runs once.

#[path = "../support/mod.rs"]
mod support;

mod generated;
mod kubernetes;
mod package;
mod scripts;
mod startup;
mod supervise;
