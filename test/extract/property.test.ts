// Random and mutated report text never crashes the number parser or the extractor, and never yields NaN, a
// negative count, or a rate above 100 unless the text says so (then it is flagged).
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../pipeline/extract/numbers.ts";
import { run } from "./helpers.ts";

const RAW = new URL("../../data/raw/", import.meta.url);
const seeds = readdirSync(RAW).map((f) => readFileSync(new URL(f, RAW), "utf8"));

const PIECES = ["行政复议", "受理", "审结", "件", "%", "以上", "余", "万", "亿", "百分之", "九十五", "两", "〇", "十", "第", "届", "年", "月", "同比下降", "个百分点", ",", "。", ";", "、", "(", ")", "1", "0", ".", "99", "100", "100.5", "1,234", "调解成功率", "出庭应诉率", "败诉", "无", "人次", "批", "《", "》", "〔2020〕", "号", "一季度", "累计", "其中", "类", "被复议", "\n", " "];
const reportish = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(""));

function mutate(text: string, cuts: number[], inserts: string[]): string {
  let t = text;
  cuts.forEach((c, k) => {
    const at = c % Math.max(1, t.length);
    t = t.slice(0, at) + (inserts[k] ?? "") + t.slice(at + (k % 7));
  });
  return t;
}

function checkObservations(text: string) {
  for (const o of run(text)) {
    expect(Number.isFinite(o.value)).toBe(true);
    expect(o.value).toBeGreaterThanOrEqual(0);
    if (o.unit === "%" && o.value > 100) expect(o.flags).toContain("rate_above_100");
    if (o.char_start >= 0) expect(o.char_end).toBeGreaterThan(o.char_start);
  }
}

describe("property: parser and extractor on hostile text", () => {
  it("findNumbers returns finite, non-negative values inside the text for any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }), reportish), (s) => {
        for (const m of findNumbers(s)) {
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.value).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(m.numStart).toBeGreaterThanOrEqual(m.start);
          expect(m.numEnd).toBeLessThanOrEqual(m.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the extractor never yields NaN, negatives, or unflagged rates above 100 on report-like text", () => {
    fc.assert(fc.property(reportish, (s) => checkObservations(s)), { numRuns: 400 });
  });

  it("the extractor survives the sample reports cut and spliced at random", () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(fc.nat(), { maxLength: 12 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (k, cuts, inserts) => {
        checkObservations(mutate(seeds[k], cuts, inserts));
      }),
      { numRuns: 60 },
    );
  });

  it("flags a stated rate above 100", () => {
    const obs = run("全市行政机关负责人出庭应诉率达到102%。").filter((o) => o.indicator_id === "litig_head_appearance_rate");
    expect(obs.map((o) => o.flags)).toEqual([["rate_above_100"]]);
  });
});

describe("property: one sentence, one value per indicator, scope and period", () => {
  // Sentences of every gold set, spliced at random: whatever a sentence says twice for the same indicator, scope and
  // period with two values is flagged conflicting, never shown as two facts.
  const dirs = ["real-dev", "real3", "real4", "blind5", "blind6", "blind8", "blind10", "blind11", "blind12"];
  const sentences = dirs.flatMap((d) => {
    const dir = new URL(`../fixtures/${d}/docs/`, import.meta.url);
    return readdirSync(dir).filter((f) => f.endsWith(".txt")).flatMap((f) => readFileSync(new URL(f, dir), "utf8").split(/(?<=[。;；])/));
  }).filter((s) => /\d/.test(s));
  it("flags any repeat with another value", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 4 }), (picked) => {
        const obs = run(picked.join("")).filter((o) => !o.is_derived);
        const groups = new Map<string, typeof obs>();
        for (const o of obs) {
          const k = `${o.evidence}|${o.indicator_id}|${o.scope}|${o.scope_note}|${o.period}|${o.period_note}`;
          groups.set(k, [...(groups.get(k) ?? []), o]);
        }
        for (const g of groups.values()) {
          if (new Set(g.map((o) => o.value)).size > 1) for (const o of g) expect(o.flags).toContain("conflicting_statements");
        }
      }),
      { numRuns: 300 },
    );
  });
});
