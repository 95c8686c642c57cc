import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { identify } from "../../pipeline/identify/index.ts";

interface GoldDoc {
  file: string;
  jurisdiction: { code: string; name: string; level: string; province: string; parent?: string };
  report_year: number;
  published_on: string | null;
}
const gold = JSON.parse(readFileSync(new URL("../fixtures/seeds.gold.json", import.meta.url), "utf8")) as { documents: GoldDoc[] };
const raw = (f: string) => readFileSync(new URL(`../../data/raw/${f}`, import.meta.url), "utf8").normalize("NFKC");

const expectedExtras: Record<string, { title: string | null; issuer: string | null }> = {
  "000_f1b8fff87bfed44a.txt": { title: null, issuer: "中共铁岭市委 铁岭市人民政府" },
  "001_1fa859b6caad738a.txt": { title: null, issuer: null },
  "002_ee818c6104b8b858.txt": { title: "关于2022年孝感市法治政府建设情况的报告", issuer: "中共孝感市委 孝感市人民政府" },
  "003_12e1588787f75fd4.txt": { title: null, issuer: null },
  "004_441107c01ae2d665.txt": { title: null, issuer: "株洲市芦淞区人民政府" },
};

/** CPU time, not wall time: other test files may be running on the same cores. */

describe("identify: the five seeds against the gold", () => {
  it("has five seeds", () => expect(gold.documents).toHaveLength(5));

  for (const d of gold.documents) {
    it(`${d.file}: ${d.jurisdiction.name} ${d.report_year}`, () => {
      const id = identify(raw(d.file), { source_path: `data/raw/${d.file}` });
      expect(id).toMatchObject({
        jurisdiction_code: d.jurisdiction.code,
        jurisdiction_name: d.jurisdiction.name,
        admin_level: d.jurisdiction.level,
        province_name: d.jurisdiction.province,
        parent_name: d.jurisdiction.parent ?? null,
        report_year: d.report_year,
        published_on: d.published_on,
        missing: [],
        ...expectedExtras[d.file],
      });
      expect(id.jurisdiction_confidence).toBeGreaterThan(0.7);
    });
  }

  it("still identifies the seeds with site chrome and signatures stripped", () => {
    for (const d of gold.documents) {
      const lines = raw(d.file).split("\n").filter((l) => l.trim());
      const body = lines.filter((l) => !/来源|浏览次数|当前位置|登录|政府信息公开/.test(l)).slice(0, -2).join("\n");
      const id = identify(body);
      expect(id.jurisdiction_code, d.file).toBe(d.jurisdiction.code);
      expect(id.report_year, d.file).toBe(d.report_year);
    }
  });

});

describe("identify: missing fields", () => {
  it("lists why jurisdiction and year are empty", () => {
    const id = identify("2023年,朝阳区人民政府坚持依法行政。");
    expect(id.jurisdiction_code).toBeNull();
    expect(id.missing).toEqual(["jurisdiction: ambiguous: 朝阳区 (北京市, 长春市)"]);
    expect(id.report_year).toBe(2023);
    const none = identify("今年以来,我局深入推进法治政府建设。");
    expect(none.missing).toEqual(["jurisdiction: jurisdiction not found", "report_year: not found"]);
    expect(none).toMatchObject({ title: null, jurisdiction_name: null, admin_level: null, province_name: null, parent_name: null, issuer: null });
  });

  it("reads a page title as the report title plus the hosting site", () => {
    const id = identify("2023年,我区坚持依法行政。株洲市委依法治市办督导。", { title: "关于2023年芦淞区法治政府建设情况的报告_株洲市人民政府" });
    expect(id).toMatchObject({ title: "关于2023年芦淞区法治政府建设情况的报告", jurisdiction_code: "430203", parent_name: "株洲市", report_year: 2023 });
    expect(identify("2023年,我区坚持依法行政。", { title: "株洲市人民政府门户网站" }).title).toBeNull();
  });

  it("uses the reader's title and date", () => {
    const id = identify("今年以来,我局深入推进法治政府建设。", { title: "关于2022年孝感市法治政府建设情况的报告_孝感市人民政府", published_on: "2023-02-09" });
    expect(id).toMatchObject({ title: "关于2022年孝感市法治政府建设情况的报告", jurisdiction_code: "420900", report_year: 2022, published_on: "2023-02-09" });
  });
});
