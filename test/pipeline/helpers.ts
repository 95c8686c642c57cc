import { DuckDBInstance } from "@duckdb/node-api";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = new URL("../..", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

export interface Workspace {
  dir: string;
  raw: string;
  db: string;
  parquet: string;
  export: string;
  corrections: string;
  args: string[];
}

/** A temporary data folder holding a copy of the bundled sample reports. */
export function workspace(copySample = true): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-"));
  const raw = join(dir, "raw");
  mkdirSync(raw);
  if (copySample) cpSync(join(ROOT, "data", "raw"), raw, { recursive: true });
  const w = { dir, raw, db: join(dir, "warehouse.duckdb"), parquet: join(dir, "parquet"), export: join(dir, "export"), corrections: join(dir, "corrections.csv") };
  return { ...w, args: ["--input", raw, "--db", w.db, "--parquet", w.parquet, "--export", w.export, "--corrections", w.corrections, "--quiet"] };
}

export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, [join(ROOT, "pipeline", "cli.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(args: string[]) {
  return spawn(TSX, [join(ROOT, "pipeline", "cli.ts"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

export function runEval(args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, "pipeline", "eval", "cli.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Rows of a query against a written warehouse, opened read-only. */
export async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const con = await instance.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
