// Copy the pipeline's CSV export (data/export/<table>.csv, UTF-8 with BOM) to stdout for a data loader. When the export
// is missing (a pipeline run with a different --export), write the same CSV from the Parquet warehouse instead.
import { createReadStream, existsSync, mkdtempSync, openSync, readSync, closeSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { ensureWarehouse, exportDir, openWarehouse, sqlString } from "./warehouse.ts";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function write(buf: Buffer): Promise<void> {
  return new Promise((ok, fail) => process.stdout.write(buf, (e) => (e ? fail(e) : ok())));
}

export async function emitCsv(table: "documents" | "observations" | "comparable" | "indicators"): Promise<void> {
  ensureWarehouse();
  const file = join(exportDir(), `${table}.csv`);
  if (existsSync(file)) {
    const head = Buffer.alloc(3);
    const fd = openSync(file, "r");
    readSync(fd, head, 0, 3, 0);
    closeSync(fd);
    if (!head.equals(BOM)) {
      console.error(`[site] ${file} has no UTF-8 BOM; adding one for Excel`);
      await write(BOM);
    }
    await pipeline(createReadStream(file), process.stdout);
    return;
  }
  console.error(`[site] ${file} is missing; writing ${table}.csv from the Parquet warehouse`);
  const wh = await openWarehouse();
  const dir = mkdtempSync(join(tmpdir(), "fazhi-csv-"));
  try {
    const out = join(dir, `${table}.csv`);
    await wh.run(`COPY (SELECT * FROM ${table}) TO ${sqlString(out)} (FORMAT csv, HEADER, QUOTE '"', ESCAPE '"')`);
    await write(BOM);
    await write(readFileSync(out));
  } finally {
    wh.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
