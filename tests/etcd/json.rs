//! One JSON vocabulary: every command's `-o json` lines, run against a real etcd, checked
//! against docs/json.md (the fields of each object, in order, and their types), and every
//! subcommand either documented there or listed as printing no JSON.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::process::{Child, Command};
use std::time::Duration;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;

use crate::support::{cluster, etcdkit_process, put, spawn_lines, wait_exit, Lines};

/// What docs/json.md says.
struct Doc {
    /// Object name → its fields and their types, in order.
    objects: BTreeMap<String, Vec<(String, String)>>,
    /// "Printed by" label (e.g. `elect --leader`) → object name.
    printed_by: BTreeMap<String, String>,
    /// Subcommands that print no JSON.
    no_json: BTreeSet<String>,
}

/// The backticked words of `text`.
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn read_doc() -> Doc {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md"))
        .expect("docs/json.md");
    let objects_part = text
        .split_once("\n## Objects\n")
        .expect("docs/json.md has an Objects section")
        .1;
    let mut doc = Doc {
        objects: BTreeMap::new(),
        printed_by: BTreeMap::new(),
        no_json: BTreeSet::new(),
    };
    let mut object: Option<String> = None;
    let mut in_printed_by = false;
    for line in objects_part.lines() {
        if let Some(name) = line.strip_prefix("### ") {
            object = Some(name.trim().to_string());
            doc.objects.insert(name.trim().to_string(), Vec::new());
            continue;
        }
        if line.starts_with("## ") {
            object = None;
        }
        if let Some(rest) = line.strip_prefix("No JSON:") {
            doc.no_json.extend(backticked(rest));
            continue;
        }
        let Some(name) = &object else { continue };
        if let Some(rest) = line.strip_prefix("Printed by:") {
            in_printed_by = true;
            for label in backticked(rest) {
                doc.printed_by.insert(label, name.clone());
            }
            continue;
        }
        if in_printed_by && !line.trim().is_empty() && !line.starts_with('|') {
            for label in backticked(line) {
                doc.printed_by.insert(label, name.clone());
            }
            continue;
        }
        in_printed_by = false;
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() >= 4 && cells[1].starts_with('`') {
            let field = cells[1].trim_matches('`').to_string();
            doc.objects
                .get_mut(name)
                .unwrap()
                .push((field, cells[2].to_string()));
        }
    }
    doc
}

/// Whether `value` is of documented type `ty`.
fn has_type(ty: &str, value: &Value) -> bool {
    let (base, nullable) = match ty.strip_suffix(" or null") {
        Some(base) => (base, true),
        None => (ty, false),
    };
    if value.is_null() {
        return nullable || base == "JSON";
    }
    match base {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "boolean" => value.is_boolean(),
        "JSON" => true,
        "time" => value.as_str().is_some_and(|t| {
            t.ends_with('Z') && t.contains('.') && humantime::parse_rfc3339(t).is_ok()
        }),
        "lease" => value
            .as_str()
            .is_some_and(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_hexdigit())),
        "object of strings" => value
            .as_object()
            .is_some_and(|o| o.values().all(Value::is_string)),
        "list of strings" => value
            .as_array()
            .is_some_and(|a| a.iter().all(Value::is_string)),
        other => panic!("docs/json.md uses a type this test does not know: {other:?}"),
    }
}

/// A JSON object's fields in the order printed (serde_json's map would sort them).
struct Ordered(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ordered, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Ordered;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    fields.push(entry);
                }
                Ok(Ordered(fields))
            }
        }
        d.deserialize_map(Fields)
    }
}

/// The lines one labelled command printed, and the name it was about.
struct Run {
    label: &'static str,
    subject: &'static str,
    lines: Vec<String>,
}

/// The commands of docs/json.md's "Printed by" lists, run against one etcd.
struct Runner {
    endpoint: String,
    runs: Vec<Run>,
}

impl Runner {
    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = etcdkit_process();
        cmd.env("ETCDKIT_ENDPOINTS", &self.endpoint)
            .args(["-o", "json"])
            .args(args);
        cmd
    }

    /// Runs a command that ends by itself; keeps its stdout lines.
    fn run(&mut self, label: &'static str, subject: &'static str, args: &[&str], code: i32) {
        let (mut child, mut lines) = spawn_lines(&mut self.cmd(args));
        let exit = wait_exit(&mut child, Duration::from_secs(30));
        assert_eq!(exit, Some(code), "{args:?}");
        self.keep(label, subject, lines.rest());
    }

    /// [`Runner::run`] with `env` added.
    fn run_env(
        &mut self,
        label: &'static str,
        subject: &'static str,
        args: &[&str],
        env: &[(&str, &std::path::Path)],
    ) {
        let mut cmd = self.cmd(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let (mut child, mut lines) = spawn_lines(&mut cmd);
        let exit = wait_exit(&mut child, Duration::from_secs(30));
        assert_eq!(exit, Some(0), "{args:?}");
        self.keep(label, subject, lines.rest());
    }

    /// Starts a command that runs until signalled.
    fn spawn(&self, args: &[&str]) -> (Child, Lines) {
        spawn_lines(&mut self.cmd(args))
    }

    fn keep(&mut self, label: &'static str, subject: &'static str, lines: Vec<String>) {
        self.runs.push(Run {
            label,
            subject,
            lines,
        });
    }
}

#[test]
fn every_command_prints_the_json_that_docs_json_md_describes() {
    let doc = read_doc();
    assert!(doc.objects.len() >= 15, "objects parsed: {:?}", doc.objects);
    let sandbox = cluster(1);
    let mut r = Runner {
        endpoint: sandbox.endpoint(0),
        runs: Vec::new(),
    };

    r.run("status", "", &["status"], 0);

    let (served, mut lines) = r.spawn(&["sandbox"]);
    let line = lines.next_line();
    crate::support::stop(served);
    r.keep("sandbox", "", vec![line]);

    let (mut held, mut lines) = r.spawn(&["lock", "nightly"]);
    let line = lines.next_line();
    r.keep("lock", "nightly", vec![line]);
    r.run(
        "inspect lock",
        "nightly",
        &["inspect", "lock", "nightly"],
        0,
    );
    r.run(
        "lock --break",
        "nightly",
        &["lock", "nightly", "--break", "--yes"],
        0,
    );
    assert_eq!(wait_exit(&mut held, Duration::from_secs(15)), Some(4));

    let (leading, mut lines) = r.spawn(&["elect", "scheduler", "--value", "db-1"]);
    let line = lines.next_line();
    r.keep("elect", "scheduler", vec![line]);
    r.run(
        "elect --leader",
        "scheduler",
        &["elect", "scheduler", "--leader"],
        0,
    );
    let observe = ["elect", "scheduler", "--observe", "--count", "1"];
    r.run("elect --observe", "scheduler", &observe, 0);
    r.run(
        "inspect elect",
        "scheduler",
        &["inspect", "elect", "scheduler"],
        0,
    );
    let elect_break = ["elect", "scheduler", "--break", "--yes"];
    r.run("elect --break", "scheduler", &elect_break, 0);
    let mut leading = leading;
    assert_eq!(wait_exit(&mut leading, Duration::from_secs(15)), Some(4));

    let meta = r#"{"zone":"a"}"#;
    let (registered, mut lines) = r.spawn(&["register", "web", "10.0.0.1:80", "--meta", meta]);
    let line = lines.next_line();
    r.keep("register", "web", vec![line]);
    r.run("discover", "web", &["discover", "web"], 0);
    let pick = ["discover", "web", "--pick", "round-robin"];
    r.run("discover --pick", "web", &pick, 0);
    r.run(
        "discover --wait-for",
        "web",
        &["discover", "web", "--wait-for", "1"],
        0,
    );
    r.run("inspect service", "web", &["inspect", "service", "web"], 0);
    let (watching, mut changes) = r.spawn(&["discover", "web", "--watch"]);
    let join = changes.next_line();
    crate::support::stop(registered);
    let leave = changes.next_line();
    crate::support::stop(watching);
    r.keep("discover --watch", "web", vec![join, leave]);

    r.run("publish", "logs", &["publish", "logs", "one", "two"], 0);
    let subscribe = ["subscribe", "logs", "--from-rev", "1", "--count", "2"];
    r.run("subscribe", "logs", &subscribe, 0);

    r.run(
        "queue push",
        "jobs",
        &["queue", "push", "jobs", "a", "b", "c"],
        0,
    );
    r.run("queue peek", "jobs", &["queue", "peek", "jobs"], 0);
    r.run("queue pop", "jobs", &["queue", "pop", "jobs"], 0);
    let ok = ["queue", "work", "jobs", "--count", "1", "--", "true"];
    r.run("queue work", "jobs", &ok, 0);
    let failing = [
        "queue",
        "work",
        "jobs",
        "--count",
        "1",
        "--max-attempts",
        "1",
        "--",
        "false",
    ];
    r.run("queue work", "jobs", &failing, 0);
    r.run("queue dead", "jobs", &["queue", "dead", "jobs"], 0);
    r.run("queue retry", "jobs", &["queue", "retry", "jobs"], 0);
    // A worker that holds the item until signalled: its claim is listed, then released.
    let dir = tempfile::tempdir().unwrap();
    let claimed = dir.path().join("claimed");
    let script = format!("touch {}; exec sleep 60", claimed.display());
    let (worker, mut worked) = r.spawn(&["queue", "work", "jobs", "--", "sh", "-c", &script]);
    crate::support::eventually(Duration::from_secs(15), "CMD to start", || claimed.exists());
    r.run("queue claims", "jobs", &["queue", "claims", "jobs"], 0);
    crate::support::stop(worker);
    r.keep("queue work", "jobs", worked.rest());
    r.run("queue len", "jobs", &["queue", "len", "jobs"], 0);
    r.run("inspect queue", "jobs", &["inspect", "queue", "jobs"], 0);

    r.run(
        "once --status",
        "report",
        &["once", "report", "--status"],
        0,
    );
    r.run("inspect once", "report", &["inspect", "once", "report"], 0);
    r.run("counter incr", "build", &["counter", "build", "incr"], 0);
    r.run("counter get", "build", &["counter", "build", "get"], 0);
    r.run("counter set", "build", &["counter", "build", "set", "7"], 0);
    r.run(
        "counter delete",
        "build",
        &["counter", "build", "delete"],
        0,
    );

    put(&sandbox, "deploy/ready", "yes");
    let watch = ["watch", "deploy/ready", "--from-rev", "1", "--count", "1"];
    r.run("watch", "", &watch, 0);
    put(&sandbox, "config/api/db/host", "db1");
    r.run("env", "", &["env", "config/api/"], 0);
    r.run("wait", "", &["wait", "deploy/ready", "--exists"], 0);
    r.run("wait", "", &["wait", "deploy/gone", "--deleted"], 0);

    let set = [
        "job-progress",
        "set",
        "reindex",
        "40",
        "--message",
        "shard 4/10",
    ];
    r.run("job-progress set", "reindex", &set, 0);
    r.run(
        "job-progress get",
        "reindex",
        &["job-progress", "get", "reindex"],
        0,
    );
    r.run("inspect job", "reindex", &["inspect", "job", "reindex"], 0);
    r.run(
        "job-progress done",
        "reindex",
        &["job-progress", "done", "reindex"],
        0,
    );
    r.run(
        "job-progress fail",
        "backup",
        &["job-progress", "fail", "backup"],
        0,
    );
    let run = ["job-progress", "run", "report", "--", "true"];
    r.run("job-progress run", "report", &run, 0);
    // A job that never started is listed as waiting until the timeout.
    let watch = [
        "job-progress",
        "watch",
        "reindex",
        "later",
        "--timeout",
        "1s",
    ];
    r.run("job-progress watch", "", &watch, 3);

    let detach = ["lock", "pipeline", "--detach", "--ttl", "30s"];
    r.run("lock --detach", "pipeline", &detach, 0);
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("t.tmpl");
    std::fs::write(&template, "{{ key('config/api/db/host') }}\n").unwrap();
    let spec = format!(
        "{}:{}",
        template.display(),
        dir.path().join("t.conf").display()
    );
    r.run("render", "", &["render", "--once", "--template", &spec], 0);
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[context.prod]\nendpoints = \"h:2379\"\nprefix = \"a/\"\n",
    )
    .unwrap();
    r.run_env(
        "context list",
        "",
        &["context", "list"],
        &[("ETCDKIT_CONFIG", &config)],
    );
    let show = ["context", "show", "prod"];
    r.run_env("context show", "", &show, &[("ETCDKIT_CONFIG", &config)]);

    // Every documented label was run, and nothing else.
    let run_labels: BTreeSet<&str> = r.runs.iter().map(|run| run.label).collect();
    let doc_labels: BTreeSet<&str> = doc.printed_by.keys().map(String::as_str).collect();
    assert_eq!(run_labels, doc_labels, "labels run vs docs/json.md");

    let mut checked = 0;
    let mut identities = 0;
    for run in &r.runs {
        let object = &doc.printed_by[run.label];
        let fields = &doc.objects[object];
        assert!(!run.lines.is_empty(), "{}: printed nothing", run.label);
        for line in &run.lines {
            let Ordered(got) = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}: not a JSON object: {line}: {e}", run.label));
            let names: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
            let want: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
            assert_eq!(
                names, want,
                "{}: fields of {line} (object {object})",
                run.label
            );
            for ((name, value), (_, ty)) in got.iter().zip(fields) {
                assert!(
                    has_type(ty, value),
                    "{}: {name} should be {ty}: {line}",
                    run.label
                );
            }
            // An identity inside a line: documented fields of documented types.
            let id_fields = &doc.objects["identity"];
            let nested = got.iter().filter_map(|(k, v)| match k.as_str() {
                "identity" | "by" => Some(v.clone()),
                "workers" => v
                    .as_array()
                    .map(|w| w.iter().map(|w| w["identity"].clone()).collect::<Vec<_>>())
                    .map(Value::Array),
                _ => None,
            });
            let nested: Vec<Value> = nested
                .flat_map(|v| match v {
                    Value::Array(a) => a,
                    other => vec![other],
                })
                .collect();
            for value in &nested {
                let Some(id) = value.as_object() else {
                    continue;
                };
                for (key, field) in id {
                    let ty = id_fields
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, t)| t)
                        .unwrap_or_else(|| panic!("{}: identity.{key} undocumented", run.label));
                    assert!(has_type(ty, field), "{}: identity.{key}: {line}", run.label);
                }
                for required in ["host", "pid", "user", "cmd", "started"] {
                    assert!(
                        id.contains_key(required),
                        "{}: identity.{required}",
                        run.label
                    );
                }
                identities += 1;
            }
            // The first field names what the line is about, as given.
            let subject_fields = ["name", "service", "topic", "queue", "job"];
            if subject_fields.contains(&names[0]) && !run.subject.is_empty() {
                assert_eq!(got[0].1, run.subject, "{}: {line}", run.label);
            }
            checked += 1;
            eprintln!("{}: {line}", run.label);
        }
    }
    assert!(checked >= 30, "only {checked} lines checked");
    // inspect lock/elect/service, both --break, and the claim.
    assert!(identities >= 6, "only {identities} identities checked");
}

#[test]
fn every_subcommand_is_in_docs_json_md() {
    let doc = read_doc();
    let mut leaves = Vec::new();
    fn walk(cmd: &clap::Command, path: Vec<String>, leaves: &mut Vec<String>) {
        let subs: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() && !path.is_empty() {
            leaves.push(path.join(" "));
        }
        for sub in subs {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p, leaves);
        }
    }
    // Built: subcommands are deferred until then.
    let mut command = etcdkit_cli::args::command();
    command.build();
    walk(&command, Vec::new(), &mut leaves);
    assert!(leaves.len() >= 20, "{leaves:?}");
    for leaf in leaves {
        let documented = doc
            .printed_by
            .keys()
            .any(|label| label == &leaf || label.starts_with(&format!("{leaf} ")))
            || doc.no_json.contains(&leaf);
        assert!(
            documented,
            "`{leaf}` is neither under Printed by nor No JSON in docs/json.md"
        );
    }
}
