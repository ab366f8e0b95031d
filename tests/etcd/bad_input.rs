//! Bad input across every subcommand: each case fails at once with the documented exit code
//! (2 for usage errors and bad input, 1 for runtime faults such as an unreachable endpoint or
//! a refused login), one `etcdkit: error: ...` line on stderr, nothing on stdout, and nothing
//! written to etcd (the revision stays put, no lease is left, no key exists).

use std::time::{Duration, Instant};

use crate::support::{cluster, etcdkit, stderr_text, with_client};

/// A usage error or bad input, refused before anything is written.
const USAGE: i32 = 2;
/// A runtime fault: etcd unreachable, authentication refused.
const RUNTIME: i32 = 1;

/// No case may wait on the network for long: the cluster is local and the unreachable
/// endpoints refuse connections at once.
const CASE_TIME_LIMIT: Duration = Duration::from_secs(5);

/// Just over etcdkit's 1 MiB value limit (`limits::MAX_VALUE_BYTES`).
const OVERSIZE: usize = 1_048_577;

/// An argument or environment value of a case: `\xe9` in it (the four characters) stands
/// for the byte 0xE9, which is not UTF-8 on its own.
fn os(text: &str) -> std::ffi::OsString {
    use std::os::unix::ffi::OsStringExt;
    let mut bytes = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("\\xe9") {
        bytes.extend_from_slice(&rest.as_bytes()[..at]);
        bytes.push(0xe9);
        rest = &rest[at + 4..];
    }
    bytes.extend_from_slice(rest.as_bytes());
    std::ffi::OsString::from_vec(bytes)
}

/// Valid command lines (each would run and write or wait), every token of which before a
/// `--` is made invalid UTF-8 in turn by [`not_utf8_cases`]: names, values, flags,
/// subcommands, global options.
const VALID: &[&[&str]] = &[
    &["lock", "n", "--ttl", "5s", "--try", "--", "true"],
    &["lock", "n", "-n", "2", "--timeout", "1s", "--", "true"],
    &["elect", "n", "--ttl", "5s", "--", "true"],
    &["elect", "n", "--leader"],
    &["register", "s", "127.0.0.1:1", "--ttl", "5s", "--", "true"],
    &["discover", "s", "--wait-for", "1", "--timeout", "1s"],
    &["discover", "s", "--pick", "random"],
    &["publish", "t", "m"],
    &["subscribe", "t", "--count", "1", "--timeout", "1s"],
    &["queue", "push", "q", "v"],
    &["queue", "pop", "q", "--timeout", "1s"],
    &["queue", "len", "q"],
    &["queue", "work", "q", "--max-attempts", "3", "--", "true"],
    &["wait", "k", "--equals", "v", "--timeout", "1s"],
    &["watch", "k", "--count", "1", "--tree"],
    &[
        "env", "a/", "b/", "--wait", "1s:2s", "--signal", "usr1", "--", "true",
    ],
    &[
        "render",
        "--template",
        "s:d",
        "--check",
        "c {}",
        "--mode",
        "0640",
        "--once",
    ],
    &["job-progress", "set", "j", "40", "--message", "m"],
    &["job-progress", "get", "j"],
    &["barrier", "b", "--parties", "2", "--timeout", "1s"],
    &["once", "n", "--every", "1h", "--", "true"],
    &["counter", "c", "incr", "2"],
    &["counter", "c", "set", "5"],
    &["inspect", "n"],
    &["status", "-o", "json"],
    &["completions", "bash"],
    &[
        "--prefix",
        "p/",
        "--command-timeout",
        "2s",
        "counter",
        "c",
        "get",
    ],
];

/// Every token before `--` of every [`VALID`] line made invalid UTF-8, one at a time: each
/// must be a usage error, never a panic.
fn not_utf8_cases() -> Vec<Vec<String>> {
    let mut cases = Vec::new();
    for line in VALID {
        let end = line.iter().position(|t| *t == "--").unwrap_or(line.len());
        for i in 0..end {
            let mut case: Vec<String> = line.iter().map(|t| t.to_string()).collect();
            case[i] = format!("{}\\xe9", case[i]);
            cases.push(case);
        }
    }
    cases
}

/// One invocation of the binary and the exit code it must end with.
struct Case<'a> {
    /// Each through [`os`].
    args: Vec<&'a str>,
    stdin: &'a [u8],
    env: Vec<(&'a str, &'a str)>,
    code: i32,
    /// Words the error line must contain (it names what is wrong).
    says: Option<&'a str>,
}

impl<'a> Case<'a> {
    fn stdin(mut self, bytes: &'a [u8]) -> Self {
        self.stdin = bytes;
        self
    }

    fn env(mut self, key: &'a str, value: &'a str) -> Self {
        self.env.push((key, value));
        self
    }

    fn says(mut self, words: &'a str) -> Self {
        self.says = Some(words);
        self
    }
}

fn case<'a>(code: i32, args: &[&'a str]) -> Case<'a> {
    Case {
        args: args.to_vec(),
        stdin: b"",
        env: Vec::new(),
        code,
        says: None,
    }
}

fn usage<'a>(args: &[&'a str]) -> Case<'a> {
    case(USAGE, args)
}

fn runtime<'a>(args: &[&'a str]) -> Case<'a> {
    case(RUNTIME, args)
}

/// A runtime fault: `args` pointed at `endpoint`, where nothing listens, given 200 ms to
/// connect (the global options go before the subcommand, so `-- CMD` stays last).
fn unreachable_at<'a>(endpoint: &'a str, args: &[&'a str]) -> Case<'a> {
    let mut all = vec!["--endpoints", endpoint, "--dial-timeout", "200ms"];
    all.extend_from_slice(args);
    runtime(&all)
}

/// `127.0.0.1:PORT` where nothing listens: connections are refused at once.
fn closed_endpoint() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    addr.to_string()
}

/// The cluster's current revision, the number of leases, and the number of keys.
fn etcd_state(sandbox: &etcdkit::sandbox::Sandbox) -> (i64, usize, i64) {
    with_client(sandbox, async |c| {
        let all = etcd_client::GetOptions::new()
            .with_all_keys()
            .with_count_only();
        let got = c.get("", Some(all)).await.unwrap();
        let revision = got.header().unwrap().revision();
        let leases = c.leases().await.unwrap().leases().len();
        (revision, leases, got.count())
    })
}

#[test]
fn bad_input_is_refused_with_one_line_and_nothing_written() {
    let sandbox = cluster(1);
    let endpoint = sandbox.endpoint(0);

    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.pem");
    crate::support::write(&garbage, "this is not a PEM file\n");
    let garbage = garbage.to_str().unwrap();
    let missing = dir.path().join("missing.pem");
    let missing = missing.to_str().unwrap();
    let a_dir = dir.path().to_str().unwrap();

    let closed = closed_endpoint();
    let closed = closed.as_str();
    let long_name = "n".repeat(4097);
    let long_name = long_name.as_str();
    // One line over the limit, read from stdin (an argument this long is over the kernel's
    // limit for one argument, so the --stdin paths are where oversize values arrive).
    let oversize_line = format!("{}\n", "x".repeat(OVERSIZE)).into_bytes();
    let not_utf8: &[u8] = b"\xff\xfe\n";
    let addr = "127.0.0.1:8080";

    // render: a good template, one with a syntax error, DESTs in and out of a directory.
    let good = dir.path().join("good.tmpl");
    crate::support::write(&good, "{{ key('k', default='d') }}\n");
    let bad = dir.path().join("bad.tmpl");
    crate::support::write(&bad, "one\n{% for x in %}\n");
    let out = dir.path().join("out.conf");
    let t_good = format!("{}:{}", good.display(), out.display());
    let t_good = t_good.as_str();
    let t_bad = format!("{}:{}", bad.display(), out.display());
    let t_bad = t_bad.as_str();
    let t_nodir = format!("{}:{}/nodir/out.conf", good.display(), dir.path().display());
    let t_nodir = t_nodir.as_str();
    let t_dest_dir = format!("{}:{}", good.display(), a_dir);
    let t_dest_dir = t_dest_dir.as_str();
    let t_missing = format!("{missing}:{}", out.display());
    let t_missing = t_missing.as_str();

    let not_utf8_lines = not_utf8_cases();
    let mut cases: Vec<Case> = vec![
        // lock
        usage(&["lock", ""]),
        usage(&["lock", "a\nb"]),
        usage(&["lock", long_name]),
        usage(&["lock", "x", "--ttl", "0"]),
        usage(&["lock", "x", "--ttl", "1s"]),
        usage(&["lock", "x", "--ttl", "1.5"]),
        usage(&["lock", "x", "--ttl", "2.5", "--", "true"]).says("whole seconds"),
        usage(&["lock", "x", "--ttl", "soon"]),
        usage(&["lock", "x", "--ttl=-1s"]),
        usage(&["lock", "x", "--ttl", ""]),
        usage(&["lock", "x", "--try", "--timeout", "1s"]),
        usage(&["lock", "x", "-n", "0"]),
        usage(&["lock", "x", "--min-hold", "1s"]),
        usage(&["lock", "x", "--grace", "soon", "--", "true"]),
        usage(&["lock"]),
        usage(&["lock", "x", "--bogus"]),
        usage(&["lock", "x", "--cacert", missing, "--", "true"]),
        runtime(&["lock", "x", "--user", "u:p", "--", "true"]),
        unreachable_at(closed, &["lock", "x", "--", "true"]),
        // elect
        usage(&["elect", ""]),
        usage(&["elect", "e\n"]),
        usage(&["elect", "e", "--ttl", "1900ms"]),
        usage(&["elect", "e", "--ttl", "0"]),
        usage(&["elect", "e", "--ttl", "2500ms", "--", "true"]).says("whole seconds"),
        usage(&["elect", "e", "--observe", "--leader"]),
        usage(&["elect", "e", "--observe", "--count", "0"]),
        usage(&["elect", "e", "--count", "2"]),
        usage(&["elect", "e", "--value", "v", "--observe"]),
        usage(&["elect", "e", "--leader", "--", "true"]),
        usage(&["elect", "e", "--timeout", "soon"]),
        runtime(&["elect", "e", "--leader", "--user", "u:p"]),
        // register
        usage(&["register", "", addr]),
        usage(&["register", "web\n", addr]),
        usage(&["register", "web", ""]),
        usage(&["register", "web", "a/b"]),
        usage(&["register", "web", addr, "--meta", "{bad"]),
        usage(&["register", "web", addr, "--meta", ""]),
        usage(&["register", "web", addr, "--meta", "{\"a\":1} trailing"]),
        usage(&["register", "web", addr, "--ttl", "0"]),
        usage(&["register", "web", addr, "--ttl", "1.9"]),
        usage(&["register", "web", addr, "--ttl", "3.5"]).says("whole seconds"),
        usage(&["register", "web", addr, "--grace=-1s"]),
        usage(&["register", "web"]).says("<ADDR>"),
        usage(&["register", "web", addr, "--cert", garbage, "--key", missing]),
        unreachable_at(closed, &["register", "web", addr, "--", "true"]),
        // discover
        usage(&["discover", ""]),
        usage(&["discover", "web", "--watch", "--pick", "random"]),
        usage(&["discover", "web", "--pick", "first"]).says("round-robin"),
        usage(&["discover", "web", "--wait-for", "0"]),
        usage(&["discover", "web", "--timeout", "1s"]),
        usage(&["discover", "web", "--pick", "random", "--wait-for", "2"]),
        usage(&["discover", "web", "--wait-for", "1", "--timeout", "soon"]),
        unreachable_at(closed, &["discover", "web"]),
        // publish
        usage(&["publish", "", "m"]),
        usage(&["publish", "t\n", "m"]),
        usage(&["publish", "t"]),
        usage(&["publish", "t", "m", "--stdin"]),
        usage(&["publish", "t", "--stdin"]).stdin(&oversize_line),
        usage(&["publish", "t", "--stdin"]).stdin(not_utf8),
        usage(&["publish", "t", "m", "--ttl", "soon"]),
        usage(&["publish", "t", "m", "--ttl", "0"]),
        usage(&["publish", "t", "--stdin", "--ttl", "30s"]).stdin(&oversize_line),
        usage(&["publish", "t", "m", "--cacert", a_dir]),
        runtime(&["publish", "t", "m", "--user", "u:p"]),
        unreachable_at(closed, &["publish", "t", "m"]),
        // subscribe
        usage(&["subscribe", ""]),
        usage(&["subscribe", "t", "--from-rev", "0"]),
        usage(&["subscribe", "t", "--from-rev=-5"]),
        usage(&["subscribe", "t", "--from-rev", "abc"]),
        usage(&["subscribe", "t", "--count", "0"]),
        usage(&["subscribe", "t", "--timeout", ""]),
        runtime(&["subscribe", "t", "--user", "u:p"]),
        // queue push
        usage(&["queue", "push", "", "v"]),
        usage(&["queue", "push", "q\nq", "v"]),
        usage(&["queue", "push", "q"]),
        usage(&["queue", "push", "q", "v", "--stdin"]),
        usage(&["queue", "push", "q", "--stdin"]).stdin(&oversize_line),
        usage(&["queue", "push", "q", "--stdin"]).stdin(not_utf8),
        unreachable_at(closed, &["queue", "push", "q", "v"]),
        // queue pop
        usage(&["queue", "pop", ""]),
        usage(&["queue", "pop", "q", "--count", "0"]),
        usage(&["queue", "pop", "q", "--count=-1"]),
        usage(&["queue", "pop", "q", "--timeout", "soon"]),
        // queue len
        usage(&["queue", "len", ""]),
        usage(&["queue", "len", "q", "extra"]),
        runtime(&["queue", "len", "q", "--user", "u:p"]),
        // queue peek
        usage(&["queue", "peek", "\n"]),
        usage(&["queue", "peek"]),
        unreachable_at(closed, &["queue", "peek", "q"]),
        // queue push --delay, queue work, claims, dead, retry
        usage(&["queue", "push", "q", "v", "--delay", "1.5s"]).says("whole seconds"),
        usage(&["queue", "push", "q", "v", "--delay=-1s"]),
        usage(&["queue", "push", "q", "v", "--delay", "soon"]),
        usage(&["queue", "work", "q"]),
        usage(&["queue", "work", "q", "--"]),
        usage(&["queue", "work", "", "--", "true"]),
        usage(&["queue", "work", "q", "--max-attempts", "0", "--", "true"]),
        usage(&["queue", "work", "q", "--ttl", "1s", "--", "true"]).says("2s"),
        usage(&["queue", "work", "q", "--ttl", "0", "--", "true"]),
        usage(&["queue", "work", "q", "--retry-delay", "500ms", "--", "true"]),
        usage(&["queue", "work", "q", "--retry-delay=-5s", "--", "true"]),
        usage(&["queue", "work", "q", "--count", "0", "--", "true"]),
        usage(&["queue", "claims", ""]),
        usage(&["queue", "dead"]),
        usage(&["queue", "retry", "\n"]),
        // nothing after --
        usage(&["lock", "x", "--"]).says("nothing after --"),
        usage(&["elect", "x", "--value", "v", "--"]).says("nothing after --"),
        usage(&["register", "s", "127.0.0.1:1", "--"]).says("nothing after --"),
        usage(&["job-progress", "run", "j", "--"]).says("nothing after --"),
        usage(&["sandbox", "--"]).says("nothing after --"),
        // queue itself (bare `queue` prints its usage: tests/cli.rs)
        usage(&["queue", "shove", "q"]),
        // wait
        usage(&["wait", "", "--exists"]),
        usage(&["wait", "k\n", "--equals", "v"]),
        usage(&["wait", long_name, "--exists"]),
        usage(&["wait", "k"]),
        usage(&["wait", "k", "--exists", "--deleted"]),
        usage(&["wait", "k", "--equals"]),
        usage(&["wait", "k", "--exists", "--timeout=-1s"]),
        usage(&["wait", "k", "--exists", "--timeout", "-1s"]),
        runtime(&["wait", "k", "--deleted", "--user", "u:p"]),
        // job-progress set
        usage(&["job-progress", "set", "", "5"]),
        usage(&["job-progress", "set", "j\nk", "5"]),
        usage(&["job-progress", "set", "j", "101"]),
        usage(&["job-progress", "set", "j", "4.5"]),
        usage(&["job-progress", "set", "j"]),
        usage(&["job-progress", "set", "j", "5", "--ttl", "soon"]),
        usage(&["job-progress", "set", "j", "5", "--ttl", "0"]),
        usage(&["job-progress", "run", "j", "--ttl", "1.5", "--", "true"]),
        usage(&["job-progress", "set", "j", "5", "--message"]),
        usage(&["job-progress", "set", "j", "5", "--user", "u"])
            .env("ETCDKIT_PASSWORD_FILE", missing),
        runtime(&["job-progress", "set", "j", "5", "--user", "u:p"]),
        // job-progress done / fail
        usage(&["job-progress", "done", ""]),
        usage(&["job-progress", "done", "j", "--ttl", ""]),
        usage(&["job-progress", "fail", "\n"]),
        usage(&["job-progress", "fail", "j", "--ttl=-1s"]),
        unreachable_at(closed, &["job-progress", "fail", "j"]),
        // job-progress get / watch / run
        // env
        usage(&["env"]),
        usage(&["env", ""]),
        usage(&[
            "env",
            "a/",
            "--wait",
            "5s:1s",
            "--restart-on-change",
            "--",
            "true",
        ]),
        usage(&["env", "a/", "--wait", "soon", "--", "true"]),
        usage(&["env", "a/", "--signal", "FOO", "--", "true"]),
        usage(&["env", "a/", "--restart-on-change"]),
        usage(&[
            "env",
            "a/",
            "--restart-on-change",
            "--signal",
            "HUP",
            "--",
            "true",
        ]),
        usage(&["env", "a/", "--pristine"]),
        unreachable_at(closed, &["env", "a/"]),
        // contexts (the tests' ETCDKIT_CONFIG names no file)
        usage(&["--context", "prod", "status"]).says("no such context"),
        usage(&["status"]).env("ETCDKIT_CONTEXT", "prod"),
        usage(&["context", "use", "prod"]),
        usage(&["context", "show"]).says("no current-context"),
        usage(&["context", "show", "prod"]),
        usage(&["status"]).env("ETCDKIT_CONFIG", a_dir),
        usage(&["status"]).env("ETCDKIT_CONFIG", garbage),
        // detached locks and the cron knobs
        usage(&["lock", "x", "--detach"]).says("--ttl"),
        usage(&["lock", "x", "--detach", "--ttl", "30s", "--", "true"]),
        usage(&["lock", "x", "--detach", "--ttl", "30s", "--shared"]),
        usage(&["lock", "x", "--renew"]).says("ETCDKIT_LOCK_TOKEN"),
        usage(&["lock", "x", "--verify", "--token", "zz"]).says("not a lock token"),
        usage(&["lock", "x", "--verify", "--token", "-5"]),
        usage(&["lock", "x", "--renew", "--verify", "--token", "1"]),
        usage(&["lock", "x", "--renew", "--token", "1", "--", "true"]),
        usage(&["lock", "x", "--verify", "--token-file", missing]).says("--token-file"),
        usage(&["unlock"]),
        usage(&["unlock", ""]),
        usage(&["unlock", "x"]).says("ETCDKIT_LOCK_TOKEN"),
        usage(&["unlock", "x", "--token", "not-hex"]),
        usage(&["unlock", "x", "--token", "0"]),
        usage(&["unlock", "x", "--token-file", a_dir]),
        unreachable_at(closed, &["unlock", "x", "--token", "1"]),
        usage(&["lock", "x", "--max-runtime", "0", "--", "true"]).says("zero"),
        usage(&["lock", "x", "--max-runtime", "soon", "--", "true"]),
        usage(&["lock", "x", "--max-runtime", "1h"]).says("CMD"),
        usage(&["lock", "x", "--splay", "-1s", "--", "true"]),
        usage(&["once", "x", "--every", "1h", "--splay", "2x", "--", "true"]),
        usage(&["lock", "x", "--ping", "ftp://h/x", "--", "true"]).says("http"),
        usage(&["lock", "x", "--ping", "https://", "--", "true"]),
        usage(&["elect", "x", "--report-textfile", a_dir]),
        usage(&["barrier", "b", "--parties", "2", "--quiet-unless-failed"]),
        usage(&["queue", "work", "q", "--max-runtime", "0", "--", "true"]),
        usage(&[
            "job-progress",
            "run",
            "j",
            "--max-runtime",
            "-1s",
            "--",
            "true",
        ]),
        // --http
        usage(&["lock", "x", "--http", "nope", "--", "true"]).says("IP:PORT"),
        usage(&["lock", "x", "--http", ":99999", "--", "true"]),
        usage(&["elect", "x", "--http", "0.0.0.0:0", "--", "true"]).says("--http-public"),
        usage(&["register", "s", "127.0.0.1:1", "--http", "[::]:0"]).says("--http-public"),
        usage(&["queue", "work", "q", "--http-public", "--", "true"]),
        usage(&["queue", "pop", "q", "--http", ":0"]),
        usage(&["lock", "x", "--http", ":0", "--detach", "--ttl", "5s"]),
        usage(&["lock", "x", "--http", ":0", "--break", "--yes"]),
        usage(&["elect", "x", "--http", ":0", "--leader"]),
        // render
        usage(&["render"]),
        usage(&["render", "--once"]),
        usage(&["render", "--template", "no-colon"]).says("SRC:DEST"),
        usage(&["render", "--template", ":dest"]),
        usage(&["render", "--template", "src:"]),
        usage(&["render", "--template", t_good, "--mode", "0999"]).says("file mode"),
        usage(&["render", "--template", t_good, "--mode", "17777"]),
        usage(&[
            "render",
            "--template",
            t_good,
            "--owner",
            "no-such-user-etcdkit",
        ])
        .says("no user"),
        usage(&["render", "--template", t_good, "--owner", ":"]),
        usage(&["render", "--template", t_good, "--exec", "sh -c 'x"]).says("unclosed quote"),
        usage(&["render", "--template", t_good, "--exec", " "]).says("empty"),
        usage(&["render", "--template", t_good, "--exec", "true", "--once"]),
        usage(&[
            "render",
            "--template",
            t_good,
            "--exec",
            "true",
            "--reload",
            "x",
        ]),
        usage(&["render", "--template", t_good, "--restart-on-change"]),
        usage(&["render", "--template", t_good, "--reload-signal", "USR1"]),
        usage(&[
            "render",
            "--template",
            t_good,
            "--exec",
            "true",
            "--reload-signal",
            "NOPE",
        ]),
        usage(&["render", "--template", t_good, "--wait", "2s:1s"]),
        usage(&["render", "--template", t_good, "--splay", "-1s"]),
        usage(&[
            "render",
            "--template",
            t_good,
            "--check",
            "a",
            "--check",
            "b",
        ])
        .says("--check is given twice for --template"),
        usage(&[
            "render",
            "--reload",
            "a",
            "--reload",
            "b",
            "--template",
            t_good,
        ])
        .says("every template"),
        usage(&[
            "render",
            "--template",
            t_good,
            "--template",
            t_good,
            "--once",
        ])
        .says("DEST of two templates"),
        usage(&["render", "--template", t_bad, "--once"]).says("bad.tmpl:2"),
        usage(&["render", "--template", t_missing, "--once"]).says("cannot read template"),
        usage(&["render", "--template", t_nodir, "--once"]).says("no directory"),
        usage(&["render", "--template", t_dest_dir, "--once"]).says("is a directory"),
        unreachable_at(closed, &["render", "--template", t_good, "--once"]),
        usage(&["job-progress", "get", ""]),
        usage(&["job-progress", "get"]),
        unreachable_at(closed, &["job-progress", "get", "j"]),
        usage(&["job-progress", "watch"]),
        usage(&["job-progress", "watch", "a", ""]),
        usage(&["job-progress", "watch", "a", "--timeout", "soon"]),
        runtime(&["job-progress", "watch", "a", "--user", "u:p"]),
        usage(&["job-progress", "run", "j"]),
        usage(&["job-progress", "run", "", "--", "true"]),
        usage(&["job-progress", "run", "j", "--grace", "soon", "--", "true"]),
        // counter
        usage(&["counter", "n", "set", "abc"]).says("\"abc\" is not a counter value"),
        usage(&["counter", "n", "set", "1e3"]).says("is not a counter value"),
        usage(&["counter", "n", "incr", "--by", "x"]).says("\"x\" is not a counter value"),
        usage(&["counter", "", "get"]),
        // status, and the global options every subcommand takes
        usage(&["status", "--endpoints", ""]),
        usage(&["status", "--endpoints", ","]),
        usage(&["status", "--endpoints", "http://"]),
        usage(&["status", "--endpoints", "host:notaport"]),
        usage(&["status", "--endpoints", "127.0.0.1:99999"]),
        usage(&["status", "--endpoints", "ftp://127.0.0.1:2379"]),
        usage(&["status", "--cacert", missing]),
        usage(&["status", "--cacert", a_dir]),
        usage(&["status", "--cacert", garbage]).says("not a PEM certificate"),
        usage(&["status", "--cert", garbage]),
        usage(&["status", "--key", garbage]),
        usage(&["status", "--cert", garbage, "--key", garbage]),
        usage(&["status", "--cert", missing, "--key", garbage]),
        usage(&["status", "--cert", garbage, "--key", a_dir]),
        usage(&["status", "--user", "u", "--password-file", missing]),
        usage(&["status", "--user", "u", "--password-file", a_dir]),
        usage(&["status", "--user", ""]),
        usage(&["status", "--user", "u"]),
        usage(&["status", "-o", "yaml"]),
        usage(&["status", "--output", ""]),
        usage(&["status", "--color", "sometimes"]),
        usage(&["status", "--dial-timeout", "soon"]),
        usage(&["status", "--dial-timeout", "0"]),
        usage(&["status", "--command-timeout", "0s"]),
        usage(&["status"]).env("ETCDCTL_DIAL_TIMEOUT", "soon"),
        usage(&["status"]).env("ETCDKIT_OUTPUT", "yaml"),
        usage(&["status", "extra"]),
        unreachable_at(closed, &["status"]),
        runtime(&["status", "--user", "u:p"]),
        // sandbox (none of these may start an etcd)
        usage(&["sandbox", "--members", "0"]),
        usage(&["sandbox", "--members", "8"]),
        usage(&["sandbox", "--members", "two"]),
        usage(&["sandbox", "--grace", "soon", "--", "true"]),
        usage(&["sandbox", "extra"]),
        usage(&["sandbox", "--", "true"]).env("ETCD_BIN", missing),
        // completions
        usage(&["completions"]),
        usage(&["completions", ""]),
        usage(&["completions", "tcsh"]),
        usage(&["completions", "bash", "zsh"]),
        // the command line itself (bare `etcdkit` prints the usage, several lines: tests/cli.rs)
        usage(&["frobnicate"]),
        usage(&["--endpoints"]),
        usage(&["--no-such-flag", "status"]),
    ];
    cases.extend(
        not_utf8_lines
            .iter()
            .map(|line| usage(&line.iter().map(String::as_str).collect::<Vec<_>>())),
    );
    // Files that never end: refused at a bound, not read until memory runs out.
    cases.push(usage(&["--cacert", "/dev/zero", "status"]).says("over 1024 KiB"));
    cases.push(usage(&["--cert", "/dev/zero", "--key", "/dev/zero", "status"]).says("over"));
    cases.push(
        usage(&["--user", "u", "--password-file", "/dev/zero", "status"]).says("over 64 KiB"),
    );
    // Issue 29, point 8: endpoint lists, TLS files and users refused before connecting,
    // naming the flag and what is wrong.
    let damaged = dir.path().join("damaged.pem");
    crate::support::write(
        &damaged,
        "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
    );
    let not_x509 = dir.path().join("not-x509.pem");
    crate::support::write(
        &not_x509,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    );
    let damaged_key = dir.path().join("damaged-key.pem");
    crate::support::write(
        &damaged_key,
        "-----BEGIN PRIVATE KEY-----\n#?!\n-----END PRIVATE KEY-----\n",
    );
    let (damaged, not_x509, damaged_key) = (
        damaged.to_str().unwrap().to_string(),
        not_x509.to_str().unwrap().to_string(),
        damaged_key.to_str().unwrap().to_string(),
    );
    let mixed = format!("https://127.0.0.1:1,{endpoint}");
    for (args, says) in [
        (
            vec!["--endpoints", mixed.as_str(), "status"],
            "mixes https:// and http://",
        ),
        (
            vec!["--endpoints", "http://a:1,https://b:2", "status"],
            "mixes",
        ),
        (vec!["--endpoints", "[::1", "status"], "--endpoints"),
        (vec!["--endpoints", "[::1]", "status"], "no port"),
        (vec!["--endpoints", "[nothost]:2379", "status"], "IPv6"),
        (vec!["--endpoints", "::1:2379", "status"], "brackets"),
        (vec!["--endpoints", ":2379", "status"], "no host"),
        (vec!["--endpoints", "a b:2379", "status"], "--endpoints"),
        (
            vec!["--endpoints", "https://user@h:2379", "status"],
            "--endpoints",
        ),
        (
            vec!["--cacert", damaged.as_str(), "status"],
            "damaged PEM certificate",
        ),
        (
            vec!["--cacert", not_x509.as_str(), "status"],
            "no X.509 certificate",
        ),
        (
            vec![
                "--cert",
                damaged.as_str(),
                "--key",
                damaged_key.as_str(),
                "status",
            ],
            "--cert",
        ),
        (
            vec![
                "--cert",
                not_x509.as_str(),
                "--key",
                damaged_key.as_str(),
                "status",
            ],
            "--cert",
        ),
        (vec!["--user", ":", "status"], "no user name"),
        (vec!["--user", ":pw", "status"], "no user name"),
        (
            vec!["lock", "x", "--ttl", "99999999999", "--", "true"],
            "9000000000s",
        ),
        (
            vec!["elect", "x", "--ttl", "9000000001", "--", "true"],
            "session TTL",
        ),
        (
            vec!["register", "w", "127.0.0.1:1", "--ttl", "99999999999s"],
            "session TTL",
        ),
        (
            vec!["publish", "t", "m", "--ttl", "99999999999"],
            "9000000000s",
        ),
        (
            vec!["job-progress", "set", "j", "5", "--ttl", "99999999999"],
            "9000000000s",
        ),
        (
            vec![
                "once",
                "x",
                "--every",
                "1h",
                "--ttl",
                "99999999999",
                "--",
                "true",
            ],
            "session TTL",
        ),
        (
            vec!["barrier", "b", "--parties", "2", "--ttl", "99999999999"],
            "session TTL",
        ),
        (vec!["--endpoints", "https://[::1]", "status"], "no port"),
        // Issue 30, point 9: each usage error names its fix and the subcommand's help.
        (
            vec!["--endpoints", "127.0.0.1:1 127.0.0.1:2", "status"],
            "comma-separated",
        ),
        (
            vec!["lock", "x", "--timeout", "-1", "--", "true"],
            r#""-1" is negative"#,
        ),
        (
            vec!["wait", "k", "--exists", "--timeout", "-1s"],
            r#""-1s" is negative"#,
        ),
        (
            vec!["lock", "x", "--timeout", "10x", "--", "true"],
            r#"unknown unit "x""#,
        ),
        (
            vec!["lock", "x", "--timeout", "--try", "--", "true"],
            "a flag where the value should be",
        ),
        (
            vec!["lock", "x", "--tyr", "--", "true"],
            "a similar argument exists: '--try' (see etcdkit lock --help)",
        ),
        (
            vec!["queue", "work", "q", "--max-atempts", "2", "--", "true"],
            "'--max-attempts' (see etcdkit queue work --help)",
        ),
        (
            vec!["once", "x", "--every", "1h", "./job"],
            "goes after --: etcdkit once x --every 1h -- ./job",
        ),
        (
            vec!["watch", "k", "echo", "hi"],
            "goes after --: etcdkit watch k -- echo hi",
        ),
        (
            vec!["lock", "x", "sh", "-c", "echo hi"],
            "goes after --: etcdkit lock x -- sh -c 'echo hi' (see etcdkit lock --help)",
        ),
    ] {
        cases.push(usage(&args).says(says));
    }
    cases.push(
        usage(&["counter", "c", "get"])
            .env("ETCDKIT_USER", ":")
            .says("no user name"),
    );
    cases.push(
        usage(&["counter", "c", "get"])
            .env(
                "ETCDKIT_ENDPOINTS",
                "https://127.0.0.1:1,http://127.0.0.1:2",
            )
            .says("mixes"),
    );
    // Environment values that are not UTF-8: refused like the options they stand for.
    for var in [
        "ETCDKIT_ENDPOINTS",
        "ETCDKIT_PREFIX",
        "ETCDKIT_USER",
        "ETCDKIT_OUTPUT",
    ] {
        cases.push(usage(&["counter", "c", "get"]).env(var, "x\\xe9"));
    }

    let before = etcd_state(&sandbox);
    assert_eq!(before.1, 0, "leases before the cases");
    assert_eq!(before.2, 0, "keys before the cases");

    // Every case is run and every failure collected, so one run names all of them.
    let mut failures: Vec<String> = Vec::new();
    let mut previous = before;
    for case in &cases {
        let what = format!("{:?} (env {:?})", case.args, case.env);
        let mut fail = |problem: String| failures.push(format!("{what}: {problem}"));
        let started = Instant::now();
        let mut cmd = etcdkit();
        cmd.env("ETCDKIT_ENDPOINTS", &endpoint);
        for (key, value) in &case.env {
            cmd.env(key, os(value));
        }
        // Always a pipe, never the terminal: `--user u` must not prompt.
        let out = cmd
            .args(case.args.iter().map(|a| os(a)))
            .write_stdin(case.stdin)
            .output()
            .unwrap();
        let took = started.elapsed();
        let err = stderr_text(&out);

        if out.status.code() == Some(101) || err.contains("panicked") {
            fail(format!("panicked: {err}"));
        }
        if out.status.code() != Some(case.code) {
            fail(format!(
                "exit {:?}, not {}: {err}",
                out.status.code(),
                case.code
            ));
        }
        if err.lines().count() != 1 {
            fail(format!("not one line: {err:?}"));
        }
        match err.strip_prefix("etcdkit: error: ") {
            None => fail(format!("not an error line: {err:?}")),
            Some(m) if m.trim().is_empty() => fail("an empty error line".into()),
            Some(_) => {}
        }
        if !out.stdout.is_empty() {
            fail(format!(
                "wrote to stdout: {:?}",
                String::from_utf8_lossy(&out.stdout)
            ));
        }
        if took >= CASE_TIME_LIMIT {
            fail(format!("took {took:?}"));
        }
        if let Some(words) = case.says {
            if !err.contains(words) {
                fail(format!("{err:?} does not say {words:?}"));
            }
        }
        let state = etcd_state(&sandbox);
        if state != previous {
            fail(format!(
                "wrote: (revision, leases, keys) {previous:?} -> {state:?}"
            ));
        }
        previous = state;
    }
    assert!(
        failures.is_empty(),
        "{} of {} bad-input cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );

    let usage_count = cases.iter().filter(|c| c.code == USAGE).count();
    let runtime_count = cases.iter().filter(|c| c.code == RUNTIME).count();
    eprintln!(
        "bad-input cases: {} (exit 2: {usage_count}, exit 1: {runtime_count})",
        cases.len()
    );
}
