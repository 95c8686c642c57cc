// npx tsx bench/partition.ts [--db bench/tmp/n10000/warehouse.duckdb] [--out bench/tmp/partitioned]
// Measures the partitioned Parquet layout proposed in docs/scaling.md on a benchmark warehouse:
// observations/report_year=YYYY/province_name=…/data_0.parquet (and documents/ the same way), written with DuckDB's
// COPY … (FORMAT parquet, PARTITION_BY (report_year, province_name)), then read back with hive partitioning.
// Prints JSON; `npm run bench` does not call it (it needs a finished 10k run).
import { DuckDBInstance } from "@duckdb/node-api";
import { readdirSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { db: { type: "string", default: "bench/tmp/n10000/warehouse.duckdb" }, out: { type: "string", default: "bench/tmp/partitioned" } } });
const db = resolve(values.db!);
const out = resolve(values.out!);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

function walk(dir: string): { files: number; bytes: number; dirs: number } {
  let files = 0, bytes = 0, dirs = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const r = walk(p);
      files += r.files, bytes += r.bytes, dirs += r.dirs + 1;
    } else (files++, (bytes += statSync(p).size));
  }
  return { files, bytes, dirs };
}

const instance = await DuckDBInstance.create(":memory:");
const con = await instance.connect();
const q = (s: string) => s.replaceAll("'", "''");
const timed = async (sql: string) => {
  const t = performance.now();
  const r = await con.runAndReadAll(sql);
  return { ms: Math.round(performance.now() - t), rows: r.getRowObjectsJson() };
};
await con.run(`ATTACH '${q(db)}' AS wh (READ_ONLY)`);
const write = await timed(`COPY (
  SELECT o.* REPLACE (coalesce(o.report_year, d.report_year) AS report_year), d.province_name
  FROM wh.observations o JOIN wh.documents d USING (doc_id)
) TO '${q(join(out, "observations"))}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (report_year, province_name), OVERWRITE_OR_IGNORE)`);
const writeDocs = await timed(`COPY (SELECT * FROM wh.documents WHERE status = 'ok')
  TO '${q(join(out, "documents"))}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (report_year, province_name), OVERWRITE_OR_IGNORE)`);
const layout = walk(join(out, "observations"));
const glob = `read_parquet('${q(join(out, "observations"))}/*/*/*.parquet', hive_partitioning = true)`;
const all = await timed(`SELECT count(*) AS n FROM ${glob}`);
const onePartition = await timed(`SELECT count(*) AS n, avg(value) AS mean FROM ${glob} WHERE report_year = 2023 AND province_name = '湖南省' AND is_headline`);
const byProvince = await timed(`SELECT province_name, report_year, count(*) AS n FROM ${glob} WHERE indicator_id = 'recon_received' AND is_headline GROUP BY ALL ORDER BY n DESC LIMIT 3`);
const flatGlob = `read_parquet('${q(join(resolve(db, ".."), "parquet", "observations.parquet"))}')`;
const flatOne = await timed(`SELECT count(*) AS n FROM ${flatGlob} o WHERE o.report_year = 2023 AND o.is_headline AND o.jurisdiction_code LIKE '43%'`);
const result = {
  db: values.db,
  write: { observationsMs: write.ms, documentsMs: writeDocs.ms },
  layout: { ...layout, mb: Math.round(layout.bytes / 1e5) / 10, example: readdirSync(join(out, "observations")).slice(0, 2) },
  reads: {
    countAllMs: all.ms, rows: all.rows[0],
    onePartitionMs: onePartition.ms, onePartition: onePartition.rows[0],
    groupByMs: byProvince.ms, groupBy: byProvince.rows,
    flatFileSameFilterMs: flatOne.ms, flatFile: flatOne.rows[0],
  },
};
console.log(JSON.stringify(result, null, 2));
con.closeSync();
instance.closeSync();
