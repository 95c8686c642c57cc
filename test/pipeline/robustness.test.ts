// Issue 4's failure handling: bad input is quarantined with a reason and the batch goes on; re-runs are
// incremental; a killed run leaves the previous outputs readable; a second run waits for the first; corrections.
import { DuckDBInstance } from "@duckdb/node-api";
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../pipeline/eval/score.ts";
import { neutralize } from "../../pipeline/load/csv.ts";
import { runCli, startCli, workspace } from "./helpers.ts";

async function count(db: string, sql: string): Promise<number> {
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const con = await instance.connect();
  try {
    return Number((await con.runAndReadAll(sql)).getRowObjectsJson()[0].n);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

const docs = (dir: string) => readCsv(join(dir, "documents.csv"));
const READ_FIXTURES = join(import.meta.dirname, "..", "fixtures", "read");

describe("bad input", () => {
  it("quarantines each bad file with a one-line reason and keeps the rest", () => {
    const w = workspace();
    writeFileSync(join(w.raw, "empty.txt"), "");
    writeFileSync(join(w.raw, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 9]));
    writeFileSync(join(w.raw, "table.xls"), "not supported");
    writeFileSync(join(w.raw, "news.txt"), "本报讯 昨日,市体育中心举行全民健身运动会开幕式,共有2000余名群众参加。".repeat(12));
    writeFileSync(join(w.raw, "cut.html"), "<html><head><meta charset=utf-8><title>关于2023年度法治政府建设情况的报告</title></head><body><div class=\"TRS_Editor\"><p>2023年,某县坚持法治政府建设");
    cpSync(join(w.raw, "000_f1b8fff87bfed44a.txt"), join(w.raw, "copy-of-000.txt"));
    // one report pasted 40 times over: implausible input, not a report to rank first
    writeFileSync(join(w.raw, "repeated.txt"), Array(40).fill(readFileSync(join(w.raw, "003_12e1588787f75fd4.txt"), "utf8")).join("\n"));
    const r = runCli(w.args);
    expect(r.code).toBe(3);
    const rows = docs(w.export);
    const by = (f: string) => rows.find((d) => d.file_name === f)!;
    expect(by("empty.txt").status).toBe("quarantined");
    expect(by("empty.txt").status_reason).toMatch(/empty/);
    expect(by("binary.txt").status).toBe("quarantined");
    expect(by("table.xls").status_reason).toMatch(/unsupported/);
    // kept out because nothing in it can be used (no place, no catalogued figure), not because it is news
    expect(by("news.txt").status_reason).toMatch(/no jurisdiction and no catalogued figure/);
    expect(by("cut.html").status).toBe("quarantined");
    expect(by("copy-of-000.txt").status).toBe("duplicate");
    expect(by("repeated.txt").status).toBe("quarantined");
    expect(by("repeated.txt").status_reason).toMatch(/same text repeated 40 times/);
    expect(rows.filter((d) => d.status === "ok")).toHaveLength(5);
    for (const f of ["empty.txt", "binary.txt", "table.xls", "news.txt"]) expect(r.stdout).toContain(`quarantined: ${join(w.raw, f)}: `);
  });
});

describe("unknown jurisdiction or year", () => {
  it("loads the document and says what is missing instead of guessing", () => {
    const w = workspace(false);
    const body = "现将法治政府建设工作情况报告如下。一、主要成效\n本单位坚持依法行政,深入推进法治政府建设,全年受理行政复议案件12件,审结10件。\n".repeat(8);
    writeFileSync(join(w.raw, "anonymous.txt"), body);
    expect(runCli(w.args).code).toBe(0);
    const d = docs(w.export)[0];
    expect([d.status, d.jurisdiction_code, d.report_year]).toEqual(["ok", "", ""]);
    expect(d.status_reason).toMatch(/jurisdiction: .*; report_year: /);
    expect(readCsv(join(w.export, "observations.csv")).filter((o) => o.indicator_id === "recon_accepted").map((o) => o.value)).toEqual(Array(8).fill("12"));
  });
});

describe("incremental and atomic runs", () => {
  it("re-extracts nothing when nothing changed, only what changed, and drops removed files", async () => {
    const w = workspace();
    expect(runCli(w.args).code).toBe(0);
    const again = runCli(w.args);
    expect(again.stdout).toMatch(/re-extracted 0\)/);
    expect(again.stdout).toMatch(/nothing changed/);
    appendFileSync(join(w.raw, "003_12e1588787f75fd4.txt"), "\n附:全区持证行政执法人员1900人。");
    rmSync(join(w.raw, "000_f1b8fff87bfed44a.txt"));
    const changed = runCli(w.args);
    expect(changed.stdout).toMatch(/documents 4 .*re-extracted 1\)/);
    expect(await count(w.db, "SELECT count(*) AS n FROM documents WHERE jurisdiction_code = '211200'")).toBe(0);
    expect(runCli([...w.args, "--full"]).stdout).toMatch(/re-extracted 4\)/);
  });

  it("leaves the previous warehouse, Parquet and export readable when a run is killed midway", async () => {
    const w = workspace();
    expect(runCli(w.args).code).toBe(0);
    const before = readFileSync(join(w.export, "observations.csv"), "utf8");
    const seeds = readdirSync(w.raw);
    for (let k = 0; k < 150; k++) for (const f of seeds) writeFileSync(join(w.raw, `v${k}-${f}`), readFileSync(join(w.raw, f), "utf8") + `\n(副本${k})`);
    for (const delay of [800, 2500, 5000]) {
      const child = startCli([...w.args, "--full"]);
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      // Whatever the moment of the kill, each output is a complete old or new one.
      expect(await count(w.db, "SELECT count(*) AS n FROM documents")).toBeGreaterThanOrEqual(5);
      const csv = readFileSync(join(w.export, "observations.csv"), "utf8");
      expect(csv === before || csv.length > before.length).toBe(true);
      expect(readCsv(join(w.export, "observations.csv")).length).toBeGreaterThan(50);
    }
    // The next run cleans up after the killed one and completes.
    const r = runCli(w.args);
    expect(r.code).toBe(0);
    expect(readdirSync(w.dir).filter((f) => f.startsWith(".staging-") || f.includes(".old-"))).toEqual([]);
  }, 120_000);

  it("makes a second concurrent run wait for the first instead of writing at the same time", async () => {
    const w = workspace();
    for (let k = 0; k < 240; k++) writeFileSync(join(w.raw, `v${k}.txt`), readFileSync(join(w.raw, "004_441107c01ae2d665.txt"), "utf8") + `\n(副本${k})`);
    const first = startCli(w.args);
    // until the first run holds the lock of its outputs' folder (a fixed wait lost the race on a loaded box)
    for (let t = 0; t < 300 && !existsSync(join(w.dir, ".pipeline.lock")); t++) await new Promise((r) => setTimeout(r, 50));
    const second = runCli(w.args, { PIPELINE_LOCK_WAIT_MS: "100" });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/another pipeline run \(pid \d+\)/);
    expect(second.stderr).toMatch(/^waiting for another pipeline run \(pid \d+\) holds .*\.pipeline\.lock/m);
    const code = await new Promise((r) => first.once("exit", r));
    expect(code).toBe(0);
    expect(runCli(w.args).code).toBe(0);
  }, 60_000);
});

describe("worker threads", () => {
  it("give the same outputs as one thread, for every format", () => {
    const one = workspace();
    const seeds = readdirSync(one.raw);
    for (let k = 0; k < 12; k++) for (const f of seeds) writeFileSync(join(one.raw, `v${k}-${f}`), readFileSync(join(one.raw, f), "utf8") + `\n(副本${k})`);
    writeFileSync(join(one.raw, "empty.txt"), "");
    // html, docx and pdf, readable and not: the workers load their readers from separate chunks of the worker bundle
    cpSync(READ_FIXTURES, one.raw, { recursive: true });
    const two = workspace(false);
    cpSync(one.raw, two.raw, { recursive: true });
    expect(runCli([...one.args, "--workers", "1"]).code).toBe(3);
    const r = runCli([...two.args, "--workers", "2"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/documents 73 \(ok 69, quarantined 4/);
    const strip = (dir: string) => readFileSync(join(dir, "observations.csv"), "utf8").replaceAll(dir.replace(/export$/, "raw"), "RAW");
    expect(strip(two.export)).toBe(strip(one.export));
    const docs1 = readCsv(join(one.export, "documents.csv")).map((d) => [d.file_name, d.status, d.jurisdiction_code, d.observation_count]);
    const docs2 = readCsv(join(two.export, "documents.csv")).map((d) => [d.file_name, d.status, d.jurisdiction_code, d.observation_count]);
    expect(docs2).toEqual(docs1);
  }, 120_000);
});

describe("corrections", () => {
  it("overrides and rejects values, keeps the original, and reports corrections that match nothing", () => {
    const w = workspace();
    writeFileSync(w.corrections, [
      "document,indicator,value,match_value,reason,who,date",
      "003_12e1588787f75fd4.txt,enforce_officers,1850,,按执法证管理系统核对,张三,2026-11-01",
      "001_1fa859b6caad738a.txt,recon_settlement_rate,reject,35,分母不明,李四,2026-11-02",
      "001_1fa859b6caad738a.txt,litig_cases,reject,99,没有这个值,李四,2026-11-02",
      "nosuch.txt,recon_received,5,,测试,王五,2026-11-03",
    ].join("\n"));
    const r = runCli(w.args);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/corrections applied 2/);
    expect(r.stdout).toMatch(/correction problem: .*:4: matches no litig_cases=99/);
    expect(r.stdout).toMatch(/correction problem: .*:5: no document nosuch.txt/);
    const obs = readCsv(join(w.export, "observations.csv"));
    const officers = obs.find((o) => o.indicator_id === "enforce_officers" && o.value === "1850")!;
    expect(officers.original_value).toBe("1842");
    expect(officers.correction).toBe("张三 2026-11-01: 按执法证管理系统核对");
    expect(officers.is_headline).toBe("true");
    const rejected = obs.find((o) => o.indicator_id === "recon_settlement_rate" && o.flags.includes("rejected"))!;
    expect(rejected.is_headline).toBe("false");
    // With the stated 35% rejected, the rate derived from the counts becomes the headline.
    expect(obs.find((o) => o.indicator_id === "recon_settlement_rate" && o.is_headline === "true")?.value).toBe("26.8");
  });
});

describe("CSV export safety", () => {
  it.each([["=SUM(A1)", "'=SUM(A1)"], ["+1", "'+1"], ["-1", "'-1"], ["@cmd", "'@cmd"], ["正常文本", "正常文本"]])("%s", (cell, want) => {
    expect(neutralize(cell)).toBe(want);
  });
});
