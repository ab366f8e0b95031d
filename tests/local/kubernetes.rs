//! The Kubernetes manifests under packaging/kubernetes (docs/kubernetes.md): each parses as
//! YAML into objects with an apiVersion, a kind and a name; every etcdkit command line in
//! them parses as the binary would parse it; every probe asks a path `--http` serves, on
//! the port the container's `--http` listens on, which kubelet can reach; a candidate's
//! liveness never asks `/healthz` (a standby would be restarted for waiting); every
//! ConfigMap and Secret referred to is defined there.

use std::collections::{BTreeMap, BTreeSet};

use clap::Parser;
use serde::Deserialize;
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/packaging/kubernetes");

/// Every object of every manifest, with the file it came from.
fn objects() -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir(DIR)
        .expect("packaging/kubernetes")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "manifests: {files:?}");
    let mut objects = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for doc in serde_yaml_ng::Deserializer::from_str(&text) {
            let value = Value::deserialize(doc).unwrap_or_else(|e| panic!("{name}: {e}"));
            for field in ["/apiVersion", "/kind", "/metadata/name"] {
                assert!(
                    value.pointer(field).and_then(Value::as_str).is_some(),
                    "{name}: an object without {field}"
                );
            }
            objects.push((name.clone(), value));
        }
    }
    objects
}

/// The containers (init containers first) of a workload's pod template.
fn containers(object: &Value) -> Vec<&Value> {
    [
        "/spec/template/spec/initContainers",
        "/spec/template/spec/containers",
    ]
    .iter()
    .filter_map(|p| object.pointer(p).and_then(Value::as_array))
    .flatten()
    .collect()
}

/// A container's command line with `$(VAR)` replaced by a sample value; each VAR must be
/// one of the container's `env` entries.
fn command_line(container: &Value, file: &str) -> Vec<String> {
    let declared: BTreeSet<&str> = container["env"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["name"].as_str())
        .collect();
    let words = container["command"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(container["args"].as_array().into_iter().flatten());
    words
        .map(|w| {
            let mut word = w.as_str().expect("command words are strings").to_string();
            while let Some(start) = word.find("$(") {
                let end = start + word[start..].find(')').expect("a closed $(VAR)");
                let var = &word[start + 2..end];
                assert!(declared.contains(var), "{file}: $({var}) is not in env");
                word.replace_range(start..=end, "10.1.2.3");
            }
            word
        })
        .collect()
}

#[test]
fn manifests_are_valid_yaml_with_runnable_commands_and_probes_on_served_paths() {
    let objects = objects();
    let defined: BTreeSet<(String, String)> = objects
        .iter()
        .map(|(_, o)| {
            (
                o["kind"].as_str().unwrap().to_string(),
                o["metadata"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut probes = 0;
    let mut etcdkit_commands: BTreeMap<String, usize> = BTreeMap::new();
    for (file, object) in &objects {
        for container in containers(object) {
            let name = container["name"].as_str().unwrap_or("?");
            let at = format!("{file}: container {name}");
            for from in container["envFrom"].as_array().into_iter().flatten() {
                let map = from["configMapRef"]["name"].as_str().unwrap();
                assert!(
                    defined.contains(&("ConfigMap".into(), map.into())),
                    "{at}: no ConfigMap {map}"
                );
            }
            let line = command_line(container, file);
            let is_etcdkit = line
                .first()
                .is_some_and(|w| w == "etcdkit" || w.ends_with("/etcdkit"));
            let cli = is_etcdkit.then(|| {
                etcdkit_cli::args::Cli::try_parse_from(&line)
                    .unwrap_or_else(|e| panic!("{at}: {line:?} does not parse: {e}"))
            });
            if cli.is_some() {
                *etcdkit_commands.entry(line[1].clone()).or_default() += 1;
            }
            let served = cli
                .as_ref()
                .and_then(|c| c.command.http())
                .and_then(|h| h.http.map(|a| (a, h.http_public)));
            for probe in ["readinessProbe", "livenessProbe", "startupProbe"] {
                let Some(get) = container[probe].get("httpGet") else {
                    continue;
                };
                probes += 1;
                let (addr, public) =
                    served.unwrap_or_else(|| panic!("{at}: {probe} without --http"));
                let path = get["path"].as_str().unwrap();
                assert!(
                    ["/healthz", "/leader", "/metrics"].contains(&path),
                    "{at}: {probe} asks {path}"
                );
                assert_eq!(
                    get["port"].as_u64(),
                    Some(u64::from(addr.port())),
                    "{at}: {probe} port"
                );
                assert!(
                    addr.ip().is_unspecified() && public,
                    "{at}: kubelet probes the pod's IP: --http must listen on 0.0.0.0 with --http-public"
                );
                if probe == "livenessProbe" && line.get(1).is_some_and(|c| c == "elect") {
                    assert_ne!(
                        path, "/healthz",
                        "{at}: a standby would be restarted for waiting"
                    );
                }
            }
            for volume in container["volumeMounts"].as_array().into_iter().flatten() {
                let mount = volume["name"].as_str().unwrap();
                let source = object["spec"]["template"]["spec"]["volumes"]
                    .as_array()
                    .and_then(|v| v.iter().find(|v| v["name"] == mount))
                    .unwrap_or_else(|| panic!("{at}: no volume {mount}"));
                if let Some(secret) = source.pointer("/secret/secretName").and_then(Value::as_str) {
                    assert!(
                        defined.contains(&("Secret".into(), secret.into())),
                        "{at}: no Secret {secret}"
                    );
                }
            }
        }
    }
    // The three patterns of docs/kubernetes.md: a singleton, init containers that wait, a
    // registration sidecar.
    assert_eq!(probes, 4, "probes checked");
    for command in ["elect", "discover", "wait", "register"] {
        assert!(
            etcdkit_commands.contains_key(command),
            "no {command}: {etcdkit_commands:?}"
        );
    }
}

/// The singleton's readiness is leadership: its candidate's readiness probe asks /healthz.
#[test]
fn the_singletons_readiness_follows_leadership() {
    let objects = objects();
    let (_, singleton) = objects
        .iter()
        .find(|(f, o)| f == "singleton.yaml" && o["kind"] == "Deployment")
        .expect("singleton.yaml's Deployment");
    let candidate = containers(singleton)
        .into_iter()
        .find(|c| {
            command_line(c, "singleton.yaml")
                .get(1)
                .is_some_and(|w| w == "elect")
        })
        .expect("a container running etcdkit elect");
    assert_eq!(candidate["readinessProbe"]["httpGet"]["path"], "/healthz");
    assert!(
        singleton["spec"]["replicas"].as_u64().unwrap() >= 2,
        "standbys"
    );
}
