
use builtin;
use str;

set edit:completion:arg-completer[etcdkit] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'etcdkit'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'etcdkit'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand lock 'Mutual exclusion (or a semaphore with -n): hold NAME while CMD runs, or until a signal'
            cand elect 'Leader election: run CMD only while leader; --observe leader changes; --leader prints it'
            cand register 'Register SERVICE at ADDR under a lease kept alive (while CMD runs, or until a signal)'
            cand discover 'List, watch, wait for, or pick instances of SERVICE'
            cand publish 'Publish messages to TOPIC, one per argument or per stdin line'
            cand subscribe 'Stream TOPIC''s messages in publish order, live or replayed from a revision'
            cand queue 'A FIFO work queue: each item to exactly one popper, or at least once to a worker'
            cand wait 'Block until KEY exists, equals a value, or is deleted'
            cand job-progress 'Report and watch the progress of long jobs'
            cand inspect 'Who holds a lock or leads an election, who waits, in order; a service''s instances'
            cand status 'Cluster health: each endpoint''s reachability, version, leader, raft term, revision, db size'
            cand sandbox 'Start a throwaway local etcd on free loopback ports; run CMD against it, or serve until a signal'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'etcdkit;lock'= {
            cand --ttl 'Session lease TTL (whole seconds, at least 2s): how long a crashed holder blocks others'
            cand --timeout 'Give up waiting after DUR (exit 3)'
            cand -n 'Semaphore: up to N holders at once'
            cand --limit 'Semaphore: up to N holders at once'
            cand --min-hold 'Keep holding at least DUR from acquisition even if CMD ends sooner'
            cand --grace 'Time a stopped CMD gets between SIGTERM and SIGKILL'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand --try 'Do not wait: exit 3 at once if the lock is held'
            cand --break 'Revoke the current holder''s lease so the next waiter proceeds (the oldest holder with -n); asks on a terminal, needs --yes elsewhere'
            cand --yes 'With --break: do not ask'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;elect'= {
            cand --value 'What this candidate proclaims while leading [default: the host name]'
            cand --count 'With --observe: exit 0 after N leaders'
            cand --ttl 'Session lease TTL (whole seconds, at least 2s): how long a crashed leader blocks standbys'
            cand --timeout 'Give up campaigning after DUR (exit 3)'
            cand --grace 'Time a stopped CMD gets between SIGTERM and SIGKILL'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand --observe 'Print every leader change until a signal (or --count changes)'
            cand --leader 'Print the current leader and exit (3 if there is none)'
            cand --break 'Revoke the current leader''s lease so the next candidate leads; asks on a terminal, needs --yes elsewhere'
            cand --yes 'With --break: do not ask'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;register'= {
            cand --ttl 'Lease TTL (whole seconds, at least 2s): how long a crashed instance stays listed'
            cand --meta 'Metadata, any JSON value [default: null]'
            cand --grace 'Time a stopped CMD gets between SIGTERM and SIGKILL'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;discover'= {
            cand --pick 'Print one instance''s address'
            cand --wait-for 'Wait until at least N instances are registered'
            cand --timeout 'With --wait-for: give up after DUR (exit 3)'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand --watch 'Stream joins and leaves after the current set'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;publish'= {
            cand --ttl 'Messages vanish DUR after the first one was published (one lease; whole seconds)'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand --stdin 'Publish one message per stdin line, as lines arrive'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;subscribe'= {
            cand --from-rev 'Replay history from this revision'
            cand --count 'Exit 0 after N messages'
            cand --timeout 'Exit 3 if --count messages have not arrived within DUR (without --count: stop after DUR, exit 3)'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand push 'Append values (arguments, or one per line of stdin)'
            cand pop 'Remove and print the oldest item, waiting while the queue is empty'
            cand len 'Print the number of items'
            cand peek 'Print the oldest item without removing it (exit 3 if empty)'
            cand work 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts'
            cand claims 'List the items workers hold: key, attempt, lease, for how long'
            cand dead 'List the dead letters with their last failure'
            cand retry 'Move dead letters back to the queue with a fresh attempt count (all without ID)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'etcdkit;queue;push'= {
            cand --delay 'Make the items visible only DUR from now, as the cluster counts (a lease): whole seconds'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand --stdin 'Push one value per line of stdin, as lines arrive (batched, order kept)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;pop'= {
            cand --timeout 'Give up after DUR (exit 3, after printing what was popped)'
            cand --count 'Pop N items'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;len'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;peek'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;work'= {
            cand --count 'Handle N items, then exit 0 (default: until SIGINT/SIGTERM)'
            cand --ttl 'The worker''s lease: a dead worker''s item returns to the queue once it expires'
            cand --max-attempts 'Deliveries of an item before it goes to the dead letters'
            cand --retry-delay 'How long a failed item waits before it is ready again, as the cluster counts: whole seconds, 0 for at once'
            cand --grace 'Time a stopped CMD gets between SIGTERM and SIGKILL'
            cand --prefetch 'Claim up to N items at a time (at most 16): fewer round trips for short CMDs, but claimed items wait for this worker'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;claims'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;dead'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;retry'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;queue;help'= {
            cand push 'Append values (arguments, or one per line of stdin)'
            cand pop 'Remove and print the oldest item, waiting while the queue is empty'
            cand len 'Print the number of items'
            cand peek 'Print the oldest item without removing it (exit 3 if empty)'
            cand work 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts'
            cand claims 'List the items workers hold: key, attempt, lease, for how long'
            cand dead 'List the dead letters with their last failure'
            cand retry 'Move dead letters back to the queue with a fresh attempt count (all without ID)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'etcdkit;queue;help;push'= {
        }
        &'etcdkit;queue;help;pop'= {
        }
        &'etcdkit;queue;help;len'= {
        }
        &'etcdkit;queue;help;peek'= {
        }
        &'etcdkit;queue;help;work'= {
        }
        &'etcdkit;queue;help;claims'= {
        }
        &'etcdkit;queue;help;dead'= {
        }
        &'etcdkit;queue;help;retry'= {
        }
        &'etcdkit;queue;help;help'= {
        }
        &'etcdkit;wait'= {
            cand --equals 'Until KEY''s value is V'
            cand --timeout 'Give up after DUR (exit 3)'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand --exists 'Until KEY exists'
            cand --deleted 'Until KEY does not exist'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;job-progress'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Report PERCENT (0..100) done, optionally with a message'
            cand done 'Mark the job done (100%)'
            cand fail 'Mark the job failed'
            cand get 'Print the job''s progress (exit 3 if it has not started)'
            cand watch 'Follow jobs live: bars on a terminal, one line per change otherwise'
            cand run 'Run CMD as JOB: marked running, then done or failed from CMD''s exit status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'etcdkit;job-progress;set'= {
            cand --message 'What the job is doing now, shown by `watch`'
            cand --ttl 'Let the record vanish DUR after this update'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;job-progress;done'= {
            cand --message 'A last word, shown by `watch`'
            cand --ttl 'Let the record vanish DUR after this update'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;job-progress;fail'= {
            cand --message 'Why it failed, shown by `watch`'
            cand --ttl 'Let the record vanish DUR after this update'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;job-progress;get'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;job-progress;watch'= {
            cand --timeout 'Give up after DUR (exit 3)'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;job-progress;run'= {
            cand --ttl 'Let the record vanish DUR after its last update'
            cand --grace 'Time a stopped CMD gets between SIGTERM and SIGKILL'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;job-progress;help'= {
            cand set 'Report PERCENT (0..100) done, optionally with a message'
            cand done 'Mark the job done (100%)'
            cand fail 'Mark the job failed'
            cand get 'Print the job''s progress (exit 3 if it has not started)'
            cand watch 'Follow jobs live: bars on a terminal, one line per change otherwise'
            cand run 'Run CMD as JOB: marked running, then done or failed from CMD''s exit status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'etcdkit;job-progress;help;set'= {
        }
        &'etcdkit;job-progress;help;done'= {
        }
        &'etcdkit;job-progress;help;fail'= {
        }
        &'etcdkit;job-progress;help;get'= {
        }
        &'etcdkit;job-progress;help;watch'= {
        }
        &'etcdkit;job-progress;help;run'= {
        }
        &'etcdkit;job-progress;help;help'= {
        }
        &'etcdkit;inspect'= {
            cand -n 'With lock: how many hold at once (as given to `lock -n`)'
            cand --limit 'With lock: how many hold at once (as given to `lock -n`)'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;status'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;sandbox'= {
            cand --members 'Number of cluster members'
            cand --grace 'Time a stopped CMD gets between SIGTERM and SIGKILL'
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;completions'= {
            cand --endpoints 'Comma-separated etcd endpoints, `host:port` or `http(s)://host:port` (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]'
            cand --cacert 'CA bundle to verify the servers'' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)'
            cand --cert 'Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)'
            cand --key 'Private key of --cert (fallback: $ETCDCTL_KEY)'
            cand --user 'User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)'
            cand --password 'Password for --user (prefer the environment, --password-file or the prompt: a flag is visible to other local users) (fallback: $ETCDCTL_PASSWORD)'
            cand --password-file 'Read the password for --user from the first line of FILE'
            cand --dial-timeout 'Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]'
            cand --command-timeout 'Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]'
            cand --prefix 'Prepended to every name to make its etcd key (empty: names are keys as they are)'
            cand --bookkeeping-prefix 'Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a name''s keys (queue write counters, round-robin counters), under --prefix; roles must grant it (see docs/security.md)'
            cand -o 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand -w 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --output 'Output format (`-w` and etcdctl''s `simple` are accepted too)'
            cand --color 'When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'etcdkit;help'= {
            cand lock 'Mutual exclusion (or a semaphore with -n): hold NAME while CMD runs, or until a signal'
            cand elect 'Leader election: run CMD only while leader; --observe leader changes; --leader prints it'
            cand register 'Register SERVICE at ADDR under a lease kept alive (while CMD runs, or until a signal)'
            cand discover 'List, watch, wait for, or pick instances of SERVICE'
            cand publish 'Publish messages to TOPIC, one per argument or per stdin line'
            cand subscribe 'Stream TOPIC''s messages in publish order, live or replayed from a revision'
            cand queue 'A FIFO work queue: each item to exactly one popper, or at least once to a worker'
            cand wait 'Block until KEY exists, equals a value, or is deleted'
            cand job-progress 'Report and watch the progress of long jobs'
            cand inspect 'Who holds a lock or leads an election, who waits, in order; a service''s instances'
            cand status 'Cluster health: each endpoint''s reachability, version, leader, raft term, revision, db size'
            cand sandbox 'Start a throwaway local etcd on free loopback ports; run CMD against it, or serve until a signal'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'etcdkit;help;lock'= {
        }
        &'etcdkit;help;elect'= {
        }
        &'etcdkit;help;register'= {
        }
        &'etcdkit;help;discover'= {
        }
        &'etcdkit;help;publish'= {
        }
        &'etcdkit;help;subscribe'= {
        }
        &'etcdkit;help;queue'= {
            cand push 'Append values (arguments, or one per line of stdin)'
            cand pop 'Remove and print the oldest item, waiting while the queue is empty'
            cand len 'Print the number of items'
            cand peek 'Print the oldest item without removing it (exit 3 if empty)'
            cand work 'Run CMD once per item, at least once each: the item is acknowledged when CMD exits 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts'
            cand claims 'List the items workers hold: key, attempt, lease, for how long'
            cand dead 'List the dead letters with their last failure'
            cand retry 'Move dead letters back to the queue with a fresh attempt count (all without ID)'
        }
        &'etcdkit;help;queue;push'= {
        }
        &'etcdkit;help;queue;pop'= {
        }
        &'etcdkit;help;queue;len'= {
        }
        &'etcdkit;help;queue;peek'= {
        }
        &'etcdkit;help;queue;work'= {
        }
        &'etcdkit;help;queue;claims'= {
        }
        &'etcdkit;help;queue;dead'= {
        }
        &'etcdkit;help;queue;retry'= {
        }
        &'etcdkit;help;wait'= {
        }
        &'etcdkit;help;job-progress'= {
            cand set 'Report PERCENT (0..100) done, optionally with a message'
            cand done 'Mark the job done (100%)'
            cand fail 'Mark the job failed'
            cand get 'Print the job''s progress (exit 3 if it has not started)'
            cand watch 'Follow jobs live: bars on a terminal, one line per change otherwise'
            cand run 'Run CMD as JOB: marked running, then done or failed from CMD''s exit status'
        }
        &'etcdkit;help;job-progress;set'= {
        }
        &'etcdkit;help;job-progress;done'= {
        }
        &'etcdkit;help;job-progress;fail'= {
        }
        &'etcdkit;help;job-progress;get'= {
        }
        &'etcdkit;help;job-progress;watch'= {
        }
        &'etcdkit;help;job-progress;run'= {
        }
        &'etcdkit;help;inspect'= {
        }
        &'etcdkit;help;status'= {
        }
        &'etcdkit;help;sandbox'= {
        }
        &'etcdkit;help;completions'= {
        }
        &'etcdkit;help;help'= {
        }
    ]
    $completions[$command]
}
