# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_etcdkit_global_optspecs
    string join \n endpoints= cacert= cert= key= user= password= password-file= auth-cache dial-timeout= command-timeout= prefix= bookkeeping-prefix= context= o/output= color= v/verbose q/quiet h/help V/version
end

function __fish_etcdkit_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_etcdkit_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_etcdkit_using_subcommand
    set -l cmd (__fish_etcdkit_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c etcdkit -n "__fish_etcdkit_needs_command" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_needs_command" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_needs_command" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "lock" -d 'Mutual exclusion (or a semaphore with -n): hold NAME while CMD runs, or until a signal'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "unlock" -d 'Free a lock taken with `lock --detach`, by its token (exit 3 if the token does not hold it)'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "context" -d 'Named contexts of the config file: list them, show one (never its password), choose the current one'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "elect" -d 'Leader election: run CMD only while leader; --observe leader changes; --leader prints it'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "register" -d 'Register SERVICE at ADDR under a lease kept alive (while CMD runs, or until a signal)'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "discover" -d 'List, watch, wait for, or pick instances of SERVICE'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "publish" -d 'Publish messages to TOPIC, one per argument or per stdin line'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "subscribe" -d 'Stream TOPIC\'s messages in publish order, live or replayed from a revision'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "queue" -d 'A FIFO work queue: each item to exactly one popper, or at least once to a worker'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "wait" -d 'Block until KEY exists, equals a value, or is deleted'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "watch" -d 'Print every change of KEY (or of every key under it), or run CMD once per change'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "env" -d 'Run CMD with one environment variable per key under PREFIX..., read at one revision'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "render" -d 'Render templates from etcd keys read at one revision into files; checked, installed atomically, reloaded on change'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "job-progress" -d 'Report and watch the progress of long jobs'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "barrier" -d 'A double barrier: wait until N parties have entered, run CMD, leave when all have'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "once" -d 'Run CMD unless a run of NAME succeeded less than --every ago (cron on several hosts)'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "counter" -d 'An integer counter: incr (exactly once, never the same value twice), get, set, delete'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "inspect" -d 'Who holds a lock or leads an election, who waits, in order; a service\'s instances, a queue\'s workers, a job\'s last writer'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "status" -d 'Cluster health: each endpoint\'s reachability, version, leader, raft term, revision, db size, alarms'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "sandbox" -d 'Start a throwaway local etcd on free loopback ports; run CMD against it, or serve until a signal'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c etcdkit -n "__fish_etcdkit_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l ttl -d 'Session lease TTL (whole seconds, at least 2s): how long a crashed holder blocks others' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l timeout -d 'Give up waiting after DUR (exit 3)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -s n -l limit -d 'Semaphore: up to N holders at once' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l min-hold -d 'Keep holding at least DUR from acquisition even if CMD ends sooner' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l token -d 'A detached lock\'s token, for --renew and --verify [default: --token-file\'s, else $ETCDKIT_LOCK_TOKEN]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l token-file -d 'With --detach: also write the token to FILE (0600); with --renew and --verify: read it from FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l http -d 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l max-runtime -d 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l splay -d 'Wait a random time in [0, DUR) before contending, so that a fleet\'s crontab lines do not reach etcd in the same second' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l report-textfile -d 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted' -r -f -a "(__fish_complete_directories)"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l ping -d 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io\'s scheme; 10 s at most each, never failing the run)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l try -d 'Do not wait: exit 3 at once if the lock is held'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l shared -d 'A shared (read) lock: held together with other shared holders, excluded by plain `lock NAME` holders (Go\'s recipes.RWMutex layout, docs/lock.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l break -d 'Revoke the current holder\'s lease so the next waiter proceeds (the oldest holder with -n); asks on a terminal, needs --yes elsewhere'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l yes -d 'With --break: do not ask'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l detach -d 'Take the lock and exit at once, leaving it held on a lease nobody keeps alive: prints a token for `unlock`; the lock frees itself after --ttl unless renewed (CI steps, docs/recipes.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l renew -d 'With a detached lock\'s token: start its --ttl again from now (exit 3 if the token no longer holds NAME)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l verify -d 'With a detached lock\'s token: exit 0 if it still holds NAME, 3 if not'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l http-public -d 'Allow --http on an address other than loopback (a pod\'s IP for kubelet probes)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -l quiet-unless-failed -d 'Keep CMD\'s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand lock" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l token -d 'The token `lock --detach` printed [default: --token-file\'s, else $ETCDKIT_LOCK_TOKEN]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l token-file -d 'Read the token from FILE (as `lock --detach --token-file` wrote it)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand unlock" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "list" -d 'Every context, the current one marked with *'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "show" -d 'A context\'s settings, password as *** (default: the one in use)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "use" -d 'Make NAME the current context (written to ~/.config/etcdkit/config.toml)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and not __fish_seen_subcommand_from list show use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every context, the current one marked with *'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "show" -d 'A context\'s settings, password as *** (default: the one in use)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make NAME the current context (written to ~/.config/etcdkit/config.toml)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l value -d 'What this candidate proclaims while leading [default: the host name]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l proclaim -d 'From inside the leader\'s CMD: replace the value it proclaims with V (exit 4 if it no longer leads); reads ETCDKIT_LEADER_KEY and ETCDKIT_LEADER_REV' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l count -d 'With --observe: exit 0 after N leaders' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l ttl -d 'Session lease TTL (whole seconds, at least 2s): how long a crashed leader blocks standbys' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l timeout -d 'Give up campaigning after DUR (exit 3)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l http -d 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l max-runtime -d 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l splay -d 'Wait a random time in [0, DUR) before contending, so that a fleet\'s crontab lines do not reach etcd in the same second' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l report-textfile -d 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted' -r -f -a "(__fish_complete_directories)"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l ping -d 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io\'s scheme; 10 s at most each, never failing the run)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l observe -d 'Print every leader change until a signal (or --count changes)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l leader -d 'Print the current leader and exit (3 if there is none)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l break -d 'Revoke the current leader\'s lease so the next candidate leads; asks on a terminal, needs --yes elsewhere'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l yes -d 'With --break: do not ask'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l http-public -d 'Allow --http on an address other than loopback (a pod\'s IP for kubelet probes)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -l quiet-unless-failed -d 'Keep CMD\'s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand elect" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l ttl -d 'Lease TTL (whole seconds, at least 2s): how long a crashed instance stays listed' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l meta -d 'Metadata, any JSON value [default: null]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l check-http -d 'Listed only while GET URL answers 2xx (http:// only)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l check-tcp -d 'Listed only while HOST:PORT accepts a TCP connection' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l check-cmd -d 'Listed only while `sh -c CMD` exits 0' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l check-interval -d 'How often the check runs' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l check-timeout -d 'How long one check may take before it counts as failed' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l unhealthy-after -d 'Withdraw after N failed checks in a row' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l healthy-after -d 'List (again) after N passed checks in a row' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l drain -d 'On SIGTERM/SIGINT: withdraw from discovery first, then give CMD DUR to finish its requests (or end by itself) before it is stopped' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l http -d 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -l http-public -d 'Allow --http on an address other than loopback (a pod\'s IP for kubelet probes)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand register" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l pick -d 'Print one instance\'s address' -r -f -a "random\t''
round-robin\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l wait-for -d 'Wait until at least N instances are registered' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l timeout -d 'With --wait-for: give up after DUR (exit 3)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -l watch -d 'Stream joins and leaves after the current set'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand discover" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l ttl -d 'Messages vanish DUR after the first one was published (one lease; whole seconds)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -l stdin -d 'Publish one message per stdin line, as lines arrive'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand publish" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l from-rev -d 'Replay history from this revision' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l count -d 'Exit 0 after N messages' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l timeout -d 'Exit 3 if --count messages have not arrived within DUR (without --count: stop after DUR, exit 3)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand subscribe" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "push" -d 'Append values (arguments, or one per line of stdin)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "pop" -d 'Remove and print the oldest item, waiting while the queue is empty'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "len" -d 'Print the number of items'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "peek" -d 'Print the oldest item without removing it (exit 3 if empty)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "work" -d 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "claims" -d 'List the items workers hold: key, attempt, lease, for how long'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "dead" -d 'List the dead letters with their last failure'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "retry" -d 'Move dead letters back to the queue with a fresh attempt count (all without ID)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and not __fish_seen_subcommand_from push pop len peek work claims dead retry help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l delay -d 'Make the items visible only DUR from now, as the cluster counts (a lease): whole seconds' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -l stdin -d 'Push one value per line of stdin, as lines arrive (batched, order kept)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l timeout -d 'Give up after DUR (exit 3, after printing what was popped)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l count -d 'Pop N items' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from pop" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from len" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from peek" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l count -d 'Handle N items, then exit 0 (default: until SIGINT/SIGTERM)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l ttl -d 'The worker\'s lease: a dead worker\'s item returns to the queue once it expires' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l max-attempts -d 'Deliveries of an item before it goes to the dead letters' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l retry-delay -d 'How long a failed item waits before it is ready again, as the cluster counts: whole seconds, 0 for at once' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l prefetch -d 'Claim up to N items at a time (at most 16): fewer round trips for short CMDs, but claimed items wait for this worker' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l max-runtime -d 'Stop an item\'s CMD once it has run DUR (SIGTERM, --grace, SIGKILL): a failed attempt, retried after --retry-delay' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l http -d 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -l http-public -d 'Allow --http on an address other than loopback (a pod\'s IP for kubelet probes)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from work" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from claims" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from dead" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from retry" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "push" -d 'Append values (arguments, or one per line of stdin)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "pop" -d 'Remove and print the oldest item, waiting while the queue is empty'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "len" -d 'Print the number of items'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "peek" -d 'Print the oldest item without removing it (exit 3 if empty)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "work" -d 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "claims" -d 'List the items workers hold: key, attempt, lease, for how long'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "dead" -d 'List the dead letters with their last failure'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Move dead letters back to the queue with a fresh attempt count (all without ID)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l equals -d 'Until KEY\'s value is V' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l timeout -d 'Give up after DUR (exit 3)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l exists -d 'Until KEY exists'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -l deleted -d 'Until KEY does not exist'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand wait" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l from-rev -d 'Start from this revision (replaying history) instead of now' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l debounce -d 'Coalesce a burst: handle a change only after DUR without another, with the last one' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l count -d 'Exit 0 after handling N changes' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l tree -d 'Watch every key that starts with KEY (etcdctl\'s `watch --prefix`; etcdkit\'s global --prefix is the key prefix)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l initial -d 'First handle the current value (each current key with --tree) as a change'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -l stop-on-failure -d 'End at the first failing CMD, with its status'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand watch" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l signal -d 'On a change of the keys, send SIG to CMD instead (its environment stays as it was)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l wait -d 'Coalesce bursts of changes: act after MIN without another, at the latest MAX after the first' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l restart-on-change -d 'On a change of the keys, restart CMD with the new environment (SIGTERM, --grace, SIGKILL, then start it again)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -l pristine -d 'Start CMD from an empty environment: only the variables of the keys'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand env" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l template -d 'Render the Jinja template SRC into the file DEST; repeat for more files. A --check, --reload, --mode or --owner after a --template is that template\'s own; before the first, every template\'s' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l check -d 'Check each new file before it replaces DEST: a shell command line, `{}` the staged file\'s path (`nginx -t -c {}`); a failure keeps the old file' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l reload -d 'Run this shell command line after DEST changed (once per render, however many templates share it)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l mode -d 'DEST\'s mode, in octal (0640) [default: DEST\'s present mode, 0644 for a new file]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l owner -d 'DEST\'s owner: USER, or USER:GROUP (names or numbers; changing it needs root) [default: as root, DEST\'s present owner]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l exec -d 'Once the files are in place, run CMD (words split as a shell would, no shell) supervised, and send it --reload-signal after each change' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l reload-signal -d 'The signal --exec\'s CMD gets after a change' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l wait -d 'Coalesce bursts of changes: render after MIN without another, at the latest MAX after the first' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l splay -d 'Wait a random time in [0, DUR) before each render a change causes (with --once, before the render): spreads a fleet\'s reloads' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l grace -d 'Time a stopped CMD (--exec, a check, a reload) gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l http -d 'Serve /healthz (200 while holding, leading, registered or working with the lease alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or :PORT for 127.0.0.1' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l restart-on-change -d 'Restart --exec\'s CMD after a change (SIGTERM, --grace, SIGKILL, start) instead of signalling it'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l once -d 'Render once, run the reloads of what changed, and exit'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -l http-public -d 'Allow --http on an address other than loopback (a pod\'s IP for kubelet probes)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand render" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "set" -d 'Report PERCENT (0..100) done, optionally with a message'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "done" -d 'Mark the job done (100%)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "fail" -d 'Mark the job failed'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "get" -d 'Print the job\'s progress (exit 3 if it has not started)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "delete" -d 'Delete the job\'s record (exit 3 if it has none); watchers see it as not started'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "watch" -d 'Follow jobs live: bars on a terminal, one line per change otherwise'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "run" -d 'Run CMD as JOB: marked running, then done or failed from CMD\'s exit status'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and not __fish_seen_subcommand_from set done fail get delete watch run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l message -d 'What the job is doing now, shown by `watch`' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l ttl -d 'Let the record vanish DUR after this update' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l message -d 'A last word, shown by `watch`' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l ttl -d 'Let the record vanish DUR after this update' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l message -d 'Why it failed, shown by `watch`' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l ttl -d 'Let the record vanish DUR after this update' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from fail" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l timeout -d 'Give up after DUR (exit 3)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l ttl -d 'Let the record vanish DUR after its last update' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l max-runtime -d 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l splay -d 'Wait a random time in [0, DUR) before contending, so that a fleet\'s crontab lines do not reach etcd in the same second' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l report-textfile -d 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted' -r -f -a "(__fish_complete_directories)"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l ping -d 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io\'s scheme; 10 s at most each, never failing the run)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -l quiet-unless-failed -d 'Keep CMD\'s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "set" -d 'Report PERCENT (0..100) done, optionally with a message'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark the job done (100%)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "fail" -d 'Mark the job failed'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the job\'s progress (exit 3 if it has not started)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the job\'s record (exit 3 if it has none); watchers see it as not started'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow jobs live: bars on a terminal, one line per change otherwise'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run CMD as JOB: marked running, then done or failed from CMD\'s exit status'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand job-progress; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l parties -d 'How many parties the barrier waits for' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l timeout -d 'Give up entering after DUR (exit 3)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l ttl -d 'Session lease TTL (whole seconds, at least 2s): how long a dead party counts' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l max-runtime -d 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l splay -d 'Wait a random time in [0, DUR) before contending, so that a fleet\'s crontab lines do not reach etcd in the same second' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l report-textfile -d 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted' -r -f -a "(__fish_complete_directories)"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l ping -d 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io\'s scheme; 10 s at most each, never failing the run)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -l quiet-unless-failed -d 'Keep CMD\'s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand barrier" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l every -d 'The period: a success keeps others from running NAME for DUR (whole seconds)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l ttl -d 'Session lease TTL while CMD runs (whole seconds, at least 2s)' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l max-runtime -d 'Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held is released after the stop' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l splay -d 'Wait a random time in [0, DUR) before contending, so that a fleet\'s crontab lines do not reach etcd in the same second' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l report-textfile -d 'After each run (or skip), write a node_exporter textfile for NAME into DIR: last exit code, times, duration, last success; runs, skips and failures counted' -r -f -a "(__fish_complete_directories)"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l ping -d 'Ping URL/start before CMD, URL after a success, URL/fail after a failure (healthchecks.io\'s scheme; 10 s at most each, never failing the run)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l status -d 'Print the last success and whether a run is due, and exit'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -l quiet-unless-failed -d 'Keep CMD\'s output (1 MiB of each stream at most) and print it only if the run failed, as chronic does'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand once" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -a "incr" -d 'Add N (default 1) and print the new value'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -a "get" -d 'Print the value (0 if never set)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -a "set" -d 'Set the value'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -a "delete" -d 'Delete the counter (it reads 0 again)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and not __fish_seen_subcommand_from incr get set delete help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l by -d 'How much to add (may be negative)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from incr" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from help" -f -a "incr" -d 'Add N (default 1) and print the new value'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the value (0 if never set)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the value'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the counter (it reads 0 again)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand counter; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -s n -l limit -d 'With lock: how many hold at once (as given to `lock -n`; default: what etcdkit contenders recorded, else 1)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand status" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l members -d 'Number of cluster members' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l grace -d 'Time a stopped CMD gets between SIGTERM and SIGKILL' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l endpoints -d 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l cacert -d 'CA bundle to verify the servers\' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l cert -d 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l key -d 'Private key of --cert (fallback: $ETCDCTL_KEY)' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l user -d 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l password -d 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l password-file -d 'Read the password for --user from the first line of FILE' -r -F
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l dial-timeout -d 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l command-timeout -d 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]' -r -f
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l prefix -d 'Prepended to every name to make its etcd key (empty: names are keys as they are) [default: empty]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l bookkeeping-prefix -d 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name\'s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md) [default: __etcdkit/]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l context -d 'Use the named context of the config file (~/.config/etcdkit/config.toml, then /etc/etcdkit/config.toml): its settings for the options not given otherwise [default: the file\'s current-context]' -r
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -s o -s w -l output -d 'Output format (`-w` and etcdctl\'s `simple` and `table` are accepted too, as text)' -r -f -a "text\t''
json\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l color -d 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -l auth-cache -d 'With --user: keep the auth token in a private file between runs, so etcd checks the password once per token lifetime, not on every run (see docs/security.md)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -s v -l verbose -d 'Log what the connection, session and command do (endpoints, retries, leases, keys and revisions held, watches), one timestamped line each on stderr; -vv adds each request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -s q -l quiet -d 'Results and errors only: no status line while waiting, counters or notes on stderr'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand completions" -s V -l version -d 'Print version'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "lock" -d 'Mutual exclusion (or a semaphore with -n): hold NAME while CMD runs, or until a signal'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "unlock" -d 'Free a lock taken with `lock --detach`, by its token (exit 3 if the token does not hold it)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "context" -d 'Named contexts of the config file: list them, show one (never its password), choose the current one'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "elect" -d 'Leader election: run CMD only while leader; --observe leader changes; --leader prints it'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "register" -d 'Register SERVICE at ADDR under a lease kept alive (while CMD runs, or until a signal)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "discover" -d 'List, watch, wait for, or pick instances of SERVICE'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "publish" -d 'Publish messages to TOPIC, one per argument or per stdin line'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "subscribe" -d 'Stream TOPIC\'s messages in publish order, live or replayed from a revision'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "queue" -d 'A FIFO work queue: each item to exactly one popper, or at least once to a worker'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "wait" -d 'Block until KEY exists, equals a value, or is deleted'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "watch" -d 'Print every change of KEY (or of every key under it), or run CMD once per change'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "env" -d 'Run CMD with one environment variable per key under PREFIX..., read at one revision'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "render" -d 'Render templates from etcd keys read at one revision into files; checked, installed atomically, reloaded on change'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "job-progress" -d 'Report and watch the progress of long jobs'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "barrier" -d 'A double barrier: wait until N parties have entered, run CMD, leave when all have'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "once" -d 'Run CMD unless a run of NAME succeeded less than --every ago (cron on several hosts)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "counter" -d 'An integer counter: incr (exactly once, never the same value twice), get, set, delete'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "inspect" -d 'Who holds a lock or leads an election, who waits, in order; a service\'s instances, a queue\'s workers, a job\'s last writer'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "status" -d 'Cluster health: each endpoint\'s reachability, version, leader, raft term, revision, db size, alarms'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "sandbox" -d 'Start a throwaway local etcd on free loopback ports; run CMD against it, or serve until a signal'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and not __fish_seen_subcommand_from lock unlock context elect register discover publish subscribe queue wait watch env render job-progress barrier once counter inspect status sandbox completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "list" -d 'Every context, the current one marked with *'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "show" -d 'A context\'s settings, password as *** (default: the one in use)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from context" -f -a "use" -d 'Make NAME the current context (written to ~/.config/etcdkit/config.toml)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "push" -d 'Append values (arguments, or one per line of stdin)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "pop" -d 'Remove and print the oldest item, waiting while the queue is empty'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "len" -d 'Print the number of items'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "peek" -d 'Print the oldest item without removing it (exit 3 if empty)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "work" -d 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "claims" -d 'List the items workers hold: key, attempt, lease, for how long'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "dead" -d 'List the dead letters with their last failure'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "retry" -d 'Move dead letters back to the queue with a fresh attempt count (all without ID)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from job-progress" -f -a "set" -d 'Report PERCENT (0..100) done, optionally with a message'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from job-progress" -f -a "done" -d 'Mark the job done (100%)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from job-progress" -f -a "fail" -d 'Mark the job failed'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from job-progress" -f -a "get" -d 'Print the job\'s progress (exit 3 if it has not started)'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from job-progress" -f -a "delete" -d 'Delete the job\'s record (exit 3 if it has none); watchers see it as not started'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from job-progress" -f -a "watch" -d 'Follow jobs live: bars on a terminal, one line per change otherwise'
complete -c etcdkit -n "__fish_etcdkit_using_subcommand help; and __fish_seen_subcommand_from job-progress" -f -a "run" -d 'Run CMD as JOB: marked running, then done or failed from CMD\'s exit status'
