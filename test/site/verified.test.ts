// Default views show verified indicators only (the tracked ones, which the gold sets measure); the others are
// labelled 实验性 and reachable on purpose.
import { describe, expect, it } from "vitest";
import { defaultIndicator, indicatorGroups, verifiedIds, type Indicator } from "../../src/components/data.ts";

const ind = (id: string, tracked: boolean, area = "recon"): Indicator =>
  ({ indicator_id: id, area, area_zh: area === "recon" ? "行政复议" : "行政执法", name_zh: id, name_en: id, unit: "件", kind: "count", definition: "", formula: null, higher_is_better: null, tracked }) as Indicator;
const catalog = [ind("recon_received", true), ind("penalty_cases", false, "enforce"), ind("recon_concluded", true)];

describe("verified indicators", () => {
  it("never picks an experimental indicator by default, even when it has the most values", () => {
    const counts = [{ indicator_id: "penalty_cases", year: 2023, n: 50 }, { indicator_id: "recon_concluded", year: 2023, n: 3 }];
    const ids = catalog.map((i) => i.indicator_id);
    expect(defaultIndicator(counts, ids, verifiedIds(catalog))).toBe("recon_concluded");
    expect(defaultIndicator(counts, ids)).toBe("penalty_cases");
    expect(defaultIndicator([{ indicator_id: "penalty_cases", year: 2023, n: 5 }], ["penalty_cases"], verifiedIds(catalog))).toBe("penalty_cases");
  });
  it("lists experimental indicators last, in a group of their own, labelled 实验性", () => {
    const groups = indicatorGroups(catalog);
    expect(groups.map((g) => g.label)).toEqual(["行政复议", "实验性（未经核验）"]);
    expect(groups[1]!.options).toEqual([{ value: "penalty_cases", label: "penalty_cases（件）· 实验性" }]);
  });
});
