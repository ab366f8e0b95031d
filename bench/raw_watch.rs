//! The ceiling for `etcdkit watch KEY -- CMD`: bare etcd-client watches KEY and, for each
//! change, starts CMD with a plain fork and exec (no process group, no parent-death signal,
//! no resumption) and waits for it, one at a time. Runs until killed.
//! Usage: raw_watch ENDPOINT KEY -- CMD...

use etcd_client::Client;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (endpoint, key, cmd) = (&args[1], &args[2], &args[4..]);
    let mut client = Client::connect([endpoint], None).await?;
    let mut stream = client.watch(key.as_str(), None).await?;
    while let Some(response) = stream.message().await? {
        for event in response.events() {
            let value = event
                .kv()
                .map(|kv| String::from_utf8_lossy(kv.value()).into_owned())
                .unwrap_or_default();
            tokio::process::Command::new(&cmd[0])
                .args(&cmd[1..])
                .env("ETCD_WATCH_VALUE", value)
                .status()
                .await?;
        }
    }
    Ok(())
}
