//! Renderers for single keys and streams: writes, `wait`, `watch`, counters, `once
//! --status`, pub/sub messages.

use super::*;

impl<W: Write> Output<W> {
    /// What a write did, in JSON only (text stays quiet for scripts): `{"topic",
    /// "published"}`, `{"queue","pushed"}`.
    pub fn written(&mut self, what: &str, name: &str, verb: &str, count: usize) -> io::Result<()> {
        if self.format != Format::Json {
            return Ok(());
        }
        // The name first, as in every other line (a serde map would sort the keys).
        let quoted = |s: &str| serde_json::Value::from(s).to_string();
        let line = format!(
            "{{{}:{},{}:{count}}}",
            quoted(what),
            quoted(name),
            quoted(verb)
        );
        self.text_line(&line)
    }

    /// `wait`: the value that satisfied it (nothing in text for a deletion).
    pub fn waited(&mut self, key: &str, value: Option<&str>) -> io::Result<()> {
        #[derive(Serialize)]
        struct Waited<'a> {
            key: &'a str,
            value: Option<&'a str>,
        }
        match (self.format, value) {
            (Format::Json, _) => self.json_line(&Waited { key, value }),
            (Format::Text, Some(v)) => self.text_line(&sanitize(v)),
            (Format::Text, None) => Ok(()),
        }
    }

    /// `env` without CMD: `export NAME='VALUE'` lines a POSIX shell can eval (on a terminal,
    /// control characters escaped as everywhere else), or `{"rev","env":{NAME:VALUE}}`.
    pub fn environment(&mut self, rev: i64, vars: &[(String, String)]) -> io::Result<()> {
        #[derive(Serialize)]
        struct Environment<'a> {
            rev: i64,
            env: std::collections::BTreeMap<&'a str, &'a str>,
        }
        if self.format == Format::Json {
            let env = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            return self.json_line(&Environment { rev, env });
        }
        for (name, value) in vars {
            // NUL, the one byte no quoting carries, never reaches here (no variable holds it).
            let quoted = shlex::try_quote(value).unwrap_or_default();
            let line = format!("export {name}={quoted}");
            if self.terminal {
                self.text_line(&sanitize(&line))?;
            } else {
                self.text_line(&line)?;
            }
        }
        Ok(())
    }

    /// One template of one render: in text, `installed DEST at revision N` for a file that
    /// changed (nothing for one that did not; failures are warnings on stderr); in JSON,
    /// every outcome (`{"template","dest","rev","outcome","error"}`, `error` null but for a
    /// refusal or a failure).
    pub fn rendered(&mut self, report: &RenderReport) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(report),
            Format::Text if report.outcome == "installed" => {
                let line = format!(
                    "installed {} at revision {}",
                    report.dest.display(),
                    report.rev
                );
                self.text_line(&self.shown(&line))
            }
            Format::Text => Ok(()),
        }
    }

    fn shown(&self, line: &str) -> String {
        if self.terminal {
            sanitize(line).into_owned()
        } else {
            line.to_string()
        }
    }

    /// `context list`: `* NAME  ENDPOINTS` (the current one starred), or JSON per context.
    pub fn context_listed(
        &mut self,
        name: &str,
        current: bool,
        settings: &crate::context::Settings,
        file: &Path,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Listed<'a> {
            name: &'a str,
            current: bool,
            endpoints: Option<&'a str>,
            file: &'a Path,
        }
        let endpoints = settings.endpoints.as_deref();
        if self.format == Format::Json {
            return self.json_line(&Listed {
                name,
                current,
                endpoints,
                file,
            });
        }
        let star = if current { "*" } else { " " };
        let line = format!(
            "{star} {name}  {}",
            endpoints.unwrap_or("(default endpoints)")
        );
        self.text_line(&self.shown(&line))
    }

    /// `context show`: the settings as TOML (passwords already `***`), the file in a
    /// comment; or one JSON object.
    pub fn context_shown(
        &mut self,
        name: &str,
        settings: &crate::context::Settings,
        file: &Path,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Shown<'a> {
            name: &'a str,
            file: &'a Path,
            #[serde(flatten)]
            settings: &'a crate::context::Settings,
        }
        if self.format == Format::Json {
            return self.json_line(&Shown {
                name,
                file,
                settings,
            });
        }
        // TOML has no null: the settings the context makes, alone.
        let mut set = serde_json::to_value(settings).unwrap_or_default();
        if let Some(map) = set.as_object_mut() {
            map.retain(|_, v| !v.is_null());
        }
        let body = toml::to_string(&set).unwrap_or_default();
        let text = format!("# context {name}, from {}\n{body}", file.display());
        for line in text.lines() {
            self.text_line(&self.shown(line))?;
        }
        Ok(())
    }

    /// `watch` without CMD: `put KEY VALUE` / `delete KEY`, or `{"key","type","value","rev"}`.
    pub fn watched(&mut self, change: &crate::commands::WatchChange) -> io::Result<()> {
        #[derive(Serialize)]
        struct Watched<'a> {
            key: &'a str,
            #[serde(rename = "type")]
            kind: &'static str,
            value: Option<&'a str>,
            rev: i64,
        }
        let kind = if change.value.is_some() {
            "put"
        } else {
            "delete"
        };
        match self.format {
            Format::Json => self.json_line(&Watched {
                key: &change.key,
                kind,
                value: change.value.as_deref(),
                rev: change.rev,
            }),
            Format::Text => self.text_line(&match &change.value {
                Some(v) => format!("put {} {}", sanitize(&change.key), sanitize(v)),
                None => format!("delete {}", sanitize(&change.key)),
            }),
        }
    }

    /// `counter`: the value (text), or `{"name","value","rev"}`.
    pub fn count(
        &mut self,
        name: &str,
        count: &etcdkit::recipes::counter::Count,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Counted<'a> {
            name: &'a str,
            value: i64,
            rev: i64,
        }
        match self.format {
            Format::Json => self.json_line(&Counted {
                name,
                value: count.value,
                rev: count.rev,
            }),
            Format::Text => self.text_line(&count.value.to_string()),
        }
    }

    /// `counter NAME delete`: nothing in text, `{"name","deleted"}` in JSON.
    pub fn deleted(&mut self, name: &str, deleted: bool) -> io::Result<()> {
        #[derive(Serialize)]
        struct Deleted<'a> {
            name: &'a str,
            deleted: bool,
        }
        match self.format {
            Format::Json => self.json_line(&Deleted { name, deleted }),
            Format::Text => Ok(()),
        }
    }

    /// `once --status`: the last success and when a run is due.
    pub fn once_status(
        &mut self,
        name: &str,
        status: &etcdkit::recipes::periodic::Status,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct OnceStatus<'a> {
            name: &'a str,
            due: bool,
            due_in_ms: Option<u64>,
            last: Option<&'a etcdkit::recipes::periodic::Success>,
            rev: Option<i64>,
        }
        let last = status.last.as_ref();
        if self.format == Format::Json {
            return self.json_line(&OnceStatus {
                name,
                due: status.not_due_for.is_none(),
                due_in_ms: ms(status.not_due_for),
                last: last.map(|(s, _)| s),
                rev: last.map(|(_, rev)| *rev),
            });
        }
        let due = match status.not_due_for {
            None => "due now".to_string(),
            Some(left) => format!("due again in {}", secs(Some(left))),
        };
        let last = match last {
            None => "no success on record".to_string(),
            Some((s, rev)) => format!(
                "last success {} on {} user {} (took {}, rev {rev})",
                s.finished,
                s.by.short(),
                s.by.user,
                secs(Some(Duration::from_millis(s.duration_ms)))
            ),
        };
        self.text_line(&sanitize(&format!("{name}: {due}; {last}")))
    }

    /// A subscribed message: its value (text), or the record with its topic (JSON).
    pub fn message(&mut self, topic: &str, message: &Message) -> io::Result<()> {
        #[derive(Serialize)]
        struct Delivered<'a> {
            topic: &'a str,
            #[serde(flatten)]
            message: &'a Message,
        }
        match self.format {
            Format::Json => self.json_line(&Delivered { topic, message }),
            Format::Text => self.text_line(&sanitize(&message.value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rendered;
    use super::*;

    #[test]
    fn a_write_is_quiet_in_text_and_names_what_it_wrote_in_json() {
        assert_eq!(
            rendered(Format::Text, |o| o.written("topic", "t", "published", 3)),
            ""
        );
        assert_eq!(
            rendered(Format::Json, |o| o.written("topic", "t", "published", 3)),
            "{\"topic\":\"t\",\"published\":3}\n"
        );
    }

    #[test]
    fn wait_prints_the_value_that_satisfied_it_and_nothing_for_a_deletion() {
        assert_eq!(
            rendered(Format::Text, |o| o.waited("k", Some("ready"))),
            "ready\n"
        );
        assert_eq!(rendered(Format::Text, |o| o.waited("k", None)), "");
        assert_eq!(
            rendered(Format::Json, |o| o.waited("k", None)),
            "{\"key\":\"k\",\"value\":null}\n"
        );
    }
}
