import { describe, expect, it } from "vitest";
import { JurisdictionRow } from "../../pipeline/schema.ts";
import { _resetGazetteerCache, loadGazetteer, SHORT_NAME_STOPLIST, stripSuffix } from "../../pipeline/identify/gazetteer.ts";

const g = loadGazetteer();

/** CPU time, not wall time: other test files may be running on the same cores. */

describe("gazetteer rows", () => {
  it("caches the index", () => {
    _resetGazetteerCache();
    const fresh = loadGazetteer();
    expect(loadGazetteer()).toBe(fresh);
  });

  it("emits valid JurisdictionRows with unique 6-digit codes", () => {
    const rows = loadGazetteer().all();
    expect(() => JurisdictionRow.array().parse(rows)).not.toThrow();
    expect(rows.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(rows.filter((r) => r.level === "province")).toHaveLength(31);
  });

  it("pads province and city codes and builds chains", () => {
    expect(g.byCode("110000")).toMatchObject({ name: "北京市", level: "province", parent_code: null, chain: "北京市" });
    expect(g.byCode("11")!.code).toBe("110000");
    expect(g.byCode("411300")).toMatchObject({ name: "南阳市", level: "prefecture", province_name: "河南省", parent_name: null });
    expect(g.byCode("411381")).toMatchObject({
      name: "邓州市", level: "county", parent_code: "411300", parent_name: "南阳市", chain: "河南省 > 南阳市 > 邓州市",
    });
    expect(g.byCode("430203")!.chain).toBe("湖南省 > 株洲市 > 芦淞区");
  });

  it("hangs municipal districts directly under the municipality and drops the 市辖区/县 placeholders", () => {
    expect(g.byCode("120114")).toMatchObject({
      name: "武清区", level: "county", parent_code: "120000", parent_name: "天津市", province_name: "天津市", chain: "天津市 > 武清区",
    });
    expect(g.byCode("500229")).toMatchObject({ name: "城口县", parent_name: "重庆市" });
    expect(g.byCode("120100")).toBeUndefined();
    expect(g.byCode("500200")).toBeUndefined();
    expect(g.all().some((r) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(r.name))).toBe(false);
  });

  it("treats province-administered county-level units as counties under the province", () => {
    expect(g.byCode("429004")).toMatchObject({ name: "仙桃市", level: "county", parent_code: "420000", parent_name: "湖北省" });
    expect(g.byCode("419001")).toMatchObject({ name: "济源市", level: "county", parent_name: "河南省" });
    expect(g.byCode("429021")).toMatchObject({ name: "神农架林区", level: "county" });
  });

  it("drops NBS pseudo-units (development zones, xx71–xx79) and city-repeating rows", () => {
    expect(g.byCode("130171")).toBeUndefined(); // 石家庄高新技术产业开发区
    expect(g.byCode("411371")).toBeUndefined(); // 南阳高新技术产业开发区
    expect(g.all().some((r) => r.level === "county" && /7[1-9]$/.test(r.code))).toBe(false);
    expect(g.all().some((r) => /开发区|(工业|产业)园区|示范区|管委会/.test(r.name))).toBe(false);
    expect(g.byCode("441900")).toMatchObject({ name: "东莞市", level: "prefecture" });
  });

  it("keeps real districts whose names end in 园区 (a park's suffix, but not theirs)", () => {
    for (const [code, name, parent] of [["130706", "下花园区", "张家口市"], ["411402", "梁园区", "商丘市"], ["220106", "绿园区", "长春市"]]) {
      expect(g.byCode(code!)).toMatchObject({ name, level: "county", parent_name: parent });
      expect(g.byFullName(name!).map((u) => u.code)).toContain(code);
    }
    expect(g.all().some((r) => /工业园区|产业园区|化工园区/.test(r.name))).toBe(false);
  });

  it("knows autonomous prefectures, leagues and regions", () => {
    expect(g.byCode("532900")).toMatchObject({ name: "大理白族自治州", level: "prefecture" });
    expect(g.byCode("152900")).toMatchObject({ name: "阿拉善盟", level: "prefecture" });
    expect(g.byCode("450000")).toMatchObject({ name: "广西壮族自治区", level: "province" });
  });
});

describe("names", () => {
  it("strips administrative suffixes, including the ethnic part", () => {
    expect(stripSuffix("大理白族自治州", "prefecture").stem).toBe("大理");
    expect(stripSuffix("湘西土家族苗族自治州", "prefecture").stem).toBe("湘西");
    expect(stripSuffix("伊犁哈萨克自治州", "prefecture").stem).toBe("伊犁");
    expect(stripSuffix("鄂温克族自治旗", "county").stem).toBe("鄂温克");
    expect(stripSuffix("新疆维吾尔自治区", "province").stem).toBe("新疆");
    expect(stripSuffix("浦东新区", "county").stem).toBe("浦东");
    expect(stripSuffix("清新区", "county").stem).toBe("清新");
    expect(stripSuffix("神农架林区", "county").stem).toBe("神农架");
    expect(stripSuffix("大兴安岭地区", "prefecture").stem).toBe("大兴安岭");
  });

  it("indexes full names, aliases and safe short names", () => {
    expect(g.byFullName("大理州").map((u) => u.code)).toEqual(["532900"]);
    expect(g.byShortName("大理").map((u) => u.code)).toEqual(["532900"]);
    expect(g.byShortName("铁岭").map((u) => u.code)).toEqual(["211200"]); // not 铁岭县
    expect(g.byShortName("吉林").map((u) => u.code)).toEqual(["220000"]); // the province, not 吉林市
    expect(g.byShortName("河南").map((u) => u.code)).toEqual(["410000"]); // not 河南蒙古族自治县
    expect(g.byShortName("通州").map((u) => u.code).sort()).toEqual(["110112", "320612"]);
    expect(g.byFullName("朝阳区").map((u) => u.code).sort()).toEqual(["110105", "220104"]);
  });

  it("does not keep common words as short names", () => {
    for (const w of ["公安", "资源", "新建", "和平", "和政", "比如", "城关", "长治"]) {
      expect(SHORT_NAME_STOPLIST.has(w)).toBe(true);
      expect(g.byShortName(w)).toEqual([]);
    }
    expect(g.byFullName("公安县").map((u) => u.code)).toEqual(["421022"]);
    expect(g.byFullName("资源县")).toHaveLength(1);
    expect(g.byFullName("新建区")).toHaveLength(1);
    expect(g.scan("公安机关和自然资源部门在党和政府领导下新建项目")).toEqual([]);
  });
});

describe("scan", () => {
  const names = (s: string) => g.scan(s).map((h) => h.name);

  it("never matches a short name inside a longer place name", () => {
    expect(names("天津市人民政府")).toEqual(["天津市"]); // not 津市 (湖南)
    expect(names("湖南省津市市")).toEqual(["湖南省", "津市市"]);
    expect(names("铁岭县人民政府")).toEqual(["铁岭县"]);
    expect(names("铁岭市人民政府")).toEqual(["铁岭市"]);
    expect(names("江西安远县")).toEqual(["江西", "安远县"]);
  });

  it("gives offsets into the text", () => {
    const [h] = g.scan("2023年,芦淞区坚持");
    expect(h).toMatchObject({ start: 6, end: 9, name: "芦淞区", kind: "full", codes: ["430203"] });
  });

  it("matches word-like full names (城区, 郊区) only right after their parent", () => {
    expect(names("城区改造和郊区发展")).toEqual([]);
    const hits = g.scan("阳泉市城区人民政府");
    expect(hits.map((h) => h.name)).toEqual(["阳泉市", "城区"]);
    expect(hits[1]!.codes).toEqual(["140302"]);
  });

});

describe("met in real24: a province's short name inside prose, before an organ", () => {
  const names = (s: string) => g.scan(s).map((h) => h.name);
  it.each([
    ["去年上海法院共受理一审行政案件1990件", ["上海"]],
    ["今年广东法院系统审结", ["广东"]],
    ["记者从北京检察院获悉", ["北京"]],
  ])("%s", (text, want) => {
    expect(names(text)).toEqual(want);
  });
  it("still not a word's tail before other words", () => {
    expect(names("办理县人大代表建议")).toEqual([]);
    expect(names("黄河南岸的村庄")).toEqual([]);
  });
});
