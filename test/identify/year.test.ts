import { describe, expect, it } from "vitest";
import { resolvePublishedOn, resolveReportYear, urlDate } from "../../pipeline/identify/year.ts";

const year = (text: string, hints?: Parameters<typeof resolveReportYear>[1]) => resolveReportYear(text, hints);

describe("resolveReportYear", () => {
  it("reads the opening sentence", () => {
    expect(year("市委:\n2023年,铁岭市政府坚持以习近平法治思想为指导。现将有关情况报告如下。\n一、主要工作\n二、2024年工作安排\n2024年,我们将继续努力。"))
      .toMatchObject({ year: 2023, reason: expect.stringContaining("opening sentence") });
    expect(year("二〇二三年,我县坚持依法行政。").year).toBe(2023);
  });

  it("reads the title in the text or from the reader", () => {
    expect(year("关于2022年孝感市法治政府建设情况的报告\n中共孝感市委 孝感市人民政府\n在省委领导下,孝感市坚持依法行政。"))
      .toMatchObject({ year: 2022, reason: expect.stringContaining("title") });
    expect(year("关于2022年度法治政府建设情况的报告\n我区坚持依法行政。").year).toBe(2022);
    expect(year("今年以来,我区坚持依法行政,2022年将继续深化。", { title: "XX区2021年法治政府建设情况报告" }).year).toBe(2021);
  });

  it("ignores the next-year plan part of a title", () => {
    expect(year("XX市2023年法治政府建设工作总结和2024年工作计划\n一年来,我市坚持依法行政。").year).toBe(2023);
  });

  it("reads a report phrase near the top", () => {
    expect(year("按照要求,现将本市2023年度法治政府建设情况报告如下。").year).toBe(2023);
  });

  it("reads a section heading on the year's work, not the plan heading", () => {
    expect(year("我区坚持依法行政,现将有关情况报告如下。\n一、2023年工作情况\n(一)加强领导\n二、2024年工作安排\n2024年,我们将…2024年…2024年…"))
      .toMatchObject({ year: 2023, reason: "section heading: 一、2023年工作情况" });
  });

  it("never decides by the next-year plan section", () => {
    const body = "今年以来,我区深入推进法治政府建设。\n一、主要成效\n2023年6月,召开会议。2023年全年办理案件。\n";
    expect(year(body + "四、2024年法治政府建设工作安排\n2024年,将继续…2024年…2024年…2024年…").year).toBe(2023);
    expect(year(body + "2024年工作规划\n2024年,将继续…2024年…2024年…2024年…").year).toBe(2023);
    expect(year("我区坚持依法行政。\n四、2024年法治政府建设工作安排\n2024年,将继续…2024年…2024年…")).toEqual({ year: null, reason: "not found" });
  });

  it("ignores year ranges such as 纲要(2015—2020年)", () => {
    expect(year("我区认真落实《法治政府建设实施纲要(2015—2020年)》,2019年至2021年累计办理案件。").year).toBeNull();
  });

  it("falls back to the publication date and says so", () => {
    const r = year("我局坚持依法行政,全面推进法治政府建设。", { published_on: "2024-01-31" });
    expect(r.year).toBe(2023);
    expect(r.reason).toMatch(/fallback.*2024-01-31/);
    expect(year("我局坚持依法行政。\n中共某某委\n2024年2月5日").year).toBe(2023); // signature date
    expect(year("今年以来,我局坚持依法行政。", { published_on: "2023-12-20" }).year).toBe(2023);
  });

  it("returns null without any year", () => {
    expect(year("我局坚持依法行政,全面推进法治政府建设。")).toEqual({ year: null, reason: "not found" });
  });
});

describe("resolvePublishedOn", () => {
  it("prefers the signature date over the site's 时间 / 更新时间", () => {
    expect(resolvePublishedOn("点击量: 来源:铁岭市司法局 时间:2024-03-01\n2023年,铁岭市…\n特此报告。\n中共铁岭市委 铁岭市人民政府\n2024年1月31日\n(此件公开发布)"))
      .toBe("2024-01-31");
    expect(resolvePublishedOn("更新时间:2024-02-28浏览次数:来源:区法制办作者:区卫健局 字体[ 大 中 小 ]\n2023年,我区…\n株洲市芦淞区人民政府\n2024年2月23日"))
      .toBe("2024-02-23");
  });

  it("reads signature dates in Chinese numerals and on the issuer's line", () => {
    expect(resolvePublishedOn("2023年,我县…\n某某县人民政府\n二〇二四年二月二十三日")).toBe("2024-02-23");
    expect(resolvePublishedOn("2023年,我县…\n南县人民政府 2024年1月5日")).toBe("2024-01-05");
  });

  it("reads 发布日期, then the reader's metadata, then 时间", () => {
    expect(resolvePublishedOn("信息来源:市委依法治市办 发布日期:2023-02-09 浏览次数:236\n关于2022年孝感市法治政府建设情况的报告\n2022年,…")).toBe("2023-02-09");
    expect(resolvePublishedOn("2022年,我县…", { published_on: "2023/2/9" })).toBe("2023-02-09");
    expect(resolvePublishedOn("时间:2024-03-01\n2023年,…", { published_on: "2024-02-01" })).toBe("2024-02-01");
    expect(resolvePublishedOn("点击量: 来源:铁岭市司法局 时间:2024-03-01\n2023年,铁岭市…")).toBe("2024-03-01");
  });

  it.each([
    ["记者 王梦倩 通讯员 林洁  2024-01-25 09:11\n区政协六届二次会议以来,161件提案全部办结。", "2024-01-25"],
    ["作者:张三  2023/07/06 15:30:12  阅读:\n上半年,全县调解纠纷820件。", "2023-07-06"],
    ["本报讯\n2022年3月8日 10:05\n全市行政复议工作会议召开。", "2022-03-08"],
  ])("reads a site's stamp without a label: a date with its time of day (%#)", (text, date) => {
    expect(resolvePublishedOn(text)).toBe(date);
  });
  it.each([
    ["02\n\n省政协十二届四次会议以来八百零三件提案全部办复 2022年01月20日\n本报讯 1月19日召开的会议听取了报告。", "2022-01-20"],
    ["县司法局召开人民调解工作会议\n2023-03-08\n会议总结了去年工作。", "2023-03-08"],
    ["首页 > 工作动态\n全市行政复议工作推进会召开 2021年6月3日\n会议指出,上半年全市收到申请…", "2021-06-03"],
  ])("reads a date alone on a head line, or closing one (%#)", (text, date) => {
    expect(resolvePublishedOn(text)).toBe(date);
  });
  it("does not read a date in prose, without a time of day, as the stamp", () => {
    expect(resolvePublishedOn("会议于2023-05-10召开。\n全县收到行政复议申请30件。")).toBeNull();
  });
  it("reads dates from addresses written /2015-09/06/", () => {
    expect(resolvePublishedOn("全市调解纠纷30件。", { source_url: "http://111.205.184.227:8081/zixun/2015-09/06/content_11266638.htm" })).toBe("2015-09-06");
  });
  it("reads dates from news sites' addresses (/2024/01/25/)", () => {
    expect(resolvePublishedOn("全县收到行政复议申请30件。", { source_url: "https://ptnews.zjol.com.cn/putuo/system/2024/01/25/034516049.shtml" })).toBe("2024-01-25");
  });
  it("returns null when the document states no date", () => {
    expect(resolvePublishedOn("2024年,邓州市坚持…。\n三是加大行政执法协调监督力度。")).toBeNull();
    expect(resolvePublishedOn("2024年3月,召开会议。")).toBeNull();
  });
});

describe("met in real6: a yearbook heading before a long first sentence, reviews of several years", () => {
  it.each([
    ["【概 况】2020年,全省各级政府及其部门全面贯彻习近平法治思想,推进依法行政和法治政府建设,各项任务如期完成。", 2020],
    ["【法治政府建设】2021年,市政府深入推进依法行政,全年受理行政复议案件412件。", 2021],
    ["【综述】2019年,县司法局围绕中心工作,调解各类纠纷1,206件,调解成功率98%。", 2019],
  ])("%s → %i", (text, y) => {
    expect(year(text).year).toBe(y);
  });
  it.each([
    ["5月10日,合肥中院公布了合肥法院2020年-2022年行政审判工作白皮书,据了解,合肥市两级法院受理行政案件11544件。", 2022],
    ["2019年至2021年,全市行政复议机关共收到行政复议申请3,120件,审结3,004件。", 2021],
    ["记者从市中级法院获悉,该院日前发布2021—2023年度行政审判情况通报,三年来共审结行政案件2,310件。", 2023],
  ])("%s → %i", (text, y) => {
    expect(year(text).year).toBe(y);
  });
  it("still reads a plan's span as no report year", () => {
    expect(year("为贯彻《法治政府建设实施纲要(2021—2025年)》,2023年,我市扎实推进依法行政。").year).toBe(2023);
  });
});

describe("a title that joins a year and part of the next", () => {
  it.each([
    ["靖边县信访局 关于2021年度及2022年上半年重点工作 任务完成情况和2022年下半年重点工作 任务安排情况的报告", 2022],
    ["某县司法局关于2023年及2024年1-6月工作情况的报告", 2024],
    ["关于2019年度和2020年一季度法治政府建设情况的报告", 2020],
  ])("%s → %i", (title, y) => {
    expect(year("现将有关情况报告如下。", { title }).year).toBe(y);
  });
  it("still reads the year of a report followed by the next year's plan", () => {
    expect(year("我县坚持依法行政。", { title: "某县2022年法治政府建设工作总结和2023年工作计划" }).year).toBe(2022);
  });
});

describe("news of a meeting that opens a year's work reports the year before", () => {
  it.each([
    ["4月21日,我县召开2020年县政府系统人大代表建议和政协委员提案办理工作会议。会上,回顾总结了2019年办理情况。2019年,县政府系统共承办人大代表建议49件、政协委员提案66件。", "南县召开2020年县政府系统人大代表建议和政协委员提案办理工作会议", 2019],
    ["会议通报了上年度行政复议工作情况。2022年,全市共收到行政复议申请1,024件,审结986件。", "市政府召开2023年行政复议工作推进会", 2022],
    ["会上,县司法局作了工作报告。2023年度,全县人民调解组织调解纠纷3,210件。", "县里召开2024年全县人民调解工作会议", 2023],
    ["4月11日上午,2022年市人大代表建议和政协提案交办会举行,总结2021年办理情况。据了解,2021年,市政府办理市人大代表建议140件,市政协提案126件。", "", 2021],
  ])("%s → %i", (text, title, y) => {
    expect(year(text, title ? { title } : {}).year).toBe(y);
  });
  it("keeps the title's year when the figures are of that year", () => {
    expect(year("2023年,全县共收到行政复议申请56件。", { title: "县政府召开2023年法治政府建设工作推进会" }).year).toBe(2023);
  });
});

describe("a look back over a five-year plan with no year named", () => {
  it.each([
    ["“十四五”期间,全市各级人民调解组织共排查各类矛盾纠纷71276件,调解成功率达98.16%。", 2025],
    ["十三五时期,全县行政复议机关共办理案件1,203件。", 2020],
  ])("%s → %i", (text, y) => {
    expect(year(text).year).toBe(y);
  });
  it("does not override a year the text names", () => {
    expect(year("2023年,全市坚持依法行政。“十四五”期间累计调解纠纷5万件。").year).toBe(2023);
  });
});

describe("met in real8: a first line that starts with its year, news about this year's first half", () => {
  it.each([
    ["2023年《政府工作报告》重点工作目标任务进展情况表\n序号 |\n目标与任务 |", 2023],
    ["2022年度全县行政执法统计\n一、执法主体情况", 2022],
    ["2021年依法行政工作进展情况表\n序号 任务 进展", 2021],
  ])("%s → %i", (text, y) => {
    expect(year(text).year).toBe(y);
  });
  it("reads 今年上半年 in a page published in August as that year", () => {
    expect(year("记者今天从市司法局获悉,今年上半年,我市负责人出庭应诉率为100%。2019年以来,全市…2019年10月达到100%。", { source_url: "http://scbzol.com/jj/20210816/12536.html" }).year).toBe(2021);
  });
});

describe("met in real9: a report dated in November or December, meeting news with no comma after the year", () => {
  it("reads a year-end report as about the year it closes", () => {
    expect(year("自治县十九届人大二次会议期间,县人大代表提出意见建议80件。", { published_on: "2023-12-12" }).year).toBe(2023);
    expect(year("全县各承办单位已全部办结代表建议。", { published_on: "2022-11-20" }).year).toBe(2022);
    expect(year("全县各承办单位已全部办结代表建议。", { published_on: "2022-03-20" }).year).toBe(2021);
  });
  it("reads the figures' year in meeting news whose sentence has no comma after the year", () => {
    expect(year("外链\n2024年全市政府系统建议提案交办会召开\n4月2日,2024年全市政府系统建议提案交办会召开。2023年全市政府系统共接办市人大建议161件,市政协提案182件。").year).toBe(2023);
  });
});

describe("a page dated in the autumn that counts 截至目前", () => {
  it("is about that year", () => {
    expect(year("截至目前,设立物业人民调解工作室28个。全市各级各类调解组织受理纠纷3342件,调解成功3337件。", { published_on: "2021-10-03" }).year).toBe(2021);
    expect(year("截止目前,全县受理行政复议申请56件。", { published_on: "2022-09-15" }).year).toBe(2022);
    expect(year("全县受理行政复议申请56件。", { published_on: "2022-09-15" }).year).toBe(2021);
  });
});

describe("met in real17: spring news of where things stand (目前), with no word of last year", () => {
  it.each([
    ["4月16日,记者从泸溪县司法局获悉:目前,该县共调处各类矛盾纠纷512件,调处成功508件。", "2015-04-17", 2015],
    ["日前,记者获悉,截至目前,全区各级调解组织共调解纠纷236件。", "2021-03-28", 2021],
    ["今年以来,该镇信访办接待来访群众32批。", "2019-05-06", 2019],
  ])("%s (%s)", (text, published_on, want) => {
    expect(year(text, { published_on }).year).toBe(want);
  });
  it("keeps a spring report on the year before", () => {
    expect(year("我局年度行政执法工作报告\n目前,我局共有执法人员40人。全年办理案件12件。", { published_on: "2024-02-20" }).year).toBe(2023);
    expect(year("目前,全县共有人民调解组织310个,去年共调解纠纷1,200件。", { published_on: "2024-03-20" }).year).toBe(2023);
  });
});

describe("met in real17: a span's start named alone on a page years later is no year of the text", () => {
  it.each([
    ["自2019年以来,全市各级各类人民调解组织累计调解各类矛盾纠纷近90万件。", "2024-01-10", 2023],
    ["2016年以来,全县累计办理行政复议案件1,230件。", "2021-11-20", 2021],
    ["自2018年以来,全区共审结行政诉讼案件640件。", "2022-02-15", 2021],
  ])("%s (%s)", (text, published_on, want) => {
    expect(year(text, { published_on }).year).toBe(want);
  });
  it("reads a span that starts this year as this year so far", () => {
    expect(year("2025年以来,全县新收行政复议案件86件。", { published_on: "2025-06-30" }).year).toBe(2025);
  });
});

describe("met in blind18: a report to the standing committee, delivered early in a year, on the year before", () => {
  it.each([
    ["拉萨市人民政府关于全市行政复议工作情况的报告\n——2025年4月24日在拉萨市第十二届人民代表大会常务委员会第二十一次会议上\n主任、各位副主任：\n2021年以来,全市收到申请1,146件。\n2024年,全市收到行政复议申请392件。", 2024],
    ["关于全县人民调解工作情况的报告\n——2023年3月10日在某县第十八届人民代表大会常务委员会第九次会议上\n一、基本情况\n2022年,全县调解纠纷2,310件,调解成功率98.6%。", 2022],
    ["关于本区法治政府建设情况的报告\n——2024年6月26日在区人大常委会会议上\n2023年度,全区行政机关负责人出庭应诉率100%。", 2023],
  ] as const)("%#", (text, year) => {
    expect(resolveReportYear(text, {}).year).toBe(year);
  });
  it("leaves a report delivered late in the year to the other rules", () => {
    expect(resolveReportYear("关于全县工作情况的报告\n——2023年10月10日在某县人民代表大会常务委员会会议上\n今年以来,全县调解纠纷1,200件。\n2022年,全县调解纠纷1,500件。", {}).reason).not.toMatch(/its figures stated for/);
  });
});

describe("met in real14: where a span starts is not the year a text is about", () => {
  it("does not count 2021年以来 toward the report year", () => {
    const text = "人民调解是社会治理的重要组成部分。2021年以来,全区累计调解矛盾纠纷227191件。2021年以来,开展排查49598次。2022年,全区调解纠纷120000件,调解成功116000件。";
    expect(resolveReportYear(text, {}).year).toBe(2022);
  });
  it("keeps a since-year that is the latest named: the year so far", () => {
    expect(resolveReportYear("祁门县深入贯彻新修订的行政复议法。2025年以来全县新收行政复议案件70件,与去年同期相比增长48.9%。", {}).year).toBe(2025);
  });
});

describe("met in real20: a stamp with its time and no space, a people.com.cn address, 今年 heading a sentence", () => {
  it.each([
    ["平罗县司法局:诉前调解成功率近九成\n2021年09月29日16:01 | 来源:宁夏日报\n正文", "2021-09-29"],
    ["标题\n2023-05-06 08:30 来源:本站\n正文", "2023-05-06"],
    ["标题\n2019年3月2日09:15:20 浏览\n正文", "2019-03-02"],
  ])("%#", (text, want) => {
    expect(resolvePublishedOn(text)).toBe(want);
  });
  it("reads the date of a people.com.cn address", () => {
    expect(urlDate("http://nx.people.com.cn/n2/2021/0929/c192482-34938008.html")).toBe("2021-09-29");
  });
  it.each([
    ["今年,平罗县诉前调委会共受理法院委派案件1102件。", "2021-09-29", 2021],
    ["今年全县共调解纠纷860件,调解成功率98%。", "2022-08-15", 2022],
    ["据悉,今年,县信访局接待来访群众120批。", "2020-10-09", 2020],
  ])("%s (%s)", (text, published_on, want) => {
    expect(year(text, { published_on }).year).toBe(want);
  });
});

describe("met in real20: 截至2025年底 is that year; 2026年是…开局之年 says what a year will be", () => {
  it.each([
    ["州政协会议以来,共提交提案356件,立案348件。截至2025年底,所有提案均已办复。报告明确,2026年是“十五五”开局之年。", 2025],
    ["截至2023年底,全县共有持证执法人员1,046名。", 2023],
    ["全县共调解纠纷1,200件。截止到2022年底,全部办结。2023年是全面贯彻党的二十大精神的开局之年。", 2022],
  ])("%s", (text, want) => {
    expect(year(text).year).toBe(want);
  });
});

describe("met in real21: honours won over the years, dates alone, news of the second half", () => {
  it("reads no year from a list of honours", () => {
    expect(year("本报讯 近日,后溪镇人民调解委员会获评全国模范。该委员会于2013年12月被省司法厅授予“全省优秀人民调解委员会”,2013年2月被授予“先进集体”称号。近三年调解纠纷823件。", { published_on: "2023-10-13" }).year).toBe(2023);
  });
  it.each([
    ["2020年9月10日,通城县人民调解中心正式建成,启用以来共调处各类矛盾纠纷106件。", 2020],
    ["2019年3月5日,县信访局开展集中接访,接待来访群众23批。", 2019],
    ["2022年11月20日上午,县人民法院发布行政审判白皮书,全年审结行政案件86件。", 2022],
  ])("takes the year of the only dates in a text with no publication date: %s", (text, want) => {
    expect(year(text).year).toBe(want);
  });
  it.each([
    ["本报讯 近日,司法部授予后溪镇人民调解委员会“全国模范人民调解委员会”称号。该委员会近三年调解纠纷823件。", "2023-10-13", 2023],
    ["记者从县司法局获悉,全县人民调解组织共调解纠纷320件。", "2021-08-02", 2021],
  ])("reads news of the second half of a year as that year's: %s", (text, published_on, want) => {
    expect(year(text, { published_on }).year).toBe(want);
  });
});

describe("met in real22: a session's items early in a year, a newspaper's address, 承办单位 in prose", () => {
  it.each([
    ["市政协十二届五次会议期间,委员们共提交提案639件。经过审查,确定立案588件。", "2016-02-19", 2016],
    ["县十八届人大三次会议期间,代表共提出建议126件,已交由各承办单位办理。", "2023-03-02", 2023],
    ["区政协九届二次会议以来,共收到委员提案210件。", "2019-01-25", 2019],
  ])("%s (%s)", (text, published_on, want) => {
    expect(year(text, { published_on }).year).toBe(want);
  });
  it("keeps January news of a year's review on the year before", () => {
    expect(year("本报讯 4年来,州政协提案工作取得新成绩,目前已形成新模式。", { published_on: "2022-02-22" }).year).toBe(2021);
  });
  it("reads a newspaper's address with its month and day apart", () => {
    expect(urlDate("https://yndaily.yunnan.cn/content/202202/22/content_53935.html")).toBe("2022-02-22");
  });
  it("reads a year from a prose line that names 承办单位", () => {
    expect(year("政协委员共提交提案材料578件,经审查立案470件,交由86家承办单位办理。截至2020年12月31日,470件提案已全部办结。").year).toBe(2020);
  });
});

describe("met again in real10: figures closed at a year's end are that year's, whenever posted", () => {
  it.each([
    ["区政协五届四次会议以来,委员积极履职。截至2020年12月31日,共提交提案203件,经审查立案183件。", "2022-01-12", 2020],
    ["截至2023年底,全县共有持证执法人员1,046名,办理行政复议案件56件。", "2024-03-01", 2023],
    ["截止到2021年12月31日,全区人民调解组织共调解纠纷980件。", null, 2021],
  ])("%s", (text, published_on, want) => {
    expect(year(text, published_on ? { published_on } : {}).year).toBe(want);
  });
});

describe("met in blind19: a target's year names no year of the text", () => {
  it.each([
    ["今年1—11月,全区调解纠纷9,836件。下一步,力争2024年全区人民调解成功率保持在98%以上。", 2023],
    ["全县收到行政复议申请86件。计划到2025年实现行政复议化解行政争议主渠道作用。", 2023],
  ])("%s", (text, want) => {
    expect(year(text, { published_on: "2023-12-19" }).year).toBe(want);
  });
  it("names no year at all when only a target's is given", () => {
    expect(year("全区调解纠纷9,836件。力争2024年成功率保持在98%以上。").year).toBeNull();
  });
});

describe("met in real24: news from a meeting that sums up or commends a year is about that year", () => {
  it.each([
    ["记者在近日某县召开的2006年度社会治安综合治理暨平安建设工作表彰会上获悉:去年该县共排查纠纷452件。2005年度该县被评为平安县。", 2006],
    ["在日前召开的全县2023年度政法工作总结会上,记者了解到,去年全县共调解纠纷1,203件。", 2023],
    ["在2019年度依法行政考评会上,县司法局通报:全县受理复议申请56件。", 2019],
  ])("%s", (text, want) => {
    const r = year(text);
    expect(r.year).toBe(want);
    expect(r.lookingBack).toBe(true);
  });
  it("not a meeting that plans a year", () => {
    expect(year("在2024年度工作部署会上,县长强调…。2023年全县受理复议申请56件,2023年审结50件。").year).toBe(2023);
  });
});

describe("met in blind22: a page title that names a document of a year", () => {
  it.each([
    ["洛阳中院发布2019年度行政审判白皮书", 2019],
    ["我市发布2022年法治政府建设年度报告", 2022],
    ["市统计局:2016年国民经济和社会发展统计公报", 2016],
  ])("%s", (pageTitle, want) => {
    const body = "记者从市中级人民法院获悉,全市法院行政审判工作稳步推进。\n新收一审行政案件2,046件(2018年为1,874件)。较2018年下降2.3个百分点。较2018年的71.5%大幅提升。";
    expect(year(body, { pageTitle, published_on: "2020-04-28" }).year).toBe(want);
  });
  it("not a title that names no document", () => {
    expect(year("记者从市中级人民法院获悉,全市法院行政审判工作稳步推进。\n新收一审行政案件2,046件(2018年为1,874件)。较2018年下降。较2018年的71.5%。", { pageTitle: "行政复议体制改革满一年", published_on: "2020-04-28" }).year).not.toBe(2019);
  });
});

describe("met in real25: years compared with are not what a text is about; a month's release", () => {
  it("counts 2024 over the 2023 it is compared with", () => {
    const text = "四川高院召开行政审判工作新闻发布会。\n2024年,全省法院受理各类行政案件29154件。一审收结案数量与2023年基本持平,比2023年多749件。2024年全省法院平均审理天数为77天,比2023年减少了1.91天。较2023年增长2.08个百分点。";
    expect(year(text).year).toBe(2024);
  });
  it.each([
    ["8月份,全市各类人民调解组织共受理纠纷869件。", "2016-09-10", 2016],
    ["3月份全县收到行政复议申请12件。", "2021-04-06", 2021],
  ])("%s", (text, published_on, want) => {
    expect(year(`我市矛盾纠纷排查化解工作要情\n${text}`, { published_on }).year).toBe(want);
  });
});

describe("met in real26: a date in an address's path as YYYY-MM-DD, an ISO stamp on a page", () => {
  it.each([
    ["http://zjjnews.cn/news/qxnews/yongdinnews/2017-12-19/141723.html", "2017-12-19"],
    ["http://www.example.gov.cn/xwzx/2021-3-5/8812.html", "2021-03-05"],
  ])("%s", (url, want) => {
    expect(urlDate(url)).toBe(want);
  });
  it("reads an ISO stamp on a chrome line", () => {
    expect(resolvePublishedOn("Zi 字媒体\n2017-07-25T20:27:27+00:00\n加入好友\n新华社上海6月9日电(记者黄安琪)上海法院共受理一审行政案件13548件。")).toBe("2017-07-25");
  });
});

describe("a meeting that sums up a year and plans the next", () => {
  it.each([
    ["全市行政复议工作会议召开\n3月13日,全市行政复议工作会议在市政府召开。会议总结2024年全市行政复议工作,部署2025年重点任务。会议通报,全市共收案1,847件。", 2024],
    ["全县人民调解工作会议召开\n会议回顾了2021年度全县人民调解工作,安排部署2022年工作。2022年,我们将…", 2021],
  ])("%s", (text, y) => {
    expect(resolveReportYear(text, { published_on: `${y + 1}-03-14` }).year).toBe(y);
  });
  it("not when the planned year is not the next one", () => {
    expect(resolveReportYear("会议总结2019年工作,部署2021年任务。2021年全市收案1,847件。", { published_on: "2021-03-14" }).reason).not.toMatch(/summing up/);
  });
});
