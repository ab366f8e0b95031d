//! The floor for `etcdkit --version`: a minimal Rust program that prints one line.
//! Usage: hello

fn main() {
    println!("etcdkit {}", env!("CARGO_PKG_VERSION"));
}
