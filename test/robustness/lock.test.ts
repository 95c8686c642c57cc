// The lock (pipeline/lock.ts): every output location of a run, taken atomically, a stale one taken over by a rename
// (never removed and re-created), a waiting run saying what it waits for.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireLock, acquireLocks, lockFileOf } from "../../pipeline/lock.ts";
import { runCli, workspace } from "../pipeline/helpers.ts";

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", "0"]).pid!;
}

describe("lock files", () => {
  it("a run's outputs are locked by the folder each is written into, each folder once", () => {
    expect(lockFileOf("/a/b/w.duckdb")).toBe("/a/b/.pipeline.lock");
    expect(lockFileOf("/a/b/parquet")).toBe("/a/b/.pipeline.lock");
    expect(lockFileOf("/a/out/export/")).toBe("/a/out/.pipeline.lock");
  });

  it("two holders never at once, even when many take over the same stale lock together", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-lock-"));
    const path = join(dir, ".pipeline.lock");
    for (let round = 0; round < 3; round++) {
      writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), started: null, since: "", outputs: [] }));
      let inside = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const release = await acquireLock(path, 10_000);
          inside++;
          most = Math.max(most, inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
          await release();
        }),
      );
      expect(most).toBe(1);
      expect(existsSync(path)).toBe(false);
    }
    // nothing left behind: no private or stale copies
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a lock of an earlier version (a bare pid) of a dead process is taken over; a live one is waited for, said once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-lock-"));
    writeFileSync(join(dir, ".pipeline.lock"), String(deadPid()));
    const release = await acquireLocks([join(dir, "w.duckdb"), join(dir, "parquet")], { waitMs: 1000 });
    const lines: string[] = [];
    const waiting = acquireLocks([join(dir, "export")], { waitMs: 600, onWait: (l) => lines.push(l) });
    await expect(waiting).rejects.toThrow(/another pipeline run \(pid \d+\) holds .*\.pipeline\.lock/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^waiting for another pipeline run \\(pid ${process.pid}\\) holds .*\\.pipeline\\.lock since .* \\(writing .*w\\.duckdb, .*parquet\\), up to 1 s$`));
    await release();
    const again = await acquireLocks([join(dir, "export")], { waitMs: 100 });
    await again();
  });
});

describe("runs that share an output", () => {
  it("two runs with different --db but the same --export take turns; the waiting one says for what", async () => {
    const a = workspace(false);
    const b = workspace();
    const shared = join(mkdtempSync(join(tmpdir(), "fazhi-shared-")), "export");
    // run A (this process standing in for it) holds its outputs: its own db and Parquet, and the shared export
    const release = await acquireLocks([a.db, a.parquet, shared]);
    const argsB = ["--input", b.raw, "--db", b.db, "--parquet", b.parquet, "--export", shared, "--quiet"];
    try {
      const second = runCli(argsB, { PIPELINE_LOCK_WAIT_MS: "300" });
      expect(second.code).toBe(1);
      const waitLines = second.stderr.split("\n").filter((l) => l.startsWith("waiting for"));
      expect(waitLines).toHaveLength(1);
      expect(waitLines[0]).toContain(`holds ${lockFileOf(shared)}`);
      expect(waitLines[0]).toContain(`writing ${a.db}, ${a.parquet}, ${shared}`);
      expect(second.stderr).toMatch(/pipeline failed: another pipeline run \(pid \d+\)/);
      expect(existsSync(join(shared, "documents.csv"))).toBe(false);
    } finally {
      await release();
    }
    // once A is done, B runs
    const again = runCli(argsB);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/waiting for/);
  }, 120_000);

  it("a stale lock left by a killed run is taken over", () => {
    const w = workspace();
    mkdirSync(w.dir, { recursive: true });
    writeFileSync(join(w.dir, ".pipeline.lock"), JSON.stringify({ pid: deadPid(), host: hostname(), started: null, since: "", outputs: [] }));
    const r = runCli(w.args, { PIPELINE_LOCK_WAIT_MS: "500" });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(w.dir, ".pipeline.lock"))).toBe(false);
  });
});
