//! Streaming stdin in batches: `queue push --stdin` and `publish --stdin`.

use tokio::io::AsyncBufReadExt;
use tokio::sync::mpsc;

use etcdkit::error::{Error, Result};

/// Reads stdin line by line and hands `handle` the lines already waiting, up to `max` at a
/// time, in order. A line that is not UTF-8 or fails `check` ends it with `InvalidInput`
/// naming the line, after the lines before it were handled.
pub async fn batches(
    max: usize,
    check: impl Fn(&str) -> Result<()>,
    mut handle: impl AsyncFnMut(Vec<String>) -> Result<()>,
) -> Result<()> {
    let (tx, mut rx) = mpsc::channel::<std::io::Result<String>>(4 * max);
    tokio::spawn(async move {
        let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
        while let Some(line) = lines.next_line().await.transpose() {
            let failed = line.is_err();
            if tx.send(line).await.is_err() || failed {
                return;
            }
        }
    });
    let mut line_no = 0usize;
    while let Some(first) = rx.recv().await {
        let mut waiting = vec![first];
        while waiting.len() < max {
            match rx.try_recv() {
                Ok(line) => waiting.push(line),
                Err(_) => break,
            }
        }
        let mut batch = Vec::with_capacity(waiting.len());
        let mut bad = None;
        for line in waiting {
            line_no += 1;
            let checked = line
                .map_err(|e| e.to_string())
                .and_then(|l| check(&l).map(|()| l).map_err(|e| e.to_string()));
            match checked {
                Ok(l) => batch.push(l),
                Err(e) => {
                    bad = Some(Error::InvalidInput(format!("stdin line {line_no}: {e}")));
                    break;
                }
            }
        }
        if !batch.is_empty() {
            handle(batch).await?;
        }
        if let Some(e) = bad {
            return Err(e);
        }
    }
    Ok(())
}
