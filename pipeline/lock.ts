// One writer at a time: a second run waits for the first (up to a limit) instead of interleaving writes.
import { link, readFile, rm, writeFile } from "node:fs/promises";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function acquireLock(path: string, waitMs = Number(process.env.PIPELINE_LOCK_WAIT_MS ?? 60_000)): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs;
  // The pid is written first and hard-linked into place, so a lock file is never seen half-written.
  const mine = `${path}.${process.pid}`;
  await writeFile(mine, String(process.pid));
  try {
    for (;;) {
      try {
        await link(mine, path);
        return () => rm(path, { force: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        const pid = Number(await readFile(path, "utf8").catch(() => "0"));
        if (!pid || !alive(pid)) {
          // The holder died (killed mid-run): its lock is stale.
          await rm(path, { force: true });
          continue;
        }
        if (Date.now() > deadline) throw new Error(`another pipeline run (pid ${pid}) is writing; it holds ${path} (waited ${Math.round(waitMs / 1000)} s)`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    await rm(mine, { force: true });
  }
}
