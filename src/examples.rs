//! Examples of each main command as operators write them: shown under "Examples:" at the
//! end of `--help` (not `-h`) and in the man pages' EXAMPLES section.

/// The long help's closing text of the command at `path` (from the root): its short
/// help's `after_help`, a blank line, "Examples:" and its examples, indented. Only for a
/// command that has examples (a test checks every call).
///
/// Written into one string: the shells of every subcommand call it on every run.
pub fn with_examples(after_help: &str, path: &[&str]) -> String {
    let text = examples(path).unwrap_or_default();
    let mut long = String::with_capacity(after_help.len() + 2 * text.len() + 16);
    if !after_help.is_empty() {
        long.push_str(after_help);
        long.push_str("\n\n");
    }
    long.push_str("Examples:");
    for line in text.lines() {
        long.push_str("\n  ");
        long.push_str(line);
    }
    long
}

/// A few commands as operators write them, per command (`path` from the root).
pub fn examples(path: &[&str]) -> Option<&'static str> {
    Some(match path {
        [] => {
            "\
# Try it against a throwaway etcd.
etcdkit sandbox -- sh -c 'etcdkit lock demo -- echo held'
# The cluster's health, with etcdctl's variables already set.
etcdkit --endpoints 10.0.0.1:2379,10.0.0.2:2379 status"
        }
        ["lock"] => {
            "\
# Cron on three hosts: exactly one runs the backup, the others exit 3 at once.
etcdkit lock nightly-backup --try -- ./backup.sh
# CI: deploys to one environment go one at a time across pipelines; give up after 30m.
etcdkit lock \"deploy-$ENVIRONMENT\" --timeout 30m -- ./deploy.sh
# Hold at least 5 minutes, so a host whose clock is behind does not run it again.
etcdkit lock reindex --try --min-hold 5m -- ./reindex.sh
# A semaphore: at most 4 builds at once.
etcdkit lock build-slots --limit 4 -- make -j8
# Backups read together; the migration (a plain lock) runs alone.
etcdkit lock db-main --shared -- ./backup.sh
# A holder is stuck: revoke its lease (it stops its CMD and exits 4), the next one runs.
etcdkit lock nightly-backup --break
# Cron: a random start within 30 s, stopped after 2 h (exit 124), output only on failure,
# a node_exporter textfile and a healthchecks ping per run.
etcdkit lock nightly-backup --try --splay 30s --max-runtime 2h --quiet-unless-failed --report-textfile /var/lib/node_exporter/textfile --ping https://hc-ping.com/your-uuid -- ./backup.sh
# CI: held across steps by a token; freed by `unlock`, or by itself after 30m.
TOKEN=$(etcdkit lock deploy-prod --detach --ttl 30m --timeout 1h)
etcdkit lock deploy-prod --verify --token \"$TOKEN\"
etcdkit unlock deploy-prod --token \"$TOKEN\""
        }
        ["context"] => {
            "\
# Each cluster once, in ~/.config/etcdkit/config.toml ([context.prod] endpoints = ...).
etcdkit context list
etcdkit context use prod
etcdkit --context staging status"
        }
        ["unlock"] => {
            "\
# The end of a pipeline (a step that runs even after a failure).
etcdkit unlock deploy-prod --token \"$TOKEN\"
# The token from the file `lock --detach --token-file` wrote.
etcdkit unlock deploy-prod --token-file .deploy-lock"
        }
        ["elect"] => {
            "\
# Run the scheduler only on the leader; a standby takes over when it ends.
etcdkit elect scheduler --value \"$(hostname)\" -- ./scheduler
# Who leads now (exit 3 if nobody)?
etcdkit elect scheduler --leader
# Follow leader changes as JSON lines.
etcdkit elect scheduler --observe -o json
# From inside the leader's CMD: tell observers what it is doing.
etcdkit elect scheduler --proclaim \"indexing shard 4/10\"
# Readiness follows leadership: /healthz is 200 on the leader only (docs/kubernetes.md).
etcdkit elect scheduler --http 0.0.0.0:4040 --http-public -- ./scheduler"
        }
        ["register"] => {
            "\
# Listed while the server runs, withdrawn when it exits or its host dies.
etcdkit register web 10.0.0.5:8080 --meta '{\"zone\":\"a\"}' -- ./server
# On SIGTERM: leave discovery first, serve 5 more seconds, then stop the server.
etcdkit register web 10.0.0.5:8080 --drain 5s -- ./server
# Listed only while its health endpoint answers 2xx.
etcdkit register web 10.0.0.5:8080 --check-http http://127.0.0.1:8080/health -- ./server
# Register an address until SIGTERM (a systemd unit, a sidecar).
etcdkit register web 10.0.0.5:8080 --ttl 5s"
        }
        ["discover"] => {
            "\
etcdkit discover web
# Kubernetes init container: wait for two backends, at most 5 minutes.
etcdkit discover web --wait-for 2 --timeout 5m
# One instance per call, in turn.
curl \"http://$(etcdkit discover web --pick round-robin)/health\"
# Joins and leaves as they happen.
etcdkit discover web --watch -o json"
        }
        ["publish"] => {
            "\
etcdkit publish deploys \"web v1.4 rolled out\"
# Every line as it is written.
tail -F /var/log/app.log | etcdkit publish logs --stdin
# Messages that vanish after an hour.
etcdkit publish alerts --ttl 1h \"disk 90% on db-2\""
        }
        ["subscribe"] => {
            "\
# React to each message as it comes.
etcdkit subscribe deploys | while read -r msg; do notify \"$msg\"; done
# Replay from revision 1, stop after 100 messages or 10 seconds.
etcdkit subscribe logs --from-rev 1 --count 100 --timeout 10s -o json"
        }
        ["queue"] | ["queue", "work"] => {
            "\
etcdkit queue push jobs video-17 video-18
# At least once per item, three tries each, then to the dead letters.
etcdkit queue work jobs --max-attempts 3 --retry-delay 30s -- ./encode.sh
# What failed, and send it all back.
etcdkit queue dead jobs
etcdkit queue retry jobs"
        }
        ["queue", "push"] => {
            "\
seq 1 100 | etcdkit queue push jobs --stdin
# Visible in a minute, as the cluster counts.
etcdkit queue push jobs --delay 60s later"
        }
        ["queue", "pop"] => {
            "\
etcdkit queue pop jobs --timeout 30s
etcdkit queue pop jobs --count 10 -o json"
        }
        ["wait"] => {
            "\
# Kubernetes init container or CI step: wait until the migration says it is done.
etcdkit wait deploy/ready --exists --timeout 5m
etcdkit wait config/mode --equals maintenance
etcdkit wait locks/old-holder --deleted --timeout 1m"
        }
        ["watch"] => {
            "\
# Re-render and reload on any change under config/nginx/, once per burst, current state first.
etcdkit watch config/nginx/ --tree --initial --debounce 2s -- ./render-and-reload.sh
# Every change of one key, as JSON lines.
etcdkit watch deploy/version -o json"
        }
        ["env"] => {
            "\
# A service's environment from etcd; restarted (SIGTERM, then started again) on a change.
etcdkit env config/api/ --restart-on-change --wait 2s:30s -- ./api-server
# Shared settings first, this host's override them; only these, nothing inherited.
etcdkit env config/common/ \"config/hosts/$(hostname)/\" --pristine -- ./worker
# Into the current shell.
eval \"$(etcdkit env config/api/)\""
        }
        ["render"] => {
            "\
# nginx's upstreams from the registry; checked by nginx before it replaces the file.
etcdkit render --template /etc/etcdkit/upstreams.tmpl:/etc/nginx/conf.d/upstreams.conf --check 'nginx -t -q -c /etc/nginx/nginx.conf -g \"include {};\"' --reload 'systemctl reload nginx' --wait 2s:30s
# HAProxy run by etcdkit: SIGUSR2 once per burst of changes (its master-worker reload).
etcdkit render --template haproxy.tmpl:/etc/haproxy/haproxy.cfg --check 'haproxy -c -f {}' --exec 'haproxy -W -db -f /etc/haproxy/haproxy.cfg' --reload-signal USR2
# From cron on every host: render once, spread over 30 s; output only on a change.
etcdkit render --once --splay 30s --template app.tmpl:/etc/app/app.conf --mode 0600 --owner root:root --reload 'systemctl restart app'"
        }
        ["job-progress"] | ["job-progress", "run"] => {
            "\
# Marked running, then done or failed by the command's exit status.
etcdkit job-progress run reindex -- ./reindex.sh
# From inside the job.
etcdkit job-progress set reindex 40 --message \"shard 4/10\"
# Bars on a terminal until every job is done (exit 5 if one fails).
etcdkit job-progress watch reindex backup --timeout 2h"
        }
        ["barrier"] => {
            "\
# Each of 3 test shards: start together, and keep the shared fixture until all are done.
etcdkit barrier e2e-$CI_PIPELINE_ID --parties 3 --timeout 10m -- ./run-shard.sh
# Just wait until the 3 have arrived.
etcdkit barrier warmup --parties 3"
        }
        ["once"] => {
            "\
# In every host's crontab, hourly: the report runs once a day, wherever cron fires first;
# a failed run is retried by the next tick on any host.
etcdkit once daily-report --every 24h -- ./report.sh
etcdkit once daily-report --status"
        }
        ["counter"] => {
            "\
# A build number unique and increasing across every CI runner.
BUILD=$(etcdkit counter build-number incr)
etcdkit counter build-number get
etcdkit counter build-number set 1000
etcdkit counter retries incr --by -1 -o json"
        }
        ["inspect"] => {
            "\
# Who holds the lock, since when, and who waits behind it.
etcdkit inspect lock nightly-backup
# Who leads, and the standbys in line.
etcdkit inspect elect scheduler -o json
# Every instance of a service with the process that registered it.
etcdkit inspect service web
# A queue's counts and its workers; a job's record and who wrote it last.
etcdkit inspect queue jobs
etcdkit inspect job reindex"
        }
        ["status"] => {
            "\
etcdkit status
etcdkit status -o json"
        }
        ["sandbox"] => {
            "\
etcdkit sandbox --members 3 -- cargo test
# Serve until Ctrl-C; the endpoints are printed.
etcdkit sandbox"
        }
        ["completions"] => {
            "\
etcdkit completions bash > /etc/bash_completion.d/etcdkit
etcdkit completions zsh > \"${fpath[1]}/_etcdkit\""
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `etcdkit ...` command in `text`: each `$(etcdkit ...)`, then each line's shell
    /// words, cut at `|`, `;`, `&&` and redirections.
    fn commands(text: &str) -> Vec<Vec<String>> {
        let mut found = Vec::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            // `$(etcdkit ...)` first, each replaced by a plain word.
            let mut line = line.to_string();
            while let Some(start) = line.find("$(etcdkit") {
                let inner = &line[start + 2..];
                let len = inner.find(')').unwrap_or(inner.len());
                found.extend(commands(&inner[..len]));
                let end = (start + 2 + len + 1).min(line.len());
                line.replace_range(start..end, "X");
            }
            let line = line.as_str();
            let words = shlex::split(line).unwrap_or_else(|| panic!("unbalanced: {line}"));
            let mut current: Vec<String> = Vec::new();
            for word in words.into_iter().chain([";".to_string()]) {
                let ends = word.ends_with(';') || ["|", "&&", ">"].contains(&word.as_str());
                if !ends {
                    current.push(word);
                    continue;
                }
                if let Some(last) = word.strip_suffix(';').filter(|w| !w.is_empty()) {
                    current.push(last.to_string());
                }
                if current.first().is_some_and(|w| w == "etcdkit") {
                    found.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
        found
    }

    /// The `etcdkit` command lines in the fenced code blocks of `markdown`: shell blocks
    /// line by line (`\\` continuations joined), and in YAML or cron blocks the JSON array
    /// after `command:` or the text from `etcdkit` to the end of the line.
    fn documented_commands(markdown: &str) -> Vec<Vec<String>> {
        let mut found = Vec::new();
        let mut block: Option<&str> = None;
        let mut pending = String::new();
        for line in markdown.lines() {
            if let Some(lang) = line.trim_start().strip_prefix("```") {
                block = if block.is_some() {
                    None
                } else {
                    Some(lang.trim())
                };
                continue;
            }
            match block {
                Some("sh" | "bash") => {
                    pending.push_str(line.trim_end_matches('\\'));
                    if !line.ends_with('\\') {
                        found.extend(commands(&std::mem::take(&mut pending)));
                    }
                }
                Some("yaml" | "cron") => {
                    if let Some((_, array)) = line.split_once("command: [") {
                        let words: Vec<String> = serde_json::from_str(&format!("[{array}"))
                            .unwrap_or_else(|e| panic!("{line}: {e}"));
                        if words.first().is_some_and(|w| w == "etcdkit") {
                            found.push(words);
                        }
                    } else if let Some(at) = line.find("etcdkit ") {
                        found.extend(commands(&line[at..]));
                    }
                }
                _ => {}
            }
        }
        found
    }

    /// `args::parse` (the root with the named subcommand alone) gives what the whole tree gives.
    fn parses_alike(words: &[String]) {
        let argv: Vec<std::ffi::OsString> = words.iter().map(Into::into).collect();
        let (shortcut, whole) = crate::args::tests::parsed_both_ways(&argv);
        assert_eq!(shortcut, whole, "{words:?}");
    }

    #[test]
    fn every_command_in_the_docs_is_a_valid_command_line() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files = vec![std::path::PathBuf::from(format!("{root}/README.md"))];
        for entry in std::fs::read_dir(format!("{root}/docs")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
        let mut checked = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for words in documented_commands(&text) {
                let parsed = crate::args::command().try_get_matches_from(&words);
                assert!(
                    parsed.is_ok(),
                    "{}: {words:?}: {}",
                    file.display(),
                    parsed.unwrap_err()
                );
                parses_alike(&words);
                checked += 1;
            }
        }
        assert!(checked >= 25, "only {checked} documented commands found");
    }

    fn every_path(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands() {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            every_path(sub, p.clone(), out);
            out.push(p);
        }
    }

    #[test]
    fn every_example_is_a_valid_command_line() {
        let mut paths = vec![Vec::new()];
        every_path(&crate::args::command(), Vec::new(), &mut paths);
        let mut checked = 0;
        for path in paths {
            let path: Vec<&str> = path.iter().map(String::as_str).collect();
            for words in commands(examples(&path).unwrap_or_default()) {
                let parsed = crate::args::command().try_get_matches_from(&words);
                assert!(parsed.is_ok(), "{words:?}: {}", parsed.unwrap_err());
                parses_alike(&words);
                checked += 1;
            }
        }
        assert!(checked >= 30, "only {checked} examples found");
    }

    #[test]
    fn every_argument_and_subcommand_has_help() {
        fn check(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_about().is_none() {
                    missing.push(format!("{path} {}", sub.get_name()));
                }
                check(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        let mut root = crate::args::command();
        root.build();
        check(&root, "etcdkit", &mut missing);
        assert!(missing.is_empty(), "no help text: {missing:?}");
    }

    #[test]
    fn every_subcommand_has_an_about_of_its_own() {
        // A flattened struct's doc comment once became the about of every deferred
        // subcommand that flattens it (`lock -h` began with the cron knobs' description).
        fn collect(cmd: &clap::Command, path: &str, abouts: &mut Vec<(String, String)>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let path = format!("{path} {}", sub.get_name());
                let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
                abouts.push((about, path.clone()));
                collect(sub, &path, abouts);
            }
        }
        let mut root = crate::args::command();
        root.build();
        let mut abouts = Vec::new();
        collect(&root, "etcdkit", &mut abouts);
        abouts.sort();
        let shared: Vec<_> = abouts
            .windows(2)
            .filter(|w| w[0].0 == w[1].0)
            .map(|w| format!("{} and {}: {}", w[0].1, w[1].1, w[0].0))
            .collect();
        assert!(shared.is_empty(), "{shared:#?}");
        assert!(abouts.len() > 40, "only {} subcommands", abouts.len());
    }

    #[test]
    fn every_subcommand_shows_examples_in_its_long_help() {
        let mut root = crate::args::command();
        for sub in root
            .get_subcommands_mut()
            .filter(|s| s.get_name() != "help")
        {
            let help = sub.render_long_help().to_string();
            assert!(help.contains("\nExamples:\n  "), "{}", sub.get_name());
            let short = sub.render_help().to_string();
            assert!(!short.contains("Examples:"), "{} -h", sub.get_name());
        }
    }
}
