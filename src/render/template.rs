//! One template of `render`: minijinja (Jinja syntax) over the keys of a config snapshot.
//!
//! A template's reads are found by rendering it: each function that reads etcd (`key`,
//! `tree`, `service`, `leader`) names a [`Range`], and a render against a snapshot that does
//! not hold that range yet ends in [`Outcome::Needs`] with every range it asked for that
//! was missing (the render goes on with empty stand-ins, so that one pass finds as many as
//! it can). The caller reads them at the snapshot's own revision and renders again, until
//! a render needs nothing new: the text then comes from one revision, and
//! [`Outcome::Text`] lists the ranges it read, which are what to watch. Rendering is pure:
//! no I/O, no etcd.
//!
//! The language: Jinja as minijinja implements it, with `trim_blocks`, `lstrip_blocks` and
//! the template's trailing newline kept (what config files want; Ansible's choice too), no
//! HTML escaping, and undefined values an error when printed or iterated. Added:
//! - `key(NAME)`: the value of NAME (with `--prefix`), an error if it does not exist;
//!   `key(NAME, default=V)` gives V instead.
//! - `tree(PREFIX)`: the keys under PREFIX, as a list of `{key, value, name}` (`key`: the
//!   part after PREFIX; `name`: the whole name) and, indexed by name, as a nested map split
//!   at `/` (`tree("upstreams/")["web"]["weight"]`, `tree("upstreams/").web.weight`).
//! - `service(NAME)`: the instances `discover NAME` lists, `{addr, metadata}` each.
//! - `leader(NAME)`: the value of election NAME's leader, `none` if it has none.
//! - the `json` filter: a value parsed as JSON (`key("app/db") | json`).
//! - `revision`: the revision the whole render read at.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use minijinja::value::{Enumerator, Kwargs, Object, ObjectRepr, Serde, Value};
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior};

use etcdkit::recipes::config::{Range, Snapshot};
use etcdkit::recipes::{election, registry};

/// A template read from SRC, its syntax checked.
#[derive(Debug, Clone)]
pub struct Template {
    /// Where it was read from.
    pub src: PathBuf,
    /// The name errors give it (SRC's file name).
    name: String,
    source: String,
}

/// What one render against a snapshot gave.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// The text, and every range the render read (what to watch).
    Text(String, BTreeSet<Range>),
    /// The render read ranges the snapshot does not hold: read them, render again.
    Needs(BTreeSet<Range>),
    /// The template failed on this data (a key missing, a value that is not JSON...).
    Failed(String),
}

/// The data a render reads: a snapshot, and which ranges it holds (a key missing from a
/// range it holds does not exist; one outside them was not read yet).
#[derive(Clone)]
pub struct Data {
    pub snapshot: Arc<Snapshot>,
    pub holds: Arc<Vec<Range>>,
    /// `--prefix`, put in front of every name a template gives.
    pub prefix: Arc<str>,
}

impl Template {
    /// Reads `src` and checks that it parses.
    ///
    /// Errors: a one-line message naming SRC (and the line, for a syntax error).
    pub fn load(src: &Path) -> Result<Template, String> {
        let source = std::fs::read_to_string(src)
            .map_err(|e| format!("cannot read template {}: {e}", src.display()))?;
        let name = src.file_name().map_or_else(
            || src.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let template = Template {
            src: src.to_path_buf(),
            name,
            source,
        };
        let mut env = environment();
        env.add_template_owned(template.name.clone(), template.source.clone())
            .map_err(|e| format!("template {}: {}", src.display(), one_line(&e)))?;
        Ok(template)
    }

    /// Renders against `data`.
    pub fn render(&self, data: &Data) -> Outcome {
        let reads = Arc::new(Mutex::new(Reads::default()));
        let mut env = environment();
        add_functions(&mut env, data, &reads);
        let rendered = env
            .add_template_owned(self.name.clone(), self.source.clone())
            .and_then(|()| env.get_template(&self.name))
            .and_then(|t| t.render(minijinja::context! { revision => data.snapshot.rev }));
        let reads = std::mem::take(&mut *reads.lock().unwrap_or_else(|e| e.into_inner()));
        if !reads.missing.is_empty() {
            // Whatever failed may have failed on a stand-in for what was not read yet.
            return Outcome::Needs(reads.missing);
        }
        match rendered {
            Ok(text) => Outcome::Text(text, reads.used),
            Err(e) => Outcome::Failed(one_line(&e)),
        }
    }
}

/// The ranges one render read, and those it wanted that the data did not hold.
#[derive(Default)]
struct Reads {
    used: BTreeSet<Range>,
    missing: BTreeSet<Range>,
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build();
    if let Ok(syntax) = syntax {
        env.set_syntax(syntax);
    }
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.add_filter("json", |text: &str| {
        serde_json::from_str::<serde_json::Value>(text)
            .map(|v| Value::from(Serde(v)))
            .map_err(|e| fail(format!("json: not JSON ({e}): {}", shorten(text))))
    });
    env
}

fn add_functions(env: &mut Environment<'static>, data: &Data, reads: &Arc<Mutex<Reads>>) {
    let reader = Reader {
        data: data.clone(),
        reads: reads.clone(),
    };
    let r = reader.clone();
    env.add_function("key", move |name: &str, kwargs: Kwargs| {
        let default: Option<Value> = kwargs.get("default")?;
        kwargs.assert_all_used()?;
        let key = r.key(name)?;
        let Some(snapshot) = r.read(Range::Key(key.clone())) else {
            return Ok(default.unwrap_or_else(|| Value::from("")));
        };
        match (snapshot.kvs.get(&key), default) {
            (Some(entry), _) => Ok(Value::from(lossy(&entry.value))),
            (None, Some(default)) => Ok(default),
            (None, None) => Err(fail(format!(
                "key {name:?} does not exist (key(NAME, default=...) gives a value instead)"
            ))),
        }
    });
    let r = reader.clone();
    env.add_function("tree", move |name: &str| {
        let prefix = r.key(name)?;
        let Some(snapshot) = r.read(Range::Prefix(prefix.clone())) else {
            return Ok(Value::from_object(Tree::default()));
        };
        Ok(Value::from_object(Tree::of(
            &snapshot,
            &prefix,
            r.data.prefix.len(),
        )))
    });
    let r = reader.clone();
    env.add_function("service", move |name: &str| {
        let prefix = r.key(&format!("{name}/"))?;
        let Some(snapshot) = r.read(Range::Prefix(prefix.clone())) else {
            return Ok(Value::from(Vec::<Value>::new()));
        };
        let instances = snapshot
            .under(&prefix)
            .filter_map(|(_, value)| registry::instance_of(name, value))
            .map(|i| minijinja::context! { addr => i.addr, metadata => Value::from(Serde(i.metadata)) });
        Ok(Value::from(instances.collect::<Vec<_>>()))
    });
    let r = reader;
    env.add_function("leader", move |name: &str| {
        let prefix = r.key(&format!("{name}/"))?;
        let Some(snapshot) = r.read(Range::Prefix(prefix.clone())) else {
            return Ok(Value::from(()));
        };
        let leader = snapshot
            .entries_under(&prefix)
            .filter(|(key, entry)| election::is_candidate(&prefix, key, entry.lease))
            .min_by_key(|(_, entry)| entry.create_rev);
        Ok(leader.map_or(Value::from(()), |(_, entry)| {
            Value::from(lossy(&entry.value))
        }))
    });
}

/// What the template functions share: the data, and the record of what they read.
#[derive(Clone)]
struct Reader {
    data: Data,
    reads: Arc<Mutex<Reads>>,
}

impl Reader {
    /// The whole key of `name`. Errors: an empty name (etcd has no such key).
    fn key(&self, name: &str) -> Result<Vec<u8>, minijinja::Error> {
        if name.is_empty() {
            return Err(fail("an empty name: etcd has no such key".into()));
        }
        Ok([self.data.prefix.as_bytes(), name.as_bytes()].concat())
    }

    /// The snapshot, if it holds `range`; records the read either way.
    fn read(&self, range: Range) -> Option<Arc<Snapshot>> {
        let held = self.data.holds.iter().any(|r| r.covers(&range));
        let mut reads = self.reads.lock().unwrap_or_else(|e| e.into_inner());
        if held {
            reads.used.insert(range);
            Some(self.data.snapshot.clone())
        } else {
            reads.missing.insert(range);
            None
        }
    }
}

/// What `tree(PREFIX)` gives: a list of entries, and by name a nested map.
#[derive(Debug, Default)]
struct Tree {
    entries: Vec<Value>,
    nested: serde_json::Map<String, serde_json::Value>,
}

impl Tree {
    /// The keys under `prefix` in `snapshot`; `shown_from` bytes of each key (`--prefix`)
    /// are left out of its `name`.
    fn of(snapshot: &Snapshot, prefix: &[u8], shown_from: usize) -> Tree {
        let mut tree = Tree::default();
        for (key, value) in snapshot.under(prefix) {
            let (rest, value) = (lossy(&key[prefix.len()..]), lossy(value));
            insert(&mut tree.nested, &rest, value.clone());
            tree.entries.push(minijinja::context! {
                key => rest,
                name => lossy(&key[shown_from..]),
                value => value,
            });
        }
        tree
    }
}

/// Puts `value` at the path `rest` (split at `/`, empty parts skipped) of `map`. A key that
/// also has keys under it is a map there: its own value is not in the nested view.
fn insert(map: &mut serde_json::Map<String, serde_json::Value>, rest: &str, value: String) {
    use serde_json::Value as Json;
    let mut parts = rest.split('/').filter(|p| !p.is_empty()).peekable();
    let mut node = map;
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            node.entry(part).or_insert(Json::String(value));
            return;
        }
        let child = node
            .entry(part)
            .or_insert_with(|| Json::Object(Default::default()));
        if !child.is_object() {
            *child = Json::Object(Default::default());
        }
        let Json::Object(next) = child else { return };
        node = next;
    }
}

impl Object for Tree {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        if let Some(i) = key.as_usize() {
            return self.entries.get(i).cloned();
        }
        self.nested
            .get(key.as_str()?)
            .map(|v| Value::from(Serde(v)))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.entries.len())
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn fail(message: String) -> minijinja::Error {
    minijinja::Error::new(ErrorKind::InvalidOperation, message)
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{:?}...", &text[..at]),
        None => format!("{text:?}"),
    }
}

/// A minijinja error on one line: its message and where (`name:line`).
fn one_line(e: &minijinja::Error) -> String {
    let what = e
        .detail()
        .map_or_else(|| e.kind().to_string(), str::to_string);
    match (e.name(), e.line()) {
        (Some(name), Some(line)) => format!("{name}:{line}: {what}"),
        _ => what,
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Text(text, _) => write!(f, "{} bytes", text.len()),
            Outcome::Needs(ranges) => write!(f, "needs {} ranges", ranges.len()),
            Outcome::Failed(why) => f.write_str(why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use etcdkit::recipes::config::Entry;

    fn template(source: &str) -> Template {
        Template {
            src: "t.tmpl".into(),
            name: "t.tmpl".into(),
            source: source.into(),
        }
    }

    /// Data holding `kvs` (key, value, create rev, lease) for `holds`.
    fn data(kvs: &[(&str, &str, i64, i64)], holds: Vec<Range>) -> Data {
        let kvs = kvs
            .iter()
            .map(|(k, v, create_rev, lease)| {
                let entry = Entry {
                    value: v.as_bytes().to_vec(),
                    create_rev: *create_rev,
                    lease: *lease,
                };
                (k.as_bytes().to_vec(), entry)
            })
            .collect();
        Data {
            snapshot: Arc::new(Snapshot { rev: 42, kvs }),
            holds: Arc::new(holds),
            prefix: "".into(),
        }
    }

    fn key(k: &str) -> Range {
        Range::Key(k.as_bytes().to_vec())
    }

    fn prefix(p: &str) -> Range {
        Range::Prefix(p.as_bytes().to_vec())
    }

    fn text(outcome: Outcome) -> String {
        match outcome {
            Outcome::Text(text, _) => text,
            other => panic!("not rendered: {other:?}"),
        }
    }

    #[test]
    fn reads_are_found_pass_by_pass_then_rendered_from_the_data() {
        let t = template("{{ key('a') }}-{{ key('b/' ~ key('a')) }}\n");
        let kvs = [("a", "x", 1, 0), ("b/x", "y", 2, 0)];
        // Nothing held: the first pass finds `a` (and a stand-in's `b/`... is an empty
        // lookup, not a read).
        assert_eq!(
            t.render(&data(&kvs, vec![])),
            Outcome::Needs([key("a"), key("b/")].into())
        );
        assert_eq!(
            t.render(&data(&kvs, vec![key("a")])),
            Outcome::Needs([key("b/x")].into())
        );
        let all = data(&kvs, vec![key("a"), key("b/x")]);
        assert_eq!(
            t.render(&all),
            Outcome::Text("x-y\n".into(), [key("a"), key("b/x")].into())
        );
    }

    #[test]
    fn a_missing_key_fails_unless_given_a_default() {
        let held = data(&[], vec![key("gone")]);
        let Outcome::Failed(why) = template("{{ key('gone') }}").render(&held) else {
            panic!("rendered a missing key");
        };
        assert!(why.contains("key \"gone\" does not exist"), "{why}");
        assert!(why.starts_with("t.tmpl:1: "), "{why}");
        let t = template("[{{ key('gone', default='d') }}]");
        assert_eq!(text(t.render(&held)), "[d]");
    }

    #[test]
    fn tree_is_a_list_and_a_nested_map() {
        let kvs = [
            ("up/web/a", "1", 1, 0),
            ("up/web/b", "2", 2, 0),
            ("up/db", "3", 3, 0),
            ("upx", "no", 4, 0),
        ];
        let d = data(&kvs, vec![prefix("up/")]);
        let t = template(
            "{% for e in tree('up/') %}{{ e.key }}={{ e.value }} ({{ e.name }})\n{% endfor %}\
             {{ tree('up/') | length }} {{ tree('up/').web.b }} {{ tree('up/')['db'] }}",
        );
        assert_eq!(
            text(t.render(&d)),
            "db=3 (up/db)\nweb/a=1 (up/web/a)\nweb/b=2 (up/web/b)\n3 2 3"
        );
    }

    #[test]
    fn service_and_leader_read_their_layouts() {
        let kvs = [
            (
                "web/10.0.0.1:80",
                r#"{"Op":0,"Addr":"10.0.0.1:80","Metadata":{"w":2}}"#,
                5,
                7,
            ),
            ("web/junk", "not an address", 6, 7),
            ("web/10.0.0.2:80", "10.0.0.2:80", 7, 8),
            // The election: the oldest candidate on a lease in the layout leads.
            ("idx/counter", "no lease", 1, 0),
            ("idx/b", "second", 9, 0xb),
            ("idx/a", "first", 8, 0xa),
        ];
        let d = data(&kvs, vec![prefix("web/"), prefix("idx/")]);
        let t = template(
            "{% for s in service('web') %}{{ s.addr }} {{ s.metadata.w | default('-') }}\n{% endfor %}\
             {{ leader('idx') }} {{ leader('web') is none }}",
        );
        assert_eq!(
            text(t.render(&d)),
            "10.0.0.1:80 2\n10.0.0.2:80 -\nfirst True"
        );
    }

    #[test]
    fn json_filter_and_revision() {
        let d = data(
            &[("db", r#"{"host":"db1","port":5432}"#, 1, 0)],
            vec![key("db")],
        );
        let t =
            template("{% set db = key('db') | json %}{{ db.host }}:{{ db.port }}@{{ revision }}");
        assert_eq!(text(t.render(&d)), "db1:5432@42");
        let bad = data(&[("db", "{oops", 1, 0)], vec![key("db")]);
        let Outcome::Failed(why) = t.render(&bad) else {
            panic!("parsed bad JSON")
        };
        assert!(why.contains("json: not JSON"), "{why}");
    }

    #[test]
    fn the_prefix_goes_in_front_of_every_name_and_not_into_what_is_shown() {
        let mut d = data(&[("p/a/x", "1", 1, 0)], vec![prefix("p/a/")]);
        d.prefix = "p/".into();
        let t = template("{% for e in tree('a/') %}{{ e.name }}={{ e.value }}{% endfor %}");
        assert_eq!(text(t.render(&d)), "a/x=1");
    }

    #[test]
    fn syntax_errors_name_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("bad.tmpl");
        std::fs::write(&src, "line one\n{% for x in %}\n").unwrap();
        let err = Template::load(&src).unwrap_err();
        assert!(err.contains("bad.tmpl:2: "), "{err}");
        let err = Template::load(&dir.path().join("absent")).unwrap_err();
        assert!(err.starts_with("cannot read template "), "{err}");
    }

    #[test]
    fn config_files_keep_their_layout() {
        let d = data(&[], vec![]);
        let t = template("a\n  {% if true %}\nb\n  {% endif %}\nc\n");
        assert_eq!(text(t.render(&d)), "a\nb\nc\n");
        let t = template("{{ '<&>' }}");
        assert_eq!(text(t.render(&d)), "<&>");
        let Outcome::Failed(why) = template("{{ nothing }}").render(&d) else {
            panic!("printed an undefined value");
        };
        assert!(why.contains("undefined"), "{why}");
    }
}
