//! The ceiling for `etcdkit lock X -- true`: the same round trips with bare etcd-client and
//! no checks: grant a lease, one put-if-absent transaction, run `true`, revoke.
//! Usage: raw_lock ENDPOINT NAME

use etcd_client::{
    Client, Compare, CompareOp, GetOptions, PutOptions, SortOrder, SortTarget, Txn, TxnOp,
};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (endpoint, name) = (&args[1], &args[2]);
    let mut client = Client::connect([endpoint], None).await?;
    let lease = client.lease_grant(10, None).await?.id();
    let key = format!("{name}/{lease:x}");
    let first = GetOptions::new()
        .with_prefix()
        .with_sort(SortTarget::Create, SortOrder::Ascend)
        .with_limit(1);
    let txn = Txn::new()
        .when([Compare::create_revision(key.clone(), CompareOp::Equal, 0)])
        .and_then([
            TxnOp::put(key.clone(), "", Some(PutOptions::new().with_lease(lease))),
            TxnOp::get(format!("{name}/"), Some(first)),
        ]);
    client.txn(txn).await?;
    std::process::Command::new("true").status()?;
    client.lease_revoke(lease).await?;
    Ok(())
}
