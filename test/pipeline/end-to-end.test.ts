// Runs the pipeline on the bundled sample into a temporary folder and checks what it wrote: the DuckDB file,
// Parquet, the CSV export, and the project's own scorer against the copied gold answers.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TRACKED_IDS } from "../../pipeline/catalog/indicators.ts";
import { columns } from "../../pipeline/schema.ts";
import { query, ROOT, runCli, runEval, workspace, type Workspace } from "./helpers.ts";

let w: Workspace;
let run: ReturnType<typeof runCli>;

beforeAll(() => {
  w = workspace();
  run = runCli(w.args);
});

describe("pipeline on the bundled sample", () => {
  it("exits 0 and prints a summary", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/documents 5 \(ok 5, quarantined 0/);
    expect(run.stdout).toMatch(/time [\d.]+ s/);
  });

  it("writes the contract's tables into DuckDB", async () => {
    const docs = await query(w.db, "SELECT file_name, jurisdiction_code, admin_level, report_year, status FROM documents ORDER BY file_name");
    expect(docs.map((d) => [d.jurisdiction_code, d.admin_level, d.report_year, d.status])).toEqual([
      ["211200", "prefecture", 2023, "ok"],
      ["411381", "county", 2024, "ok"],
      ["420900", "prefecture", 2022, "ok"],
      ["120114", "county", 2020, "ok"],
      ["430203", "county", 2023, "ok"],
    ]);
    const perIndicator = await query(w.db, "SELECT doc_id, indicator_id, count(*) AS n FROM observations WHERE is_headline GROUP BY ALL HAVING n > 1");
    expect(perIndicator).toEqual([]);
    const ids = await query(w.db, "SELECT DISTINCT indicator_id FROM observations EXCEPT SELECT indicator_id FROM indicators");
    expect(ids).toEqual([]);
    const tracked = await query(w.db, "SELECT count(*) AS n FROM indicators WHERE tracked");
    expect(Number(tracked[0].n)).toBe(TRACKED_IDS.length);
    const j = await query(w.db, "SELECT chain FROM jurisdictions WHERE code = '411381'");
    expect(j[0].chain).toBe("河南省 > 南阳市 > 邓州市");
  });

  it("keeps every number traceable to its sentence and offsets", async () => {
    const rows = await query(w.db, `SELECT o.raw_text, o.evidence, substr(t.text, o.char_start + 1, o.char_end - o.char_start) AS span,
      strpos(t.text, o.evidence) AS at FROM observations o JOIN document_texts t USING (doc_id) WHERE NOT o.is_derived AND o.char_start IS NOT NULL`);
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(r.span).toBe(r.raw_text);
      expect(Number(r.at)).toBeGreaterThan(0);
    }
  });

  it("writes one Parquet file per table that DuckDB reads back", async () => {
    for (const t of ["documents", "observations", "indicators", "jurisdictions", "document_texts"]) expect(existsSync(join(w.parquet, `${t}.parquet`))).toBe(true);
    const n = await query(w.db, `SELECT count(*) AS n FROM read_parquet('${join(w.parquet, "observations.parquet")}')`);
    const m = await query(w.db, "SELECT count(*) AS n FROM observations");
    expect(Number(n[0].n)).toBe(Number(m[0].n));
  });

  it("writes the CSV export with a BOM and the contract's header", () => {
    const buf = readFileSync(join(w.export, "observations.csv"));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = buf.toString("utf8").slice(1).split("\r\n")[0];
    expect(header.split(",")).toEqual(columns("observations"));
  });

  it("meets the accuracy bar on the sample, measured by the project's own scorer", () => {
    const r = runEval(["--gold", join(ROOT, "test", "fixtures", "seeds.gold.json"), "--export", w.export, "--min-headline", "0.95", "--min-recall", "0.9", "--min-precision", "0.9"]);
    expect(r.stdout).toMatch(/^score headline=/m);
    expect(r.code).toBe(0);
  });
});
