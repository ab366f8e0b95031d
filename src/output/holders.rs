//! Renderers for holders of locks and elections: the held key, the leader, `inspect`'s
//! contender rows, a broken hold.

use super::*;

impl<W: Write> Output<W> {
    /// `etcdkit lock` without CMD: `KEY REV`, or JSON with the name and lease.
    pub fn lock_held(&mut self, name: &str, held: &Held, lease: i64) -> io::Result<()> {
        #[derive(Serialize)]
        struct Acquired<'a> {
            name: &'a str,
            key: &'a str,
            rev: i64,
            lease: String,
        }
        match self.format {
            Format::Json => self.json_line(&Acquired {
                name,
                key: &held.key,
                rev: held.rev,
                lease: format!("{lease:x}"),
            }),
            Format::Text => {
                let out = &mut self.out;
                writeln!(out, "{} {}", sanitize(&held.key), held.rev)?;
                out.flush()
            }
        }
    }

    /// `lock --detach`: the token alone on a line, or JSON with the key, revision, lease and
    /// when it expires unless renewed.
    pub fn lock_detached(
        &mut self,
        name: &str,
        held: &Held,
        token: &str,
        expires: std::time::SystemTime,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Detached<'a> {
            name: &'a str,
            token: &'a str,
            key: &'a str,
            rev: i64,
            lease: &'a str,
            expires: String,
        }
        match self.format {
            Format::Json => self.json_line(&Detached {
                name,
                token,
                key: &held.key,
                rev: held.rev,
                lease: token,
                expires: humantime::format_rfc3339_millis(expires).to_string(),
            }),
            Format::Text => self.text_line(token),
        }
    }

    /// A leader: `--leader` and each `--observe` change print its value (text) or the whole
    /// record (JSON).
    pub fn leader(&mut self, leader: &Leader) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(leader),
            Format::Text => {
                let out = &mut self.out;
                writeln!(out, "{}", sanitize(&leader.value))?;
                out.flush()
            }
        }
    }

    /// `etcdkit elect` without CMD, once leading: `KEY REV`, or the JSON record.
    pub fn leading(&mut self, leader: &Leader) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(leader),
            Format::Text => {
                let out = &mut self.out;
                writeln!(out, "{} {}", sanitize(&leader.key), leader.rev)?;
                out.flush()
            }
        }
    }

    /// `inspect lock|elect`: a table in line order, or one JSON object per contender.
    pub fn contender_rows(&mut self, name: &str, rows: &[Row]) -> io::Result<()> {
        #[derive(Serialize)]
        struct Contender<'a> {
            name: &'a str,
            position: usize,
            state: &'static str,
            key: &'a str,
            lease: String,
            rev: i64,
            ttl_ms: Option<u64>,
            for_ms: Option<u64>,
            identity: Option<&'a etcdkit::admin::holders::Identity>,
        }
        if self.format == Format::Json {
            return rows.iter().try_for_each(|r| {
                self.json_line(&Contender {
                    name,
                    position: r.position,
                    state: r.state(),
                    key: &r.contender.key,
                    lease: format!("{:x}", r.contender.lease),
                    rev: r.contender.rev,
                    ttl_ms: ms(r.ttl),
                    for_ms: ms(r.age()),
                    identity: r.identity.as_ref(),
                })
            });
        }
        let out = &mut self.out;
        writeln!(
            out,
            "{:>3}  {:<7}  {:>10}  {:>6}  {:>8}  {:<16}  HOLDER",
            "POS", "STATE", "FOR", "TTL", "REV", "LEASE"
        )?;
        for r in rows {
            writeln!(
                out,
                "{:>3}  {:<7}  {:>10}  {:>6}  {:>8}  {:<16x}  {}",
                r.position,
                r.state(),
                secs(r.age()),
                secs(r.ttl),
                r.contender.rev,
                r.contender.lease,
                sanitize(&r.who())
            )?;
        }
        out.flush()
    }

    /// `--break`: what was revoked.
    pub fn broken(&mut self, name: &str, row: &Row, who: &str) -> io::Result<()> {
        #[derive(Serialize)]
        struct Broken<'a> {
            name: &'a str,
            key: &'a str,
            lease: String,
            rev: i64,
            identity: Option<&'a etcdkit::admin::holders::Identity>,
        }
        match self.format {
            Format::Json => self.json_line(&Broken {
                name,
                key: &row.contender.key,
                lease: format!("{:x}", row.contender.lease),
                rev: row.contender.rev,
                identity: row.identity.as_ref(),
            }),
            Format::Text => self.text_line(&format!(
                "revoked lease {:x}: {} held by {}",
                row.contender.lease,
                sanitize(&row.contender.key),
                sanitize(who)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rendered;
    use super::*;

    #[test]
    fn a_held_lock_is_key_and_revision_or_json_with_its_name_and_lease() {
        let held = Held {
            key: "nightly/694d8bb5b1e7e20a".into(),
            rev: 7,
        };
        let text = rendered(Format::Text, |o| o.lock_held("nightly", &held, 0x694d));
        assert_eq!(text, "nightly/694d8bb5b1e7e20a 7\n");
        let json = rendered(Format::Json, |o| o.lock_held("nightly", &held, 0x694d));
        assert_eq!(
            json,
            "{\"name\":\"nightly\",\"key\":\"nightly/694d8bb5b1e7e20a\",\"rev\":7,\"lease\":\"694d\"}\n"
        );
    }
}
