//! The ceiling for `etcdkit queue work QUEUE --prefetch 16 -- CMD`: bare etcd-client claims
//! up to 16 of the oldest items in one transaction (each moved to a claim key on the
//! worker's lease), runs CMD once per item with a plain spawn (value in its env, nothing
//! on its stdin), prints `done KEY` for each, and deletes the batch's claims without
//! waiting for the answer. No retry counts, no dead letters, no lease-loss stop, no
//! identity; exits when it finds the queue empty.
//! Usage: raw_work ENDPOINT QUEUE -- CMD...

use etcd_client::{
    Client, Compare, CompareOp, GetOptions, PutOptions, SortOrder, SortTarget, Txn, TxnOp,
};

const CLAIM: i64 = 16;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (endpoint, queue, cmd) = (&args[1], &args[2], &args[4..]);
    let mut client = Client::connect([endpoint], None).await?;
    let lease = client.lease_grant(10, None).await?.id();
    let prefix = format!("{queue}/");
    let oldest = GetOptions::new()
        .with_prefix()
        .with_sort(SortTarget::Create, SortOrder::Ascend)
        .with_limit(3 * CLAIM);
    loop {
        let head = client.get(prefix.as_str(), Some(oldest.clone())).await?;
        if head.kvs().is_empty() {
            return Ok(());
        }
        // Three workers take the same head: start at a random one of its first items.
        let skip = fastrand::usize(..head.kvs().len().min(CLAIM as usize));
        let taken: Vec<_> = head.kvs().iter().skip(skip).take(CLAIM as usize).collect();
        let unchanged: Vec<Compare> = taken
            .iter()
            .map(|kv| Compare::mod_revision(kv.key(), CompareOp::Equal, kv.mod_revision()))
            .collect();
        let mut moves = Vec::new();
        for kv in &taken {
            moves.push(TxnOp::delete(kv.key(), None));
            let on_lease = PutOptions::new().with_lease(lease);
            moves.push(TxnOp::put(claim(kv.key()), kv.value(), Some(on_lease)));
        }
        let txn = Txn::new().when(unchanged).and_then(moves);
        if !client.txn(txn).await?.succeeded() {
            continue;
        }
        let mut acks = Vec::new();
        for kv in &taken {
            let value = String::from_utf8_lossy(kv.value()).into_owned();
            tokio::process::Command::new(&cmd[0])
                .args(&cmd[1..])
                .env("ETCDKIT_QUEUE_VALUE", value)
                .status()
                .await?;
            println!("done {}", String::from_utf8_lossy(kv.key()));
            acks.push(TxnOp::delete(claim(kv.key()), None));
        }
        let mut acker = client.clone();
        tokio::spawn(async move { acker.txn(Txn::new().and_then(acks)).await });
    }
}

/// Where a claimed item waits for its acknowledgement.
fn claim(key: &[u8]) -> Vec<u8> {
    [b"raw-claims/".as_slice(), key].concat()
}
