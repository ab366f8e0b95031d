//! The command line: global options (each with its environment variable) and one variant
//! per subcommand. Parsing only; `commands/` does the work.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::{examples, exit};

/// The command line, shown by `--help` and written to completions and man pages.
///
/// The subcommands are deferred, the nested ones of `queue`, `job-progress` and `context`
/// too: clap builds a subcommand's arguments only when it is invoked (or for help,
/// completions and man pages), so a run pays for the one it runs, not for all of them
/// (start-up: docs/benchmarks.md). A deferred subcommand gets the global options before
/// its own sections, so its `--help` lists them after its own options, as `lock --help`.
/// Long help is decided when a command is built, which is why each command's examples are
/// part of its definition (`after_long_help`, src/examples.rs) rather than added to the
/// built tree.
pub fn command() -> clap::Command {
    with_subcommands(<Command as Subcommand>::augment_subcommands(root()))
}

/// Parses `argv` (the program's name first) into a [`Cli`]. Also returns the tree it
/// parsed against, for naming what is wrong in an error.
///
/// The first parse is against a root holding one subcommand: the one the first argument
/// that names a subcommand names (`lock` in `etcdkit --endpoints E lock X -- true`). clap
/// copies every global option into each subcommand of the root when it builds it (17
/// options into 21 subcommands: a sixth of the instructions of a whole `lock X -- true`,
/// docs/benchmarks.md), and a parse enters one. A parse that succeeds against that root
/// gives what the whole tree gives: the root's own options are the same, and the
/// subcommand it entered is the same. Anything else (`--help`, `--version`, an error, an
/// option's value that happened to name a subcommand) is parsed again against the whole
/// tree, so what is printed never depends on the shortcut.
pub fn parse(argv: &[OsString]) -> (clap::Command, Result<Cli, clap::Error>) {
    if let Some(mut one) = command_with_first_named(argv) {
        if let Ok(cli) = one.try_get_matches_from_mut(argv).and_then(cli_from) {
            return (one, Ok(cli));
        }
    }
    let mut whole = command();
    let parsed = whole.try_get_matches_from_mut(argv).and_then(cli_from);
    (whole, parsed)
}

/// The root with one subcommand: the first that an argument of `argv` names (by name or
/// alias); `None` if none does.
fn command_with_first_named(argv: &[OsString]) -> Option<clap::Command> {
    let all = <Command as Subcommand>::augment_subcommands(clap::Command::new("etcdkit"));
    let mut words = argv.iter().skip(1).filter_map(|word| word.to_str());
    let one = words.find_map(|word| all.find_subcommand(word))?.clone();
    Some(with_subcommands(root().subcommand(one)))
}

/// The root's own attributes and the global options, without subcommands.
fn root() -> clap::Command {
    use clap::CommandFactory;
    Root::command()
}

/// Subcommands are required (a bare `etcdkit` prints the help), and each points to the
/// global options.
fn with_subcommands(root: clap::Command) -> clap::Command {
    root.subcommand_required(true)
        .arg_required_else_help(true)
        .mut_subcommands(point_to_global_options)
}

/// `-h` leaves the global options out (`hide_short_help`: 40 lines repeated under every
/// subcommand); the end of every `-h` says where they are. `--help` shows them.
pub(crate) const GLOBAL_POINTER: &str =
    "Global options (--endpoints, TLS, --user, timeouts, --prefix, -o, -v, -q): --help";

/// A command's short after-help, with [`GLOBAL_POINTER`] at its end.
fn with_pointer(text: &str) -> String {
    format!("{text}\n{GLOBAL_POINTER}")
}

/// Gives [`GLOBAL_POINTER`] to the subcommands without an after-help of their own (those
/// with one add it themselves: theirs is set later, when clap builds them).
fn point_to_global_options(cmd: clap::Command) -> clap::Command {
    let cmd = match cmd.get_after_help() {
        None => cmd.after_help(GLOBAL_POINTER),
        Some(_) => cmd,
    };
    cmd.mut_subcommands(point_to_global_options)
}

/// `etcdkit --version`'s output: the name and version clap prints for it.
pub const VERSION_LINE: &str = concat!("etcdkit ", env!("CARGO_PKG_VERSION"));

/// The root of the command line, without its subcommands ([`command`] adds them).
#[derive(Debug, Parser)]
#[command(
    name = "etcdkit",
    version,
    about = "Coordination patterns on etcd for shell scripts, CI pipelines and cron jobs",
    after_help = with_pointer(exit::HELP),
    after_long_help = examples::with_examples(exit::HELP, &[]),
    propagate_version = true,
    max_term_width = 100
)]
struct Root {
    #[command(flatten)]
    global: Global,
}

/// The parsed command line: the global options and the subcommand ([`parse`]).
#[derive(Debug)]
pub struct Cli {
    pub global: Global,
    pub command: Command,
}

impl clap::CommandFactory for Cli {
    fn command() -> clap::Command {
        command()
    }

    fn command_for_update() -> clap::Command {
        command()
    }
}

/// By `_mut`: the values are taken out of the matches, not copied (a copy of the whole
/// matches per field, as the by-reference methods make, was 80,000 instructions a run).
impl clap::FromArgMatches for Cli {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Cli, clap::Error> {
        Cli::from_arg_matches_mut(&mut matches.clone())
    }

    fn from_arg_matches_mut(matches: &mut clap::ArgMatches) -> Result<Cli, clap::Error> {
        Ok(Cli {
            global: Global::from_arg_matches_mut(matches)?,
            command: Command::from_arg_matches_mut(matches)?,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.update_from_arg_matches_mut(&mut matches.clone())
    }

    fn update_from_arg_matches_mut(
        &mut self,
        matches: &mut clap::ArgMatches,
    ) -> Result<(), clap::Error> {
        self.global.update_from_arg_matches_mut(matches)?;
        self.command.update_from_arg_matches_mut(matches)
    }
}

impl Parser for Cli {}

/// Options every subcommand takes. Each reads an environment variable; where etcdctl has
/// one (`ETCDCTL_*`), it is the fallback, so an existing etcdctl setup works unchanged.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Comma-separated etcd endpoints, `host:port` or `http(s)://host:port`
    /// (fallback: $ETCDCTL_ENDPOINTS) [default: 127.0.0.1:2379]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_ENDPOINTS",
        value_name = "LIST"
    )]
    pub endpoints: Option<String>,

    /// CA bundle to verify the servers' certificates (enables TLS) (fallback: $ETCDCTL_CACERT)
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_CACERT",
        value_name = "FILE"
    )]
    pub cacert: Option<PathBuf>,

    /// Client certificate for mutual TLS (fallback: $ETCDCTL_CERT)
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_CERT",
        value_name = "FILE"
    )]
    pub cert: Option<PathBuf>,

    /// Private key of --cert (fallback: $ETCDCTL_KEY)
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_KEY",
        value_name = "FILE"
    )]
    pub key: Option<PathBuf>,

    /// User name, or NAME:PASSWORD (fallback: $ETCDCTL_USER)
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_USER",
        value_name = "NAME[:PASSWORD]"
    )]
    pub user: Option<String>,

    /// Password for --user (prefer the environment, --password-file or the prompt: a flag
    /// is visible to other local users) (fallback: $ETCDCTL_PASSWORD)
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_PASSWORD",
        value_name = "PASSWORD"
    )]
    pub password: Option<String>,

    /// Read the password for --user from the first line of FILE
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_PASSWORD_FILE",
        value_name = "FILE"
    )]
    pub password_file: Option<PathBuf>,

    /// With --user: keep the auth token in a private file between runs, so etcd checks
    /// the password once per token lifetime, not on every run (see docs/security.md)
    #[arg(long, global = true, hide_short_help = true, env = "ETCDKIT_AUTH_CACHE", action = clap::ArgAction::SetTrue,
          value_parser = clap::builder::BoolishValueParser::new())]
    pub auth_cache: bool,

    /// Give up connecting after DUR (fallback: $ETCDCTL_DIAL_TIMEOUT) [default: 2s]
    #[arg(long, global = true, hide_short_help = true, hide_env_values = true, env = "ETCDKIT_DIAL_TIMEOUT", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub dial_timeout: Option<Duration>,

    /// Give up on one request after DUR (fallback: $ETCDCTL_COMMAND_TIMEOUT) [default: 5s]
    #[arg(long, global = true, hide_short_help = true, hide_env_values = true, env = "ETCDKIT_COMMAND_TIMEOUT", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub command_timeout: Option<Duration>,

    /// Prepended to every name to make its etcd key (empty: names are keys as they are)
    /// [default: empty]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_PREFIX",
        value_name = "P"
    )]
    pub prefix: Option<String>,

    /// Where bookkeeping goes that a layout shared with etcdctl, Go or gRPC keeps out of a
    /// name's keys (queue write counters, round-robin counters), under --prefix; roles
    /// must grant it (see docs/security.md) [default: __etcdkit/]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        hide_env_values = true,
        env = "ETCDKIT_BOOKKEEPING_PREFIX",
        value_name = "B"
    )]
    pub bookkeeping_prefix: Option<String>,

    /// Use the named context of the config file (~/.config/etcdkit/config.toml, then
    /// /etc/etcdkit/config.toml): its settings for the options not given otherwise
    /// [default: the file's current-context]
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        env = "ETCDKIT_CONTEXT",
        value_name = "NAME"
    )]
    pub context: Option<String>,

    /// The chosen context's settings, read before the command runs (`context`).
    #[arg(skip)]
    pub settings: Option<crate::context::Settings>,

    /// Output format (`-w` and etcdctl's `simple` and `table` are accepted too, as text)
    #[arg(short = 'o', long, global = true, hide_short_help = true, hide_env_values = true, env = "ETCDKIT_OUTPUT", value_enum,
          default_value_t = Format::Text, visible_short_alias = 'w', alias = "write-out")]
    pub output: Format,

    /// When to colour text output (NO_COLOR and TERM=dumb are honoured under `auto`)
    #[arg(long, global = true, hide_short_help = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Log what the connection, session and command do (endpoints, retries, leases, keys
    /// and revisions held, watches), one timestamped line each on stderr; -vv adds each
    /// request and renewal, -vvv the gRPC and HTTP/2 layers ($ETCDKIT_LOG: a filter)
    #[arg(short = 'v', long, global = true, hide_short_help = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Results and errors only: no status line while waiting, counters or notes on stderr
    #[arg(short = 'q', long, global = true, hide_short_help = true)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    // etcdctl's `simple` and `table` (an etcdctl habit: `-w table`) are text here.
    #[value(alias = "simple", alias = "table")]
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Mutual exclusion (or a semaphore with -n): hold NAME while CMD runs, or until a signal
    Lock(LockArgs),

    /// Free a lock taken with `lock --detach`, by its token (exit 3 if the token does not hold it)
    Unlock(UnlockArgs),

    /// Named contexts of the config file: list them, show one (never its password), choose
    /// the current one
    #[command(subcommand)]
    Context(ContextCommand),

    /// Leader election: run CMD only while leader; --observe leader changes; --leader prints it
    Elect(ElectArgs),

    /// Register SERVICE at ADDR under a lease kept alive (while CMD runs, or until a signal)
    Register(RegisterArgs),

    /// List, watch, wait for, or pick instances of SERVICE
    Discover(DiscoverArgs),

    /// Publish messages to TOPIC, one per argument or per stdin line
    Publish(PublishArgs),

    /// Stream TOPIC's messages in publish order, live or replayed from a revision
    Subscribe(SubscribeArgs),

    /// A FIFO work queue: each item to exactly one popper, or at least once to a worker
    #[command(subcommand)]
    Queue(QueueCommand),

    /// Block until KEY exists, equals a value, or is deleted
    Wait(WaitArgs),

    /// Print every change of KEY (or of every key under it), or run CMD once per change
    Watch(WatchArgs),

    /// Run CMD with one environment variable per key under PREFIX..., read at one revision
    Env(EnvArgs),

    /// Render templates from etcd keys read at one revision into files; checked, installed
    /// atomically, reloaded on change
    Render(RenderArgs),

    /// Report and watch the progress of long jobs
    #[command(subcommand)]
    JobProgress(JobCommand),

    /// A double barrier: wait until N parties have entered, run CMD, leave when all have
    Barrier(BarrierArgs),

    /// Run CMD unless a run of NAME succeeded less than --every ago (cron on several hosts)
    Once(OnceArgs),

    /// An integer counter: incr (exactly once, never the same value twice), get, set, delete
    Counter(CounterArgs),

    /// Who holds a lock or leads an election, who waits, in order; a service's instances, a
    /// queue's workers, a job's last writer
    Inspect(InspectArgs),

    /// Cluster health: each endpoint's reachability, version, leader, raft term, revision, db size, alarms
    #[command(after_help = with_pointer(STATUS_HELP), after_long_help = examples::with_examples(STATUS_HELP, &["status"]))]
    Status,

    /// Start a throwaway local etcd on free loopback ports; run CMD against it, or serve until a signal
    Sandbox(SandboxArgs),

    /// Print a shell completion script
    #[command(after_long_help = examples::with_examples("", &["completions"]))]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(LOCK_HELP), after_long_help = examples::with_examples(LOCK_HELP, &["lock"]))]
pub struct LockArgs {
    /// The lock's name; keys live under NAME/
    pub name: String,

    /// Session lease TTL (whole seconds, at least 2s): how long a crashed holder blocks others
    #[arg(long, default_value = "10s", value_name = "DUR", value_parser = parse_session_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub ttl: Duration,

    /// Give up waiting after DUR (exit 3)
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, conflicts_with = "try_lock")]
    pub timeout: Option<Duration>,

    /// Do not wait: exit 3 at once if the lock is held
    #[arg(long = "try")]
    pub try_lock: bool,

    /// Semaphore: up to N holders at once
    #[arg(short = 'n', long, default_value_t = 1, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: u32,

    /// A shared (read) lock: held together with other shared holders, excluded by plain
    /// `lock NAME` holders (Go's recipes.RWMutex layout, docs/lock.md)
    #[arg(long, conflicts_with = "limit")]
    pub shared: bool,

    /// Keep holding at least DUR from acquisition even if CMD ends sooner
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, requires = "cmd")]
    pub min_hold: Option<Duration>,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    /// Revoke the current holder's lease so the next waiter proceeds (the oldest holder with
    /// -n); asks on a terminal, needs --yes elsewhere
    #[arg(long = "break", conflicts_with_all = ["http", "cmd", "try_lock", "timeout", "min_hold", "shared"])]
    pub break_holder: bool,

    /// With --break: do not ask
    #[arg(long, requires = "break_holder")]
    pub yes: bool,

    /// Take the lock and exit at once, leaving it held on a lease nobody keeps alive:
    /// prints a token for `unlock`; the lock frees itself after --ttl unless renewed (CI
    /// steps, docs/recipes.md)
    #[arg(long, requires = "ttl", conflicts_with_all = ["http", "cmd", "shared", "min_hold", "break_holder"])]
    pub detach: bool,

    /// With a detached lock's token: start its --ttl again from now (exit 3 if the token
    /// no longer holds NAME)
    #[arg(long, conflicts_with_all = ["http", "cmd", "detach", "verify", "break_holder", "try_lock", "timeout", "shared", "min_hold"])]
    pub renew: bool,

    /// With a detached lock's token: exit 0 if it still holds NAME, 3 if not
    #[arg(long, conflicts_with_all = ["http", "cmd", "detach", "break_holder", "try_lock", "timeout", "shared", "min_hold"])]
    pub verify: bool,

    /// A detached lock's token, for --renew and --verify [default: --token-file's, else
    /// $ETCDKIT_LOCK_TOKEN]
    #[arg(long, value_name = "T")]
    pub token: Option<String>,

    /// With --detach: also write the token to FILE (0600); with --renew and --verify: read
    /// it from FILE
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub token_file: Option<PathBuf>,

    #[command(flatten)]
    pub served: HttpArgs,

    #[command(flatten)]
    pub run: RunArgs,

    /// Command to run while holding the lock (after `--`)
    #[arg(last = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

// `--http`: the service state for probes and scrapers (src/service/http.rs,
// docs/kubernetes.md), on the commands that run as services. (A plain comment: clap would
// make a doc comment the `about` of each deferred subcommand that flattens the struct.)
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Service endpoints")]
pub struct HttpArgs {
    /// Serve /healthz (200 while holding, leading, registered or working with the lease
    /// alive, else 503), /leader (elect) and /metrics (Prometheus) at ADDR: IP:PORT, or
    /// :PORT for 127.0.0.1
    #[arg(long, value_name = "ADDR", value_parser = crate::service::http::parse_addr)]
    pub http: Option<std::net::SocketAddr>,

    /// Allow --http on an address other than loopback (a pod's IP for kubelet probes)
    #[arg(long, requires = "http")]
    pub http_public: bool,
}

impl Command {
    /// `--http`, on the commands that take it.
    pub fn http(&self) -> Option<&HttpArgs> {
        match self {
            Command::Lock(a) => Some(&a.served),
            Command::Elect(a) => Some(&a.served),
            Command::Register(a) => Some(&a.served),
            Command::Render(a) => Some(&a.served),
            Command::Queue(QueueCommand::Work(a)) => Some(&a.served),
            _ => None,
        }
    }
}

// The cron and CI knobs of the commands that run CMD (lock, once, elect, barrier,
// job-progress run): docs/cron.md. Each needs CMD. (A plain comment, as `HttpArgs`'s.)
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Cron and CI (with CMD)")]
pub struct RunArgs {
    /// Stop CMD once it has run DUR (SIGTERM, --grace, SIGKILL) and exit 124; what is held
    /// is released after the stop
    #[arg(long, value_name = "DUR", value_parser = parse_positive_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, requires = "cmd")]
    pub max_runtime: Option<Duration>,

    /// Wait a random time in [0, DUR) before contending, so that a fleet's crontab lines do
    /// not reach etcd in the same second
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, requires = "cmd")]
    pub splay: Option<Duration>,

    /// After each run (or skip), write a node_exporter textfile for NAME into DIR: last
    /// exit code, times, duration, last success; runs, skips and failures counted
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, requires = "cmd")]
    pub report_textfile: Option<PathBuf>,

    /// Ping URL/start before CMD, URL after a success, URL/fail after a failure
    /// (healthchecks.io's scheme; 10 s at most each, never failing the run)
    #[arg(long, value_name = "URL", value_parser = parse_ping_url, requires = "cmd")]
    pub ping: Option<String>,

    /// Keep CMD's output (1 MiB of each stream at most) and print it only if the run
    /// failed, as chronic does
    #[arg(long, requires = "cmd")]
    pub quiet_unless_failed: bool,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(UNLOCK_HELP), after_long_help = examples::with_examples(UNLOCK_HELP, &["unlock"]))]
pub struct UnlockArgs {
    /// The lock's name, as given to `lock --detach`
    pub name: String,

    /// The token `lock --detach` printed [default: --token-file's, else $ETCDKIT_LOCK_TOKEN]
    #[arg(long, value_name = "T")]
    pub token: Option<String>,

    /// Read the token from FILE (as `lock --detach --token-file` wrote it)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Subcommand)]
#[command(after_help = with_pointer(CONTEXT_HELP), after_long_help = examples::with_examples(CONTEXT_HELP, &["context"]))]
#[command(defer = true)]
pub enum ContextCommand {
    /// Every context, the current one marked with *
    List,
    /// A context's settings, password as *** (default: the one in use)
    Show {
        /// The context [default: --context, else current-context]
        name: Option<String>,
    },
    /// Make NAME the current context (written to ~/.config/etcdkit/config.toml)
    Use {
        /// The context
        name: String,
    },
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(ELECT_HELP), after_long_help = examples::with_examples(ELECT_HELP, &["elect"]))]
pub struct ElectArgs {
    /// The election's name; candidates' keys live under NAME/
    pub name: String,

    /// What this candidate proclaims while leading [default: the host name]
    #[arg(long, value_name = "V", conflicts_with_all = ["observe", "leader"])]
    pub value: Option<String>,

    /// Print every leader change until a signal (or --count changes)
    #[arg(long, conflicts_with_all = ["leader", "cmd"])]
    pub observe: bool,

    /// Print the current leader and exit (3 if there is none)
    #[arg(long, conflicts_with_all = ["cmd", "http"])]
    pub leader: bool,

    /// From inside the leader's CMD: replace the value it proclaims with V (exit 4 if it no
    /// longer leads); reads ETCDKIT_LEADER_KEY and ETCDKIT_LEADER_REV
    #[arg(long, value_name = "V", conflicts_with_all = ["http", "observe", "leader", "cmd", "value", "break_holder", "timeout"])]
    pub proclaim: Option<String>,

    /// With --observe: exit 0 after N leaders
    #[arg(long, value_name = "N", requires = "observe",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Session lease TTL (whole seconds, at least 2s): how long a crashed leader blocks standbys
    #[arg(long, default_value = "10s", value_name = "DUR", value_parser = parse_session_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub ttl: Duration,

    /// Give up campaigning after DUR (exit 3)
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub timeout: Option<Duration>,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    /// Revoke the current leader's lease so the next candidate leads; asks on a terminal,
    /// needs --yes elsewhere
    #[arg(long = "break", conflicts_with_all = ["http", "cmd", "observe", "leader", "timeout", "value"])]
    pub break_holder: bool,

    /// With --break: do not ask
    #[arg(long, requires = "break_holder")]
    pub yes: bool,

    #[command(flatten)]
    pub served: HttpArgs,

    #[command(flatten)]
    pub run: RunArgs,

    /// Command to run while leader (after `--`)
    #[arg(last = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(REGISTER_HELP), after_long_help = examples::with_examples(REGISTER_HELP, &["register"]))]
pub struct RegisterArgs {
    /// The service's name; instances live under SERVICE/
    pub service: String,

    /// This instance's address, e.g. 127.0.0.1:8080 (no '/')
    pub addr: String,

    /// Lease TTL (whole seconds, at least 2s): how long a crashed instance stays listed
    #[arg(long, default_value = "10s", value_name = "DUR", value_parser = parse_session_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub ttl: Duration,

    /// Metadata, any JSON value [default: null]
    #[arg(long, value_name = "JSON")]
    pub meta: Option<String>,

    /// Listed only while GET URL answers 2xx (http:// only)
    #[arg(long, value_name = "URL", group = "check")]
    pub check_http: Option<String>,

    /// Listed only while HOST:PORT accepts a TCP connection
    #[arg(long, value_name = "HOST:PORT", group = "check")]
    pub check_tcp: Option<String>,

    /// Listed only while `sh -c CMD` exits 0
    #[arg(long, value_name = "CMD", group = "check")]
    pub check_cmd: Option<String>,

    /// How often the check runs
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, requires = "check")]
    pub check_interval: Duration,

    /// How long one check may take before it counts as failed
    #[arg(long, default_value = "2s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, requires = "check")]
    pub check_timeout: Duration,

    /// Withdraw after N failed checks in a row
    #[arg(long, default_value_t = 3, value_name = "N", requires = "check",
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub unhealthy_after: u32,

    /// List (again) after N passed checks in a row
    #[arg(long, default_value_t = 1, value_name = "N", requires = "check",
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub healthy_after: u32,

    /// On SIGTERM/SIGINT: withdraw from discovery first, then give CMD DUR to finish its
    /// requests (or end by itself) before it is stopped
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub drain: Option<Duration>,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    #[command(flatten)]
    pub served: HttpArgs,

    /// Command to run while registered (after `--`)
    #[arg(last = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(DISCOVER_HELP), after_long_help = examples::with_examples(DISCOVER_HELP, &["discover"]))]
pub struct DiscoverArgs {
    /// The service's name
    pub service: String,

    /// Stream joins and leaves after the current set
    #[arg(long, conflicts_with_all = ["pick", "wait_for"])]
    pub watch: bool,

    /// Print one instance's address
    #[arg(long, value_enum, value_name = "HOW", conflicts_with = "wait_for")]
    pub pick: Option<PickArg>,

    /// Wait until at least N instances are registered
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub wait_for: Option<u32>,

    /// With --wait-for: give up after DUR (exit 3)
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, requires = "wait_for")]
    pub timeout: Option<Duration>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(PUBLISH_HELP), after_long_help = examples::with_examples(PUBLISH_HELP, &["publish"]))]
pub struct PublishArgs {
    /// The topic; messages are written under TOPIC/
    pub topic: String,

    /// Messages, one per argument
    #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
    pub messages: Vec<String>,

    /// Publish one message per stdin line, as lines arrive
    #[arg(long)]
    pub stdin: bool,

    /// Messages vanish DUR after the first one was published (one lease; whole seconds)
    #[arg(long, value_name = "DUR", value_parser = parse_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub ttl: Option<Duration>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(SUBSCRIBE_HELP), after_long_help = examples::with_examples(SUBSCRIBE_HELP, &["subscribe"]))]
pub struct SubscribeArgs {
    /// The topic
    pub topic: String,

    /// Replay history from this revision
    #[arg(long, value_name = "REV", value_parser = parse_revision)]
    pub from_rev: Option<i64>,

    /// Exit 0 after N messages
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Exit 3 if --count messages have not arrived within DUR (without --count: stop after DUR, exit 3)
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub timeout: Option<Duration>,
}

#[derive(Debug, Clone, Subcommand)]
#[command(after_help = with_pointer(QUEUE_HELP), after_long_help = examples::with_examples(QUEUE_HELP, &["queue"]))]
#[command(defer = true)]
pub enum QueueCommand {
    /// Append values (arguments, or one per line of stdin)
    #[command(after_long_help = examples::with_examples("", &["queue", "push"]))]
    Push {
        /// The queue's name; items live under QUEUE/
        queue: String,
        /// Values to push, in order
        #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
        values: Vec<String>,
        /// Push one value per line of stdin, as lines arrive (batched, order kept)
        #[arg(long)]
        stdin: bool,
        /// Make the items visible only DUR from now, as the cluster counts (a lease):
        /// whole seconds
        #[arg(long, value_name = "DUR", value_parser = parse_delay, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        delay: Option<Duration>,
    },
    /// Remove and print the oldest item, waiting while the queue is empty
    #[command(after_long_help = examples::with_examples("", &["queue", "pop"]))]
    Pop {
        /// The queue's name
        queue: String,
        /// Give up after DUR (exit 3, after printing what was popped)
        #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        timeout: Option<Duration>,
        /// Pop N items
        #[arg(long, default_value_t = 1, value_name = "N",
              value_parser = clap::value_parser!(u64).range(1..))]
        count: u64,
    },
    /// Print the number of items
    Len {
        /// The queue's name
        queue: String,
    },
    /// Print the oldest item without removing it (exit 3 if empty)
    Peek {
        /// The queue's name
        queue: String,
    },
    /// Run CMD once per item, at least once each: the item is acknowledged when CMD exits
    /// 0, retried after --retry-delay when it fails, dead-lettered after --max-attempts
    Work(WorkArgs),
    /// List the items workers hold: key, attempt, lease, for how long
    Claims {
        /// The queue's name
        queue: String,
    },
    /// List the dead letters with their last failure
    Dead {
        /// The queue's name
        queue: String,
    },
    /// Move dead letters back to the queue with a fresh attempt count (all without ID)
    Retry {
        /// The queue's name
        queue: String,
        /// Dead letters to move, as `queue dead` lists them
        #[arg(value_name = "ID")]
        ids: Vec<String>,
    },
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(WORK_HELP), after_long_help = examples::with_examples(WORK_HELP, &["queue", "work"]))]
pub struct WorkArgs {
    /// The queue's name
    pub queue: String,
    /// Handle N items, then exit 0 (default: until SIGINT/SIGTERM)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// The worker's lease: a dead worker's item returns to the queue once it expires
    #[arg(long, default_value = "10s", value_name = "DUR", value_parser = parse_session_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub ttl: Duration,
    /// Deliveries of an item before it goes to the dead letters
    #[arg(long, default_value_t = etcdkit::recipes::queue::DEFAULT_MAX_ATTEMPTS, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub max_attempts: u32,
    /// How long a failed item waits before it is ready again, as the cluster counts:
    /// whole seconds, 0 for at once
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_delay, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub retry_delay: Duration,
    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,
    /// Claim up to N items at a time (at most 16): fewer round trips for short CMDs, but
    /// claimed items wait for this worker
    #[arg(long, default_value_t = 1, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=16))]
    pub prefetch: u64,
    /// Stop an item's CMD once it has run DUR (SIGTERM, --grace, SIGKILL): a failed
    /// attempt, retried after --retry-delay
    #[arg(long, value_name = "DUR", value_parser = parse_positive_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub max_runtime: Option<Duration>,
    #[command(flatten)]
    pub served: HttpArgs,

    /// The command (after `--`)
    #[arg(last = true, required = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(WAIT_HELP), after_long_help = examples::with_examples(WAIT_HELP, &["wait"]))]
#[command(group(clap::ArgGroup::new("condition").required(true).args(["exists", "equals", "deleted"])))]
pub struct WaitArgs {
    /// The key to watch (with --prefix in front)
    #[arg(id = "wait_key", value_name = "KEY")]
    pub key: String,

    /// Until KEY exists
    #[arg(long)]
    pub exists: bool,

    /// Until KEY's value is V
    #[arg(long, value_name = "V")]
    pub equals: Option<String>,

    /// Until KEY does not exist
    #[arg(long)]
    pub deleted: bool,

    /// Give up after DUR (exit 3)
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub timeout: Option<Duration>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(WATCH_HELP), after_long_help = examples::with_examples(WATCH_HELP, &["watch"]))]
pub struct WatchArgs {
    /// The key to watch (with --prefix in front)
    #[arg(id = "watch_key", value_name = "KEY")]
    pub key: String,

    /// Watch every key that starts with KEY (etcdctl's `watch --prefix`; etcdkit's global
    /// --prefix is the key prefix)
    #[arg(long)]
    pub tree: bool,

    /// Start from this revision (replaying history) instead of now
    #[arg(long, value_name = "REV", value_parser = parse_revision, conflicts_with = "initial")]
    pub from_rev: Option<i64>,

    /// First handle the current value (each current key with --tree) as a change
    #[arg(long)]
    pub initial: bool,

    /// Coalesce a burst: handle a change only after DUR without another, with the last one
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub debounce: Option<Duration>,

    /// Exit 0 after handling N changes
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// End at the first failing CMD, with its status
    #[arg(long, requires = "cmd")]
    pub stop_on_failure: bool,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    /// Command to run per change (after `--`)
    #[arg(last = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(ENV_HELP), after_long_help = examples::with_examples(ENV_HELP, &["env"]))]
pub struct EnvArgs {
    /// The prefixes to read (with --prefix in front); a later one's names win
    #[arg(required = true, value_name = "PREFIX")]
    pub prefixes: Vec<String>,

    /// On a change of the keys, restart CMD with the new environment (SIGTERM, --grace,
    /// SIGKILL, then start it again)
    #[arg(long, requires = "cmd", conflicts_with = "signal")]
    pub restart_on_change: bool,

    /// On a change of the keys, send SIG to CMD instead (its environment stays as it was)
    #[arg(long, value_name = "SIG", value_parser = parse_signal, requires = "cmd")]
    pub signal: Option<nix::sys::signal::Signal>,

    /// Coalesce bursts of changes: act after MIN without another, at the latest MAX after
    /// the first
    #[arg(long, value_name = "MIN[:MAX]", value_parser = parse_wait, default_value = "1s", value_hint = clap::ValueHint::Other)]
    pub wait: etcdkit::recipes::config::Wait,

    /// Start CMD from an empty environment: only the variables of the keys
    #[arg(long, requires = "cmd")]
    pub pristine: bool,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    /// Command to run (after `--`); without it, print the variables as shell lines
    #[arg(last = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(RENDER_HELP), after_long_help = examples::with_examples(RENDER_HELP, &["render"]))]
pub struct RenderArgs {
    /// Render the Jinja template SRC into the file DEST; repeat for more files. A --check,
    /// --reload, --mode or --owner after a --template is that template's own; before the
    /// first, every template's
    #[arg(long = "template", required = true, value_name = "SRC:DEST", value_parser = parse_template, value_hint = clap::ValueHint::FilePath)]
    pub templates: Vec<(PathBuf, PathBuf)>,

    /// Check each new file before it replaces DEST: a shell command line, `{}` the staged
    /// file's path (`nginx -t -c {}`); a failure keeps the old file
    #[arg(long, value_name = "CMD")]
    pub check: Vec<String>,

    /// Run this shell command line after DEST changed (once per render, however many
    /// templates share it)
    #[arg(long, value_name = "CMD", conflicts_with = "exec")]
    pub reload: Vec<String>,

    /// DEST's mode, in octal (0640) [default: DEST's present mode, 0644 for a new file]
    #[arg(long, value_name = "MODE", value_parser = parse_mode)]
    pub mode: Vec<u32>,

    /// DEST's owner: USER, or USER:GROUP (names or numbers; changing it needs root) [default: as
    /// root, DEST's present owner]
    #[arg(long, value_name = "USER[:GROUP]", value_parser = parse_owner)]
    pub owner: Vec<Owner>,

    /// Once the files are in place, run CMD (words split as a shell would, no shell)
    /// supervised, and send it --reload-signal after each change
    #[arg(long, value_name = "CMD", value_parser = parse_words, conflicts_with = "once")]
    pub exec: Option<Words>,

    /// The signal --exec's CMD gets after a change
    #[arg(long, value_name = "SIG", value_parser = parse_signal, default_value = "HUP", requires = "exec")]
    pub reload_signal: nix::sys::signal::Signal,

    /// Restart --exec's CMD after a change (SIGTERM, --grace, SIGKILL, start) instead of
    /// signalling it
    #[arg(long, requires = "exec")]
    pub restart_on_change: bool,

    /// Coalesce bursts of changes: render after MIN without another, at the latest MAX
    /// after the first
    #[arg(long, value_name = "MIN[:MAX]", value_parser = parse_wait, default_value = "1s", value_hint = clap::ValueHint::Other)]
    pub wait: etcdkit::recipes::config::Wait,

    /// Wait a random time in [0, DUR) before each render a change causes (with --once,
    /// before the render): spreads a fleet's reloads
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub splay: Option<Duration>,

    /// Render once, run the reloads of what changed, and exit
    #[arg(long)]
    pub once: bool,

    /// Time a stopped CMD (--exec, a check, a reload) gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    #[command(flatten)]
    pub served: HttpArgs,

    /// Each template with its own options, from the positions of the flags above
    /// ([`RenderArgs::bind`]).
    #[arg(skip)]
    pub plans: Vec<TemplatePlan>,
}

/// A command line split into words (`--exec`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words(pub Vec<OsString>);

/// `--owner USER[:GROUP]`, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pub uid: Option<nix::unistd::Uid>,
    pub gid: Option<nix::unistd::Gid>,
}

/// One `--template` with the options that apply to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TemplatePlan {
    pub src: PathBuf,
    pub dest: PathBuf,
    pub check: Option<String>,
    pub reload: Option<String>,
    pub mode: Option<u32>,
    pub owner: Option<Owner>,
}

impl RenderArgs {
    /// Fills [`RenderArgs::plans`]: each --check, --reload, --mode and --owner belongs to
    /// the --template before it on the command line, or, before the first, to every
    /// template that has none of its own.
    ///
    /// Errors: one option given twice for one template (or twice before the first).
    pub fn bind(&mut self, matches: &clap::ArgMatches) -> Result<(), String> {
        let at = |id: &str| -> Vec<usize> {
            matches
                .indices_of(id)
                .map(|i| i.collect())
                .unwrap_or_default()
        };
        let templates = at("templates");
        // The template an option at `index` belongs to: None before the first.
        let owner_of = |index: usize| templates.iter().rposition(|&t| t < index);
        let mut plans: Vec<TemplatePlan> = self
            .templates
            .iter()
            .map(|(src, dest)| TemplatePlan {
                src: src.clone(),
                dest: dest.clone(),
                ..TemplatePlan::default()
            })
            .collect();
        let mut defaults = TemplatePlan::default();
        fn place<T: Clone>(
            flag: &str,
            values: &[T],
            indices: &[usize],
            owner_of: &dyn Fn(usize) -> Option<usize>,
            plans: &mut [TemplatePlan],
            defaults: &mut TemplatePlan,
            field: fn(&mut TemplatePlan) -> &mut Option<T>,
        ) -> Result<(), String> {
            for (value, &index) in values.iter().zip(indices) {
                let (slot, whose) = match owner_of(index) {
                    Some(t) => {
                        let whose = format!("--template {}", plans[t].src.display());
                        (field(&mut plans[t]), whose)
                    }
                    None => (
                        field(defaults),
                        "every template (before the first --template)".into(),
                    ),
                };
                if slot.replace(value.clone()).is_some() {
                    return Err(format!("{flag} is given twice for {whose}"));
                }
            }
            Ok(())
        }
        place(
            "--check",
            &self.check,
            &at("check"),
            &owner_of,
            &mut plans,
            &mut defaults,
            |p| &mut p.check,
        )?;
        place(
            "--reload",
            &self.reload,
            &at("reload"),
            &owner_of,
            &mut plans,
            &mut defaults,
            |p| &mut p.reload,
        )?;
        place(
            "--mode",
            &self.mode,
            &at("mode"),
            &owner_of,
            &mut plans,
            &mut defaults,
            |p| &mut p.mode,
        )?;
        place(
            "--owner",
            &self.owner,
            &at("owner"),
            &owner_of,
            &mut plans,
            &mut defaults,
            |p| &mut p.owner,
        )?;
        for plan in &mut plans {
            plan.check = plan.check.take().or_else(|| defaults.check.clone());
            plan.reload = plan.reload.take().or_else(|| defaults.reload.clone());
            plan.mode = plan.mode.or(defaults.mode);
            plan.owner = plan.owner.or(defaults.owner);
        }
        self.plans = plans;
        Ok(())
    }
}

/// The parsed command line, with what clap's derive cannot see (the positions that bind
/// `render`'s options to their templates) filled in.
///
/// Errors: clap's, and [`RenderArgs::bind`]'s as a usage error.
pub fn cli_from(mut matches: clap::ArgMatches) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    // Read by position, before the values are taken out; by the entered subcommand's name
    // (asking for "render" by name is an error, a panic in debug builds, when the tree
    // `parse` used holds another subcommand alone).
    let render = match matches.subcommand() {
        Some(("render", sub)) => Some(sub.clone()),
        _ => None,
    };
    let mut cli = Cli::from_arg_matches_mut(&mut matches)?;
    if let (Command::Render(args), Some(sub)) = (&mut cli.command, &render) {
        args.bind(sub)
            .map_err(|e| clap::Error::raw(clap::error::ErrorKind::ArgumentConflict, e))?;
    }
    Ok(cli)
}

#[derive(Debug, Clone, Subcommand)]
#[command(after_help = with_pointer(JOB_HELP), after_long_help = examples::with_examples(JOB_HELP, &["job-progress"]))]
#[command(defer = true)]
pub enum JobCommand {
    /// Report PERCENT (0..100) done, optionally with a message
    Set {
        /// The job's name: its record is the key JOB
        job: String,
        /// How far along, 0 to 100 (a whole number, no % sign)
        #[arg(value_parser = parse_percent)]
        percent: u8,
        /// What the job is doing now, shown by `watch`
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
        /// Let the record vanish DUR after this update
        #[arg(long, value_name = "DUR", value_parser = parse_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        ttl: Option<Duration>,
    },
    /// Mark the job done (100%)
    Done {
        /// The job's name
        job: String,
        /// A last word, shown by `watch`
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
        /// Let the record vanish DUR after this update
        #[arg(long, value_name = "DUR", value_parser = parse_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        ttl: Option<Duration>,
    },
    /// Mark the job failed
    Fail {
        /// The job's name
        job: String,
        /// Why it failed, shown by `watch`
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
        /// Let the record vanish DUR after this update
        #[arg(long, value_name = "DUR", value_parser = parse_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        ttl: Option<Duration>,
    },
    /// Print the job's progress (exit 3 if it has not started)
    Get {
        /// The job's name
        job: String,
    },
    /// Delete the job's record (exit 3 if it has none); watchers see it as not started
    Delete {
        /// The job's name
        job: String,
    },
    /// Follow jobs live: bars on a terminal, one line per change otherwise
    Watch {
        /// The jobs to follow
        #[arg(required = true, value_name = "JOB")]
        jobs: Vec<String>,
        /// Give up after DUR (exit 3)
        #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        timeout: Option<Duration>,
    },
    /// Run CMD as JOB: marked running, then done or failed from CMD's exit status
    #[command(after_long_help = examples::with_examples("", &["job-progress", "run"]))]
    Run {
        /// The job's name
        job: String,
        /// Let the record vanish DUR after its last update
        #[arg(long, value_name = "DUR", value_parser = parse_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        ttl: Option<Duration>,
        /// Time a stopped CMD gets between SIGTERM and SIGKILL
        #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
        grace: Duration,
        #[command(flatten)]
        run: RunArgs,
        /// The command (after `--`); it gets ETCDKIT_JOB
        #[arg(last = true, required = true, value_name = "CMD")]
        cmd: Vec<OsString>,
    },
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(BARRIER_HELP), after_long_help = examples::with_examples(BARRIER_HELP, &["barrier"]))]
pub struct BarrierArgs {
    /// The barrier's name; its keys live under NAME/
    pub name: String,

    /// How many parties the barrier waits for
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub parties: u32,

    /// Give up entering after DUR (exit 3)
    #[arg(long, value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub timeout: Option<Duration>,

    /// Session lease TTL (whole seconds, at least 2s): how long a dead party counts
    #[arg(long, default_value = "10s", value_name = "DUR", value_parser = parse_session_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub ttl: Duration,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    #[command(flatten)]
    pub run: RunArgs,

    /// Command to run once all parties are in (after `--`)
    #[arg(last = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(ONCE_HELP), after_long_help = examples::with_examples(ONCE_HELP, &["once"]))]
pub struct OnceArgs {
    /// The job's name; its keys live under NAME/
    pub name: String,

    /// The period: a success keeps others from running NAME for DUR (whole seconds)
    #[arg(long, value_name = "DUR", value_parser = parse_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other, required_unless_present = "status")]
    pub every: Option<Duration>,

    /// Print the last success and whether a run is due, and exit
    #[arg(long, conflicts_with_all = ["every", "cmd"])]
    pub status: bool,

    /// Session lease TTL while CMD runs (whole seconds, at least 2s)
    #[arg(long, default_value = "10s", value_name = "DUR", value_parser = parse_session_ttl, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub ttl: Duration,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    #[command(flatten)]
    pub run: RunArgs,

    /// The command (after `--`)
    #[arg(last = true, value_name = "CMD", required_unless_present = "status")]
    pub cmd: Vec<OsString>,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(COUNTER_HELP), after_long_help = examples::with_examples(COUNTER_HELP, &["counter"]))]
pub struct CounterArgs {
    /// The counter's name; its keys live under NAME/
    pub name: String,

    /// What to do (default: get)
    #[command(subcommand)]
    pub action: Option<CounterAction>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum CounterAction {
    /// Add N (default 1) and print the new value
    Incr {
        /// How much to add (may be negative)
        #[arg(
            long,
            default_value_t = 1,
            value_name = "N",
            allow_negative_numbers = true,
            value_parser = parse_counter_value
        )]
        by: i64,
    },
    /// Print the value (0 if never set)
    Get,
    /// Set the value
    Set {
        /// The new value
        #[arg(allow_negative_numbers = true, value_parser = parse_counter_value)]
        value: i64,
    },
    /// Delete the counter (it reads 0 again)
    Delete,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(INSPECT_HELP), after_long_help = examples::with_examples(INSPECT_HELP, &["inspect"]))]
pub struct InspectArgs {
    /// What NAME is
    #[arg(value_enum)]
    pub kind: InspectKind,

    /// The lock, election, service, queue, job or `once` name
    pub name: String,

    /// With lock: how many hold at once (as given to `lock -n`; default: what etcdkit
    /// contenders recorded, else 1)
    #[arg(short = 'n', long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InspectKind {
    Lock,
    Elect,
    Service,
    Queue,
    Job,
    Once,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PickArg {
    Random,
    RoundRobin,
}

#[derive(Debug, Clone, Args)]
#[command(after_help = with_pointer(SANDBOX_HELP), after_long_help = examples::with_examples(SANDBOX_HELP, &["sandbox"]))]
pub struct SandboxArgs {
    /// Number of cluster members
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=7))]
    pub members: u16,

    /// Time a stopped CMD gets between SIGTERM and SIGKILL
    #[arg(long, default_value = "5s", value_name = "DUR", value_parser = parse_duration, allow_hyphen_values = true, value_hint = clap::ValueHint::Other)]
    pub grace: Duration,

    /// Command to run against the sandbox (after `--`)
    #[arg(last = true, value_name = "CMD")]
    pub cmd: Vec<OsString>,
}

/// A lease TTL: a duration of whole seconds, at least 1s (etcd leases count whole seconds;
/// rounding `2.5s` down or `0` up would hand out a lease other than the one asked for).
pub fn parse_ttl(text: &str) -> Result<Duration, String> {
    let ttl = parse_duration(text)?;
    if !etcdkit::lease::session::is_lease_ttl(ttl) {
        return Err(format!(
            "{:?} is not a TTL: etcd leases last whole seconds, from 1s to 9000000000s",
            text.trim()
        ));
    }
    Ok(ttl)
}

/// A session's TTL: whole seconds, at least [`MIN_SESSION_TTL`] (below it a keep-alive
/// hiccup loses what is held).
pub fn parse_session_ttl(text: &str) -> Result<Duration, String> {
    match parse_duration(text) {
        Ok(ttl) if etcdkit::lease::session::is_lease_ttl(ttl) && ttl >= MIN_SESSION_TTL => Ok(ttl),
        _ => Err(format!(
            "{:?} is not a session TTL: whole seconds, from 2s to 9000000000s",
            text.trim()
        )),
    }
}

/// The shortest session TTL accepted.
pub const MIN_SESSION_TTL: Duration = Duration::from_secs(2);

/// A revision to start from: etcd counts revisions from 1.
pub fn parse_revision(text: &str) -> Result<i64, String> {
    match text.trim().parse::<i64>() {
        Ok(rev) if rev >= 1 => Ok(rev),
        _ => Err(format!(
            "{:?} is not a revision: etcd counts them from 1",
            text.trim()
        )),
    }
}

/// A percentage: a whole number from 0 to 100 (`40`, not `40%` or `40.5`).
pub fn parse_percent(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(p) if p <= 100 => Ok(p),
        _ => Err(format!(
            "{:?} is not a percentage: give a whole number from 0 to 100, like 40",
            text.trim()
        )),
    }
}

/// A counter's value or step: a whole number that fits in 64 bits, sign allowed.
pub fn parse_counter_value(text: &str) -> Result<i64, String> {
    text.trim().parse::<i64>().map_err(|_| {
        format!(
            "{:?} is not a counter value: give a whole number from {} to {}, like 42",
            text.trim(),
            i64::MIN,
            i64::MAX
        )
    })
}

/// A delay counted by a lease: whole seconds, or 0 for none.
pub fn parse_delay(text: &str) -> Result<Duration, String> {
    let delay = parse_duration(text)?;
    if delay.subsec_nanos() != 0 {
        return Err(format!(
            "{:?} is not whole seconds: delays are counted by etcd leases",
            text.trim()
        ));
    }
    Ok(delay)
}

/// Reads `500ms`, `10s`, `2m`, `1h 30m`; a bare number is seconds (`1.5` = 1500ms).
/// A duration as `humantime` reads it (`500ms`, `10s`, `2m`, `1h30m`), or plain seconds
/// (`3`, `1.5`). Its errors say what is wrong in the user's words, not the parser's: a
/// negative value (which also reaches here: duration options take values that start with
/// `-`), an unknown unit, no unit.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    const LIKE: &str = "a duration is a number and a unit, like 500ms, 10s, 2m or 1h30m";
    let text = text.trim();
    if let Some(after) = text.strip_prefix('-') {
        return Err(
            if after.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                format!("{text:?} is negative: {LIKE}")
            } else {
                format!("{text:?} is not a duration (a flag where the value should be?): {LIKE}")
            },
        );
    }
    if let Ok(secs) = text.parse::<f64>() {
        return Duration::try_from_secs_f64(secs)
            .map_err(|_| format!("{text:?} is not a duration: {LIKE}"));
    }
    humantime::parse_duration(text).map_err(|e| match e {
        humantime::DurationError::UnknownUnit { unit, .. } if !unit.is_empty() => {
            format!("{text:?} has an unknown unit {unit:?}: {LIKE} (units: ns, us, ms, s, m, h, d)")
        }
        humantime::DurationError::NumberOverflow => format!("{text:?} is too long a duration"),
        _ => format!("{text:?} is not a duration: {LIKE}"),
    })
}

/// A duration above zero (`--max-runtime 0` would stop CMD before it ran).
pub fn parse_positive_duration(text: &str) -> Result<Duration, String> {
    match parse_duration(text)? {
        d if d.is_zero() => Err(format!(
            "{text:?} is zero: give a duration above it, like 30m"
        )),
        d => Ok(d),
    }
}

/// An `http://` or `https://` URL with a host (`--ping`).
pub fn parse_ping_url(text: &str) -> Result<String, String> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty()
                && !rest.starts_with('/')
                && !text.contains(char::is_whitespace) =>
        {
            Ok(text.trim_end_matches('/').to_string())
        }
        _ => Err(format!("{text:?} is not an http:// or https:// URL")),
    }
}

/// `MIN` or `MIN:MAX`, two durations (`--wait 2s:10s`): act after MIN without a change,
/// at the latest MAX after the first; MAX at least MIN.
pub fn parse_wait(text: &str) -> Result<etcdkit::recipes::config::Wait, String> {
    let (quiet, longest) = match text.split_once(':') {
        Some((min, max)) => (parse_duration(min)?, Some(parse_duration(max)?)),
        None => (parse_duration(text)?, None),
    };
    if longest.is_some_and(|max| max < quiet) {
        return Err(format!(
            "{text:?}: MAX is shorter than MIN (MIN[:MAX], like 2s:10s)"
        ));
    }
    Ok(etcdkit::recipes::config::Wait { quiet, longest })
}

/// `SRC:DEST`, two paths (split at the first `:`), neither empty.
pub fn parse_template(text: &str) -> Result<(PathBuf, PathBuf), String> {
    match text.split_once(':') {
        Some((src, dest)) if !src.is_empty() && !dest.is_empty() => {
            Ok((PathBuf::from(src), PathBuf::from(dest)))
        }
        _ => Err(format!(
            "{text:?} is not SRC:DEST (the template, a colon, the file to write)"
        )),
    }
}

/// A file mode in octal (`0640`, `640`), at most 07777.
pub fn parse_mode(text: &str) -> Result<u32, String> {
    let digits = text.strip_prefix("0o").unwrap_or(text);
    u32::from_str_radix(digits, 8)
        .ok()
        .filter(|m| *m <= 0o7777)
        .ok_or_else(|| format!("{text:?} is not a file mode (octal digits, like 0644 or 0640)"))
}

/// `USER[:GROUP]` (or `:GROUP`), names looked up on this host, or numbers.
pub fn parse_owner(text: &str) -> Result<Owner, String> {
    use nix::unistd::{Gid, Group, Uid, User};
    let (user, group) = text.split_once(':').unwrap_or((text, ""));
    let uid = match user {
        "" => None,
        u => Some(match u.parse::<u32>() {
            Ok(n) => Uid::from_raw(n),
            Err(_) => match User::from_name(u) {
                Ok(Some(found)) => found.uid,
                _ => return Err(format!("no user {u:?} on this host")),
            },
        }),
    };
    let gid = match group {
        "" => None,
        g => Some(match g.parse::<u32>() {
            Ok(n) => Gid::from_raw(n),
            Err(_) => match Group::from_name(g) {
                Ok(Some(found)) => found.gid,
                _ => return Err(format!("no group {g:?} on this host")),
            },
        }),
    };
    if uid.is_none() && gid.is_none() {
        return Err(format!("{text:?} names no user or group (USER[:GROUP])"));
    }
    Ok(Owner { uid, gid })
}

/// A command line split into words as a shell would (quotes, backslashes), not empty.
pub fn parse_words(text: &str) -> Result<Words, String> {
    match shlex::split(text) {
        Some(words) if !words.is_empty() => {
            Ok(Words(words.into_iter().map(OsString::from).collect()))
        }
        Some(_) => Err("the command is empty".into()),
        None => Err(format!("{text:?} has an unclosed quote")),
    }
}

/// A signal by name (`HUP`, `SIGHUP`, `hup`) or number (`1`).
pub fn parse_signal(text: &str) -> Result<nix::sys::signal::Signal, String> {
    use nix::sys::signal::Signal;
    let upper = text.trim().to_ascii_uppercase();
    let parsed = match upper.parse::<i32>() {
        Ok(n) => Signal::try_from(n).ok(),
        Err(_) => {
            let name = if upper.starts_with("SIG") {
                upper
            } else {
                format!("SIG{upper}")
            };
            name.parse::<Signal>().ok()
        }
    };
    parsed.ok_or_else(|| {
        format!("{text:?} is not a signal (a name like HUP, USR1, TERM, or a number)")
    })
}

// The closing text of each command's help (`-h`); `--help` adds its examples after it
// (src/examples.rs).

const LOCK_HELP: &str = "\
With CMD: acquire, run CMD holding the lock, release, exit with CMD's status. CMD gets
ETCD_LOCK_KEY, ETCD_LOCK_REV (a fencing token: it grows with every new holder) and
ETCDKIT_LEASE_ID. If the lease is lost, CMD's process group gets SIGTERM, then SIGKILL after
--grace (sooner if the lease could expire first), and etcdkit exits 4.
Without CMD: print `KEY REV`, hold until SIGINT/SIGTERM, release, exit 0.
Same key layout as `etcdctl lock NAME`: the two exclude each other. --shared takes a read
lock (NAME/read/…, Go's recipes.RWMutex): readers share it; plain holders exclude them.
Exit codes: 3 busy (--try) or --timeout passed; 4 lost; 130/143 interrupted while waiting.";

const ELECT_HELP: &str = "\
Campaign (default): wait to lead, then run CMD with ETCDKIT_LEADER_KEY, ETCDKIT_LEADER_REV and
ETCDKIT_LEASE_ID set, and resign as soon as it ends, so a standby takes over within a few
round trips. Without CMD: print `KEY REV` and lead until SIGINT/SIGTERM. If leadership is
lost, CMD's process group is stopped (SIGTERM, --grace, SIGKILL before the lease could
expire) and etcdkit exits 4.
--observe prints every leader change (text: the value; JSON: name, key, value, rev, lease).
--leader prints the current leader's value, or exits 3 when there is none.
--proclaim V, run inside the leader's CMD, changes what it proclaims without a new
election (Go's Proclaim): observers see it; exit 4 if that leader no longer leads.
Same key layout as `etcdctl elect`: each sees the other's candidates.";

const REGISTER_HELP: &str = "\
Writes key SERVICE/ADDR with value {\"Op\":0,\"Addr\":ADDR,\"Metadata\":META} (etcd's naming
format, read by gRPC's etcd resolver) on a lease kept alive. If the lease is lost while etcdkit
runs (revoked, expired during a partition), it registers again by itself and says so on stderr.
With CMD: registered while CMD runs, deregistered when it exits; etcdkit exits with CMD's
status. Without CMD: prints the key once listed, registered until SIGINT/SIGTERM, then
deregistered, exit 0. A crashed
registrar's entry expires with its lease (--ttl). --drain DUR: on a signal, deregister at
once, then wait DUR (or until CMD exits) before stopping CMD: clients stop picking it while
it finishes what it serves. --check-http/--check-tcp/--check-cmd: listed only while the check
passes: first after --healthy-after passes, withdrawn after --unhealthy-after failures in a
row (the key is deleted, the lease and CMD stay), listed again when it passes.";

const DISCOVER_HELP: &str = "\
Default: list the instances (text: one address per line, a table with metadata on a
terminal; JSON: one object per instance) and exit 0, even when there are none.
--watch: print the current instances as `+ ADDR`, then every join (`+ ADDR`) and leave
(`- ADDR`) until a signal; JSON lines {\"event\":\"join\"|\"leave\",...}.
--pick: print one address (exit 3 if none); round-robin rotates across invocations.
--wait-for N: block until N instances are registered, then list them (exit 3 on --timeout).";

const PUBLISH_HELP: &str = "\
Each message is a put under TOPIC/; its revision is its place in the stream. Lines waiting
on stdin are published together in one transaction (up to 64), in order, each batch
exactly once even when retried after a member failure. A message over 1 MiB is refused
(exit 2) before anything is sent.";

const SUBSCRIBE_HELP: &str = "\
Text: each message's value on its own line (so `while read` works). JSON lines: value, key,
rev (messages published in one batch share a revision). Without --from-rev only messages
published after it starts are shown. After a member failure it resumes from the last
delivered revision + 1: nothing lost or repeated. A compacted --from-rev is an error (exit 1)
naming the oldest revision still available.";

const QUEUE_HELP: &str = "\
Layout of etcd's Go recipes queue: each item is a key QUEUE/<unique> created only if absent;
order is key order (push time; docs/queue.md); pop deletes the head guarded by its mod
revision, so each item goes to exactly one popper. pop delivers at most once (an item
popped by a process that then dies is gone); work delivers at least once. Claims, delayed items and dead letters live
under the bookkeeping prefix (docs/queue.md).";

const WORK_HELP: &str = "\
CMD gets the item's value on stdin (text ending in a newline, added if it had none) and,
up to 64 KiB, in ETCDKIT_QUEUE_VALUE (ETCDKIT_QUEUE_VALUE_BASE64 for a value that is not
UTF-8 or holds a NUL), with ETCDKIT_QUEUE_KEY, ETCDKIT_QUEUE_ATTEMPT (from 1) and
ETCDKIT_LEASE_ID. The claim is held on the worker's lease:
if the worker dies, the item returns to the queue once the lease expires (--ttl), its attempt
count raised; if the lease is lost, CMD is stopped before it could expire and etcdkit exits
4. On SIGINT/SIGTERM the signal goes to CMD; an item whose CMD did not succeed is released
back to the queue, and etcdkit exits 130/143. Exit 0 after --count items were handled.";

const WAIT_HELP: &str = "\
Returns at once if the condition already holds; otherwise watches KEY from the revision it
read, so no change is missed. Prints the value that satisfied the condition (nothing for
--deleted). Exit 3 on --timeout.";

const WATCH_HELP: &str = "\
Without CMD: one line per change, `put KEY VALUE` or `delete KEY` (JSON: key, type, value,
rev). With CMD: runs CMD once per change, one at a time, in revision order, with
ETCD_WATCH_KEY, ETCD_WATCH_VALUE, ETCD_WATCH_REVISION and ETCD_WATCH_EVENT_TYPE (PUT or
DELETE: etcdctl's names) in its environment; with --debounce, once per burst (after DUR
without a change, with the last change). After a member failure the watch resumes from the
last revision seen + 1: no change lost or handled twice. A failing CMD is reported on stderr;
--stop-on-failure ends with its status. A compacted --from-rev is an error (exit 1) naming
the oldest revision left.";

const ENV_HELP: &str = "\
Reads every key under the PREFIXes at one revision (one transaction's writes are all there
or none are) and makes each an environment variable: the part after the prefix,
upper-cased, other characters than letters, digits and _ turned into _ (`app/db/host` under
`app/` is DB_HOST; a JSON object value gives one variable per member, DB_HOST, DB_PORT...).
Without CMD: prints `export NAME='VALUE'` lines for a shell to eval (JSON: rev and env).
With CMD: runs it with them, exits with its status; --restart-on-change restarts it when
they change, --signal sends it SIG instead. Two keys giving one name: exit 2.";

const CONTEXT_HELP: &str = "\
Contexts live in $XDG_CONFIG_HOME/etcdkit/config.toml (else ~/.config/etcdkit/config.toml)
and /etc/etcdkit/config.toml, merged (the user's win): [context.NAME] tables whose keys are
the global options' long names (endpoints, cacert, cert, key, user, password-file,
auth-cache, dial-timeout, command-timeout, prefix, bookkeeping-prefix), and
current-context = \"NAME\". Each option: flag, then environment, then context, then
default. A file holding a password that others may read is refused (exit 2).";

const UNLOCK_HELP: &str = "\
Frees NAME only if the token still holds it (its key NAME/<token> exists on its lease):
revokes the token's lease, which deletes nothing of another holder's. Exit 0 when freed, 3
when the token no longer holds NAME (expired, broken, or never held it; nothing is freed).
A bad token: exit 2.";

const RENDER_HELP: &str = "\
Renders each SRC (Jinja: key(NAME[, default=V]), tree(PREFIX), service(NAME), leader(NAME),
the json filter, revision) from keys all read at one revision, and watches exactly the keys
and prefixes the templates read. A new text is staged beside DEST, checked (--check), then
renamed over it; an unchanged text writes and runs nothing. --reload runs after a change;
--exec runs a process and signals (or restarts) it. --once: exit 0 if every file is in
place, 1 if a render, check or reload failed. Syntax errors and bad paths: exit 2.";

const JOB_HELP: &str = "\
Each job is one key, JOB (with --prefix), holding
{\"percent\",\"message\",\"state\",\"updated\",\"started\"}; state is running, done or failed.
A new run (started now, percent and message not carried over) begins at the first report,
at `run`, and at `set` after done or failed. `watch` exits 0 when every job is done, 5 as
soon as one fails, 3 on --timeout.";

const BARRIER_HELP: &str = "\
Layout of etcd's Go recipes.DoubleBarrier (NAME/waiters/<nanos>, NAME/ready): Go parties
and etcdkit's meet at the same barrier. Waits until --parties parties have entered (exit 3 on
--timeout, or when all places are taken), runs CMD, then waits until every party has left
(finished its CMD) and exits with CMD's status. Without CMD: returns once all have entered
and left. A party that dies drops out when its lease expires (--ttl).";

const ONCE_HELP: &str = "\
Skips (exit 3) while a successful run of NAME finished less than --every ago, as the etcd
cluster counts (a marker on a lease of --every), or while another host runs it (NAME's
lock). Otherwise runs CMD holding the lock; exit 0 records the success and starts the
period, any other status leaves nothing, so the next tick anywhere runs it again. Exit:
CMD's status when it ran, 3 when skipped, 4 if the lock was lost while CMD ran.
--status prints the last success and when a run is due.";

const COUNTER_HELP: &str = "\
The value is decimal text at NAME/value; a counter never set reads 0. incr prints the new
value: applied exactly once even when retried after a member failure, and concurrent
incrementers never get the same value. -o json: {\"name\",\"value\",\"rev\"}.";

const INSPECT_HELP: &str = "\
lock, elect: one row per contender in line order: position, holding or waiting, for how
long, the lease's time left, the fencing revision, the lease and who it is (host, pid,
command, user, CI job, when etcdkit recorded it; etcdctl's and Go's contenders show none).
service: one row per instance with its lease and registrar. queue: the ready, claimed,
delayed and dead counts and each worker (lease, time left, claims, who). job: the record and
who wrote it last. once: the last success and when a run is due. Text, or JSON (one object per row; one for a queue or job). Exit 3 when
nothing holds NAME (no holder, no leader, no instance, an empty queue without workers, a job
that has not started).";

const STATUS_HELP: &str = "\
Asks each endpoint alone (a member cut off from the others still answers for itself). Prints
a table on a terminal, one JSON object per endpoint with -o json. Raised alarms (NOSPACE: etcd
refuses every write) are named below the table, with the fix. Exit 0 when every endpoint
answered and none reports an alarm, 1 otherwise (after printing every row).";

const SANDBOX_HELP: &str = "The etcd binary is `etcd` on PATH, or $ETCD_BIN. Data lives in a \
temporary directory removed on exit. With CMD, CMD runs with ETCDKIT_ENDPOINTS and \
ETCDCTL_ENDPOINTS set (etcdkit and plain etcdctl inside it both use the sandbox; etcdctl \
refuses an explicit --endpoints beside ETCDCTL_ENDPOINTS, so leave it out) and etcdkit exits \
with its status. A Ctrl-C during start-up ends it with 130 once the members are up, before \
CMD.";

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    fn argv(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    /// What [`parse`] gives, as text, beside what the whole tree gives.
    pub(crate) fn parsed_both_ways(argv: &[OsString]) -> (String, String) {
        let shortcut = parse(argv).1.map_err(|e| e.render().to_string());
        let mut whole = command();
        let whole = whole
            .try_get_matches_from_mut(argv)
            .and_then(cli_from)
            .map_err(|e| e.render().to_string());
        (format!("{shortcut:?}"), format!("{whole:?}"))
    }

    #[test]
    fn a_parse_enters_a_root_that_holds_the_named_subcommand_alone() {
        for (words, entered) in [
            (&["etcdkit", "lock", "x", "--", "true"][..], "lock"),
            (
                &[
                    "etcdkit",
                    "--endpoints",
                    "e:1",
                    "-o",
                    "json",
                    "lock",
                    "x",
                    "--",
                    "true",
                ],
                "lock",
            ),
            (
                &["etcdkit", "queue", "--prefix", "p/", "push", "q", "v"],
                "queue",
            ),
        ] {
            let (tree, parsed) = parse(&argv(words));
            assert!(parsed.is_ok(), "{words:?}");
            let names: Vec<&str> = tree.get_subcommands().map(|s| s.get_name()).collect();
            // clap adds `help` when it builds the root.
            assert_eq!(names, [entered, "help"], "{words:?}");
            let (shortcut, whole) = parsed_both_ways(&argv(words));
            assert_eq!(shortcut, whole, "{words:?}");
        }
    }

    #[test]
    fn what_the_shortcut_cannot_parse_is_parsed_against_the_whole_tree() {
        // An option's value that names a subcommand (`--prefix lock`), help, a typo and a
        // missing argument: each as the whole tree parses it, with the whole tree returned.
        for words in [
            &["etcdkit", "--prefix", "lock", "queue", "len", "q"][..],
            &["etcdkit", "lock", "--help"],
            &["etcdkit", "--version"],
            &["etcdkit", "lokc", "x"],
            &["etcdkit", "lock"],
            &["etcdkit", "lock", "x", "--ttl", "soon"],
        ] {
            let (shortcut, whole) = parsed_both_ways(&argv(words));
            assert_eq!(shortcut, whole, "{words:?}");
            let (tree, _) = parse(&argv(words));
            assert!(tree.get_subcommands().count() > 20, "{words:?}");
        }
    }

    fn render_plans(args: &[&str]) -> Result<(RenderArgs, Vec<TemplatePlan>), String> {
        let argv = [&["etcdkit", "render"][..], args].concat();
        let matches = command()
            .try_get_matches_from(argv)
            .map_err(|e| e.to_string())?;
        match cli_from(matches).map_err(|e| e.to_string())?.command {
            Command::Render(args) => {
                let plans = args.plans.clone();
                Ok((args, plans))
            }
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn render_options_belong_to_the_template_before_them() {
        let (args, plans) = render_plans(&[
            "--check",
            "all {}",
            "--mode",
            "600",
            "--template",
            "a:A",
            "--reload",
            "ra",
            "--template",
            "b:B",
            "--check",
            "cb",
            "--owner",
            "0:0",
            "--template",
            "c:C",
        ])
        .unwrap();
        let plan = |src: &str, dest: &str, check: &str, reload: Option<&str>, owner| TemplatePlan {
            src: src.into(),
            dest: dest.into(),
            check: Some(check.into()),
            reload: reload.map(String::from),
            mode: Some(0o600),
            owner,
        };
        let root = Some(Owner {
            uid: Some(nix::unistd::Uid::from_raw(0)),
            gid: Some(nix::unistd::Gid::from_raw(0)),
        });
        assert_eq!(
            plans,
            [
                plan("a", "A", "all {}", Some("ra"), None),
                plan("b", "B", "cb", None, root),
                plan("c", "C", "all {}", None, None),
            ]
        );
        assert_eq!(args.exec, None);
        let exec = ["--template", "a:A", "--exec", "sh -c 'echo \"hi there\"'"];
        let (args, _) = render_plans(&exec).unwrap();
        let words: Vec<OsString> = ["sh", "-c", "echo \"hi there\""].map(OsString::from).into();
        assert_eq!(args.exec, Some(Words(words)));
        let twice = render_plans(&["--template", "a:A", "--mode", "600", "--mode", "644"]);
        assert!(twice
            .unwrap_err()
            .contains("--mode is given twice for --template a"));
        assert_eq!(
            parse_template("x:/etc/a:b"),
            Ok(("x".into(), "/etc/a:b".into()))
        );
        assert_eq!(parse_mode("0o755"), Ok(0o755));
    }

    #[test]
    fn a_ttl_is_whole_seconds_and_not_zero() {
        assert_eq!(parse_ttl("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_ttl("1m"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_ttl("3"), Ok(Duration::from_secs(3)));
        for bad in ["0", "0s", "2.5", "2500ms", "1s 1ms", "soon"] {
            assert!(parse_ttl(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn durations_read_as_documented() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("3"), Ok(Duration::from_secs(3)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        for bad in ["", "ten", "-1", "5 parsecs", "NaN"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(
            parse_duration("-1s").unwrap_err(),
            r#""-1s" is negative: a duration is a number and a unit, like 500ms, 10s, 2m or 1h30m"#
        );
        let unit = parse_duration("10x").unwrap_err();
        assert!(
            unit.starts_with(r#""10x" has an unknown unit "x": "#),
            "{unit}"
        );
        assert!(
            !unit.contains("few variations"),
            "humantime's words: {unit}"
        );
    }

    #[test]
    fn w_and_simple_are_accepted_like_etcdctl() {
        let cli = Cli::try_parse_from(["etcdkit", "-w", "json", "status"]).unwrap();
        assert_eq!(cli.global.output, Format::Json);
        let cli = Cli::try_parse_from(["etcdkit", "status", "--write-out", "simple"]).unwrap();
        assert_eq!(cli.global.output, Format::Text);
        let cli = Cli::try_parse_from(["etcdkit", "-w", "table", "status"]).unwrap();
        assert_eq!(cli.global.output, Format::Text);
    }
}
