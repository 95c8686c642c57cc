import { describe, expect, it } from "vitest";
import { resolveJurisdiction, type JurisdictionResult } from "../../pipeline/identify/jurisdiction.ts";

function found(r: JurisdictionResult) {
  if (r.code === null) throw new Error(`expected a jurisdiction, got null: ${r.reason}`);
  return r;
}
const code = (text: string, hints?: Parameters<typeof resolveJurisdiction>[1]) => resolveJurisdiction(text, hints).code;

describe("resolveJurisdiction: hierarchy", () => {
  it("chooses the county-level city over its prefecture when both are named", () => {
    const r = found(resolveJurisdiction("2023年,邓州市坚持依法行政。南阳市委、市政府高度重视。南阳市组织开展督察。南阳市考核。邓州市完成任务。"));
    expect(r).toMatchObject({ code: "411381", name: "邓州市", level: "county", parent_name: "南阳市", province_name: "河南省" });
  });

  it("is not fooled by the higher level's leadership phrase", () => {
    expect(code("2023年,在南阳市委、市政府的坚强领导下,邓州市坚持依法行政。南阳市组织开展督察,南阳市考核。")).toBe("411381");
  });

  it("stays at the prefecture when a county is only mentioned in the body", () => {
    const r = found(resolveJurisdiction(
      "2023年,南阳市坚持依法行政。邓州市、内乡县、西峡县分别开展试点。南阳市人民政府常务会议学法12次。\n中共南阳市委 南阳市人民政府\n2024年1月20日",
    ));
    expect(r).toMatchObject({ code: "411300", level: "prefecture", parent_name: null });
  });

  it("descends from the parent in a signature like 株洲市芦淞区人民政府", () => {
    const text = "2023年,我区按照要求推进法治政府建设。株洲市委依法治市办督导。株洲市考核。株洲市表彰。株洲市通报。\n株洲市芦淞区人民政府\n2024年2月23日";
    expect(found(resolveJurisdiction(text))).toMatchObject({ code: "430203", parent_name: "株洲市", province_name: "湖南省" });
  });

  it("resolves a province and a province-administered county-level city", () => {
    expect(found(resolveJurisdiction("2023年,河南省人民政府坚持依法行政。"))).toMatchObject({ code: "410000", level: "province", parent_name: null });
    expect(found(resolveJurisdiction("2023年,仙桃市人民政府坚持依法行政,在湖北省委领导下推进。"))).toMatchObject({
      code: "429004", level: "county", parent_name: "湖北省", province_name: "湖北省",
    });
    expect(code("2023年,神农架林区坚持依法行政。")).toBe("429021");
  });
});

describe("resolveJurisdiction: short names inside longer ones", () => {
  it("does not read 津市 inside 天津市", () => {
    expect(found(resolveJurisdiction("2023年,天津市人民政府坚持依法行政。天津市各区积极推进。"))).toMatchObject({ code: "120000", level: "province" });
    expect(found(resolveJurisdiction("2023年,津市市人民政府坚持依法行政。津市市司法局牵头。"))).toMatchObject({ code: "430781", parent_name: "常德市" });
  });

  it("tells 铁岭县 from 铁岭市", () => {
    expect(found(resolveJurisdiction("2023年,铁岭县人民政府坚持依法行政。铁岭市委依法治市办督导。铁岭县司法局牵头。"))).toMatchObject({
      code: "211221", level: "county", parent_name: "铁岭市",
    });
    expect(code("2023年,铁岭市人民政府坚持依法行政。铁岭全市推进。")).toBe("211200");
  });

  it("does not take common words for places (公安, 资源, 和政)", () => {
    expect(resolveJurisdiction("2023年,公安机关、自然资源部门在党和政府领导下推进工作。")).toEqual({ code: null, reason: "jurisdiction not found" });
    expect(code("2023年,公安县人民政府坚持依法行政。公安机关、自然资源部门配合。")).toBe("421022");
  });
});

describe("resolveJurisdiction: municipalities and autonomous prefectures", () => {
  it("returns a municipality's district with the municipality as province and parent", () => {
    const r = found(resolveJurisdiction("2020年,武清区坚持依法行政,贯彻落实《天津市优化营商环境条例》。天津市法治政府建设集中攻坚。《天津市行政执法条例》。"));
    expect(r).toMatchObject({ code: "120114", name: "武清区", level: "county", province_name: "天津市", parent_name: "天津市" });
    expect(code("2023年,北京市朝阳区人民政府坚持依法行政。朝阳区司法局牵头。")).toBe("110105");
  });

  it("resolves autonomous prefectures by full name, 州 alias and short name", () => {
    expect(found(resolveJurisdiction("2023年,大理白族自治州人民政府坚持依法行政。大理州司法局牵头。"))).toMatchObject({ code: "532900", level: "prefecture" });
    expect(code("2023年,大理州坚持依法行政,大理各县市推进。")).toBe("532900");
    expect(found(resolveJurisdiction("2023年,大理市人民政府坚持依法行政。大理州司法局督导。"))).toMatchObject({
      code: "532901", level: "county", parent_name: "大理白族自治州",
    });
  });

  it("matches 城区 only with its parent", () => {
    expect(code("2023年,阳泉市城区人民政府坚持依法行政。城区司法局牵头。")).toBe("140302");
  });
});

describe("resolveJurisdiction: names shared by several places", () => {
  it("says ambiguous when nothing decides", () => {
    expect(resolveJurisdiction("2023年,朝阳区人民政府坚持依法行政。朝阳区司法局牵头。")).toEqual({ code: null, reason: "ambiguous: 朝阳区 (北京市, 长春市)" });
    const r = resolveJurisdiction("2023年,铁西区人民政府坚持依法行政。");
    expect(r.code).toBeNull();
    expect(r.reason).toMatch(/^ambiguous: 铁西区 \(沈阳市, 鞍山市, 四平市\)/);
    expect(resolveJurisdiction("2023年,和平区坚持依法行政。").reason).toMatch(/^ambiguous: 和平区/);
  });

  it("decides by an adjacent parent", () => {
    expect(code("2023年,长春市朝阳区人民政府坚持依法行政。朝阳区司法局牵头。")).toBe("220104");
  });

  it("decides by the province or parent named elsewhere in the text", () => {
    expect(code("2023年,朝阳区人民政府坚持依法行政。在吉林省委的领导下,朝阳区司法局牵头。")).toBe("220104");
    expect(code("2023年,通州区坚持依法行政,积极融入南通市发展大局。")).toBe("320612");
    expect(code("2023年,通州区坚持依法行政,服务北京市城市副中心建设。")).toBe("110112");
    expect(code("2023年,和平区坚持依法行政。沈阳市委依法治市办督导。")).toBe("210102");
    expect(code("2023年,在天津市委、市政府的坚强领导下,和平区坚持依法行政。")).toBe("120101");
    expect(code("2023年,铁西区人民政府坚持依法行政,鞍山市委依法治市办督导。")).toBe("210303");
  });

  it("resolves an ambiguous expected name by the text", () => {
    expect(code("2023年,我区坚持依法行政,服务北京市城市副中心建设。", { expectedName: "通州区" })).toBe("110112");
    expect(resolveJurisdiction("2023年,我区坚持依法行政。", { expectedName: "通州区" }).reason).toMatch(/^ambiguous: 通州区/);
  });

  it("takes a unique name as it is (铁山区 is only in 黄石)", () => {
    expect(found(resolveJurisdiction("2023年,铁山区人民政府坚持依法行政。"))).toMatchObject({ code: "420205", parent_name: "黄石市" });
  });
});

describe("resolveJurisdiction: weighting", () => {
  it("weights the title over body mentions", () => {
    const body = "2022年,我市坚持依法行政,融入武汉都市圈。学习武汉市、武汉市、武汉市和武汉市的经验。";
    expect(code("关于2022年孝感市法治政府建设情况的报告\n" + body)).toBe("420900");
    expect(code(body, { title: "关于2022年孝感市法治政府建设情况的报告" })).toBe("420900");
    expect(code(body)).toBe("420100");
  });

  it("weights the signature block over body mentions", () => {
    const text = "2023年,我市坚持依法行政。学习南阳市经验,南阳市、南阳市、南阳市做法值得推广。\n特此报告。\n中共铁岭市委 铁岭市人民政府\n2024年1月31日\n(此件公开发布)";
    expect(code(text)).toBe("211200");
  });

  it("counts a department's report as its jurisdiction's", () => {
    expect(code("来源:铁岭市司法局 时间:2024-03-01\n2023年,我市坚持依法行政。")).toBe("211200");
    expect(code("2023年,孝感市司法局坚持依法行政,全面履行职能。")).toBe("420900");
  });

  it("counts names inside 《》 titles much less", () => {
    const r = found(resolveJurisdiction("2023年,我市坚持依法行政,落实《孝感市停车条例》《孝感市物业条例》《孝感市法治条例》,学习铁岭市经验。"));
    expect(r.code).toBe("211200");
    expect(r.confidence).toBeLessThan(0.9);
  });

  it("keeps the unit with strong signals over children that are only listed in the body", () => {
    expect(code("铁岭市2023年法治政府建设工作情况\n我市坚持依法行政。调兵山市、开原市推进。开原市、开原市、开原市。")).toBe("211200");
    expect(code("2023年,宜昌市坚持依法行政,长阳县、五峰县、长阳土家族自治县分别推进。")).toBe("420500");
    expect(code("2023年,长阳土家族自治县坚持依法行政。长阳县司法局。宜昌市委依法治市办督导。宜昌市考核。")).toBe("420528");
    expect(code("2023年,河南省坚持依法行政。郑州市、洛阳市、开封市分别开展试点,郑州市成效显著。河南省人民政府常务会议。")).toBe("410000");
  });

  it("reads the site's breadcrumb and footer as weaker than the report's own words", () => {
    const text = "当前位置: 首页 > 天津市人民政府 > 区县动态\n2020年,武清区坚持依法行政。天津市法治政府建设。天津市部署。\n主办:天津市武清区人民政府办公室 版权所有";
    expect(code(text)).toBe("120114");
  });

  it("discounts short names in 天津港-like compounds", () => {
    expect(code("2023年,天津市坚持依法行政,天津港、天津港、天津港建设。武清区、和平区、河西区推进。")).toBe("120000");
    expect(resolveJurisdiction("2023年,我区坚持依法行政,学习天津港、上海港经验。").reason).toMatch(/^jurisdiction not found/);
  });

  it("returns not found for text without a place name", () => {
    expect(resolveJurisdiction("今年以来,我局深入推进法治政府建设,全面提升依法行政水平。")).toEqual({ code: null, reason: "jurisdiction not found" });
    expect(resolveJurisdiction("")).toEqual({ code: null, reason: "jurisdiction not found" });
  });

  it("explains itself", () => {
    const r = found(resolveJurisdiction("2023年,邓州市坚持依法行政。南阳市考核。"));
    expect(r.reason).toContain("河南省 > 南阳市 > 邓州市");
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });
});

describe("identify: who published the page", () => {
  it("takes the 主办单位 / 来源 of the page as a clue when the body names only 全市 and 市政府", async () => {
    const { identify } = await import("../../pipeline/identify/index.ts");
    const body = "2023年,市政府共办理市人大议案1件、代表建议113件,政协委员提案152件,会同市人大常委会进行整理。";
    expect(identify(body, {}).jurisdiction_code).toBeNull();
    expect(identify(body, { publisher: "麻城市融媒体中心" }).jurisdiction_code).toBe("421181");
    expect(identify("全县共受理行政复议申请56件,审结51件。", { publisher: "宁都县人民政府办公室" }).jurisdiction_code).toBe("360730");
    expect(identify("全区人民调解组织调解纠纷1,206件,调解成功率98.6%。", { publisher: "区司法局 株洲市芦淞区人民政府办公室" }).jurisdiction_code).toBe("430203");
  });
  it("lets the report's own title outweigh a publisher higher up", async () => {
    const { identify } = await import("../../pipeline/identify/index.ts");
    const text = "关于2023年度浮梁县法治政府建设情况的报告\n2023年,浮梁县坚持以习近平法治思想为指导。全县共收到行政复议申请45件。";
    expect(identify(text, { publisher: "景德镇市人民政府办公室" }).jurisdiction_code).toBe("360222");
  });
});

describe("words of government prose that are also short place names", () => {
  it.each(["推进依法行政和法治政府建设,各项任务如期完成。", "会同有关部门开展专项检查。", "市政府督查室会同市人大常委会进行整理。"])("%s names no county", (text) => {
    expect(code(text)).toBeNull();
  });
});

describe("a text that calls itself a city, naming one of its districts in passing", () => {
  it("is about the city", () => {
    const text = "2024年全市政府系统建议提案交办会召开。安顺市委常委出席。2023年全市政府系统共接办市人大建议161件,市政协提案182件。市政府要求…市人大常委会…市政协…平坝区政府、市教育局依次作交流发言。";
    expect(resolveJurisdiction(text).code).toBe("520400");
  });
});

describe("met in real16: a province's statistics naming its cities in the breakdown", () => {
  it.each([
    ["2020年度湖北省行政复议案件数据统计\n2020年全省各级行政复议机构新收申请5422件。其中,省政府新收188件。13个市州新收4377件,其中,武汉市收到2220件,武汉市硚口区收到45件。全省县级政府收到…全省…", "420000"],
    ["江苏省2022年行政复议工作情况\n2022年,全省行政复议机关共收到申请8,120件,其中南京市1,530件、苏州市1,220件。南京市纠错率12%。省政府本级受理320件。全省纠错率10.2%。", "320000"],
    ["广东省司法厅通报:全省人民调解组织共调解纠纷41万件。广州市调解9.2万件,广州市调解成功率98%,深圳市调解8.1万件。省司法厅要求全省各地…全省…", "440000"],
  ])("%#", (text, want) => {
    expect(resolveJurisdiction(text).code).toBe(want);
  });
  it("leaves a city's report that names its province in passing to the city", () => {
    expect(resolveJurisdiction("2022年,武汉市全市行政复议机关收到申请2,220件。全市纠错率11%。市政府本级受理320件,按照全省统一部署,全市…").code).toBe("420100");
  });
});

describe("met in real13: a media brand in the page's chrome names no subject", () => {
  it.each([
    ["当前位置:\n安徽党媒云 | 乡镇融>\n灵璧新闻\n灵璧县:矛盾化解在基层\n今年以来,灵璧县着力践行为民服务宗旨。全县共设立人民调解委员会337个。", "341323"],
    ["四川在线 | 首页 > 市州\n今年以来,旺苍县深入推进法治建设,全县共调解纠纷1,200件。", "510821"],
    ["浙江日报 数字报\n2023年,安吉县坚持和发展新时代枫桥经验,全县调解纠纷5,610件。", "330523"],
    ["辽宁长安网讯 北票市不断创新矛盾纠纷调解体系建设。2017年,北票市以深入推进社会矛盾化解为主线,调处成功1362起。", "211381"],
    ["河南法治网讯 近日,新县司法局召开人民调解工作会议。全县调解纠纷896件。", "411523"],
    ["贵州长安网 2023-05-06\n今年以来,湄潭县扎实推进矛盾纠纷化解,全县调解纠纷1,120件。", "520328"],
  ])("%#", (text, want) => {
    expect(code(text)).toBe(want);
  });
});

describe("met in real26: a text that speaks as a province throughout names its province even in a media brand", () => {
  it.each([
    ["四川新闻网-成都日报讯:(记者张婷婷)去年,我省共完成8件地方性法规草案。全省各市州政府共收到行政复议申请3151件。我省今后将逐步推行行政复议人员资格制,全省各级政府…我省今年要…", "510000"],
    ["湖南在线讯 我省去年共调解矛盾纠纷41万件,全省调解成功率98.6%。我省将进一步…全省各地…", "430000"],
    ["云南网讯 2022年,我省各级行政复议机关共收到申请9,120件。全省纠错率12.1%。我省还将…全省…", "530000"],
  ])("%#", (text, want) => {
    expect(resolveJurisdiction(text).code).toBe(want);
  });
  it("but not a media brand alone in a text that speaks as a county", () => {
    expect(resolveJurisdiction("四川在线 | 首页\n今年以来,我县深入推进法治建设,全县共调解纠纷1,200件。").code).toBeNull();
  });
});

describe("resolveJurisdiction: a text that speaks as a county about the one district it names", () => {
  it.each([
    ["温州\n洞头网讯(记者)今天上午,县政协七届二次会议召开。洞头新闻:去年我县政协委员共提交提案115件。洞头要闻。", "330305"],
    ["杭州\n富阳新闻网讯 县政府召开常务会议。富阳要闻:去年我县共调解矛盾纠纷3,200件,全县行政复议案件86件。", "330111"],
  ])("%s", (text, want) => {
    expect(code(text)).toBe(want);
  });
  it("but not when the text names two of the city's districts", () => {
    expect(code("温州\n洞头网讯 我县政协委员赴鹿城参观。鹿城新闻。洞头新闻:去年我县共调解纠纷。")).not.toBe("330302");
  });
});
