import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indicatorsMarkdown } from "../../pipeline/catalog/docs.ts";
import { INDICATORS, TRACKED_IDS } from "../../pipeline/catalog/indicators.ts";
import { AREAS } from "../../pipeline/catalog/types.ts";
import { indicatorRows } from "../../pipeline/catalog/rows.ts";
import { IndicatorRow } from "../../pipeline/schema.ts";

const CONTRACT_TRACKED = JSON.parse(readFileSync(new URL("../fixtures/seeds.gold.json", import.meta.url), "utf8")).tracked as string[];

describe("indicator catalog", () => {
  it("has every tracked id of the contract and no other tracked ids", () => {
    expect([...TRACKED_IDS].sort()).toEqual([...CONTRACT_TRACKED].sort());
  });

  it("has at least 40 indicators across all eight areas, ids unique", () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(INDICATORS.map((i) => i.area))).toEqual(new Set(Object.keys(AREAS)));
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
  });

  it("gives each indicator a way to be read and rows that fit the schema", () => {
    for (const i of INDICATORS) expect(i.rules.length + (i.zero?.length ?? 0), i.id).toBeGreaterThan(0);
    for (const r of indicatorRows()) expect(() => IndicatorRow.parse(r)).not.toThrow();
  });

  it("formulas only name catalogued indicators", () => {
    const ids = new Set(INDICATORS.map((i) => i.id));
    for (const i of INDICATORS.filter((x) => x.formula)) for (const id of i.formula!.match(/[a-z_]+/g)!) expect(ids.has(id), `${i.id}: ${id}`).toBe(true);
  });

  it("docs/indicators.md is up to date with the catalog (npm run docs:indicators)", () => {
    expect(readFileSync(new URL("../../docs/indicators.md", import.meta.url), "utf8")).toBe(indicatorsMarkdown());
  });
});
