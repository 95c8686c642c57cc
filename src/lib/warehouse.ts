// Node-only helpers for the site's data loaders and config: find the pipeline's Parquet output, run the pipeline when
// it is missing, and query it with @duckdb/node-api. Never imported by a page.
import { DuckDBInstance } from "@duckdb/node-api";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const TABLE_NAMES = ["documents", "observations", "indicators", "jurisdictions", "document_texts", "comparable"] as const;
export type Table = (typeof TABLE_NAMES)[number];

/** The pipeline's data folder (data/ by default; FAZHI_DATA_DIR overrides it, e.g. for tests). */
export function dataDir(): string {
  return resolve(process.env.FAZHI_DATA_DIR ?? "data");
}

export function rawDir(): string {
  return resolve(process.env.FAZHI_RAW_DIR ?? join(dataDir(), "raw"));
}

export function exportDir(): string {
  return resolve(process.env.FAZHI_EXPORT_DIR ?? join(dataDir(), "export"));
}

/** A DuckDB file expression for one table: `data/parquet/<t>.parquet`, or a hive-partitioned folder `data/parquet/<t>/`. */
export function parquetSource(table: Table): string | null {
  const file = join(dataDir(), "parquet", `${table}.parquet`);
  if (existsSync(file)) return `read_parquet(${sqlString(file)})`;
  const dir = join(dataDir(), "parquet", table);
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    return `read_parquet(${sqlString(join(dir, "**", "*.parquet"))}, hive_partitioning = true, union_by_name = true)`;
  }
  return null;
}

export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir)) {
    const s = statSync(join(dir, entry));
    newest = Math.max(newest, s.isDirectory() ? newestMtime(join(dir, entry)) : s.mtimeMs);
  }
  return newest;
}

function outputMtime(): number {
  const f = join(dataDir(), "parquet", "documents.parquet");
  if (existsSync(f)) return statSync(f).mtimeMs;
  return newestMtime(join(dataDir(), "parquet", "documents"));
}

export function warehouseMissing(): boolean {
  return TABLE_NAMES.some((t) => t !== "document_texts" && parquetSource(t) === null);
}

export function warehouseStale(): boolean {
  return warehouseMissing() || newestMtime(rawDir()) > outputMtime();
}

/**
 * Run `tsx pipeline/cli.ts` when its outputs are missing (or, with `ifStale`, older than the newest raw report).
 * A lock directory in the temp folder keeps concurrent loaders from running the pipeline twice.
 */
export function ensureWarehouse({ ifStale = false } = {}): void {
  const needed = () => (ifStale ? warehouseStale() : warehouseMissing());
  if (!needed()) return;
  const lock = join(tmpdir(), `fazhi-site-pipeline-${createHash("sha1").update(dataDir()).digest("hex").slice(0, 12)}.lock`);
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      // another loader is running the pipeline; wait for it
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!needed()) return;
    const args = ["pipeline/cli.ts"];
    if (process.env.FAZHI_DATA_DIR) {
      const d = dataDir();
      args.push("--input", rawDir(), "--db", join(d, "warehouse.duckdb"), "--parquet", join(d, "parquet"), "--export", exportDir());
    }
    console.error(`[site] 数据仓库缺失或过期，运行流水线：tsx ${args.join(" ")}`);
    const tsx = existsSync("node_modules/.bin/tsx") ? "node_modules/.bin/tsx" : "npx";
    const r = spawnSync(tsx === "npx" ? "npx" : tsx, tsx === "npx" ? ["tsx", ...args] : args, {
      stdio: ["ignore", process.stderr, process.stderr], // a loader's stdout is its output file: keep it clean
    });
    if (r.status !== 0) throw new Error(`pipeline failed with status ${r.status}`);
    if (warehouseMissing()) throw new Error(`pipeline ran but ${join(dataDir(), "parquet")} is still incomplete`);
  } finally {
    rmdirSync(lock);
  }
}

function toJS(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(toJS);
  if (v && typeof v === "object" && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJS(x)]));
  }
  return v;
}

export interface Warehouse {
  all<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  run(sql: string): Promise<void>;
  has(table: Table): boolean;
  close(): void;
}

/** An in-memory DuckDB with one view per pipeline table (views over the Parquet files). */
export async function openWarehouse(): Promise<Warehouse> {
  ensureWarehouse();
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  const present = new Set<Table>();
  for (const t of TABLE_NAMES) {
    const src = parquetSource(t);
    if (src) {
      await con.run(`CREATE VIEW ${t} AS SELECT * FROM ${src}`);
      present.add(t);
    }
  }
  return {
    async all<T>(sql: string) {
      const reader = await con.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((r) => toJS(r)) as T[];
    },
    async run(sql: string) {
      await con.run(sql);
    },
    has: (t) => present.has(t),
    close() {
      con.closeSync();
      instance.closeSync();
    },
  };
}

/** Read `--name=value` or `--name value` from argv (Framework passes route params as `--code=430203`). */
export function argValue(name: string): string | undefined {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return undefined;
}

/** Write a JSON document to stdout and wait until it is flushed. */
export async function writeJson(value: unknown): Promise<void> {
  await new Promise<void>((ok, fail) => process.stdout.write(JSON.stringify(value), (e) => (e ? fail(e) : ok())));
}
