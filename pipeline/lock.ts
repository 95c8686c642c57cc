// One writer at a time per output location: a run locks the folder of each of its outputs (the DuckDB file's folder,
// which also holds the cache; the folders the Parquet and CSV folders are swapped into, where their staging copies
// live), so that two runs that share any of them — the same --export with different --db, say — take turns instead
// of interleaving writes. A second run waits for the first (up to a limit) and says what it waits for.
//
// A lock is a file created atomically: the holder's record is written to a private file first and hard-linked into
// place (link fails with EEXIST when the lock exists, and a lock is never seen half-written). A lock whose holder has
// died (killed mid-run) is taken over without a remove-then-create window: one taker at a time (a `.takeover` file
// created with O_EXCL, held for a moment) checks that the lock file is still the stale one it read — the same inode —
// and renames it away, an atomic step; then it links its own like any other run. Renaming rather than removing, and
// only under the takeover file, no taker can move a fresh lock that another run has just linked into place.
import { readFileSync } from "node:fs";
import { link, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";

/** What a lock file records about its holder. */
export interface LockRecord {
  pid: number;
  host: string;
  /** the holder's start, as the kernel counts it (Linux: /proc/<pid>/stat field 22), to tell a reused pid apart */
  started: string | null;
  /** when it took the lock (ISO) */
  since: string;
  /** what the holder writes */
  outputs: string[];
}

/** A process's start time in clock ticks since boot (Linux), or null elsewhere. */
function startOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ")"
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function alive(rec: LockRecord): boolean {
  if (rec.host !== hostname()) return true; // another machine's process cannot be checked: assume it runs
  try {
    process.kill(rec.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // the pid is taken: by the holder, unless it has been reused by a process started later
  const now = startOf(rec.pid);
  return rec.started === null || now === null || now === rec.started;
}

function parse(text: string): LockRecord | null {
  let r: Partial<LockRecord> | number | null = null;
  try {
    r = JSON.parse(text) as Partial<LockRecord> | number;
  } catch {
    return null;
  }
  // a lock written by an earlier version holds the bare pid
  if (typeof r === "number") r = { pid: r };
  if (!r || typeof r.pid !== "number" || !(r.pid > 0)) return null;
  return { pid: r.pid, host: r.host ?? hostname(), started: r.started ?? null, since: r.since ?? "", outputs: Array.isArray(r.outputs) ? r.outputs : [] };
}

export interface LockOptions {
  /** how long to wait for a live holder, in ms (default PIPELINE_LOCK_WAIT_MS, else 60 s) */
  waitMs?: number;
  /** what this run writes, recorded in its locks (a waiting run names them) */
  outputs?: string[];
  /** called once, when this run starts waiting, with one line saying for whom and what */
  onWait?: (line: string) => void;
}

const describe = (rec: LockRecord, path: string) =>
  `another pipeline run (pid ${rec.pid})${rec.host !== hostname() ? ` on ${rec.host}` : ""} holds ${path}` +
  (rec.since ? ` since ${rec.since.replace("T", " ").slice(0, 19)} UTC` : "") +
  (rec.outputs.length ? ` (writing ${rec.outputs.join(", ")})` : "");

/** Takes one lock file, waiting for a live holder until `deadline`. */
async function take(path: string, opts: LockOptions, deadline: number, waitMs: number, waited: { said: boolean }): Promise<() => Promise<void>> {
  const me: LockRecord = { pid: process.pid, host: hostname(), started: startOf(process.pid), since: new Date().toISOString(), outputs: opts.outputs ?? [] };
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const mine = `${path}.${token}`;
  await writeFile(mine, JSON.stringify(me), { flag: "wx" });
  try {
    for (;;) {
      try {
        await link(mine, path);
        const release = async () => {
          // only our own lock: never one that replaced ours
          const now = await readFile(path, "utf8").catch(() => "");
          if (now === JSON.stringify(me)) await rm(path, { force: true });
        };
        return release;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      // the record and the identity of the file it was read from (a lock file is never rewritten in place)
      const seen = await open(path, "r").then(
        async (fh) => {
          try {
            return { st: await fh.stat(), text: await fh.readFile("utf8") };
          } finally {
            await fh.close();
          }
        },
        () => null,
      );
      if (seen === null) continue; // released meanwhile
      const rec = parse(seen.text);
      if (!rec || !alive(rec)) {
        // stale (its holder died) or unreadable
        if (!(await takeOver(path, seen.st, token))) await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      // (said before the deadline is looked at: on a loaded box a short wait may be over by the first look)
      if (!waited.said) {
        waited.said = true;
        opts.onWait?.(`waiting for ${describe(rec, path)}, up to ${Math.round(waitMs / 1000)} s`);
      }
      if (Date.now() > deadline) throw new Error(`${describe(rec, path)}; waited ${Math.round(waitMs / 1000)} s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await rm(mine, { force: true });
  }
}

/** A takeover file older than this was left by a run killed in the middle of a takeover (which takes milliseconds). */
const TAKEOVER_STALE_MS = 30_000;

/**
 * Moves the stale lock file `stale` (as stat'ed when its record was read) out of the way, under the takeover file.
 * Returns false when another taker is at it (the caller looks again shortly).
 */
async function takeOver(path: string, stale: { ino: number; dev: number }, token: string): Promise<boolean> {
  const takeover = `${path}.takeover`;
  try {
    await writeFile(takeover, token, { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const st = await stat(takeover).catch(() => null);
    if (st && Date.now() - st.mtimeMs > TAKEOVER_STALE_MS) {
      // its taker died: move it aside (of several, one rename succeeds) and try again
      await rename(takeover, `${takeover}.stale-${token}`).then(() => rm(`${takeover}.stale-${token}`, { force: true }), () => {});
    }
    return false;
  }
  try {
    // Under the takeover file nobody else moves the lock file, and nobody can link a fresh one while it exists: if it
    // is still the stale one, it is ours to move.
    const now = await stat(path).catch(() => null);
    if (now && now.ino === stale.ino && now.dev === stale.dev) {
      const aside = `${path}.stale-${token}`;
      await rename(path, aside);
      await rm(aside, { force: true });
    }
    return true;
  } finally {
    if ((await readFile(takeover, "utf8").catch(() => "")) === token) await rm(takeover, { force: true });
  }
}

/** The lock file of an output location: `.pipeline.lock` in the folder it is written into. */
export function lockFileOf(output: string): string {
  return join(dirname(resolve(output)), ".pipeline.lock");
}

/**
 * Locks every output location of a run (each distinct folder once, in one order for every run, so two runs never
 * wait for each other in a circle). Resolves to a function that releases them all.
 */
export async function acquireLocks(outputs: string[], opts: LockOptions = {}): Promise<() => Promise<void>> {
  const waitMs = opts.waitMs ?? Number(process.env.PIPELINE_LOCK_WAIT_MS ?? 60_000);
  const deadline = Date.now() + waitMs;
  const files = [...new Set(outputs.map(lockFileOf))].sort();
  const held: (() => Promise<void>)[] = [];
  const waited = { said: false };
  const releaseAll = async () => {
    for (const r of held.reverse()) await r();
  };
  try {
    for (const f of files) held.push(await take(f, { ...opts, outputs: opts.outputs ?? outputs.map((o) => resolve(o)) }, deadline, waitMs, waited));
  } catch (e) {
    await releaseAll();
    throw e;
  }
  return releaseAll;
}

/** One lock file (the single-location form; acquireLocks is what a run uses). */
export async function acquireLock(path: string, waitMs?: number, opts: Omit<LockOptions, "waitMs"> = {}): Promise<() => Promise<void>> {
  const w = waitMs ?? Number(process.env.PIPELINE_LOCK_WAIT_MS ?? 60_000);
  return take(path, opts, Date.now() + w, w, { said: false });
}
