// Document kinds and the few reasons a document is not used at all; the page address as a jurisdiction clue.
// Texts written for these tests.
import { describe, expect, it } from "vitest";
import { hostClue } from "../../pipeline/identify/host.ts";
import { dataWindow } from "../../pipeline/extract/index.ts";
import { identify } from "../../pipeline/identify/index.ts";
import { departmentOf, docKind, unusable } from "../../pipeline/identify/kind.ts";

describe("docKind", () => {
  it.each([
    ["关于2023年度法治政府建设情况的报告", "2023年,县人民政府坚持…", "annual_report"],
    [null, "中共某县委 某县人民政府关于2022年法治政府建设工作情况的报告\n2022年,我县…", "annual_report"],
    ["区司法局关于2025年法治政府建设情况的报告", "2025年,区司法局党组坚持…", "department_report"],
    [null, "市市场监督管理局2023年法治政府建设年度报告\n现将我局…", "department_report"],
    ["宣城市2022年度行政复议行政应诉案件办理情况统计分析报告", "根据…", "statistics_release"],
    [null, "2020年人民调解工作数据统计\n来源:市司法局\n截止到2020年11月30日,全市受理调解案件…", "statistics_release"],
    ["关于全市行政复议工作情况的报告", "——2023年10月在市人大常委会第十二次会议上\n主任、副主任、秘书长、各位委员:", "report_to_congress"],
    ["诸暨市2019年度行政执法工作年报", "2019年度,诸暨市…", "enforcement_report"],
    [null, "【人民调解】2020年,县司法局高度重视人民调解工作…", "yearbook_entry"],
    [null, "日前,司法部印发《关于表彰…的决定》,兴宁市福兴街道人民调解委员会被评为…", "news"],
  ])("%s / %s → %s", (title, text, kind) => {
    expect(docKind(text, title)).toBe(kind);
  });
});

describe("unusable", () => {
  it("accepts a short but complete report", () => {
    const short = "2022年,某县行政复议机关共收到行政复议申请35件,受理34件,审结33件。人民调解组织调解纠纷1200件,调解成功1190件。";
    expect(unusable(short)).toBeNull();
  });
  it("refuses text without Chinese prose, in Chinese and English", () => {
    expect(unusable("%PDF-1.4 1 0 obj << /Type /Catalog >> 12345 67890")).toMatch(/^无中文正文 \/ no Chinese prose/);
  });
  it("refuses one block of text repeated many times", () => {
    const report = Array.from({ length: 60 }, (_, i) => `第${i}段:全县行政复议机关坚持依法办案,收到行政复议申请${i}件,持续推进规范化建设。`).join("\n");
    expect(unusable(report)).toBeNull();
    expect(unusable(Array(40).fill(report).join("\n"))).toMatch(/repeated 40 times/);
  });
});

describe("hostClue", () => {
  it.each([
    ["http://sfj.xuancheng.gov.cn/News/show/1464049.html", ["341800"]],
    ["https://www.zhuji.gov.cn/art/2020/1/21/x.html", ["330681"]],
    ["https://cqjlp.gov.cn/zwgk_251/x.html", ["500107"]],
    ["http://www.bjtzh.gov.cn/bjtz/xxfb/202005/1273993.shtml", ["110112"]],
  ])("%s", (url, codes) => {
    expect(hostClue(url)?.units.map((u) => u.code)).toEqual(codes);
  });
  it.each([
    ["https://nyzy.hncourt.gov.cn/public/detail.php?id=1", ["南阳市"]],
    ["http://njzy.jsfy.gov.cn/article/detail/2023/x.shtml", ["南京市"]],
    ["http://qdzy.sdcourt.gov.cn/qdzy/x.htm", ["青岛市"]],
    ["https://xyxfy.hncourt.gov.cn/public/detail.php?id=2", ["新野县", "夏邑县"]],
  ])("reads a court's site: the province's network and the court's initials and kind (%s)", (url, names) => {
    expect(hostClue(url)?.units.map((u) => u.name)).toEqual(names);
  });
  it("says nothing for a court network's own site or a kind of court it cannot place", () => {
    expect(hostClue("http://www.hncourt.gov.cn/public/index.php")).toBeNull();
    expect(hostClue("http://zzzzzy.sdcourt.gov.cn/x.htm")).toBeNull();
  });
  it.each([
    ["http://www.zhujinews.com.cn/a/2023/x.html", ["诸暨市"]],
    ["https://www.yongkangtv.com/news/1.html", ["永康市"]],
    ["http://www.mashantv.com/content/2023-09/21/005558.html", ["麻山区", "马山县"]],
  ])("reads a county media centre's site named after the place (%s)", (url, names) => {
    expect(hostClue(url)?.units.map((u) => u.name)).toEqual(names);
  });
  it("reads no place from a brand or a province's station", () => {
    expect(hostClue("http://www.chinanews.com/gn/x.shtml")).toBeNull();
    expect(hostClue("http://news.hubeitv.com/x.html")).toBeNull();
    expect(hostClue("http://www.sinanews.com/x")).toBeNull();
  });
  it("settles a shared spelling by the kind of place the text calls itself", () => {
    const text = "9月13日,我县开展信访大接访活动,县委书记带头接访。当天共接待来访群众3批5人,我县将持续推进。";
    expect(identify(text, { source_url: "http://www.mashantv.com/content/2023-09/21/005558.html" }).jurisdiction_name).toBe("马山县");
  });
  it("says nothing for mirrors and bare initials", () => {
    expect(hostClue("https://275167.com/OpennessContent/show/2714061.html")).toBeNull();
    expect(hostClue("https://www.yj.gov.cn/art/2023/3/20/x.html")).toBeNull();
    expect(hostClue("not a url")).toBeNull();
  });
});

describe("the page address decides a shared name", () => {
  const text = "2023年,区政府共收到行政复议申请1113件。\n通州区坚持依法行政,推进法治政府建设。";
  it("leaves 通州区 empty, with the reason, when nothing else decides", () => {
    const id = identify(text);
    expect(id.jurisdiction_code).toBeNull();
    expect(id.missing.join(" ")).toMatch(/ambiguous: 通州区/);
  });
  it("is settled by an address that names one of the places", () => {
    const id = identify(text, { source_url: "http://zhengfu.bjtzh.gov.cn/bjtz/xxfb/202412/1736648.shtml" });
    expect(id.jurisdiction_code).toBe("110112");
    expect(id.jurisdiction_source).toBe("source_url");
  });
  it("stays empty when the address spells the shared name alone (tongzhou = either 通州区)", () => {
    expect(identify(text, { source_url: "http://www.tongzhou.gov.cn/tzqrmzf/x.html" }).jurisdiction_code).toBeNull();
  });
});

describe("a yearbook volume is about the year before it", () => {
  it.each([
    ["夷陵年鉴（2021）\n司法行政\n【概况】全区持证行政执法人员1486人。", 2020],
    ["《某县年鉴(2023)》\n【人民调解】全县调解纠纷1200件。", 2022],
    ["2019年鉴\n【行政复议】全市收到行政复议申请300件。", 2018],
  ])("%s → %i", (text, year) => {
    expect(identify(text).report_year).toBe(year);
  });
});

describe("departmentOf", () => {
  it.each([
    ["柳州市市场监督管理局2019年法治政府建设情况报告", "柳州市市场监督管理局"],
    ["某市公安局关于2023年度法治政府建设工作情况的报告", "某市公安局"],
    ["区交通运输局2022年法治政府建设年度报告", "区交通运输局"],
    ["区司法局关于2025年法治政府建设情况的报告", null],
    ["县人民政府办公室关于2023年法治政府建设情况的报告", null],
  ])("%s → %s", (title, dept) => {
    expect(departmentOf("department_report", "", title)).toBe(dept);
  });
  it.each([
    ["annual_report", "2024年,五常街道深入学习贯彻党的二十届三中全会精神,认真贯彻落实习近平法治思想。", null, "五常街道"],
    ["news", "2023年以来,南庄镇坚持以习近平法治思想为指导,扎实推进法治建设。", null, "南庄镇"],
    ["annual_report", "一、主要成效\n全镇共调解纠纷96件。", "城关镇人民政府关于2022年度法治政府建设工作情况的报告", "城关镇"],
    ["annual_report", "今年以来,湖滨街道办事处紧扣法治政府建设目标任务。", null, "湖滨街道"],
  ] as const)("a town's or street office's own report is a part's: %s", (kind, text, title, town) => {
    expect(departmentOf(kind, text, title)).toBe(town);
  });
  it.each([
    ["关于印发《天津市西青区市场监督管理局2019年行政执法工作报告》的通知", "天津市西青区市场监督管理局"],
    ["关于公布《县交通运输局2023年度行政执法情况报告》的通知", "县交通运输局"],
    ["关于印发郑州市城市管理局2021年行政执法统计年报的通知", "郑州市城市管理局"],
  ])("a bureau that issues its own report under a 关于印发 title: %s", (title, dept) => {
    expect(departmentOf(docKind("", title), "", title)).toBe(dept);
  });
  it("does not take the justice bureau issuing a report for a department", () => {
    expect(departmentOf("enforcement_report", "", "关于印发《区司法局2022年行政执法工作报告》的通知")).toBeNull();
  });
  it("does not read a county whose name starts like a town's, or 关于…, as a town", () => {
    expect(departmentOf("annual_report", "2022年,临沧市镇康县坚持以习近平法治思想为指导。", "临沧市镇康县2022年法治政府建设年度报告")).toBeNull();
    expect(departmentOf("annual_report", "关于宁波市镇海区2020年法治政府建设情况的报告\n2020年,镇海区坚持依法行政。", null)).toBeNull();
    expect(departmentOf("annual_report", "2021年,镇原县深入推进法治政府建设。", null)).toBeNull();
    expect(departmentOf("annual_report", "2020年,景德镇市昌江区坚持以习近平法治思想为指导。", "景德镇市昌江区2020年法治政府建设年度报告")).toBeNull();
    expect(departmentOf("annual_report", "2024年,杭州市余杭区五常街道深入学习贯彻习近平法治思想。", null)).toBe("五常街道");
  });
  it.each([
    ["本报讯 3月5日,中共石碣镇委召开全面依法治镇工作会议。会上通报,去年该镇各调解组织共受理纠纷1,203宗。", "石碣镇"],
    ["近日,城关镇党委理论学习中心组专题学习习近平法治思想。全年全镇共排查化解矛盾纠纷86件,该镇还开展普法活动40场。", "城关镇"],
    ["6月18日,南湖街道党工委召开法治建设推进会。会议指出,该街道将持续深化人民调解工作。", "南湖街道"],
  ])("news of one town, opened by its organ, that speaks of 该镇: %s", (text, town) => {
    expect(departmentOf("news", text, null)).toBe(town);
  });
  it.each([
    ["杨柳青镇：“和事佬”调解队让矛盾纠纷就地化解\n近年来,杨柳青镇组建调解队。全年杨柳青镇调解纠纷486件,该镇信访量下降。", "杨柳青镇"],
    ["五常街道:小区议事会化解邻里纠纷\n五常街道今年以来调处纠纷120件,五常街道调委会…全街道无越级上访。", "五常街道"],
    ["城关镇：人民调解工作室受理纠纷同比下降\n城关镇人民调解委员会全年受理纠纷96件,城关镇调解成功率98%。", "城关镇"],
  ])("news headed by a town's name and about it: %s", (text, town) => {
    expect(departmentOf("news", text, null)).toBe(town);
  });
  it.each([
    ["宝坻区交通局\n2024年度行政执法情况报告\n2024年区交通局坚持依法行政。", "宝坻区交通局"],
    ["市场监督管理局\n关于2022年法治政府建设情况的报告\n一、主要工作", "市场监督管理局"],
    ["临沧市生态环境局\n2023年度法治建设工作总结\n2023年,我局坚持依法行政。", "临沧市生态环境局"],
  ])("a bureau named on a line of its own over its report's title: %s", (text, dept) => {
    expect(departmentOf("enforcement_report", text, null)).toBe(dept);
  });
  it("does not read a justice bureau or a government named over a title as a department", () => {
    expect(departmentOf("annual_report", "芦淞区司法局\n2023年度法治政府建设工作总结\n全区调解纠纷1,200件。", null)).toBeNull();
    expect(departmentOf("annual_report", "株洲市人民政府\n2023年法治政府建设年度报告\n全市调解纠纷1,200件。", null)).toBeNull();
  });
  it("does not read a county's news headed by a town's name as the town's", () => {
    expect(departmentOf("news", "城关镇：县长调研\n全县共调解纠纷3,200件,县委、县政府高度重视,全县上下合力推进,全县信访下降,城关镇作为试点。", null)).toBeNull();
  });
  it("does not read a county's news that opens with a town's organ as the town's", () => {
    const text = "中共城关镇委近日召开会议。全县共调解纠纷3,200件,县委、县政府高度重视,全县上下合力推进,该镇作为试点。";
    expect(departmentOf("news", text, null)).toBeNull();
  });
  it("does not read a county or city report as a town's", () => {
    expect(departmentOf("annual_report", "2023年,镇江市坚持以习近平法治思想为指导。", "镇江市2023年法治政府建设年度报告")).toBeNull();
    expect(departmentOf("annual_report", "2023年,全县各乡镇深入推进法治建设。", null)).toBeNull();
    expect(departmentOf("annual_report", "2022年,城乡一体化深入推进。", null)).toBeNull();
  });
  it.each([
    ["按照《2023年全市人大议案代表建议和政协建议案提案办理工作方案》的要求,市城建局严密组织、严格程序,扎实开展议提案办理工作。\n2023年,我局共承担省、市人大政协议提案105件办理任务。", "市城建局"],
    ["2022年,县交通运输局认真贯彻落实县委县政府决策部署。现将我局有关情况报告如下。", "县交通运输局"],
    ["一年来,在市委市政府的领导下,市生态环境局紧紧围绕中心工作,本局全年办理行政处罚案件312件。", "市生态环境局"],
  ])("a bureau that speaks of itself as 我局 or 本局: %s", (text, dept) => {
    expect(departmentOf("other", text, null)).toBe(dept);
  });
  it.each([
    ["区交通运输局2022年建议提案办理情况", "区交通运输局"],
    ["市生态环境局关于2023年人大建议和政协提案办理情况的报告", "市生态环境局"],
    ["即墨区市场监督管理局2021年度行政执法情况", "即墨区市场监督管理局"],
  ])("a bureau's own title: %s", (title, dept) => {
    expect(departmentOf("other", "所有建议提案均按时限办结。", title)).toBe(dept);
  });
  it("keeps the region's figures in a justice or letters-and-visits bureau's report, and needs a named bureau", () => {
    expect(departmentOf("other", "全年收到行政复议申请56件。", "区司法局2023年行政复议工作情况")).toBeNull();
    expect(departmentOf("annual_report", "2022年,在县委、县政府的正确领导下,我局坚持以习近平新时代中国特色社会主义思想为指导。县信访局全面推进…", null)).toBeNull();
    expect(departmentOf("other", "2023年,区司法局认真履行职责,我局全年指导人民调解组织调解纠纷1,206件。", null)).toBeNull();
    expect(departmentOf("other", "2023年,市政府坚持依法行政,全市收到行政复议申请412件。", null)).toBeNull();
  });
  it("reads no department out of a report that only says 我局", () => {
    expect(departmentOf("department_report", "2022年,永嘉县司法局在县委领导下…现将我局2022年法治政府建设工作报告如下", null)).toBeNull();
  });
});

describe("a work report to a congress session reviews the year before", () => {
  it.each([
    ["玉林市人民代表大会常务委员会工作报告\n——2020年1月9日在玉林市第五届人民代表大会第五次会议上\n过去的一年,常委会办理代表建议334件。", 2019],
    ["某县人民政府工作报告\n——2024年2月20日在某县第十八届人民代表大会第三次会议上\n过去一年,全县……", 2023],
    ["工作报告\n——2023年1月12日在市第十五届人民代表大会第二次会议上\n一年来,我们……", 2022],
  ])("%s → %i", (text, year) => {
    expect(identify(text).report_year).toBe(year);
  });
});

describe("towns and streets as a clue", () => {
  it.each([
    ["行政复议案件受理情况:西兴街道4件,浦沿街道4件,长河街道0件。", "330108"],
    ["全区调解纠纷:龙华街道120件,民治街道98件,大浪街道76件。", "440309"],
    ["信访情况:茅台镇18批,坛厂街道9批,苍龙街道7批。", "520382"],
  ])("%s → %s", (text, code) => {
    const id = identify(text);
    expect(id.jurisdiction_code).toBe(code);
    expect(id.jurisdiction_source).toBe("place_names");
  });
  it("does not decide on one town, or on towns of several places", () => {
    expect(identify("西兴街道开展普法宣传。").jurisdiction_code).toBeNull();
  });
  it("does not take a short name inside another word for a place (征迁安置 is not 迁安)", () => {
    expect(identify("其他各类案件中,征迁安置类新收6件。").jurisdiction_code).toBeNull();
  });
});

describe("dataWindow: a document about part of the year", () => {
  it.each([
    ["现将2024年度法治政府建设工作情况报告如下(本报告数据截至2024年11月30日)。", null, "partial"],
    ["全文", "麦积区召开2025年上半年矛盾纠纷多元化解工作新闻发布会", "partial"],
    ["全文", "2023年1—9月行政复议案件情况通报", "partial"],
    ["全文", "2023年1—12月行政复议案件情况通报", null],
    ["2023年,全县收到行政复议申请120件。", "关于2023年度法治政府建设情况的报告", null],
  ])("%s / %s", (text, title, period) => {
    expect(dataWindow(text, title)?.value ?? null).toBe(period);
  });
});

describe("a big city's own two-letter domain and the sites under it", () => {
  it.each([
    ["https://meeb.sz.gov.cn/ztfw/content/post_2020093.html", "深圳市"],
    ["http://www.gz.gov.cn/zwgk/", "广州市"],
    ["https://sfj.xm.gov.cn/xxgk/", "厦门市"],
  ])("%s → %s", (url, name) => {
    expect(hostClue(url)?.units.map((u) => u.name)).toEqual([name]);
  });
  it("reads no place from two letters alone, but two letters after a province prefix", () => {
    expect(hostClue("https://www.qz.gov.cn/")).toBeNull();
    expect(hostClue("http://www.zjwy.gov.cn/art/2023/2/14/art_1.html")?.units.map((u) => u.name)).toEqual(["武义县"]);
  });
});

describe("met in real13: a province's or municipality's own domain", () => {
  it.each([
    ["http://sfj.sh.gov.cn/2020zxgk_xzfy/20201102/a.html", ["310000"]],
    ["https://www.hubei.gov.cn/zfwj/x.shtml", ["420000"]],
    ["http://sfj.tj.gov.cn/x.html", ["120000"]],
  ])("%s", (url, codes) => {
    expect(hostClue(url)?.units.map((u) => u.code)).toEqual(codes);
  });
  it("does not read a big city's two letters as a province", () => {
    expect(hostClue("http://www.gz.gov.cn/x.html")?.units.map((u) => u.code)).not.toContain("520000");
  });
});
