// Stage 8: the warehouse. Everything is written into a fresh folder beside the targets and swapped in at the end,
// so a run that dies midway leaves the previous DuckDB file, Parquet files and CSV export intact.
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { closeSync, existsSync, openSync, writeSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";
import { COMPARABLE_EXPORT, COMPARABLE_SQL } from "./comparable.ts";
import { CorrectionLogRow, TABLES, createTableSql, isNullable, sqlType, type ObservationRow, type TableName } from "../schema.ts";
import { CSV_BOM, csvHeader, csvLines, loadLines, readLoadSql, toCsv } from "./csv.ts";

export type Tables = { [T in TableName]: z.infer<(typeof TABLES)[T]>[] };

// The corrections' history: a table beside the contract's (schema.ts says why it is not in TABLES), written the same
// way — DuckDB table, Parquet file, CSV export.
const LOG = "corrections_log";
const LOG_SHAPE = CorrectionLogRow.shape as Record<string, z.ZodType>;
const LOG_TYPES = Object.entries(LOG_SHAPE).map(([col, f]) => [col, sqlType(f)] as const);
const LOG_DDL = `CREATE TABLE ${LOG} (${Object.entries(LOG_SHAPE).map(([c, f]) => `${c} ${sqlType(f)}${isNullable(f) ? "" : " NOT NULL"}`).join(", ")})`;

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

const typesOf = (name: TableName) =>
  Object.entries(TABLES[name].shape as Record<string, z.ZodType>).map(([col, f]) => [col, sqlType(f)] as const);

function appendRows(appender: DuckDBAppender, types: readonly (readonly [string, string])[], rows: readonly Record<string, unknown>[]): void {
  for (const row of rows) {
    for (const [col, type] of types) append(appender, type, row[col]);
    appender.endRow();
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

/**
 * The warehouse written while the documents are still being analysed: texts go into a DuckDB appender, observations
 * into a bulk-load file (csv.ts loadLines) and their export lines into memory as each document is accepted, so that
 * after the last document one CSV scan, the small tables, the Parquet copies and the file swap remain. Everything is
 * written into a staging folder beside the targets and swapped in by finish(); abort() leaves the previous outputs.
 */
export class WarehouseWriter {
  private readonly obsTypes = typesOf("observations");
  private readonly textTypes = typesOf("document_texts");
  private readonly obsCsv: string[] = [];
  private readonly obsLoadFile: string;
  private obsLoad: number | null;

  private constructor(
    private readonly targets: LoadTargets,
    private readonly staging: string,
    private readonly instance: DuckDBInstance,
    private readonly con: DuckDBConnection,
    private readonly texts: DuckDBAppender,
  ) {
    this.obsLoadFile = join(staging, "observations.load.csv");
    this.obsLoad = openSync(this.obsLoadFile, "w");
  }

  static async open(targets: LoadTargets): Promise<WarehouseWriter> {
    const db = resolve(targets.db);
    await removeStaleStaging(dirname(db));
    for (const t of [targets.parquet, targets.export]) await removeStaleStaging(dirname(resolve(t)));
    const staging = join(dirname(db), `.staging-${process.pid}-${Date.now()}`);
    await mkdir(join(staging, "parquet"), { recursive: true });
    await mkdir(join(staging, "export"), { recursive: true });
    let instance: DuckDBInstance | null = null;
    try {
      // imported here: the worker threads load this module too (through run.ts) and have no use for DuckDB
      const { DuckDBInstance } = await import("@duckdb/node-api");
      instance = await DuckDBInstance.create(join(staging, basename(db)));
      const con = await instance.connect();
      for (const name of Object.keys(TABLES) as TableName[]) await con.run(createTableSql(name));
      await con.run(LOG_DDL);
      return new WarehouseWriter(targets, staging, instance, con, await con.createAppender("document_texts"));
    } catch (e) {
      instance?.closeSync();
      await rm(staging, { recursive: true, force: true });
      throw e;
    }
  }

  /** One document's observation rows. */
  addObservations(rows: readonly ObservationRow[]): void {
    this.addObservationLines(loadLines("observations", rows), csvLines("observations", rows));
  }

  /** The same already encoded (worker threads do it): bulk-load lines (loadLines) and export lines (csvLines). */
  addObservationLines(load: string, csv: string): void {
    if (this.obsLoad === null) throw new Error("warehouse writer is finished");
    if (load) writeSync(this.obsLoad, load);
    this.obsCsv.push(csv);
  }

  addText(doc_id: string, text: string): void {
    appendRows(this.texts, this.textTypes, [{ doc_id, text }]);
  }

  /** The remaining tables, views, Parquet files and CSV export; then everything is swapped in. */
  async finish(rest: Pick<Tables, "documents" | "indicators" | "jurisdictions"> & { corrections_log?: readonly CorrectionLogRow[] }): Promise<void> {
    const { con, staging, targets } = this;
    const db = resolve(targets.db);
    try {
      this.texts.closeSync();
      this.closeLoadFile();
      await con.run(`INSERT INTO observations ${readLoadSql(this.obsLoadFile, this.obsTypes)}`);
      await rm(this.obsLoadFile);
      for (const name of ["documents", "indicators", "jurisdictions"] as const) {
        const appender = await con.createAppender(name);
        appendRows(appender, typesOf(name), rest[name] as Record<string, unknown>[]);
        appender.closeSync();
      }
      const log = await con.createAppender(LOG);
      appendRows(log, LOG_TYPES, rest.corrections_log ?? []);
      log.closeSync();
      await con.run(COMPARABLE_SQL);
      for (const v of VIEWS) await con.run(v);
      // DuckDB writes the Parquet files on its own threads while this one encodes and writes the CSV export.
      const duck = (async () => {
        for (const name of [...Object.keys(TABLES), LOG]) {
          const out = join(staging, "parquet", `${name}.parquet`).replaceAll("'", "''");
          await con.run(`COPY (SELECT * FROM ${name}) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
        }
        // comparable.csv by DuckDB itself (200,000 rows through JS objects cost seconds); its columns hold codes,
        // numbers and vocabulary words only, so no formula guard is needed, and counts print without ".0"
        const out = join(staging, "export", "comparable.body.csv").replaceAll("'", "''");
        await con.run(`COPY (${COMPARABLE_EXPORT}) TO '${out}' (FORMAT csv, HEADER, QUOTE '"')`);
        await con.run("CHECKPOINT");
      })();
      const csv = (async () => {
        await writeFile(join(staging, "export", "documents.csv"), toCsv("documents", rest.documents));
        await writeFile(join(staging, "export", "observations.csv"), CSV_BOM + csvHeader("observations") + this.obsCsv.join(""));
        this.obsCsv.length = 0;
        await writeFile(join(staging, "export", "indicators.csv"), toCsv("indicators", rest.indicators));
        await writeFile(join(staging, "export", `${LOG}.csv`), toCsv(Object.keys(LOG_SHAPE), rest.corrections_log ?? []));
      })();
      const comparableCsv = Promise.all([duck, csv]).then(async () => {
        const body = join(staging, "export", "comparable.body.csv");
        await writeFile(join(staging, "export", "comparable.csv"), Buffer.concat([Buffer.from(CSV_BOM), await readFile(body)]));
        await rm(body);
      });
      // both settle before anything is closed or removed
      for (const r of await Promise.allSettled([duck, csv, comparableCsv])) if (r.status === "rejected") throw r.reason;
      this.close();
      for (const dir of [dirname(resolve(targets.parquet)), dirname(resolve(targets.export))]) await mkdir(dir, { recursive: true });
      await swapIn(join(staging, basename(db)), db);
      await swapIn(join(staging, "parquet"), resolve(targets.parquet));
      await swapIn(join(staging, "export"), resolve(targets.export));
    } finally {
      this.close();
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Drop everything written so far; the previous outputs stay. */
  async abort(): Promise<void> {
    this.close();
    await rm(this.staging, { recursive: true, force: true });
  }

  private closeLoadFile(): void {
    if (this.obsLoad !== null) closeSync(this.obsLoad);
    this.obsLoad = null;
  }

  private closed = false;
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.closeLoadFile();
    this.con.closeSync();
    this.instance.closeSync();
  }
}

export async function load(tables: Tables & { corrections_log?: readonly CorrectionLogRow[] }, targets: LoadTargets): Promise<void> {
  const w = await WarehouseWriter.open(targets);
  try {
    w.addObservations(tables.observations);
    for (const t of tables.document_texts) w.addText(t.doc_id, t.text);
  } catch (e) {
    await w.abort();
    throw e;
  }
  await w.finish(tables);
}
