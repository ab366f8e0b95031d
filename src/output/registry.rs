//! Renderers for the service registry: instances, a pick, membership changes, a
//! registration, `inspect service`'s rows.

use super::*;

impl<W: Write> Output<W> {
    /// `discover`: the instances. Text: one address per line, or a table with metadata
    /// when stdout is a terminal. JSON: one object per instance.
    pub fn instances(&mut self, instances: &[Instance]) -> io::Result<()> {
        if self.format == Format::Json {
            return instances.iter().try_for_each(|i| self.json_line(i));
        }
        let table = self.terminal;
        let width = instances
            .iter()
            .map(|i| i.addr.len())
            .max()
            .unwrap_or(0)
            .max(4);
        let out = &mut self.out;
        if table {
            writeln!(out, "{:<width$}  METADATA", "ADDR")?;
        }
        for i in instances {
            if table {
                let metadata = i.metadata.to_string();
                writeln!(
                    out,
                    "{:<width$}  {}",
                    sanitize(&i.addr),
                    sanitize(&metadata)
                )?;
            } else {
                writeln!(out, "{}", sanitize(&i.addr))?;
            }
        }
        out.flush()
    }

    /// `discover --pick`: the address, or the instance in JSON.
    pub fn picked(&mut self, instance: &Instance) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(instance),
            Format::Text => {
                let out = &mut self.out;
                writeln!(out, "{}", sanitize(&instance.addr))?;
                out.flush()
            }
        }
    }

    /// `discover --watch`: `+ ADDR` / `- ADDR`, or the change in JSON.
    pub fn change(&mut self, service: &str, change: &Change) -> io::Result<()> {
        #[derive(Serialize)]
        struct Event<'a> {
            service: &'a str,
            event: &'static str,
            addr: &'a str,
            metadata: Option<&'a serde_json::Value>,
            rev: i64,
        }
        let event = match change {
            Change::Join {
                addr,
                metadata,
                rev,
            } => Event {
                service,
                event: "join",
                addr,
                metadata: Some(metadata),
                rev: *rev,
            },
            Change::Leave { addr, rev } => Event {
                service,
                event: "leave",
                addr,
                metadata: None,
                rev: *rev,
            },
        };
        match (self.format, change) {
            (Format::Json, _) => self.json_line(&event),
            (Format::Text, Change::Join { addr, .. }) => {
                self.text_line(&format!("+ {}", sanitize(addr)))
            }
            (Format::Text, Change::Leave { addr, .. }) => {
                self.text_line(&format!("- {}", sanitize(addr)))
            }
        }
    }

    /// `register` without CMD: the key, or key and lease in JSON.
    pub fn registered(
        &mut self,
        service: &str,
        addr: &str,
        key: &str,
        lease: i64,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Registered<'a> {
            service: &'a str,
            addr: &'a str,
            key: &'a str,
            lease: String,
        }
        match self.format {
            Format::Json => self.json_line(&Registered {
                service,
                addr,
                key,
                lease: format!("{lease:x}"),
            }),
            Format::Text => self.text_line(&sanitize(key)),
        }
    }

    /// `inspect service`: a table of instances, or one JSON object per instance.
    pub fn instance_rows(&mut self, service: &str, rows: &[Row]) -> io::Result<()> {
        #[derive(Serialize)]
        struct Registered<'a> {
            service: &'a str,
            addr: &'a str,
            key: &'a str,
            listed: bool,
            health: Option<&'a str>,
            lease: String,
            ttl_ms: Option<u64>,
            for_ms: Option<u64>,
            identity: Option<&'a etcdkit::admin::holders::Identity>,
        }
        // A withdrawn instance has no key: its registrar's identity names the address.
        fn addr(r: &Row) -> &str {
            let key = &r.contender.key;
            match key.rsplit_once('/') {
                Some((_, a)) => a,
                None => r
                    .identity
                    .as_ref()
                    .and_then(|i| i.addr.as_deref())
                    .unwrap_or("-"),
            }
        }
        fn health(r: &Row) -> Option<&str> {
            r.identity.as_ref().and_then(|i| i.health.as_deref())
        }
        if self.format == Format::Json {
            return rows.iter().try_for_each(|r| {
                self.json_line(&Registered {
                    service,
                    addr: addr(r),
                    key: &r.contender.key,
                    listed: !r.contender.key.is_empty(),
                    health: health(r),
                    lease: format!("{:x}", r.contender.lease),
                    ttl_ms: ms(r.ttl),
                    for_ms: ms(r.age()),
                    identity: r.identity.as_ref(),
                })
            });
        }
        let width = rows.iter().map(|r| addr(r).len()).max().unwrap_or(0).max(4);
        let out = &mut self.out;
        writeln!(
            out,
            "{:<width$}  {:<9}  {:>10}  {:>6}  {:<16}  REGISTRAR",
            "ADDR", "STATE", "FOR", "TTL", "LEASE"
        )?;
        for r in rows {
            let state = if r.contender.key.is_empty() {
                "withdrawn"
            } else {
                "listed"
            };
            let why = match health(r) {
                Some(h) if h != "passing" => format!(" [{h}]"),
                _ => String::new(),
            };
            writeln!(
                out,
                "{:<width$}  {:<9}  {:>10}  {:>6}  {:<16x}  {}{}",
                sanitize(addr(r)),
                state,
                secs(r.age()),
                secs(r.ttl),
                r.contender.lease,
                sanitize(&r.who()),
                sanitize(&why)
            )?;
        }
        out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::super::rendered;
    use super::*;

    #[test]
    fn a_pick_is_its_address_or_the_whole_instance() {
        let instance = Instance {
            service: "api".into(),
            addr: "10.0.0.7:8080".into(),
            metadata: serde_json::json!({"zone": "b"}),
        };
        assert_eq!(
            rendered(Format::Text, |o| o.picked(&instance)),
            "10.0.0.7:8080\n"
        );
        let json = rendered(Format::Json, |o| o.picked(&instance));
        let object: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(object["service"], "api");
        assert_eq!(object["metadata"]["zone"], "b");
    }
}
