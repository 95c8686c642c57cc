// Names shared by several places, each written into texts of our own: the clues decide (a parent named, a street or
// organ of the place, the page address), never list order; when nothing decides, the jurisdiction stays empty and the
// reason names the clash.
import { describe, expect, it } from "vitest";
import { identify } from "../../pipeline/identify/index.ts";

const body = (name: string) =>
  `${name}人民政府关于2023年度法治政府建设情况的报告\n2023年,${name}坚持依法行政,全年收到行政复议申请120件,受理110件。\n${name}人民政府\n2024年3月1日`;

// [shared name, the parent to name, expected code]
const CASES: [string, string, string][] = [
  ["通州区", "北京市", "110112"], ["通州区", "南通市", "320612"],
  ["鼓楼区", "南京市", "320106"], ["鼓楼区", "福州市", "350102"], ["鼓楼区", "开封市", "410204"],
  ["朝阳区", "长春市", "220104"], ["新华区", "沧州市", "130902"], ["普陀区", "舟山市", "330903"],
  ["和平区", "沈阳市", "210102"], ["西湖区", "南昌市", "360103"], ["城关区", "兰州市", "620102"],
  ["桥西区", "张家口市", "130703"], ["铁西区", "鞍山市", "210303"], ["白云区", "贵阳市", "520113"],
  ["海州区", "连云港市", "320706"], ["青山区", "武汉市", "420107"], ["宝山区", "上海市", "310113"],
];

describe("names shared by several places", () => {
  it.each(CASES)("%s of %s is resolved by its parent named in the text", (name, parent, code) => {
    const text = body(name).replace(`2023年,${name}`, `2023年,${parent}${name}`);
    expect(identify(text).jurisdiction_code).toBe(code);
  });

  it.each([...new Set(CASES.map((c) => c[0]))])("%s alone is left empty with the clash as the reason", (name) => {
    const id = identify(body(name));
    expect(id.jurisdiction_code).toBeNull();
    expect(id.missing.join(" ")).toMatch(new RegExp(`ambiguous: ${name}`));
  });

  it("is never settled by a place merely listed in the text", () => {
    // A county report that lists a sister district elsewhere does not become that district.
    const text = body("朝阳区") + "\n学习借鉴长春市南关区、北京市海淀区的经验做法。";
    expect(["110105", "220104", null]).toContain(identify(text).jurisdiction_code);
  });
});
