import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findNumbers,
  isPercentUnit,
  parseChineseNumeral,
  UNIT_NORMALIZATION,
  UNIT_WORDS,
  type NumberMention,
  type Qualifier,
} from "../../pipeline/extract/numbers.ts";

/** [value, unit, qualifier] or [value, unit, qualifier, rangeTo] */
type Expect = [number, string, Qualifier] | [number, string, Qualifier, number];

function summary(text: string): Expect[] {
  return findNumbers(text).map((m) =>
    m.rangeTo === undefined ? [m.value, m.unit, m.qualifier] : [m.value, m.unit, m.qualifier, m.rangeTo],
  );
}

function checkInvariants(text: string, ms: NumberMention[]): void {
  let last = 0;
  for (const m of ms) {
    expect(m.raw).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.start).toBeLessThanOrEqual(m.numStart);
    expect(m.numStart).toBeLessThan(m.numEnd);
    expect(m.numEnd).toBeLessThanOrEqual(m.end);
    expect(Number.isFinite(m.value)).toBe(true);
    expect(m.value).toBeGreaterThanOrEqual(0);
    last = m.end;
  }
}

// ---------------------------------------------------------------------------------------------------------------
describe("parseChineseNumeral", () => {
  it.each<[string, number]>([
    ["一亿二千万", 120_000_000], // separate 亿 and 万 accumulators (not 1000020000000)
    ["两千三百万", 23_000_000],
    ["二〇二三", 2023],
    ["二零二四", 2024],
    ["一九四九", 1949],
    ["十五", 15],
    ["一十五", 15],
    ["十", 10],
    ["二十", 20],
    ["三百四十", 340],
    ["一千零五", 1005],
    ["一百零一", 101],
    ["一万零五", 10_005],
    ["十万八千", 108_000],
    ["二十万零五百", 200_500],
    ["一亿零五万", 100_050_000],
    ["一亿零一千", 100_001_000],
    ["一万亿", 1e12],
    ["三千五百万", 35_000_000],
    ["两万", 20_000],
    ["两百", 200],
    ["零", 0],
    ["〇", 0],
    ["百", 100],
    ["千", 1000],
    ["九十八点五", 98.5],
    ["零点五", 0.5],
    ["一点五万", 15_000],
    ["三百四", 340], // colloquial shorthand
    ["两万五", 25_000],
    ["1.7万", 17_000], // Arabic digits mixed in
    ["3499.8万", 34_998_000],
    ["０.８９亿", 89_000_000], // full-width input is NFKC-normalized here
    ["壹仟贰佰", 1200],
    ["萬", 10_000],
  ])("%s → %d", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(["", "十一五", "两三", "一一", "百分之九十五", "一些", "十百", "一亿二亿", "万万", "三点", "abc", "几十"])(
    "%s → null",
    (s) => {
      expect(parseChineseNumeral(s)).toBeNull();
    },
  );

  // Renders 0..999999999 in standard Chinese; optionally 两 for a leading 2 and 十 for a leading 一十.
  const D = "零一二三四五六七八九";
  function renderSection(n: number, useLiang: boolean, dropLeadingYiShi: boolean): string {
    const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
    const units = ["千", "百", "十", ""];
    let out = "";
    let zeroPending = false;
    let started = false;
    digits.forEach((d, i) => {
      if (d === 0) {
        if (started) zeroPending = true;
        return;
      }
      if (zeroPending) out += "零";
      zeroPending = false;
      let ch = D[d]!;
      if (d === 2 && useLiang && (i === 0 || i === 1)) ch = "两";
      if (d === 1 && i === 2 && !started && dropLeadingYiShi) ch = "";
      out += ch + units[i];
      started = true;
    });
    return out;
  }
  function render(n: number, useLiang: boolean, shortTen: boolean): string {
    if (n === 0) return "零";
    const sections = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
    const bigs = ["亿", "万", ""];
    let out = "";
    let zeroPending = false;
    sections.forEach((sec, i) => {
      if (sec === 0) {
        if (out) zeroPending = true;
        return;
      }
      if (out && (zeroPending || sec < 1000)) out += "零";
      zeroPending = false;
      out += renderSection(sec, useLiang, shortTen && out === "") + bigs[i];
    });
    return out;
  }

  it("renderer sanity", () => {
    expect(render(120_000_000, false, false)).toBe("一亿二千万");
    expect(render(1005, false, false)).toBe("一千零五");
    expect(render(15, false, true)).toBe("十五");
    expect(render(100_050_000, false, false)).toBe("一亿零五万");
    expect(render(23_000_000, true, false)).toBe("两千三百万");
  });

  it("round-trips 200 random integers 0..999999999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.boolean(), fc.boolean(), (n, liang, shortTen) => {
        expect(parseChineseNumeral(render(n, liang, shortTen))).toBe(n);
      }),
      { numRuns: 200, seed: 20240131 },
    );
  });

  it("round-trips small integers too (0..12000)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12_000 }), fc.boolean(), (n, shortTen) => {
        expect(parseChineseNumeral(render(n, false, shortTen))).toBe(n);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("findNumbers reads rendered numerals with a unit (200 random)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999 }), fc.boolean(), (n, liang) => {
        const s = `共办理${render(n, liang, true)}件。`;
        const ms = findNumbers(s);
        expect(ms).toHaveLength(1);
        expect(ms[0]!.value).toBe(n);
        expect(ms[0]!.unit).toBe("件");
        expect(ms[0]!.chineseNumeral).toBe(true);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("findNumbers: values, units, qualifiers", () => {
  it.each<[string, string, Expect[]]>([
    // Arabic
    ["plain count", "共收到行政复议案件340件,受理303件,审结284件", [[340, "件", "exact"], [303, "件", "exact"], [284, "件", "exact"]]],
    ["thousands separator", "全年接待群众来访1,234件次", [[1234, "件次", "exact"]]],
    ["thousands separator without unit (table cell)", "合计 12,077", [[12077, "", "exact"]]],
    ["decimal percent", "全市行政机关负责人出庭应诉率达到98.3%,市人民政府行政应诉案件无败诉情况", [[98.3, "%", "exact"]]],
    ["万元", "处罚金额共计164.22万元;办理行政确认1368件", [[1642200, "元", "exact"], [1368, "件", "exact"]]],
    ["亿元", "促进增收节支0.89亿元,移送案件线索44件", [[89000000, "元", "exact"], [44, "件", "exact"]]],
    ["万余条", "归集上报市场主体信用承诺书1.7万余条,行政许可、行政处罚信息17.6万条", [[17000, "条", "approx"], [176000, "条", "exact"]]],
    ["10余万 with unit", "各类政务新媒体宣传10余万条(次)", [[100000, "条", "approx"]]],
    ["10余万 without unit", "惠及群众10余万", [[100000, "", "approx"]]],
    ["10余万 before a noun", "惠及10余万群众", [[100000, "", "approx"]]],
    ["36.39万件", "全省共办理36.39万件", [[363900, "件", "exact"]]],
    ["3499.8万元", "挽回经济损失3499.8万元。", [[34998000, "元", "exact"]]],
    ["1.3万余件", "从轻处罚1.3万余件。", [[13000, "件", "approx"]]],
    ["5.3万本", "手册5.3万本、挂图1300套", [[53000, "本", "exact"], [1300, "套", "exact"]]],
    ["亿 without 元", "惠及人口1.2亿", [[120000000, "", "exact"]]],
    // PDF-style spaces
    ["space before 万", "信用承诺书1.7 万余条", [[17000, "条", "approx"]]],
    ["spaces around a count", "梳理备案全区 1842 名执法人员", [[1842, "名", "exact"]]],
    ["space before 年 still a year", "2020 年,武清区审结 42 件", [[42, "件", "exact"]]],
    // Chinese numerals
    ["两", "开展两批示范创建", [[2, "批", "exact"]]],
    ["十 at the start", "聘任委员十五人", [[15, "人", "exact"]]],
    ["十余次", "专题研究十余次。", [[10, "次", "approx"]]],
    ["二十次", "召开专题会议二十次", [[20, "次", "exact"]]],
    ["六十余场次", "开展宣讲六十余场次", [[60, "场次", "approx"]]],
    ["三百四十件", "受理复议申请三百四十件", [[340, "件", "exact"]]],
    ["一亿二千万元", "执行到位一亿二千万元", [[120000000, "元", "exact"]]],
    ["两千三百万元", "节约资金两千三百万元", [[23000000, "元", "exact"]]],
    ["一千零五件", "办结一千零五件", [[1005, "件", "exact"]]],
    ["〇 inside a numeral", "共计一千〇五件", [[1005, "件", "exact"]]],
    ["五十余万", "覆盖群众五十余万人", [[500000, "人", "approx"]]],
    ["十几件", "仅发生十几件", [[10, "件", "approx"]]],
    ["两三个月 pair", "以往需要两三个月才能办结", [[2, "个月", "approx", 3]]],
    ["article 一 at the end of a clause is a count", "行政诉讼败诉一件。", [[1, "件", "exact"]]],
    ["一 with a time unit is a count", "一个月内办结,一天内答复", [[1, "个月", "exact"], [1, "天", "exact"]]],
    ["一倍", "案件量增长一倍", [[1, "倍", "exact"]]],
    // percent
    ["百分之九十五", "满意率达到百分之九十五", [[95, "%", "exact"]]],
    ["百分之百", "出庭率百分之百", [[100, "%", "exact"]]],
    ["百分之九十八点五", "办结率为百分之九十八点五", [[98.5, "%", "exact"]]],
    ["95%以上", "调解成功率95%以上;建立“四所一庭”联动联调工作机制", [[95, "%", "at_least"]]],
    ["超过92%", "累计成功调解矛盾纠纷1000余件,成功调处率超过92%。", [[1000, "件", "approx"], [92, "%", "more_than"]]],
    ["8成以上", "8成以上的纠纷在基层化解", [[80, "%", "at_least"]]],
    ["三成", "案件量下降三成", [[30, "%", "exact"]]],
    ["三分之一", "审批时限压缩三分之一", [[33.3333333333333, "%", "exact"]]],
    ["个百分点", "纠错率同比提高2个百分点", [[2, "个百分点", "exact"]]],
    ["百分点 → 个百分点", "高于全省0.33百分点", [[0.33, "个百分点", "exact"]]],
    ["a change is unsigned", "初次信访同比下降12%", [[12, "%", "exact"]]],
    // ratios and multiples
    ["ratio", "复议诉讼比为3.78:1", [[3.78, "比", "exact"]]],
    ["ratio with qualifier", "复议诉讼比超过2:1", [[2, "比", "more_than"]]],
    ["bare ratio value", "复议诉讼比为2.6,", [[2.6, "", "exact"]]],
    ["倍", "同比增长2.5倍", [[2.5, "倍", "exact"]]],
    ["近一倍", "案件量增长近一倍", [[1, "倍", "approx"]]],
    ["近3倍", "较去年60件增长近3倍", [[60, "件", "exact"], [3, "倍", "approx"]]],
    // ranges
    ["至 range", "每年开展3至5件", [[3, "件", "exact", 5]]],
    ["hyphen range", "每批20-30人", [[20, "人", "exact", 30]]],
    ["wave-dash percent range", "比例为10～15%", [[10, "%", "exact", 15]]],
    ["percent on both ends", "比例为10%-15%", [[10, "%", "exact", 15]]],
    ["Chinese range with 万", "罚款三至五万元", [[30000, "元", "exact", 50000]]],
    ["Arabic range with 万", "罚款3至5万元", [[30000, "元", "exact", 50000]]],
    ["not a range when decreasing", "审批时间从20天至5天", [[20, "天", "exact"], [5, "天", "exact"]]],
    ["range with qualifier", "约3-5个工作日", [[3, "个工作日", "approx", 5]]],
  ])("%s", (_name, text, expected) => {
    const ms = findNumbers(text);
    checkInvariants(text, ms);
    expect(summary(text)).toEqual(expected);
  });
});

describe("findNumbers: the qualifier vocabulary", () => {
  it.each<[string, Expect[]]>([
    ["对拟提拔任命的200余名领导干部开展任前法律知识测试", [[200, "名", "approx"]]],
    ["专题研究法治政府建设工作10余次", [[10, "次", "approx"]]],
    ["从轻处罚1.3万余件", [[13000, "件", "approx"]]],
    ["广播节目200多场次", [[200, "场次", "approx"]]],
    ["发放宣传资料近10万份", [[100000, "份", "approx"]]],
    ["复议纠错率约19.2%", [[19.2, "%", "approx"]]],
    ["受理案件50件左右", [[50, "件", "approx"]]],
    ["大约30人参加", [[30, "人", "approx"]]],
    ["网上申报率95%以上", [[95, "%", "at_least"]]],
    ["政务服务事项网上可办率不低于90%", [[90, "%", "at_least"]]],
    ["每年学法不少于4次", [[4, "次", "at_least"]]],
    ["满意率超过92%", [[92, "%", "more_than"]]],
    ["逾千件", [[1000, "件", "more_than"]]],
    ["网办率超85%", [[85, "%", "more_than"]]],
    ["首次突破一万宗", [[10000, "宗", "more_than"]]],
    ["败诉率控制在5%以下", [[5, "%", "at_most"]]],
    ["3个工作日以内办结", [[3, "个工作日", "at_most"]]],
    ["审批时限不超过5天", [[5, "天", "at_most"]]],
    ["不足500件", [[500, "件", "less_than"]]],
    ["败诉率低于1%", [[1, "%", "less_than"]]],
    ["不到10人", [[10, "人", "less_than"]]],
    ["均达到了2次以上", [[2, "次", "at_least"]]],
    ["近千人参加", [[1000, "人", "approx"]]],
    ["千余人参加", [[1000, "人", "approx"]]],
    ["最多要5个多月", [[5, "个月", "approx"]]],
    // 达/达到/为/共/计/累计/实现 are not qualifiers
    ["出庭率达100%", [[100, "%", "exact"]]],
    ["办结率为100%", [[100, "%", "exact"]]],
    ["共计1882项", [[1882, "项", "exact"]]],
    ["累计选拔干部187人", [[187, "人", "exact"]]],
    ["实现100%全覆盖", [[100, "%", "exact"]]],
    // a linking word between the qualifier and the number: 约为, 约占, 近达, 超过了
    ["纠错率约为24%", [[24, "%", "approx"]]],
    ["约占全市的40%左右", [[40, "%", "approx"]]],
    ["受理纠纷近达1万件", [[10000, "件", "approx"]]],
    ["满意率超过了90%", [[90, "%", "more_than"]]],
    // 近/约 inside ordinary words
    ["最近3个月", [[3, "个月", "exact"]]],
    ["节约3万元", [[30000, "元", "exact"]]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it("qualifier words are inside start..end, 达到/共 are not", () => {
    const text = "成功调处率超过92%,出庭率达到95%以上,共计1882项";
    const ms = findNumbers(text);
    expect(ms.map((m) => m.raw)).toEqual(["超过92%", "95%以上", "1882项"]);
  });
});

describe("findNumbers: units", () => {
  const cases: Array<[string, string]> = [
    ["件", "审结284件"], ["宗", "受理行政处罚1200宗"], ["起", "办理行政执法投诉9起"], ["批", "接待信访733批"],
    ["人次", "通报执法人员31人次"], ["人", "新增行政执法人员268人"], ["名", "聘任委员7名"], ["次", "开展行政检查11104次"],
    ["件次", "法律顾问列席会议45件次"], ["场次", "开展宣讲120场次"], ["场", "举办现场述法活动1场"], ["期", "印发专报5期"],
    ["部", "清理政府规章4部"], ["份", "下发执法监督意见书4份"], ["条", "提出修改意见50条"], ["项", "梳理保留权责清单事项4694项"],
    ["个", "紧扣民生领域开展审计监督项目29个"], ["户", "检查对象4730户"], ["户次", "抽查市场主体300户次"],
    ["家", "抽查市场主体3436家"], ["卷", "行政处罚案卷12卷"], ["本", "共收录12258本证照"], ["套", "挂图1300套"],
    ["天", "仅用时6天完成"], ["个工作日", "企业开办压缩至1个工作日"], ["小时", "48小时内答复"], ["元", "罚款500元"],
    ["平方米", "拆除违法建筑3000平方米"], ["亩", "流转土地200亩"], ["类", "录入电子证照60类"], ["所", "建成法律服务所12所"],
    ["支", "组建调解队伍15支"], ["台", "引进25台地震预警信息终端"], ["张", "发放宣传单3000张"], ["篇", "刊发稿件86篇"],
    ["倍", "增长2倍"], ["个月", "试运行3个月"], ["批次", "抽检食品200批次"], ["部门", "联合12部门开展检查"],
  ];
  it.each(cases)("%s", (unit, text) => {
    const ms = findNumbers(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.unit).toBe(unit);
  });

  it("longest unit first", () => {
    expect(summary("接待信访733批2333人次,办理420件次,开展宣讲60场次,抽查10户次,费用5万元")).toEqual([
      [733, "批", "exact"], [2333, "人次", "exact"], [420, "件次", "exact"], [60, "场次", "exact"], [10, "户次", "exact"],
      [50000, "元", "exact"],
    ]);
  });

  it("a unit character starting an ordinary word is not a unit", () => {
    // 人民, 条例, 台账, 处罚, 期间: a bare number glued to a word is dropped, not read as 5人/3条…
    expect(summary("涉及5人民币")).toEqual([[5, "元", "exact"]]);
    expect(summary("修订3条例")).toEqual([]);
    expect(summary("建立2台账")).toEqual([]);
  });

  it("名 stays 名; 万元 and 亿元 become 元", () => {
    expect(summary("处理干部16名,罚没1.2亿元,补助30万元")).toEqual([
      [16, "名", "exact"], [120000000, "元", "exact"], [300000, "元", "exact"],
    ]);
  });

  it("UNIT_NORMALIZATION maps written forms", () => {
    expect(UNIT_NORMALIZATION.get("百分点")).toBe("个百分点");
    expect(UNIT_NORMALIZATION.get("工作日")).toBe("个工作日");
    expect(UNIT_NORMALIZATION.get("項")).toBe("项");
    expect(summary("辦理案件12項")).toEqual([[12, "项", "exact"]]);
  });

  it("exports UNIT_WORDS longest first and isPercentUnit", () => {
    expect(UNIT_WORDS.indexOf("人次")).toBeLessThan(UNIT_WORDS.indexOf("人"));
    expect(UNIT_WORDS.indexOf("件次")).toBeLessThan(UNIT_WORDS.indexOf("件"));
    expect(UNIT_WORDS.indexOf("场次")).toBeLessThan(UNIT_WORDS.indexOf("场"));
    expect(UNIT_WORDS.indexOf("个百分点")).toBeLessThan(UNIT_WORDS.indexOf("个"));
    expect(UNIT_WORDS).not.toContain("届");
    expect(isPercentUnit("%")).toBe(true);
    expect(isPercentUnit("个百分点")).toBe(false);
    expect(isPercentUnit("件")).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("findNumbers: exclusions", () => {
  it.each<[string, string]>([
    // ordinals
    ["第N", "推动调兵山市参加第三批国家级法治政府建设示范创建活动"],
    ["第N届", "第十九届"],
    ["第1名", "考核排名第1名"],
    ["第 3 批 (PDF spaces)", "第 3 批"],
    ["N届", "组织召开十四届市委全面依法治市委员会第三次会议"],
    ["二十届二中全会", "全面贯彻党的二十大和二十届二中全会精神"],
    ["二中、三中全会", "十九届二中、三中、四中、五中全会精神"],
    ["十九大", "党的十九大"],
    ["九届人大", "审议通过《铁岭市九届人大常委会2023年度立法计划》"],
    // dates and periods
    ["year", "2023年,铁岭市政府坚持"],
    ["full date", "2024年1月31日"],
    ["ISO date", "时间:2024-03-01"],
    ["dotted date", "2011.12.11至2012.6.10"],
    ["年度", "开展2023年度重大行政决策事项后评估工作"],
    ["month span", "6月至12月实现行政机关负责人出庭应诉"],
    ["month", "11月,区委依法治区办组织"],
    ["1-4月", "1-4月"],
    ["2019年4月至2021年3月", "2019年4月至2021年3月"],
    ["event date in quotes", "参与“6·1开原龙卷风”救援"],
    ["event date without quotes", "6·1开原龙卷风"],
    ["近三年", "全区近三年网上学法考法参学率"],
    ["五年来", "五年来"],
    ["两年来", "两年来"],
    ["近3年", "近3年"],
    ["10余年", "坚持10余年"],
    ["year span", "2022-2023年"],
    ["year span in brackets", "(2023-2025)"],
    ["一季度", "在一季度"],
    ["三季度", "三季度"],
    ["上半年", "上半年行政规范性文件管理工作"],
    ["N周年", "改革30周年"],
    // document numbers and titles
    ["〔2020〕12号", "(武清政〔2020〕12号)"],
    ["株政办发〔2023〕16号", "株政办发〔2023〕16号"],
    ["[2020]12号", "[2020]12号"],
    ["title with years", "《法治政府建设实施纲要(2021—2025年)》"],
    ["nested title", "《关于贯彻落实<法治政府建设实施纲要(2015—2020年)>的实施方案》"],
    ["title with a count", "《提升行政执法质量三年行动计划(2023-2025)》"],
    ["title with a numeral", "印发《关于做好5项重点工作的通知》"],
    // slogans and names
    ["八五普法", "实施八五普法规划"],
    ["“七五”普法", "深入推进“七五”普法工作"],
    ["八五", "八五"],
    ["1+4+N", "持续深化全面依法治市“1+4+N”工作运行机制"],
    ["1+4+N unquoted", "1+4+N工作运行机制"],
    ["三项制度", "严格贯彻落实行政执法“三项制度”"],
    ["三项制度 unquoted", "落实三项制度"],
    ["四张清单", "编制不予处罚、减轻处罚、从轻处罚、不予强制四张清单"],
    ["七进", "法律七进活动"],
    ["法律十进", "深入开展“法律十进”"],
    ["一网通办", "一体推进政务服务一网通办"],
    ["一件事", "积极推进高效办成一件事重点改革"],
    ["一次性", "一次性告知"],
    ["最多跑一次", "深化“最多跑一次”改革"],
    ["最多跑一次 unquoted", "实现群众办事最多跑一次。"],
    ["一天办四证", "实行一天办四证"],
    ["一窗通办", "一窗通办"],
    ["一把手", "升级一把手走流程行动"],
    ["一体化", "一体化服务"],
    ["一站式", "一站式解决"],
    ["一线", "一线行政执法队伍"],
    ["一流", "一流营商环境"],
    ["一批 (article)", "打造一批法治示范点"],
    ["一支 (article)", "打造一支思想政治素质高的队伍"],
    ["两级法院", "两级法院"],
    ["市县两级", "依托省级平台建立了市县两级统一的执法信息化平台"],
    ["三级", "覆盖市县乡三级"],
    ["四级", "完善了四级矛盾纠纷调处化解体系"],
    ["四所一庭", "建立四所一庭联动机制"],
    ["三重一大", "凡涉及三重一大事项"],
    ["一代表两委员", "每半年向一代表两委员短信通报"],
    ["五大法定程序", "推动政府重大行政决策五大法定程序落实"],
    ["三书同达", "实施三书同达"],
    ["三个区分开来", "落实三个区分开来要求"],
    ["五个过硬", "对标五个过硬要求"],
    ["一规划两方案", "有序实施孝感市“一规划两方案”"],
    ["12345 热线", "12345热线"],
    ["拨打12348", "拨打12348,"],
    ["12345 bare", "通过12345、网站等渠道"],
    ["8890 专线", "通过区长信箱、8890便民服务专线"],
    ["“3820”战略", "“3820”战略"],
    ["3820战略", "3820战略"],
    ["2-1-1-5-2", "2-1-1-5-2工作法"],
    ["2.0版", "梳理形成“一制三化”2.0版事项清单"],
    ["7×24小时", "7×24小时"],
    ["十四五", "“十四五”时期"],
    ["十一五", "十一五规划"],
    ["letters", "建成5G基站,PM2.5"],
    ["phone", "电话:0410-1234567,13912345678"],
    ["time", "8:30"],
    ["enumerators", "1.全面加强组织保障\n(一)健全政府机构职能体系\n一、主要工作\n2、依法履行"],
    ["一是二是", "一是坚持党的领导。二是注重科学统筹。"],
    ["Chinese numeral without a unit", "十分重要,进一步,统一受理,双随机、一公开"],
    ["bare 千/万", "万所联万会、千所联千企,万人"],
    ["vague", "数十件,上千人,几十人"],
    ["零", "零距离,零败诉,零件"],
    ["place names", "七台河市,五台县"],
    ["二〇二三年", "二〇二三年"],
    ["一成不变", "一成不变"],
    ["万亩 slogan", "万亩良田"],
    ["address", "人民路58号"],
    ["section numbers", "见2.3.1节"],
  ])("%s", (_name, text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it("keeps the quantity next to an excluded number", () => {
    expect(summary("2023年我区共调解案件774件,调处成功749件")).toEqual([[774, "件", "exact"], [749, "件", "exact"]]);
    expect(summary("在一季度应诉率56.1%的基础上,6月至12月实现行政机关负责人出庭应诉率100%")).toEqual([
      [56.1, "%", "exact"], [100, "%", "exact"],
    ]);
    expect(summary("2022年4个先行区改革事项获全省通报表扬")).toEqual([[4, "个", "exact"]]);
    expect(summary("2019年以来处理干部16名")).toEqual([[16, "名", "exact"]]);
    expect(summary("(2023年为867件)")).toEqual([[867, "件", "exact"]]);
    expect(summary("全市有4个村成功创建第九批全国民主法治示范村")).toEqual([[4, "个", "exact"]]);
    expect(summary("2022-2023年政府法律顾问审阅修改合同100余件")).toEqual([[100, "件", "approx"]]);
    expect(summary("全区各单位2023年度习近平法治思想等法治专题学习均达到了2次以上")).toEqual([[2, "次", "at_least"]]);
  });

  it("N个月 is kept as a quantity; 24小时 is kept too", () => {
    expect(summary("试点运行3个月")).toEqual([[3, "个月", "exact"]]);
    expect(summary("精准接入24小时政务服务自助终端机")).toEqual([[24, "小时", "exact"]]);
  });

  it("N类 is kept as a count (7类1162项)", () => {
    expect(summary("涉及7类1162项")).toEqual([[7, "类", "exact"], [1162, "项", "exact"]]);
    expect(summary("职责清单三类模版")).toEqual([[3, "类", "exact"]]);
  });

  it("Chinese numerals with a unit are quantities", () => {
    expect(summary("在公安、城管等六个领域试点推行柔性执法")).toEqual([[6, "个", "exact"]]);
    expect(summary("开展两批示范创建")).toEqual([[2, "批", "exact"]]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("findNumbers: offsets", () => {
  it.each<[string, string[]]>([
    ["受理303件", ["303"]],
    ["从轻处罚1.3万余件", ["1.3万余"]],
    ["宣传10余万条(次)", ["10余万"]],
    ["共200余名", ["200余"]],
    ["开展宣讲六十余场次", ["六十余"]],
    ["执行到位一亿二千万元", ["一亿二千万"]],
    ["超过92%以上", ["92"]],
    ["百分之九十五", ["九十五"]],
    ["1.7 万余条", ["1.7 万余"]],
    ["3至5件", ["3至5"]],
    ["复议诉讼比3.78:1", ["3.78:1"]],
    ["1,234件", ["1,234"]],
  ])("%s", (text, nums) => {
    const ms = findNumbers(text);
    expect(ms.map((m) => text.slice(m.numStart, m.numEnd))).toEqual(nums);
    checkInvariants(text, ms);
  });

  it("start..end covers prefix qualifier, unit and suffix qualifier", () => {
    const text = "成功调处率超过92%,";
    const [m] = findNumbers(text);
    expect(m).toMatchObject({ start: 5, end: 10, numStart: 7, numEnd: 9, raw: "超过92%" });
  });

  it("offsets refer to raw (un-normalized) input: full-width digits, ％ and ．", () => {
    const text = "受理行政复议案件３４０件，纠错率１２．５％以上，出庭率９８．３％";
    const ms = findNumbers(text);
    expect(summary(text)).toEqual([[340, "件", "exact"], [12.5, "%", "at_least"], [98.3, "%", "exact"]]);
    expect(ms.map((m) => m.raw)).toEqual(["３４０件", "１２．５％以上", "９８．３％"]);
    expect(ms.map((m) => text.slice(m.numStart, m.numEnd))).toEqual(["３４０", "１２．５", "９８．３"]);
    // the full-width comma is a clause comma in raw text, never a thousands separator
    expect(summary("３４０，３０３")).toEqual([[340, "", "exact"], [303, "", "exact"]]);
    // NFKC-normalized text gives the same values
    expect(summary(text.normalize("NFKC"))).toEqual(summary(text));
  });

  it("a list after 分别 is not read with thousands separators", () => {
    expect(summary("分别为120,135,146件")).toEqual([[120, "", "exact"], [135, "", "exact"], [146, "件", "exact"]]);
  });

  it("chineseNumeral flag", () => {
    expect(findNumbers("三百四十件和340件").map((m) => m.chineseNumeral)).toEqual([true, false]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe("findNumbers: real paragraphs", () => {
  it("铁岭 (seed 000)", () => {
    const text =
      "严格贯彻落实行政执法“三项制度”。19家行政执法部门动态调整行政执法事项清单,涉及7类1162项。25家行政执法部门重新梳理行政裁量权基准,涉及6类2844项。18家行政执法部门制定行政执法“四张清单”,共计1882项。新增行政执法人员268人。开展涉企行政执法检查1310次。";
    expect(summary(text)).toEqual([
      [19, "家", "exact"], [7, "类", "exact"], [1162, "项", "exact"], [25, "家", "exact"], [6, "类", "exact"],
      [2844, "项", "exact"], [18, "家", "exact"], [1882, "项", "exact"], [268, "人", "exact"], [1310, "次", "exact"],
    ]);
  });

  it("邓州 (seed 001)", () => {
    const text =
      "发挥行政复议化解行政争议主渠道作用,共收到行政复议案件340件,受理303件,审结284件,法定期限内结案率达100%,经调解和解终止审查结案76件,调解和解结案率35%。";
    expect(summary(text)).toEqual([
      [340, "件", "exact"], [303, "件", "exact"], [284, "件", "exact"], [100, "%", "exact"], [76, "件", "exact"],
      [35, "%", "exact"],
    ]);
  });

  it("孝感 (seed 002)", () => {
    const text =
      "全市主流媒体推出《法治孝感》报纸专版50期,刊载法治新闻680余条,电视台新闻报道200余条(次),广播节目100余场(次),各类政务新媒体宣传10余万条(次),公交车、出租车、楼宇电视等公共媒体宣传20余万条(次)";
    expect(summary(text)).toEqual([
      [50, "期", "exact"], [680, "条", "approx"], [200, "条", "approx"], [100, "场", "approx"], [100000, "条", "approx"],
      [200000, "条", "approx"],
    ]);
  });

  it("武清 (seed 003)", () => {
    const text =
      "接待信访733批2333人次,涉及矛盾纠纷527件、化解253件,人民调解化解纠纷4432件、成功率100%,受理劳动人事争议案件2223件、结案1889件,挽回经济损失3499.8万元。";
    expect(summary(text)).toEqual([
      [733, "批", "exact"], [2333, "人次", "exact"], [527, "件", "exact"], [253, "件", "exact"], [4432, "件", "exact"],
      [100, "%", "exact"], [2223, "件", "exact"], [1889, "件", "exact"], [34998000, "元", "exact"],
    ]);
  });

  it("芦淞 (seed 004)", () => {
    const text =
      "2023年我区共调解案件774件,调处成功749件、调处成功率为96.7%,重大疑难纠纷排查5起,成功调处5起,调处成功率100%。开展矛盾纠纷排查94次,预防纠纷47件。";
    expect(summary(text)).toEqual([
      [774, "件", "exact"], [749, "件", "exact"], [96.7, "%", "exact"], [5, "起", "exact"], [5, "起", "exact"],
      [100, "%", "exact"], [94, "次", "exact"], [47, "件", "exact"],
    ]);
  });

  it("written in the same style (unseen-report phrasing)", () => {
    const text =
      "全年共办理行政复议案件1,156件,同比下降12.3%,其中直接纠错138件,纠错率约11.9%,较上年下降2.1个百分点;" +
      "行政机关负责人出庭应诉率连续三年保持100%,市政府本级行政应诉案件审结六十七件,败诉率不足3%;" +
      "全县各级调解组织受理矛盾纠纷近1.2万件,调解成功率98%以上,开展“法律七进”活动二十余场次,覆盖群众逾5万人次。";
    expect(summary(text)).toEqual([
      [1156, "件", "exact"], [12.3, "%", "exact"], [138, "件", "exact"], [11.9, "%", "approx"],
      [2.1, "个百分点", "exact"], [100, "%", "exact"], [67, "件", "exact"], [3, "%", "less_than"],
      [12000, "件", "approx"], [98, "%", "at_least"], [20, "场次", "approx"], [50000, "人次", "more_than"],
    ]);
  });

  it("a report heading block yields nothing", () => {
    const text =
      "关于2022年孝感市法治政府建设情况的报告\n信息来源:市委依法治市办 发布日期:2023-02-09\n一、2022年主要工作情况\n1.全面加强组织保障。一是坚持党的领导。\n三、2023年工作安排\n中共铁岭市委 铁岭市人民政府\n2024年1月31日";
    expect(findNumbers(text)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
const RAW_DIR = join(import.meta.dirname, "../../data/raw");
describe.runIf(existsSync(RAW_DIR))("findNumbers on the five seed reports", () => {
  const docs = readdirSync(RAW_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [f, readFileSync(join(RAW_DIR, f), "utf8").normalize("NFKC")] as const);

  it("invariants hold and no date, ordinal or code leaks through", () => {
    for (const [, text] of docs) {
      const ms = findNumbers(text);
      checkInvariants(text, ms);
      for (const m of ms) {
        expect(m.raw.replace(/个工作日|个月/g, "")).not.toMatch(/[年月日号届级版]/);
        if (m.unit === "") expect(Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100).toBe(false);
        expect(m.raw).not.toMatch(/^[一二两三四五六七八九十]+$/); // a Chinese numeral never stands alone
      }
    }
  });

  it("finds the gold values", () => {
    const all = new Map(docs.map(([f, t]) => [f.slice(0, 3), summary(t)]));
    expect(all.get("000")).toContainEqual([95, "%", "at_least"]);
    expect(all.get("000")).toContainEqual([56.1, "%", "exact"]);
    expect(all.get("001")).toContainEqual([89000000, "元", "exact"]);
    expect(all.get("002")).toContainEqual([98.3, "%", "exact"]);
    expect(all.get("002")).toContainEqual([100000, "份", "approx"]);
    expect(all.get("003")).toContainEqual([17000, "条", "approx"]);
    expect(all.get("003")).toContainEqual([76800, "人次", "approx"]);
    expect(all.get("004")).toContainEqual([92, "%", "more_than"]);
    expect(all.get("004")).toContainEqual([1642200, "元", "exact"]);
    expect(all.get("004")).toContainEqual([2, "个月", "approx", 3]);
  });

  it("seed 000 gives exactly these mentions", () => {
    const text = docs.find(([f]) => f.startsWith("000"))![1];
    expect(findNumbers(text).map((m) => m.raw)).toEqual([
      "350项", "3212项", "5402项", "2499项", "463个", "38个", "31个", "101个", "19家", "7类", "1162项", "25家", "6类",
      "2844项", "18家", "1882项", "268人", "1310次", "16个", "5期", "25台", "95%以上", "56.1%", "100%", "100%", "1场",
      "11家", "29家", "7个", "14名", "9次",
    ]);
  });

  // Catastrophic backtracking would hang here; the test's own timeout catches it (speed itself is benchmarked).
  it("finishes on long digit or numeral runs", { timeout: 20_000 }, () => {
    const evil = "1,".repeat(20_000) + "一二三四五六七八九十".repeat(2_000) + "1-".repeat(10_000) + "《".repeat(5_000);
    expect(Array.isArray(findNumbers(evil))).toBe(true);
  });
});
