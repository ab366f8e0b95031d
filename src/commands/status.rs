use anyhow::Result;

use crate::args::Global;
use crate::exit::Exit;
use crate::output::Output;
use etcdkit::admin::status::cluster_status;

/// Exits 0 when every endpoint answered, 1 otherwise (after printing them all). When none
/// answered, the one error line names them all.
pub async fn run(global: &Global, out: &mut Output) -> Result<Exit> {
    let options = crate::options::connect_options(global)?;
    let rows = cluster_status(&options).await?;
    out.endpoint_statuses(&rows)?;
    Ok(if rows.iter().all(|r| r.reachable && r.alarms.is_empty()) {
        Exit::SUCCESS
    } else {
        Exit::FAILURE
    })
}
