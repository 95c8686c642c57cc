// The hold-out sets: reports written blind for these tests, answers annotated before the extractor was run on them,
// in styles the sample lacks. Set 1 (test/fixtures/holdout/): Chinese-numeral counts, 区政府本级 beside 全区, a
// named street, 由X%提升至Y%, a quarter-only rate, single committees' cumulative figures, an inconsistent stated
// rate, a department's own figures, and a GBK HTML page with site chrome and a statistics table. Set 2
// (test/fixtures/holdout2/): a province, a Shanghai district whose year ends 截至11月底, a county's 2022 report and
// a report in traditional characters. The project's own scorer measures the pipeline on each; every number must
// stay traceable to its line in the text.
import { DuckDBInstance } from "@duckdb/node-api";
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, runEval, workspace, type Workspace } from "./helpers.ts";

// Real page beginnings (real-dev from shared/corpus, real3 to real22 collected for issue 15): statistics releases,
// department reports, news, yearbook entries, mirrors in traditional characters; each with sources.csv, whose page
// addresses are clues to the jurisdiction. real-dev and real5 to real7 meet the target; real3 and real4 (first-sight scores in
// docs/accuracy.md) hold at least the level reached, so that a change that loses ground on real text fails here.
const SETS = [
  { dir: "holdout", docs: "raw", gold: "holdout.gold.json", documents: 4, table: true, rows: 50, min: ["0.95", "0.9", "0.9"] },
  { dir: "holdout2", docs: "raw", gold: "holdout2.gold.json", documents: 4, table: false, rows: 50, min: ["0.95", "0.9", "0.9"] },
  { dir: "real-dev", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 40, min: ["0.95", "0.95", "0.97"] },
  { dir: "real3", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 30, min: ["0.85", "0.95", "0.85"] },
  { dir: "real4", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 25, min: ["0.85", "0.95", "0.88"] },
  { dir: "real5", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 20, min: ["0.95", "0.95", "0.97"] },
  { dir: "real6", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 45, min: ["0.95", "0.95", "0.97"] },
  { dir: "real7", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 40, min: ["0.95", "0.95", "0.97"] },
  { dir: "real8", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 40, min: ["0.95", "0.95", "0.97"] },
  { dir: "real9", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 20, min: ["0.95", "0.95", "0.97"] },
  { dir: "real10", docs: "docs", gold: "gold.json", documents: 5, table: false, rows: 10, min: ["0.95", "0.95", "0.97"] },
  { dir: "real11", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 25, min: ["0.95", "0.95", "0.97"] },
  // (scored at first sight late in the session; its remaining misses are a respondent breakdown and a yearbook's host)
  { dir: "real12", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 25, min: ["0.95", "0.95", "0.9"] },
  // (worked on in the same session as its first sight; provinces' pages and places named only by an address path remain)
  { dir: "real13", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 60, min: ["0.9", "0.95", "0.95"] },
  { dir: "real14", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 20, min: ["0.95", "0.95", "0.95"] },
  { dir: "real15", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 15, min: ["0.95", "0.95", "0.95"] },
  // (real16 to real23: collected and scored at first sight in the session of 2026-12-07; each holds the level it
  // reached that session, below the target where the remaining misses are conventions the annotators left open or
  // places named only by an address or a town: docs/accuracy.md lists them)
  { dir: "real16", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 40, min: ["0.8", "0.95", "0.85"] },
  { dir: "real17", docs: "docs", gold: "gold.json", documents: 9, table: false, rows: 20, min: ["0.95", "0.95", "0.97"] },
  { dir: "real18", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 30, min: ["0.85", "0.9", "0.97"] },
  { dir: "real19", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 15, min: ["0.6", "0.8", "0.8"] },
  { dir: "real20", docs: "docs", gold: "gold.json", documents: 9, table: false, rows: 20, min: ["0.8", "0.95", "0.97"] },
  { dir: "real21", docs: "docs", gold: "gold.json", documents: 7, table: false, rows: 10, min: ["0.8", "0.95", "0.97"] },
  { dir: "real22", docs: "docs", gold: "gold.json", documents: 7, table: false, rows: 15, min: ["0.8", "0.9", "0.9"] },
  { dir: "real23", docs: "docs", gold: "gold.json", documents: 7, table: false, rows: 15, min: ["0.8", "0.95", "0.97"] },
  // (real24 onwards: the session of 2026-12-07, fifth; a province named only by its address remains in real24)
  { dir: "real24", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 15, min: ["0.9", "0.9", "0.97"] },
  // (real25: a city's 2005 petition campaign and a three-year court review keep precision down; real26: a province's
  // 2006 docket without the province's own total, a spam-spliced mirror and proposals counted three ways)
  { dir: "real25", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 20, min: ["0.95", "0.95", "0.8"] },
  { dir: "real26", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 15, min: ["0.75", "0.9", "0.9"] },
  // (real27 onwards: the session of 2026-12-07, sixth; real27's spam-mirror court news and a province's half-year press
  // conference, real28's flattened 26-column bureau table, real29's English aggregator page keep them below the target)
  { dir: "real27", docs: "docs", gold: "gold.json", documents: 9, table: false, rows: 15, min: ["0.8", "0.95", "0.9"] },
  { dir: "real28", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 15, min: ["0.95", "0.75", "0.97"] },
  { dir: "real29", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 15, min: ["0.75", "0.8", "0.97"] },
  // written for issue 15 by writers who had not seen the extractor (first-sight scores in docs/accuracy.md)
  { dir: "blind5", docs: "docs", gold: "gold.json", documents: 6, table: true, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind6", docs: "docs", gold: "gold.json", documents: 10, table: true, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind7", docs: "docs", gold: "gold.json", documents: 8, table: true, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind8", docs: "docs", gold: "gold.json", documents: 12, table: true, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind9", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind10", docs: "docs", gold: "gold.json", documents: 12, table: true, rows: 100, min: ["0.95", "0.95", "0.95"] },
  { dir: "blind11", docs: "docs", gold: "gold.json", documents: 6, table: false, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind12", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind13", docs: "docs", gold: "gold.json", documents: 8, table: true, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind14", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 100, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind15", docs: "docs", gold: "gold.json", documents: 10, table: true, rows: 300, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind16", docs: "docs", gold: "gold.json", documents: 10, table: false, rows: 200, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind17", docs: "docs", gold: "gold.json", documents: 6, table: false, rows: 200, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind18", docs: "docs", gold: "gold.json", documents: 8, table: true, rows: 300, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind19", docs: "docs", gold: "gold.json", documents: 8, table: true, rows: 150, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind20", docs: "docs", gold: "gold.json", documents: 6, table: false, rows: 120, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind21", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 250, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind22", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 120, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind23", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 300, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind24", docs: "docs", gold: "gold.json", documents: 8, table: true, rows: 250, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind25", docs: "docs", gold: "gold.json", documents: 8, table: false, rows: 300, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind26", docs: "docs", gold: "gold.json", documents: 6, table: true, rows: 300, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind27", docs: "docs", gold: "gold.json", documents: 6, table: true, rows: 250, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind28", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 350, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind29", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 250, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind30", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 400, min: ["0.95", "0.95", "0.97"] },
  // (blind31: shares of several different totals in one county-level city's report keep precision at 96.5)
  { dir: "blind31", docs: "docs", gold: "gold.json", documents: 7, table: true, rows: 300, min: ["0.95", "0.95", "0.95"] },
  { dir: "blind32", docs: "docs", gold: "gold.json", documents: 6, table: false, rows: 300, min: ["0.95", "0.95", "0.97"] },
  { dir: "blind33", docs: "docs", gold: "gold.json", documents: 7, table: false, rows: 250, min: ["0.95", "0.95", "0.97"] },
  // (blind34: a court covering three places, a petition bureau's and a province's scope conventions keep precision at 96.6)
  { dir: "blind34", docs: "docs", gold: "gold.json", documents: 7, table: false, rows: 150, min: ["0.95", "0.95", "0.95"] },
  { dir: "blind35", docs: "docs", gold: "gold.json", documents: 6, table: false, rows: 250, min: ["0.95", "0.95", "0.97"] },
  // (blind36: a tab table with two header rows whose empty cells the reading loses, and a 批次/人次 cell)
  { dir: "blind36", docs: "docs", gold: "gold.json", documents: 6, table: true, rows: 200, min: ["0.9", "0.95", "0.97"] },
  // (blind37: departments' own figures beside their region's — a police bureau deciding its sub-bureaus' cases, a
  // province's market-regulation system — and a development zone mapped to its city: 11 headlines, 81.8)
  { dir: "blind37", docs: "docs", gold: "gold.json", documents: 5, table: false, rows: 120, min: ["0.8", "0.95", "0.95"] },
  { dir: "blind38", docs: "docs", gold: "gold.json", documents: 5, table: true, rows: 250, min: ["0.95", "0.95", "0.97"] },
];

describe.each(SETS)("pipeline on the gold set in $dir", (set) => {
  const dir = join(ROOT, "test", "fixtures", set.dir);
  let w: Workspace;
  let run: ReturnType<typeof runCli>;

  beforeAll(() => {
    w = workspace(false);
    cpSync(join(dir, set.docs), w.raw, { recursive: true });
    if (existsSync(join(dir, "sources.csv"))) cpSync(join(dir, "sources.csv"), join(w.dir, "sources.csv"));
    run = runCli(w.args);
  });

  it("loads every report", () => {
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(new RegExp(`documents ${set.documents} \\(ok ${set.documents}, quarantined 0`));
  });

  it("meets the accuracy bar, measured by the project's own scorer", () => {
    const [h, r0, p] = set.min;
    const r = runEval(["--gold", join(dir, set.gold), "--export", w.export, "--min-headline", h!, "--min-recall", r0!, "--min-precision", p!]);
    expect(r.stdout).toMatch(/^score headline=/m);
    expect(r.code, r.stdout).toBe(0);
  });

  it("keeps table cells and prose alike traceable to their line and offsets", async () => {
    const instance = await DuckDBInstance.create(w.db, { access_mode: "READ_ONLY" });
    const con = await instance.connect();
    try {
      const rows = (await con.runAndReadAll(`SELECT o.raw_text, o.evidence, o.flags, substr(t.text, o.char_start + 1, o.char_end - o.char_start) AS span,
        strpos(t.text, o.evidence) AS at FROM observations o JOIN document_texts t USING (doc_id) WHERE NOT o.is_derived AND o.char_start IS NOT NULL`)).getRowObjectsJson();
      expect(rows.length).toBeGreaterThan(set.rows);
      if (set.table) expect(rows.some((r) => String(r.flags).includes("table"))).toBe(true);
      for (const r of rows) {
        expect(r.span).toBe(r.raw_text);
        expect(Number(r.at)).toBeGreaterThan(0);
      }
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });
});
