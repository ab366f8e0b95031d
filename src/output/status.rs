//! Renderers for cluster results: `status`'s table or JSON lines, `sandbox`'s endpoints.

use super::*;

impl<W: Write> Output<W> {
    /// `etcdkit status`: a table, or one JSON object per endpoint.
    pub fn endpoint_statuses(&mut self, rows: &[EndpointStatus]) -> io::Result<()> {
        if self.format == Format::Json {
            return rows.iter().try_for_each(|r| self.json_line(r));
        }
        let width = rows
            .iter()
            .map(|r| r.endpoint.len())
            .max()
            .unwrap_or(0)
            .max("ENDPOINT".len());
        let out = &mut self.out;
        writeln!(
            out,
            "{:<width$}  {:<9}  {:<16}  {:<8}  {:<6}  {:>5}  {:>9}  {:>9}",
            "ENDPOINT", "REACHABLE", "MEMBER", "VERSION", "LEADER", "TERM", "REVISION", "DB SIZE"
        )?;
        for r in rows {
            let dash = || "-".to_string();
            // Padded before colouring: escape codes would count towards the width.
            let reachable = if r.reachable {
                format!("{:<9}", "yes").green()
            } else {
                format!("{:<9}", "no").red()
            };
            writeln!(
                out,
                "{:<width$}  {}  {:<16}  {:<8}  {:<6}  {:>5}  {:>9}  {:>9}",
                sanitize(&r.endpoint),
                reachable,
                r.member_id.clone().unwrap_or_else(dash),
                r.version.clone().unwrap_or_else(dash),
                r.is_leader
                    .map_or_else(dash, |l| if l { "yes" } else { "no" }.to_string()),
                r.raft_term.map_or_else(dash, |t| t.to_string()),
                r.revision.map_or_else(dash, |v| v.to_string()),
                r.db_size.map_or_else(dash, human_bytes),
            )?;
        }
        // Why a member is unreachable, or what a reachable one would not say; its alarms.
        for r in rows {
            if let Some(e) = &r.error {
                writeln!(out, "{}: {}", sanitize(&r.endpoint), sanitize(e))?;
            }
            for alarm in &r.alarms {
                let what = match alarm.as_str() {
                    "NOSPACE" => {
                        "the database reached its quota and every write is refused; free space \
                         with `etcdctl compact` and `etcdctl defrag`, then `etcdctl alarm \
                         disarm` (docs/operations.md)"
                    }
                    "CORRUPT" => "a member's data differs from the others'; see etcd's docs",
                    _ => "raised",
                };
                let alarm = format!("alarm {}", sanitize(alarm)).red();
                writeln!(out, "{}: {alarm}: {what}", sanitize(&r.endpoint))?;
            }
        }
        out.flush()
    }

    /// `etcdkit sandbox` without CMD: the endpoints, as shell lines that set both tools'
    /// variables (`export ETCDKIT_ENDPOINTS=...`, `export ETCDCTL_ENDPOINTS=...`), ready
    /// to paste or `eval`; a note on stderr says how to use them.
    pub fn sandbox_ready(&mut self, endpoints: &[String], dir: &Path) -> io::Result<()> {
        #[derive(Serialize)]
        struct Ready<'a> {
            endpoints: &'a [String],
            data_dir: &'a Path,
        }
        match self.format {
            Format::Json => self.json_line(&Ready {
                endpoints,
                data_dir: dir,
            }),
            Format::Text => {
                let out = &mut self.out;
                let list = endpoints.join(",");
                writeln!(out, "export ETCDKIT_ENDPOINTS={list}")?;
                writeln!(out, "export ETCDCTL_ENDPOINTS={list}")?;
                out.flush()?;
                note(
                    "sandbox ready: paste the lines above into another shell (etcdkit and \
                      etcdctl then use it); Ctrl-C or SIGTERM tears it down",
                );
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rendered;
    use super::*;

    fn row(endpoint: &str, reachable: bool) -> EndpointStatus {
        EndpointStatus {
            endpoint: endpoint.into(),
            reachable,
            member_id: reachable.then(|| "8e9e05c52164694d".into()),
            version: reachable.then(|| "3.5.30".into()),
            is_leader: reachable.then_some(true),
            raft_term: reachable.then_some(2),
            revision: reachable.then_some(41),
            db_size: reachable.then_some(20480),
            alarms: Vec::new(),
            error: (!reachable).then(|| "connection refused".into()),
        }
    }

    #[test]
    fn status_is_a_table_with_the_reasons_below_or_one_object_per_endpoint() {
        let rows = [row("127.0.0.1:2379", true), row("127.0.0.1:2479", false)];
        let text = rendered(Format::Text, |o| o.endpoint_statuses(&rows));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(
            lines[0].starts_with("ENDPOINT") && lines[0].ends_with("DB SIZE"),
            "{text}"
        );
        let cells: Vec<&str> = lines[1].split_whitespace().collect();
        assert_eq!(
            cells,
            [
                "127.0.0.1:2379",
                "yes",
                "8e9e05c52164694d",
                "3.5.30",
                "yes",
                "2",
                "41",
                "20.0",
                "KiB"
            ]
        );
        assert_eq!(
            lines[2].split_whitespace().collect::<Vec<_>>()[..3],
            ["127.0.0.1:2479", "no", "-"]
        );
        assert_eq!(lines[3], "127.0.0.1:2479: connection refused");

        let json = rendered(Format::Json, |o| o.endpoint_statuses(&rows));
        let objects: Vec<serde_json::Value> = json
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(objects.len(), 2, "{json}");
        assert_eq!(objects[0]["rev"], 41, "rev, as everywhere else");
        assert_eq!(objects[1]["reachable"], false);
        assert_eq!(objects[1]["error"], "connection refused");
    }
}
