// Corrections through the whole run: the history lands in corrections_log (DuckDB, Parquet, CSV), refused rows are
// reported by file:line and change nothing, a GBK file from Excel is read as such, the same log comes out of the
// worker threads, and a corrections.csv lying beside the input folder is not picked up by default.
import iconv from "iconv-lite";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORRECTIONS } from "../../pipeline/corrections.ts";
import { readCsv } from "../../pipeline/eval/score.ts";
import { query, ROOT, runCli, workspace, type Workspace } from "../pipeline/helpers.ts";

const ROWS = [
  "document,indicator,value,match_value,reason,who,date",
  "003_12e1588787f75fd4.txt,enforce_officers,1850,,按执法证管理系统核对,张三,2026-11-01", // 2
  "003_12e1588787f75fd4.txt,enforce_officers,1848,1850,复核花名册,李四,2026-11-05", // 3
  "003_12e1588787f75fd4.txt,enforce_officers,-5,,误录,王五,2026-11-06", // 4: a negative count
  "001_1fa859b6caad738a.txt,recon_settlement_rate,150,35,误录,王五,2026-11-06", // 5: a rate over 100
  "003_12e1588787f75fd4.txt,penalty_cases,0x10,,十六进制,王五,2026-11-06", // 6
  "003_12e1588787f75fd4.txt,penalty_cases,31,,日期不存在,王五,2026-13-45", // 7
  "003_12e1588787f75fd4.txt,legal_aid_cases,120,,补录,赵六,2026-11-07", // 8: added
  "nosuch.txt,recon_received,5,,测试,王五,2026-11-03", // 9: no document
];

/** Observations of the sample's report 003 (the others have their own penalty cases and officers). */
function obs003(w: Workspace) {
  const doc = readCsv(join(w.export, "documents.csv")).find((d) => d.file_name === "003_12e1588787f75fd4.txt")!.doc_id;
  return readCsv(join(w.export, "observations.csv")).filter((o) => o.doc_id === doc);
}

describe("corrections in a run", () => {
  let w: Workspace;
  let r: ReturnType<typeof runCli>;
  beforeAll(() => {
    w = workspace();
    // as Excel on Chinese Windows saves it
    writeFileSync(w.corrections, iconv.encode(ROWS.join("\r\n") + "\r\n", "gbk"));
    r = runCli([...w.args, "--workers", "1"]);
  }, 60_000);

  it("reports every refused row by file and line and applies none of them", () => {
    expect(r.code, r.stderr).toBe(3);
    const problems = r.stdout.split("\n").filter((l) => l.startsWith("correction problem: "));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`${w.corrections}:4: enforce_officers is a count: -5 must be a whole number ≥ 0; not applied$`)),
      expect.stringMatching(new RegExp(`${w.corrections}:5: recon_settlement_rate is a rate in %: 150 must be between 0 and 100; not applied$`)),
      expect.stringContaining(`${w.corrections}:6: value "0x10" is not a plain number`),
      expect.stringContaining(`${w.corrections}:7: date "2026-13-45" is not a real date`),
      expect.stringContaining(`${w.corrections}:9: no document nosuch.txt`),
    ]);
    expect(r.stdout).toMatch(/corrections applied 3\b/);
    const obs = obs003(w);
    expect(obs.filter((o) => o.indicator_id === "penalty_cases" && o.is_headline === "true").map((o) => o.value)).toEqual(["30"]);
    const settlement = readCsv(join(w.export, "observations.csv")).filter((o) => o.indicator_id === "recon_settlement_rate" && o.value === "35");
    expect(settlement.map((o) => [o.value, o.original_value, o.correction])).toEqual([["35", "", ""]]);
  });

  it("keeps the extracted value, both notes (read from GBK) and one flag on a value corrected twice", () => {
    const obs = obs003(w);
    const officers = obs.filter((o) => o.indicator_id === "enforce_officers" && o.is_headline === "true");
    expect(officers.map((o) => [o.value, o.original_value, o.flags])).toEqual([["1848", "1842", "corrected"]]);
    expect(officers[0]!.correction).toBe("张三 2026-11-01: 按执法证管理系统核对 | 李四 2026-11-05: 复核花名册");
    const added = obs.find((o) => o.indicator_id === "legal_aid_cases")!;
    expect([added.value, added.original_value, added.flags]).toEqual(["120", "", "corrected;added_by_correction"]);
  });

  it("writes the history to the corrections_log table, its Parquet file and its CSV export", async () => {
    const want = [
      { line: 2, action: "override", old_value: 1842, new_value: 1850, original_value: 1842, who: "张三", corrected_on: "2026-11-01", reason: "按执法证管理系统核对", status: "applied" },
      { line: 3, action: "override", old_value: 1850, new_value: 1848, original_value: 1842, who: "李四", corrected_on: "2026-11-05", reason: "复核花名册", status: "applied" },
      { line: 8, action: "add", old_value: null, new_value: 120, original_value: null, who: "赵六", corrected_on: "2026-11-07", reason: "补录", status: "applied" },
      { line: 9, action: "override", old_value: null, new_value: 5, original_value: null, who: "王五", corrected_on: "2026-11-03", reason: "测试", status: "unmatched" },
    ];
    const cols = "line, action, old_value, new_value, original_value, who, corrected_on, reason, status";
    const fromDb = await query(w.db, `SELECT ${cols} FROM corrections_log ORDER BY line`);
    const fromParquet = await query(w.db, `SELECT ${cols} FROM read_parquet('${join(w.parquet, "corrections_log.parquet")}') ORDER BY line`);
    for (const rows of [fromDb, fromParquet]) expect(rows.map((x) => ({ ...x, line: Number(x.line) }))).toEqual(want);
    const [doc] = await query(w.db, "SELECT doc_id FROM documents WHERE file_name = '003_12e1588787f75fd4.txt'");
    expect((await query(w.db, "SELECT DISTINCT doc_id FROM corrections_log WHERE line IN (2, 3, 8)")).map((x) => x.doc_id)).toEqual([doc!.doc_id]);
    expect((await query(w.db, "SELECT doc_id, note FROM corrections_log WHERE line = 9"))[0]).toEqual({ doc_id: null, note: "no document nosuch.txt" });

    const buf = readFileSync(join(w.export, "corrections_log.csv"));
    expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const csv = readCsv(join(w.export, "corrections_log.csv"));
    expect(csv.map((x) => [x.line, x.old_value, x.new_value, x.original_value, x.status, x.file])).toEqual(
      want.map((x) => [String(x.line), x.old_value === null ? "" : String(x.old_value), String(x.new_value), x.original_value === null ? "" : String(x.original_value), x.status, w.corrections]),
    );
  });

  it("gives the same log from the worker threads", () => {
    const two = workspace();
    writeFileSync(two.corrections, iconv.encode(ROWS.join("\r\n") + "\r\n", "gbk"));
    expect(runCli([...two.args, "--workers", "2"]).code).toBe(3);
    const strip = (x: Workspace) => readFileSync(join(x.export, "corrections_log.csv"), "utf8").replaceAll(x.corrections, "CORR");
    expect(strip(two)).toBe(strip(w));
  }, 60_000);
});

describe("the default corrections file", () => {
  it("lies in the project", () => {
    expect(resolve(DEFAULT_CORRECTIONS)).toBe(resolve(ROOT, "data", "corrections.csv"));
  });

  it("is the project's data/corrections.csv, not a corrections.csv beside the input folder", () => {
    const w = workspace();
    // w.corrections is w.dir/corrections.csv: beside the input folder w.raw, where the old default looked
    writeFileSync(w.corrections, [ROWS[0], "003_12e1588787f75fd4.txt,enforce_officers,1799,,不该被读到,路人,2026-11-01"].join("\n"));
    const args = w.args.filter((a, i) => a !== "--corrections" && w.args[i - 1] !== "--corrections");
    const r = runCli(args);
    expect(r.stdout).not.toContain(w.corrections);
    expect(obs003(w).find((o) => o.indicator_id === "enforce_officers" && o.is_headline === "true")?.value).toBe("1842");
    expect(readCsv(join(w.export, "corrections_log.csv")).filter((x) => x.file === w.corrections)).toEqual([]);
  }, 60_000);
});
