// Stage 8: the warehouse. Everything is written into a fresh folder beside the targets and swapped in at the end,
// so a run that dies midway leaves the previous DuckDB file, Parquet files and CSV export intact.
import { DuckDBInstance, type DuckDBAppender } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";
import { TABLES, createTableSql, sqlType, type TableName } from "../schema.ts";
import { toCsv } from "./csv.ts";

export type Tables = { [T in TableName]: z.infer<(typeof TABLES)[T]>[] };

export interface LoadTargets {
  db: string;
  parquet: string;
  export: string;
}

const VIEWS = [
  `CREATE VIEW headline_values AS
     SELECT o.*, d.jurisdiction_name, d.admin_level, d.province_name, d.parent_name, d.title, d.source_path,
            i.name_zh AS indicator_name, i.area, i.area_zh, i.kind, i.higher_is_better
     FROM observations o JOIN documents d USING (doc_id) JOIN indicators i USING (indicator_id)
     WHERE o.is_headline`,
  `CREATE VIEW indicator_coverage AS
     SELECT i.indicator_id, i.name_zh, i.area_zh, count(DISTINCT o.doc_id) AS documents,
            count(o.obs_id) FILTER (WHERE o.is_headline) AS headline_values
     FROM indicators i LEFT JOIN observations o USING (indicator_id)
     GROUP BY ALL ORDER BY documents DESC`,
  `CREATE VIEW flagged_values AS
     SELECT o.*, d.jurisdiction_name, d.source_path FROM observations o JOIN documents d USING (doc_id) WHERE o.flags <> ''`,
];

function append(appender: DuckDBAppender, type: string, v: unknown): void {
  if (v === null || v === undefined) return appender.appendNull();
  if (type === "VARCHAR") return appender.appendVarchar(String(v));
  if (type === "BOOLEAN") return appender.appendBoolean(Boolean(v));
  if (type === "INTEGER") return appender.appendInteger(Number(v));
  return appender.appendDouble(Number(v));
}

async function writeDuckDb(file: string, tables: Tables, parquetDir: string): Promise<void> {
  const instance = await DuckDBInstance.create(file);
  const con = await instance.connect();
  try {
    for (const name of Object.keys(TABLES) as TableName[]) {
      await con.run(createTableSql(name));
      const shape = TABLES[name].shape as Record<string, z.ZodType>;
      const types = Object.entries(shape).map(([col, f]) => [col, sqlType(f)] as const);
      const appender = await con.createAppender(name);
      for (const row of tables[name] as Record<string, unknown>[]) {
        for (const [col, type] of types) append(appender, type, row[col]);
        appender.endRow();
      }
      appender.closeSync();
    }
    for (const v of VIEWS) await con.run(v);
    for (const name of Object.keys(TABLES) as TableName[]) {
      const out = join(parquetDir, `${name}.parquet`).replaceAll("'", "''");
      await con.run(`COPY (SELECT * FROM ${name}) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
    }
    await con.run("CHECKPOINT");
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/** Replace `target` (file or folder) with `fresh` so that readers only ever see a complete one. */
async function swapIn(fresh: string, target: string): Promise<void> {
  // A file is replaced in one rename; a folder needs two, and removeStaleStaging repairs a kill between them.
  if (!(await stat(fresh)).isDirectory()) return rename(fresh, target);
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, old);
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}

/** Staging folders left by runs that were killed. Only the lock holder calls this, so none is in use. */
async function removeStaleStaging(home: string): Promise<void> {
  for (const name of await readdir(home).catch(() => [] as string[])) {
    if (name.startsWith(".staging-")) await rm(join(home, name), { recursive: true, force: true });
    const old = name.match(/^(.*)\.old-\d+$/);
    if (old) {
      // Killed between moving the old folder aside and moving the new one in: put the old one back.
      if (!existsSync(join(home, old[1]))) await rename(join(home, name), join(home, old[1]));
      else await rm(join(home, name), { recursive: true, force: true });
    }
  }
}

export async function load(tables: Tables, targets: LoadTargets): Promise<void> {
  const db = resolve(targets.db);
  await removeStaleStaging(dirname(db));
  for (const t of [targets.parquet, targets.export]) await removeStaleStaging(dirname(resolve(t)));
  const staging = join(dirname(db), `.staging-${process.pid}-${Date.now()}`);
  await mkdir(join(staging, "parquet"), { recursive: true });
  await mkdir(join(staging, "export"), { recursive: true });
  try {
    await writeDuckDb(join(staging, basename(db)), tables, join(staging, "parquet"));
    await writeFile(join(staging, "export", "documents.csv"), toCsv("documents", tables.documents));
    await writeFile(join(staging, "export", "observations.csv"), toCsv("observations", tables.observations));
    await writeFile(join(staging, "export", "indicators.csv"), toCsv("indicators", tables.indicators));
    for (const dir of [dirname(resolve(targets.parquet)), dirname(resolve(targets.export))]) await mkdir(dir, { recursive: true });
    await swapIn(join(staging, basename(db)), db);
    await swapIn(join(staging, "parquet"), resolve(targets.parquet));
    await swapIn(join(staging, "export"), resolve(targets.export));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
