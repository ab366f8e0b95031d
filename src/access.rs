//! What each subcommand needs an etcd role to grant (docs/security.md's table, from the
//! library's `needs` functions), and the one-line error for a refused request: which key,
//! which right.

use anyhow::Error as AnyError;

use crate::args::{
    Command, CounterAction, ElectArgs, Format, Global, InspectKind, JobCommand, PickArg,
    QueueCommand, WorkArgs,
};
use crate::options::connect_options;
use etcdkit::admin::access::{explain as explain_needs, Access, Need};
use etcdkit::admin::holders;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::recipes::{
    barrier, counter, double_barrier, election, lock, periodic, progress, pubsub, queue, registry,
};

/// The grants `command` needs, in the order it uses them (`json`: with `-o json`).
pub fn needs(etcd: &Etcd, command: &Command, json: bool) -> Vec<Need> {
    use Access::{Read, ReadWrite};
    match command {
        // Without --break, recording the holder's identity is best-effort: not a need.
        Command::Lock(args) if args.break_holder => [
            lock::needs(etcd, &args.name),
            holders::needs(etcd, &args.name, ReadWrite),
        ]
        .concat(),
        Command::Lock(args) if args.verify => {
            vec![Need::prefix(Read, etcd.key(&format!("{}/", args.name)))]
        }
        // Revoking the token's lease needs write on every key on it: the lock's, and the
        // holder record if `lock --detach` wrote one; so does renewing it, on etcd 3.5.
        Command::Lock(args) if args.renew => unlock_needs(etcd, &args.name),
        Command::Unlock(args) => unlock_needs(etcd, &args.name),
        Command::Lock(args) => lock::needs(etcd, &args.name),
        Command::Elect(args) if args.break_holder => [
            election::needs(etcd, &args.name, ReadWrite),
            holders::needs(etcd, &args.name, ReadWrite),
        ]
        .concat(),
        Command::Elect(args) => election::needs(etcd, &args.name, elect_access(args)),
        Command::Barrier(args) => double_barrier::needs(etcd, &args.name),
        Command::Once(args) => {
            let access = if args.status { Read } else { ReadWrite };
            periodic::needs(etcd, &args.name, access)
        }
        Command::Counter(args) => {
            let read = matches!(args.action, None | Some(CounterAction::Get));
            counter::needs(etcd, &args.name, if read { Read } else { ReadWrite })
        }
        Command::Inspect(args) => match args.kind {
            InspectKind::Queue => queue::needs(etcd, &args.name, Some(Read), Some(Read)),
            InspectKind::Job => progress::needs(etcd, &args.name, Read),
            InspectKind::Once => periodic::needs(etcd, &args.name, Read),
            InspectKind::Lock | InspectKind::Elect | InspectKind::Service => [
                vec![Need::prefix(Read, etcd.key(&format!("{}/", args.name)))],
                holders::needs(etcd, &args.name, Read),
            ]
            .concat(),
        },
        Command::Register(args) => registry::needs(etcd, &args.service, ReadWrite, false),
        Command::Discover(args) => {
            let round_robin = args.pick == Some(PickArg::RoundRobin);
            registry::needs(etcd, &args.service, Read, round_robin)
        }
        Command::Publish(args) => pubsub::needs(etcd, &args.topic, ReadWrite),
        Command::Subscribe(args) => pubsub::needs(etcd, &args.topic, Read),
        Command::Queue(cmd) => match cmd {
            QueueCommand::Push {
                queue,
                delay: Some(d),
                ..
            } if !d.is_zero() => queue::needs(etcd, queue, None, Some(ReadWrite)),
            QueueCommand::Push { queue, .. }
            | QueueCommand::Pop { queue, .. }
            | QueueCommand::Work(WorkArgs { queue, .. })
            | QueueCommand::Retry { queue, .. } => {
                queue::needs(etcd, queue, Some(ReadWrite), Some(ReadWrite))
            }
            QueueCommand::Len { queue } if json => {
                queue::needs(etcd, queue, Some(Read), Some(Read))
            }
            QueueCommand::Len { queue } | QueueCommand::Peek { queue } => {
                queue::needs(etcd, queue, Some(Read), None)
            }
            QueueCommand::Claims { queue } | QueueCommand::Dead { queue } => {
                queue::needs(etcd, queue, None, Some(Read))
            }
        },
        Command::Wait(args) => barrier::needs(etcd, &args.key),
        Command::Watch(args) if args.tree => vec![Need::prefix(Read, etcd.key(&args.key))],
        Command::Watch(args) => vec![Need::key(Read, etcd.key(&args.key))],
        Command::Env(args) => args
            .prefixes
            .iter()
            .map(|prefix| Need::prefix(Read, etcd.key(prefix)))
            .collect(),
        // What the templates read is known only by rendering them: `render` names a
        // refused key or prefix itself.
        Command::Render(_) => Vec::new(),
        Command::JobProgress(cmd) => match cmd {
            JobCommand::Set { job, .. }
            | JobCommand::Done { job, .. }
            | JobCommand::Fail { job, .. }
            | JobCommand::Run { job, .. }
            | JobCommand::Delete { job } => progress::needs(etcd, job, ReadWrite),
            JobCommand::Get { job } => progress::needs(etcd, job, Read),
            JobCommand::Watch { jobs, .. } => jobs
                .iter()
                .flat_map(|job| progress::needs(etcd, job, Read))
                .collect(),
        },
        Command::Status
        | Command::Sandbox(_)
        | Command::Completions { .. }
        | Command::Context(_) => Vec::new(),
    }
}

/// What revoking (or, on etcd 3.5, renewing) a detached lock's lease needs.
fn unlock_needs(etcd: &Etcd, name: &str) -> Vec<Need> {
    [
        lock::needs(etcd, name),
        holders::needs(etcd, name, Access::ReadWrite),
    ]
    .concat()
}

fn elect_access(args: &ElectArgs) -> Access {
    if args.observe || args.leader {
        Access::Read
    } else {
        Access::ReadWrite
    }
}

/// `err` with the refused key named and a pointer to docs/security.md, if it is a
/// permission failure; with the flags to give, if etcd wanted a user; else unchanged.
///
/// The probes run on a new connection: the command's own is gone with it.
pub async fn explain(global: &Global, command: &Command, err: AnyError) -> AnyError {
    let condition = err.chain().find_map(|c| c.downcast_ref::<Error>());
    let explained = match condition {
        Some(Error::PermissionDenied { user, denied }) => {
            let refused = Error::PermissionDenied {
                user: user.clone(),
                denied: denied.clone(),
            };
            let refused = match connect_options(global) {
                Ok(options) => match Etcd::connect(options).await {
                    Ok(etcd) => {
                        let json = global.output == Format::Json;
                        explain_needs(&etcd, refused, &needs(&etcd, command, json)).await
                    }
                    Err(_) => refused,
                },
                Err(_) => refused,
            };
            format!("{refused} (see docs/security.md)")
        }
        Some(e @ Error::AuthRequired) => format!("{e}: give --user (or ETCDKIT_USER)"),
        _ => return err,
    };
    // The contexts above the condition ("pushing to queue jobs"), outermost first; the
    // condition's exit code is 1, the default.
    let contexts: Vec<String> = err
        .chain()
        .take_while(|c| c.downcast_ref::<Error>().is_none())
        .map(ToString::to_string)
        .collect();
    let mut out = anyhow::anyhow!(explained);
    for context in contexts.into_iter().rev() {
        out = out.context(context);
    }
    out
}
