//! Link flags of the `etcdkit` binary.
//!
//! Packed relative relocations (`DT_RELR`: binutils 2.38, glibc 2.36, Debian 12): the
//! dynamic loader of a position-independent binary otherwise reads 300 KB of relocation
//! entries at every start, about 12,000 pointers' worth. Peak RSS of `lock X -- true`
//! 8.4 → 7.6 MiB, a run 3% shorter (medians of 25, docs/benchmarks.md); the binary stays
//! position-independent (ASLR), which linking it without PIE would have given up for the
//! same gain.
fn main() {
    println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
}
