
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'etcdkit' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'etcdkit'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'etcdkit' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Mutual exclusion (or a semaphore with -n): hold NAME while CMD runs, or until a signal')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Free a lock taken with `lock --detach`, by its token (exit 3 if the token does not hold it)')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts of the config file: list them, show one (never its password), choose the current one')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Leader election: run CMD only while leader; --observe leader changes; --leader prints it')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register SERVICE at ADDR under a lease kept alive (while CMD runs, or until a signal)')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'List, watch, wait for, or pick instances of SERVICE')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish messages to TOPIC, one per argument or per stdin line')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Stream TOPIC''s messages in publish order, live or replayed from a revision')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A FIFO work queue: each item to exactly one popper, or at least once to a worker')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until KEY exists, equals a value, or is deleted')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print every change of KEY (or of every key under it), or run CMD once per change')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Run CMD with one environment variable per key under PREFIX..., read at one revision')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render templates from etcd keys read at one revision into files; checked, installed atomically, reloaded on change')
            [CompletionResult]::new('job-progress', 'job-progress', [CompletionResultType]::ParameterValue, 'Report and watch the progress of long jobs')
            [CompletionResult]::new('barrier', 'barrier', [CompletionResultType]::ParameterValue, 'A double barrier: wait until N parties have entered, run CMD, leave when all have')
            [CompletionResult]::new('once', 'once', [CompletionResultType]::ParameterValue, 'Run CMD unless a run of NAME succeeded less than --every ago (cron on several hosts)')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'An integer counter: incr (exactly once, never the same value twice), get, set, delete')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Who holds a lock or leads an election, who waits, in order; a service''s instances, a queue''s workers, a job''s last writer')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Cluster health: each endpoint''s reachability, version, leader, raft term, revision, db size, alarms')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Start a throwaway local etcd on free loopback ports; run CMD against it, or serve until a signal')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;lock' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Session lease TTL (whole seconds, at least 2s): how long a crashed holder blocks others')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after DUR (exit 3)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Semaphore: up to N holders at once')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Semaphore: up to N holders at once')
            [CompletionResult]::new('--min-hold', '--min-hold', [CompletionResultType]::ParameterName, 'Keep holding at least DUR from acquisition even if CMD ends sooner')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'A detached lock''s token, for --renew and --verify [default: --token-file''s, else $ETCDKIT_LOCK_TOKEN]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'With --detach: also write the token to FILE (0600); with --renew and --verify: read it from FILE')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1')
            [CompletionResult]::new('--max-runtime', '--max-runtime', [CompletionResultType]::ParameterName, 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop')
            [CompletionResult]::new('--splay', '--splay', [CompletionResultType]::ParameterName, 'Wait a random time in [0, DUR) before contending, so that a fleet''s crontab lines do not reach etcd in the same second')
            [CompletionResult]::new('--report-textfile', '--report-textfile', [CompletionResultType]::ParameterName, 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted')
            [CompletionResult]::new('--ping', '--ping', [CompletionResultType]::ParameterName, 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io''s scheme; 10 s at most each, never failing the run)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--try', '--try', [CompletionResultType]::ParameterName, 'Do not wait: exit 3 at once if the lock is held')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'A shared (read) lock: held together with other shared holders, excluded by plain `lock NAME` holders (Go''s recipes.RWMutex layout, docs/lock.md)')
            [CompletionResult]::new('--break', '--break', [CompletionResultType]::ParameterName, 'Revoke the current holder''s lease so the next waiter proceeds (the oldest holder with -n); asks on a terminal, needs --yes elsewhere')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With --break: do not ask')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Take the lock and exit at once, leaving it held on a lease nobody keeps alive: prints a token for `unlock`; the lock frees itself after --ttl unless renewed (CI steps, docs/recipes.md)')
            [CompletionResult]::new('--renew', '--renew', [CompletionResultType]::ParameterName, 'With a detached lock''s token: start its --ttl again from now (exit 3 if the token no longer holds NAME)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'With a detached lock''s token: exit 0 if it still holds NAME, 3 if not')
            [CompletionResult]::new('--http-public', '--http-public', [CompletionResultType]::ParameterName, 'Allow --http on an address other than loopback (a pod''s IP for kubelet probes)')
            [CompletionResult]::new('--quiet-unless-failed', '--quiet-unless-failed', [CompletionResultType]::ParameterName, 'Keep CMD''s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;unlock' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The token `lock --detach` printed [default: --token-file''s, else $ETCDKIT_LOCK_TOKEN]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from FILE (as `lock --detach --token-file` wrote it)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;context' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every context, the current one marked with *')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A context''s settings, password as *** (default: the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context (written to ~/.config/etcdkit/config.toml)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;context;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;context;show' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;context;use' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;context;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every context, the current one marked with *')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A context''s settings, password as *** (default: the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context (written to ~/.config/etcdkit/config.toml)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;context;help;list' {
            break
        }
        'etcdkit;context;help;show' {
            break
        }
        'etcdkit;context;help;use' {
            break
        }
        'etcdkit;context;help;help' {
            break
        }
        'etcdkit;elect' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'What this candidate proclaims while leading [default: the host name]')
            [CompletionResult]::new('--proclaim', '--proclaim', [CompletionResultType]::ParameterName, 'From inside the leader''s CMD: replace the value it proclaims with V (exit 4 if it no longer leads); reads ETCDKIT_LEADER_KEY and ETCDKIT_LEADER_REV')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'With --observe: exit 0 after N leaders')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Session lease TTL (whole seconds, at least 2s): how long a crashed leader blocks standbys')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up campaigning after DUR (exit 3)')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1')
            [CompletionResult]::new('--max-runtime', '--max-runtime', [CompletionResultType]::ParameterName, 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop')
            [CompletionResult]::new('--splay', '--splay', [CompletionResultType]::ParameterName, 'Wait a random time in [0, DUR) before contending, so that a fleet''s crontab lines do not reach etcd in the same second')
            [CompletionResult]::new('--report-textfile', '--report-textfile', [CompletionResultType]::ParameterName, 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted')
            [CompletionResult]::new('--ping', '--ping', [CompletionResultType]::ParameterName, 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io''s scheme; 10 s at most each, never failing the run)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--observe', '--observe', [CompletionResultType]::ParameterName, 'Print every leader change until a signal (or --count changes)')
            [CompletionResult]::new('--leader', '--leader', [CompletionResultType]::ParameterName, 'Print the current leader and exit (3 if there is none)')
            [CompletionResult]::new('--break', '--break', [CompletionResultType]::ParameterName, 'Revoke the current leader''s lease so the next candidate leads; asks on a terminal, needs --yes elsewhere')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With --break: do not ask')
            [CompletionResult]::new('--http-public', '--http-public', [CompletionResultType]::ParameterName, 'Allow --http on an address other than loopback (a pod''s IP for kubelet probes)')
            [CompletionResult]::new('--quiet-unless-failed', '--quiet-unless-failed', [CompletionResultType]::ParameterName, 'Keep CMD''s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;register' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Lease TTL (whole seconds, at least 2s): how long a crashed instance stays listed')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Metadata, any JSON value [default: null]')
            [CompletionResult]::new('--check-http', '--check-http', [CompletionResultType]::ParameterName, 'Listed only while GET URL answers 2xx (http:// only)')
            [CompletionResult]::new('--check-tcp', '--check-tcp', [CompletionResultType]::ParameterName, 'Listed only while HOST:PORT accepts a TCP connection')
            [CompletionResult]::new('--check-cmd', '--check-cmd', [CompletionResultType]::ParameterName, 'Listed only while `sh -c CMD` exits 0')
            [CompletionResult]::new('--check-interval', '--check-interval', [CompletionResultType]::ParameterName, 'How often the check runs')
            [CompletionResult]::new('--check-timeout', '--check-timeout', [CompletionResultType]::ParameterName, 'How long one check may take before it counts as failed')
            [CompletionResult]::new('--unhealthy-after', '--unhealthy-after', [CompletionResultType]::ParameterName, 'Withdraw after N failed checks in a row')
            [CompletionResult]::new('--healthy-after', '--healthy-after', [CompletionResultType]::ParameterName, 'List (again) after N passed checks in a row')
            [CompletionResult]::new('--drain', '--drain', [CompletionResultType]::ParameterName, 'On SIGTERM/SIGINT: withdraw from discovery first, then give CMD DUR to finish its requests (or end by itself) before it is stopped')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--http-public', '--http-public', [CompletionResultType]::ParameterName, 'Allow --http on an address other than loopback (a pod''s IP for kubelet probes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;discover' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--pick', '--pick', [CompletionResultType]::ParameterName, 'Print one instance''s address')
            [CompletionResult]::new('--wait-for', '--wait-for', [CompletionResultType]::ParameterName, 'Wait until at least N instances are registered')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait-for: give up after DUR (exit 3)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Stream joins and leaves after the current set')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;publish' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Messages vanish DUR after the first one was published (one lease; whole seconds)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Publish one message per stdin line, as lines arrive')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;subscribe' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--from-rev', '--from-rev', [CompletionResultType]::ParameterName, 'Replay history from this revision')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit 0 after N messages')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Exit 3 if --count messages have not arrived within DUR (without --count: stop after DUR, exit 3)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Append values (arguments, or one per line of stdin)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Remove and print the oldest item, waiting while the queue is empty')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of items')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Print the oldest item without removing it (exit 3 if empty)')
            [CompletionResult]::new('work', 'work', [CompletionResultType]::ParameterValue, 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'List the items workers hold: key, attempt, lease, for how long')
            [CompletionResult]::new('dead', 'dead', [CompletionResultType]::ParameterValue, 'List the dead letters with their last failure')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Move dead letters back to the queue with a fresh attempt count (all without ID)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;queue;push' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Make the items visible only DUR from now, as the cluster counts (a lease): whole seconds')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Push one value per line of stdin, as lines arrive (batched, order kept)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;pop' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after DUR (exit 3, after printing what was popped)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Pop N items')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;len' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;peek' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;work' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Handle N items, then exit 0 (default: until SIGINT/SIGTERM)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'The worker''s lease: a dead worker''s item returns to the queue once it expires')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Deliveries of an item before it goes to the dead letters')
            [CompletionResult]::new('--retry-delay', '--retry-delay', [CompletionResultType]::ParameterName, 'How long a failed item waits before it is ready again, as the cluster counts: whole seconds, 0 for at once')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--prefetch', '--prefetch', [CompletionResultType]::ParameterName, 'Claim up to N items at a time (at most 16): fewer round trips for short CMDs, but claimed items wait for this worker')
            [CompletionResult]::new('--max-runtime', '--max-runtime', [CompletionResultType]::ParameterName, 'Stop an item''s CMD once it has run DUR (SIGTERM, --grace, SIGKILL): a failed attempt, retried after --retry-delay')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--http-public', '--http-public', [CompletionResultType]::ParameterName, 'Allow --http on an address other than loopback (a pod''s IP for kubelet probes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;claims' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;dead' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;retry' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;queue;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Append values (arguments, or one per line of stdin)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Remove and print the oldest item, waiting while the queue is empty')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of items')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Print the oldest item without removing it (exit 3 if empty)')
            [CompletionResult]::new('work', 'work', [CompletionResultType]::ParameterValue, 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'List the items workers hold: key, attempt, lease, for how long')
            [CompletionResult]::new('dead', 'dead', [CompletionResultType]::ParameterValue, 'List the dead letters with their last failure')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Move dead letters back to the queue with a fresh attempt count (all without ID)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;queue;help;push' {
            break
        }
        'etcdkit;queue;help;pop' {
            break
        }
        'etcdkit;queue;help;len' {
            break
        }
        'etcdkit;queue;help;peek' {
            break
        }
        'etcdkit;queue;help;work' {
            break
        }
        'etcdkit;queue;help;claims' {
            break
        }
        'etcdkit;queue;help;dead' {
            break
        }
        'etcdkit;queue;help;retry' {
            break
        }
        'etcdkit;queue;help;help' {
            break
        }
        'etcdkit;wait' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--equals', '--equals', [CompletionResultType]::ParameterName, 'Until KEY''s value is V')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after DUR (exit 3)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--exists', '--exists', [CompletionResultType]::ParameterName, 'Until KEY exists')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Until KEY does not exist')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;watch' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--from-rev', '--from-rev', [CompletionResultType]::ParameterName, 'Start from this revision (replaying history) instead of now')
            [CompletionResult]::new('--debounce', '--debounce', [CompletionResultType]::ParameterName, 'Coalesce a burst: handle a change only after DUR without another, with the last one')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit 0 after handling N changes')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Watch every key that starts with KEY (etcdctl''s `watch --prefix`; etcdkit''s global --prefix is the key prefix)')
            [CompletionResult]::new('--initial', '--initial', [CompletionResultType]::ParameterName, 'First handle the current value (each current key with --tree) as a change')
            [CompletionResult]::new('--stop-on-failure', '--stop-on-failure', [CompletionResultType]::ParameterName, 'End at the first failing CMD, with its status')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;env' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'On a change of the keys, send SIG to CMD instead (its environment stays as it was)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Coalesce bursts of changes: act after MIN without another, at the latest MAX after the first')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--restart-on-change', '--restart-on-change', [CompletionResultType]::ParameterName, 'On a change of the keys, restart CMD with the new environment (SIGTERM, --grace, SIGKILL, then start it again)')
            [CompletionResult]::new('--pristine', '--pristine', [CompletionResultType]::ParameterName, 'Start CMD from an empty environment: only the variables of the keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;render' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Render the Jinja template SRC into the file DEST; repeat for more files. A --check, --reload, --mode or --owner after a --template is that template''s own; before the first, every template''s')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Check each new file before it replaces DEST: a shell command line, `{}` the staged file''s path (`nginx -t -c {}`); a failure keeps the old file')
            [CompletionResult]::new('--reload', '--reload', [CompletionResultType]::ParameterName, 'Run this shell command line after DEST changed (once per render, however many templates share it)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'DEST''s mode, in octal (0640) [default: DEST''s present mode, 0644 for a new file]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'DEST''s owner: USER, or USER:GROUP (names or numbers; changing it needs root) [default: as root, DEST''s present owner]')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Once the files are in place, run CMD (words split as a shell would, no shell) supervised, and send it --reload-signal after each change')
            [CompletionResult]::new('--reload-signal', '--reload-signal', [CompletionResultType]::ParameterName, 'The signal --exec''s CMD gets after a change')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Coalesce bursts of changes: render after MIN without another, at the latest MAX after the first')
            [CompletionResult]::new('--splay', '--splay', [CompletionResultType]::ParameterName, 'Wait a random time in [0, DUR) before each render a change causes (with --once, before the render): spreads a fleet''s reloads')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD (--exec, a check, a reload) gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--restart-on-change', '--restart-on-change', [CompletionResultType]::ParameterName, 'Restart --exec''s CMD after a change (SIGTERM, --grace, SIGKILL, start) instead of signalling it')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Render once, run the reloads of what changed, and exit')
            [CompletionResult]::new('--http-public', '--http-public', [CompletionResultType]::ParameterName, 'Allow --http on an address other than loopback (a pod''s IP for kubelet probes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Report PERCENT (0..100) done, optionally with a message')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark the job done (100%)')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark the job failed')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the job''s progress (exit 3 if it has not started)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the job''s record (exit 3 if it has none); watchers see it as not started')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow jobs live: bars on a terminal, one line per change otherwise')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run CMD as JOB: marked running, then done or failed from CMD''s exit status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;job-progress;set' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'What the job is doing now, shown by `watch`')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Let the record vanish DUR after this update')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress;done' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A last word, shown by `watch`')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Let the record vanish DUR after this update')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress;fail' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Why it failed, shown by `watch`')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Let the record vanish DUR after this update')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress;get' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress;delete' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress;watch' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after DUR (exit 3)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress;run' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Let the record vanish DUR after its last update')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--max-runtime', '--max-runtime', [CompletionResultType]::ParameterName, 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop')
            [CompletionResult]::new('--splay', '--splay', [CompletionResultType]::ParameterName, 'Wait a random time in [0, DUR) before contending, so that a fleet''s crontab lines do not reach etcd in the same second')
            [CompletionResult]::new('--report-textfile', '--report-textfile', [CompletionResultType]::ParameterName, 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted')
            [CompletionResult]::new('--ping', '--ping', [CompletionResultType]::ParameterName, 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io''s scheme; 10 s at most each, never failing the run)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet-unless-failed', '--quiet-unless-failed', [CompletionResultType]::ParameterName, 'Keep CMD''s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;job-progress;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Report PERCENT (0..100) done, optionally with a message')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark the job done (100%)')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark the job failed')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the job''s progress (exit 3 if it has not started)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the job''s record (exit 3 if it has none); watchers see it as not started')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow jobs live: bars on a terminal, one line per change otherwise')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run CMD as JOB: marked running, then done or failed from CMD''s exit status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;job-progress;help;set' {
            break
        }
        'etcdkit;job-progress;help;done' {
            break
        }
        'etcdkit;job-progress;help;fail' {
            break
        }
        'etcdkit;job-progress;help;get' {
            break
        }
        'etcdkit;job-progress;help;delete' {
            break
        }
        'etcdkit;job-progress;help;watch' {
            break
        }
        'etcdkit;job-progress;help;run' {
            break
        }
        'etcdkit;job-progress;help;help' {
            break
        }
        'etcdkit;barrier' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--parties', '--parties', [CompletionResultType]::ParameterName, 'How many parties the barrier waits for')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up entering after DUR (exit 3)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Session lease TTL (whole seconds, at least 2s): how long a dead party counts')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--max-runtime', '--max-runtime', [CompletionResultType]::ParameterName, 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop')
            [CompletionResult]::new('--splay', '--splay', [CompletionResultType]::ParameterName, 'Wait a random time in [0, DUR) before contending, so that a fleet''s crontab lines do not reach etcd in the same second')
            [CompletionResult]::new('--report-textfile', '--report-textfile', [CompletionResultType]::ParameterName, 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted')
            [CompletionResult]::new('--ping', '--ping', [CompletionResultType]::ParameterName, 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io''s scheme; 10 s at most each, never failing the run)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet-unless-failed', '--quiet-unless-failed', [CompletionResultType]::ParameterName, 'Keep CMD''s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;once' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'The period: a success keeps others from running NAME for DUR (whole seconds)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Session lease TTL while CMD runs (whole seconds, at least 2s)')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--max-runtime', '--max-runtime', [CompletionResultType]::ParameterName, 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop')
            [CompletionResult]::new('--splay', '--splay', [CompletionResultType]::ParameterName, 'Wait a random time in [0, DUR) before contending, so that a fleet''s crontab lines do not reach etcd in the same second')
            [CompletionResult]::new('--report-textfile', '--report-textfile', [CompletionResultType]::ParameterName, 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted')
            [CompletionResult]::new('--ping', '--ping', [CompletionResultType]::ParameterName, 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io''s scheme; 10 s at most each, never failing the run)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Print the last success and whether a run is due, and exit')
            [CompletionResult]::new('--quiet-unless-failed', '--quiet-unless-failed', [CompletionResultType]::ParameterName, 'Keep CMD''s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;counter' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('incr', 'incr', [CompletionResultType]::ParameterValue, 'Add N (default 1) and print the new value')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value (0 if never set)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the value')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the counter (it reads 0 again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;counter;incr' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'How much to add (may be negative)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;counter;get' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;counter;set' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;counter;delete' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;counter;help' {
            [CompletionResult]::new('incr', 'incr', [CompletionResultType]::ParameterValue, 'Add N (default 1) and print the new value')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value (0 if never set)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the value')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the counter (it reads 0 again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;counter;help;incr' {
            break
        }
        'etcdkit;counter;help;get' {
            break
        }
        'etcdkit;counter;help;set' {
            break
        }
        'etcdkit;counter;help;delete' {
            break
        }
        'etcdkit;counter;help;help' {
            break
        }
        'etcdkit;inspect' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'With lock: how many hold at once (as given to `lock -n`; default: what etcdkit contenders recorded, else 1)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'With lock: how many hold at once (as given to `lock -n`; default: what etcdkit contenders recorded, else 1)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;sandbox' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'Number of cluster members')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time a stopped CMD gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;completions' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of --cert (fallback: $ETCDCTL_KEY)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password for --user from the first line of FILE')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]')
            [CompletionResult]::new('--bookkeeping-prefix', '--bookkeeping-prefix', [CompletionResultType]::ParameterName, 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file''s current-context]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`-w` and etcdctl''s `simple` and `table` are accepted too, as text)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)')
            [CompletionResult]::new('--auth-cache', '--auth-cache', [CompletionResultType]::ParameterName, 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Results and errors only: no status line while waiting, counters or notes on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'etcdkit;help' {
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Mutual exclusion (or a semaphore with -n): hold NAME while CMD runs, or until a signal')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Free a lock taken with `lock --detach`, by its token (exit 3 if the token does not hold it)')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Named contexts of the config file: list them, show one (never its password), choose the current one')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Leader election: run CMD only while leader; --observe leader changes; --leader prints it')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register SERVICE at ADDR under a lease kept alive (while CMD runs, or until a signal)')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'List, watch, wait for, or pick instances of SERVICE')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish messages to TOPIC, one per argument or per stdin line')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Stream TOPIC''s messages in publish order, live or replayed from a revision')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A FIFO work queue: each item to exactly one popper, or at least once to a worker')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until KEY exists, equals a value, or is deleted')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print every change of KEY (or of every key under it), or run CMD once per change')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Run CMD with one environment variable per key under PREFIX..., read at one revision')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render templates from etcd keys read at one revision into files; checked, installed atomically, reloaded on change')
            [CompletionResult]::new('job-progress', 'job-progress', [CompletionResultType]::ParameterValue, 'Report and watch the progress of long jobs')
            [CompletionResult]::new('barrier', 'barrier', [CompletionResultType]::ParameterValue, 'A double barrier: wait until N parties have entered, run CMD, leave when all have')
            [CompletionResult]::new('once', 'once', [CompletionResultType]::ParameterValue, 'Run CMD unless a run of NAME succeeded less than --every ago (cron on several hosts)')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'An integer counter: incr (exactly once, never the same value twice), get, set, delete')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Who holds a lock or leads an election, who waits, in order; a service''s instances, a queue''s workers, a job''s last writer')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Cluster health: each endpoint''s reachability, version, leader, raft term, revision, db size, alarms')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Start a throwaway local etcd on free loopback ports; run CMD against it, or serve until a signal')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'etcdkit;help;lock' {
            break
        }
        'etcdkit;help;unlock' {
            break
        }
        'etcdkit;help;context' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every context, the current one marked with *')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A context''s settings, password as *** (default: the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the current context (written to ~/.config/etcdkit/config.toml)')
            break
        }
        'etcdkit;help;context;list' {
            break
        }
        'etcdkit;help;context;show' {
            break
        }
        'etcdkit;help;context;use' {
            break
        }
        'etcdkit;help;elect' {
            break
        }
        'etcdkit;help;register' {
            break
        }
        'etcdkit;help;discover' {
            break
        }
        'etcdkit;help;publish' {
            break
        }
        'etcdkit;help;subscribe' {
            break
        }
        'etcdkit;help;queue' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Append values (arguments, or one per line of stdin)')
            [CompletionResult]::new('pop', 'pop', [CompletionResultType]::ParameterValue, 'Remove and print the oldest item, waiting while the queue is empty')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of items')
            [CompletionResult]::new('peek', 'peek', [CompletionResultType]::ParameterValue, 'Print the oldest item without removing it (exit 3 if empty)')
            [CompletionResult]::new('work', 'work', [CompletionResultType]::ParameterValue, 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'List the items workers hold: key, attempt, lease, for how long')
            [CompletionResult]::new('dead', 'dead', [CompletionResultType]::ParameterValue, 'List the dead letters with their last failure')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Move dead letters back to the queue with a fresh attempt count (all without ID)')
            break
        }
        'etcdkit;help;queue;push' {
            break
        }
        'etcdkit;help;queue;pop' {
            break
        }
        'etcdkit;help;queue;len' {
            break
        }
        'etcdkit;help;queue;peek' {
            break
        }
        'etcdkit;help;queue;work' {
            break
        }
        'etcdkit;help;queue;claims' {
            break
        }
        'etcdkit;help;queue;dead' {
            break
        }
        'etcdkit;help;queue;retry' {
            break
        }
        'etcdkit;help;wait' {
            break
        }
        'etcdkit;help;watch' {
            break
        }
        'etcdkit;help;env' {
            break
        }
        'etcdkit;help;render' {
            break
        }
        'etcdkit;help;job-progress' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Report PERCENT (0..100) done, optionally with a message')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark the job done (100%)')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark the job failed')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the job''s progress (exit 3 if it has not started)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the job''s record (exit 3 if it has none); watchers see it as not started')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow jobs live: bars on a terminal, one line per change otherwise')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run CMD as JOB: marked running, then done or failed from CMD''s exit status')
            break
        }
        'etcdkit;help;job-progress;set' {
            break
        }
        'etcdkit;help;job-progress;done' {
            break
        }
        'etcdkit;help;job-progress;fail' {
            break
        }
        'etcdkit;help;job-progress;get' {
            break
        }
        'etcdkit;help;job-progress;delete' {
            break
        }
        'etcdkit;help;job-progress;watch' {
            break
        }
        'etcdkit;help;job-progress;run' {
            break
        }
        'etcdkit;help;barrier' {
            break
        }
        'etcdkit;help;once' {
            break
        }
        'etcdkit;help;counter' {
            break
        }
        'etcdkit;help;inspect' {
            break
        }
        'etcdkit;help;status' {
            break
        }
        'etcdkit;help;sandbox' {
            break
        }
        'etcdkit;help;completions' {
            break
        }
        'etcdkit;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
