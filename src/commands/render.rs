//! `render --template SRC:DEST... [--check CMD] [--reload CMD | --exec CMD] [--wait
//! MIN[:MAX]] [--splay DUR] [--once]`: files from templates over etcd keys, every key of a
//! render read at one revision (`recipes::config`), each file checked and installed by
//! rename (`render::install`); then, following exactly the keys the templates read, a
//! render per burst of changes, and a reload (or a signal to --exec's CMD) per render that
//! changed a file.

use std::collections::BTreeSet;
use std::sync::Arc;

use anyhow::{anyhow, Context, Result};

use crate::args::{Global, RenderArgs, TemplatePlan};
use crate::exit::Exit;
use crate::output::{note, Output, RenderReport};
use crate::render::install::{install, run_shell, Dest, Installed};
use crate::render::template::{Data, Outcome, Template};
use etcdkit::admin::access::{explain, Access, Need};
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::{supervise_until, Ended};
use etcdkit::recipes::config::{fewest, Follow, Range, Snapshot};

/// Passes of one render (each reads what the last found it needs): a template whose reads
/// depend on what it read takes one per level.
const MAX_PASSES: usize = 64;

pub async fn run(
    global: &Global,
    args: RenderArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let templates = load(&args)?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let mut render = Renderer {
        prefix: String::from_utf8_lossy(&etcd.key("")).into(),
        etcd,
        templates,
        args: &args,
        shutdown,
        out,
        ready: false,
    };
    if args.once {
        splay(&args, shutdown).await?;
        let pass = render.pass(Vec::new()).await?;
        let applied = render.apply(&pass).await?;
        return match applied.failed {
            0 => Ok(Exit::SUCCESS),
            n => Err(anyhow!(
                "{n} failure(s) rendering, checking or reloading {} template(s) at revision {} \
                 (see above); the files that passed are installed",
                args.plans.len(),
                pass.snapshot.rev
            )),
        };
    }
    let mut pass = render.pass(Vec::new()).await?;
    let mut applied = render.apply(&pass).await?;
    let mut follow = render.follow(&pass);
    let Some(exec) = &args.exec else {
        loop {
            tokio::select! {
                next = render.next(&mut follow) => { pass = next?; }
                sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
            }
            render.apply(&pass).await?;
        }
    };
    // --exec: CMD starts once every file is in place.
    if applied.failed > 0 {
        note("CMD starts once every template renders and passes its check");
    }
    while applied.failed > 0 {
        tokio::select! {
            next = render.next(&mut follow) => { pass = next?; }
            sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
        }
        applied = render.apply(&pass).await?;
    }
    loop {
        let child = super::spawn_cmd(&exec.0, &[], None)?;
        let group = child.group();
        let changed = async {
            loop {
                let pass = match render.next(&mut follow).await {
                    Ok(pass) => pass,
                    Err(e) => return (Err(e), args.grace),
                };
                match render.apply(&pass).await {
                    Ok(applied) if applied.installed == 0 => {}
                    Ok(_) if args.restart_on_change => {
                        crate::service::metrics::reloaded();
                        return (Ok(()), args.grace);
                    }
                    // A group already gone has exited: supervision reports it.
                    Ok(_) => {
                        crate::service::metrics::reloaded();
                        let _ = nix::sys::signal::killpg(group, args.reload_signal);
                    }
                    Err(e) => return (Err(e), args.grace),
                }
            }
        };
        match supervise_until(child, Some(shutdown), changed, args.grace).await? {
            Ended::Exited(status) => return Ok(Exit::of_status(status)),
            Ended::Stopped(Err(e), _) => return Err(e),
            Ended::Stopped(Ok(()), _) => {
                if let Some(sig) = shutdown.first() {
                    return Err(Error::Interrupted(sig).into());
                }
                note("a file changed: CMD restarted");
            }
        }
    }
}

/// Every template read and parsed, every DEST's directory there: bad input is found before
/// anything is written.
fn load(args: &RenderArgs) -> Result<Vec<Template>> {
    let mut dests = BTreeSet::new();
    args.plans
        .iter()
        .map(|plan| {
            if !dests.insert(&plan.dest) {
                return Err(usage(format!(
                    "{} is the DEST of two templates",
                    plan.dest.display()
                )));
            }
            if plan.dest.is_dir() {
                return Err(usage(format!(
                    "{} is a directory, not a file to write",
                    plan.dest.display()
                )));
            }
            let dir = plan.dest.parent().filter(|d| !d.as_os_str().is_empty());
            if dir.is_some_and(|d| !d.is_dir()) {
                let dir = dir.map(|d| d.display().to_string()).unwrap_or_default();
                return Err(usage(format!(
                    "no directory {dir} for {}",
                    plan.dest.display()
                )));
            }
            Template::load(&plan.src).map_err(usage)
        })
        .collect()
}

fn usage(message: String) -> anyhow::Error {
    clap::Error::raw(clap::error::ErrorKind::InvalidValue, message).into()
}

/// Waits a random time in [0, --splay), or for a termination signal.
async fn splay(args: &RenderArgs, shutdown: &Shutdown) -> Result<()> {
    let Some(most) = args.splay.filter(|d| !d.is_zero()) else {
        return Ok(());
    };
    let wait = most.mul_f64(fastrand::f64());
    tokio::select! {
        () = tokio::time::sleep(wait) => Ok(()),
        sig = shutdown.signalled() => Err(Error::Interrupted(sig).into()),
    }
}

/// One render of every template: the texts (or why not), all from one revision.
struct Pass {
    snapshot: Arc<Snapshot>,
    outcomes: Vec<Outcome>,
    /// The ranges the renders read: what to follow.
    used: Vec<Range>,
}

/// What [`Renderer::apply`] did.
struct Applied {
    installed: usize,
    /// Templates not rendered or refused by their check, and reloads that failed.
    failed: usize,
}

struct Renderer<'a> {
    etcd: Etcd,
    prefix: Arc<str>,
    templates: Vec<Template>,
    args: &'a RenderArgs,
    shutdown: &'a Shutdown,
    out: &'a mut Output,
    /// Whether the service manager was told READY (at the first render that put every file
    /// in place).
    ready: bool,
}

impl Renderer<'_> {
    /// Renders every template at one revision: `ranges` read now, then, pass by pass, what
    /// the templates turn out to read, at that same revision.
    ///
    /// Errors: a read's (permission denied naming the key or prefix), or too many passes.
    async fn pass(&self, ranges: Vec<Range>) -> Result<Pass> {
        let snapshot = self.read(&ranges).await?;
        self.pass_from(snapshot, ranges).await
    }

    /// [`Renderer::pass`] from `snapshot`, a read of `holds`.
    async fn pass_from(&self, snapshot: Snapshot, mut holds: Vec<Range>) -> Result<Pass> {
        let mut snapshot = Arc::new(snapshot);
        for _ in 0..MAX_PASSES {
            let data = Data {
                snapshot: snapshot.clone(),
                holds: Arc::new(holds.clone()),
                prefix: self.prefix.clone(),
            };
            let outcomes: Vec<Outcome> = self.templates.iter().map(|t| t.render(&data)).collect();
            drop(data);
            let needs = fewest(outcomes.iter().flat_map(|o| match o {
                Outcome::Needs(ranges) => ranges.iter().cloned().collect(),
                _ => Vec::new(),
            }));
            if needs.is_empty() {
                let used = fewest(outcomes.iter().flat_map(|o| match o {
                    Outcome::Text(_, used) => used.iter().cloned().collect(),
                    _ => Vec::new(),
                }));
                return Ok(Pass {
                    snapshot,
                    outcomes,
                    used,
                });
            }
            let extended = Arc::make_mut(&mut snapshot)
                .extend(&self.etcd, &needs)
                .await;
            match extended {
                Ok(()) => {}
                // The revision was compacted between two passes: all again, at a new one.
                Err(e) if e.is_compacted() => {
                    let all = fewest(holds.iter().chain(&needs).cloned());
                    snapshot = Arc::new(self.read(&all).await?);
                }
                Err(e) => return Err(self.named(e, &needs).await.into()),
            }
            holds = fewest(holds.into_iter().chain(needs));
        }
        Err(anyhow!(
            "the templates still read new keys after {MAX_PASSES} passes (does a key's value name the next key to read, {MAX_PASSES} deep?)"
        ))
    }

    /// `ranges` read at the current revision, a refused read naming the key or prefix.
    async fn read(&self, ranges: &[Range]) -> Result<Snapshot> {
        match Snapshot::read_ranges(&self.etcd, ranges).await {
            Ok(snapshot) => Ok(snapshot),
            Err(e) => Err(self.named(e, ranges).await.into()),
        }
    }

    /// `err`, if a refusal, naming which of `ranges` the user may not read.
    async fn named(&self, err: Error, ranges: &[Range]) -> Error {
        let needs: Vec<Need> = ranges
            .iter()
            .map(|r| match r {
                Range::Prefix(p) => Need::prefix(Access::Read, p.clone()),
                Range::Key(k) => Need::key(Access::Read, k.clone()),
            })
            .collect();
        explain(&self.etcd, err, &needs).await
    }

    /// Follows what `pass` read, from its revision.
    fn follow(&self, pass: &Pass) -> Follow {
        let read = Snapshot {
            rev: pass.snapshot.rev,
            kvs: pass
                .snapshot
                .within(&pass.used)
                .map(|(k, e)| (k.to_vec(), e.clone()))
                .collect(),
        };
        Follow::from(&self.etcd, pass.used.clone(), self.args.wait, read)
    }

    /// The render after the next burst of changes to what the templates read (after
    /// --splay); `follow` then follows what that render read.
    async fn next(&mut self, follow: &mut Follow) -> Result<Pass> {
        let snapshot = follow
            .next()
            .await
            .context("following the templates' keys")?
            .clone();
        splay(self.args, self.shutdown).await?;
        let pass = self.pass_from(snapshot, follow.ranges().to_vec()).await?;
        if follow.ranges() != pass.used {
            *follow = self.follow(&pass);
        }
        Ok(pass)
    }

    /// Installs what `pass` rendered, then runs the reloads of the files it changed (each
    /// command once).
    async fn apply(&mut self, pass: &Pass) -> Result<Applied> {
        let rev = pass.snapshot.rev;
        let mut applied = Applied {
            installed: 0,
            failed: 0,
        };
        let mut reloads: Vec<&str> = Vec::new();
        for (plan, outcome) in self.args.plans.iter().zip(&pass.outcomes) {
            let report = |outcome, error: Option<String>| RenderReport {
                template: plan.src.clone(),
                dest: plan.dest.clone(),
                rev,
                outcome,
                error,
            };
            let text = match outcome {
                Outcome::Text(text, _) => text,
                Outcome::Failed(why) => {
                    applied.failed += 1;
                    eprintln!(
                        "etcdkit: warning: {why}; {} stays as it was",
                        plan.dest.display()
                    );
                    self.out.rendered(&report("failed", Some(why.clone())))?;
                    continue;
                }
                // A pass ends only when no render needs more.
                Outcome::Needs(_) => continue,
            };
            let installed = install(
                &dest(plan),
                text.as_bytes(),
                plan.check.as_deref(),
                self.shutdown,
                self.args.grace,
            )
            .await;
            match installed {
                // A full disk or a missing permission: the next render tries again.
                Err(e) => {
                    applied.failed += 1;
                    let why = format!("installing {}: {e}", plan.dest.display());
                    eprintln!("etcdkit: warning: {why}");
                    self.out.rendered(&report("failed", Some(why)))?;
                }
                Ok(Installed::Unchanged) => self.out.rendered(&report("unchanged", None))?,
                Ok(Installed::Installed) => {
                    applied.installed += 1;
                    self.out.rendered(&report("installed", None))?;
                    if let Some(reload) = plan.reload.as_deref().filter(|r| !reloads.contains(r)) {
                        reloads.push(reload);
                    }
                }
                Ok(Installed::Refused(status)) => {
                    applied.failed += 1;
                    let why = format!(
                        "--check refused the new {} ({})",
                        plan.dest.display(),
                        ended(status)
                    );
                    eprintln!("etcdkit: warning: {why}; the old file stays");
                    self.out.rendered(&report("refused", Some(why)))?;
                }
            }
        }
        if applied.installed > 0 {
            crate::service::metrics::rendered();
        }
        if applied.failed == 0 && !self.ready {
            let files = self.args.plans.len();
            crate::service::ready(&format!("rendered {files} files at revision {rev}"));
            self.ready = true;
        }
        for reload in reloads {
            crate::service::metrics::reloaded();
            let failed = match run_shell(reload, &[], self.shutdown, self.args.grace).await {
                Ok(status) if status.success() => continue,
                Ok(status) => ended(status),
                Err(e) => e.to_string(),
            };
            applied.failed += 1;
            eprintln!("etcdkit: warning: reload {reload:?} failed ({failed})");
        }
        Ok(applied)
    }
}

/// How a check or reload ended, in words.
fn ended(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit {code}"),
        (None, Some(sig)) => format!("killed by signal {sig}"),
        (None, None) => "ended".into(),
    }
}

fn dest(plan: &TemplatePlan) -> Dest {
    Dest {
        path: plan.dest.clone(),
        mode: plan.mode,
        owner: plan.owner.map(|o| (o.uid, o.gid)),
    }
}
