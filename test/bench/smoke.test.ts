// Smoke version of `npm run bench` (no timing assertions): a tiny synthetic corpus goes through the pipeline and
// the scorer, and the synthetic corpus keeps its promises (marked, deterministic, never in data/raw).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GoldFile, scoreExport } from "../../pipeline/eval/score.ts";
import { runPipeline } from "../../pipeline/run.ts";
import { MARKER, synthesize } from "../../scripts/synth/corpus.ts";

const tmp = mkdtempSync(join(tmpdir(), "fazhi-bench-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("synthetic corpus → pipeline → scorer", () => {
  it("generates, extracts and scores 5 reports", async () => {
    const corpus = join(tmp, "corpus");
    const s = synthesize({ docs: 5, seed: "smoke", out: corpus });
    expect(s.docs).toBe(5);
    const gold = GoldFile.parse(JSON.parse(readFileSync(join(corpus, "gold.json"), "utf8")));
    expect(gold.documents).toHaveLength(5);
    const out = join(tmp, "out");
    const summary = await runPipeline({ input: join(corpus, "docs"), db: join(out, "w.duckdb"), parquet: join(out, "parquet"), export: join(out, "export") });
    expect(summary.documents).toBe(5);
    const report = scoreExport(join(corpus, "gold.json"), join(out, "export"));
    expect(report.found).toBe(5);
    expect(typeof report.summary.recall).toBe("number");
    expect(Number.isFinite(report.summary.recall)).toBe(true);
    const docs = readFileSync(join(out, "export", "documents.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    const header = docs[0]!.split(",");
    const col = header.indexOf("jurisdiction_code");
    for (const line of docs.slice(1)) expect(line.split(",")[col]).toMatch(/^\d{6}$/);
  });

  it("is deterministic for a seed and marks every file as synthetic", () => {
    const a = join(tmp, "a"), b = join(tmp, "b");
    synthesize({ docs: 12, seed: "same", out: a });
    synthesize({ docs: 12, seed: "same", out: b });
    expect(readFileSync(join(a, "gold.json"), "utf8")).toBe(readFileSync(join(b, "gold.json"), "utf8"));
    for (const f of readdirSync(join(a, "docs"))) {
      const bytes = readFileSync(join(a, "docs", f));
      expect(bytes.equals(readFileSync(join(b, "docs", f)))).toBe(true);
      if (f.endsWith(".txt") && bytes.subarray(0, 3).toString("utf8").startsWith("【")) expect(bytes.toString("utf8").split("\n")[0]).toBe(MARKER);
    }
    expect(readFileSync(join(a, "README.md"), "utf8")).toContain(MARKER);
  });

  it("refuses to write into data/raw", () => {
    expect(() => synthesize({ docs: 1, seed: "x", out: join(process.cwd(), "data", "raw") })).toThrow(/data\/raw/);
    expect(() => synthesize({ docs: 1, seed: "x", out: join(process.cwd(), "data", "raw", "synthetic") })).toThrow(/data\/raw/);
  });
});
