// Phrasing families met on real pages (test/fixtures/real-dev, real3, real4), each tested with sentences written for
// this file — different wording, order and numbers from the pages — so that a rule covers the family, not a sentence.
import { describe, expect, it } from "vitest";
import type { DocContext } from "../../pipeline/extract/index.ts";
import { normalize } from "../../pipeline/normalize/index.ts";
import { periodEndMonth } from "../../pipeline/headline/index.ts";
import { CITY, COUNTY, COUNTY_CITY, find, run, stated } from "./helpers.ts";

const scoped = (text: string, ctx: DocContext = COUNTY) =>
  run(text, ctx).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.scope}/${o.period}`);

describe("a bracket closed before the number is a note, not the number's measure", () => {
  it.each([
    ["全年审结行政复议案件212件,其中直接纠错(以撤销、变更、确认违法等方式结案)27件。", "recon_corrected=27"],
    ["审结行政复议案件中,纠错(含责令履行、确认违法)18件,纠错率8.5%。", "recon_corrected=18"],
    ["全县行政复议机关作出纠错决定(含撤销、确认违法)9件。", "recon_corrected=9"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
    expect(stated(text).some((s) => s.startsWith("recon_concluded=" + want.split("=")[1]))).toBe(false);
  });
});

describe("an enumeration closed by 等 + a head noun is ruled by the head", () => {
  it.each([
    ["全年行政复议通过撤销、变更、确认违法等纠错决定17件。", ["recon_corrected=17"]],
    ["审结的复议案件中,作出撤销、责令履行等纠错决定共计41件。", ["recon_corrected=41"]],
    ["区政府在行政复议中以确认违法、变更等纠错决定8件,纠错率6.2%。", ["recon_corrected=8", "recon_correction_rate=6.2"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });

  it.each([
    ["今年以来,已受理群众申请信息公开、行政处罚等各类行政复议案件598件。", ["recon_accepted=598"]],
    ["全年共收到涉及征地拆迁、行政处罚、信息公开等领域的行政复议申请120件。", ["recon_received=120"]],
    ["审结土地、房屋征收、社会保障等各类复议案件88件。", ["recon_concluded=88"]],
    ["县司法局受理涉及城建、交通运输等领域的行政复议案件46件。", ["recon_accepted=46"]],
  ])("lets the verb before the list measure a head that names only the topic: %s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });

  it("leaves the listed means in charge when the head is a means (方式, 手段)", () => {
    expect(stated("全年行政复议审结120件,以调解、和解等方式结案29件。")).toEqual(["recon_concluded=120", "recon_settled=29"]);
    expect(stated("行政复议中通过调解、和解等手段化解行政争议15件。")).toEqual(["recon_settled=15"]);
  });
});

describe("corrections and settlements named together are not settlements alone", () => {
  it.each([
    "全年行政复议以纠错、调解、和解等方式实质性化解行政争议388件。",
    "行政复议通过调解和纠错方式化解行政争议共计57件。",
    "全市行政复议以和解、纠错等方式化解矛盾120件。",
  ])("%s", (text) => {
    expect(find(text, "recon_settled")).toEqual([]);
  });
});

describe("what did not happen is not a count of the measure", () => {
  it.each([
    "通过行政复议纠错、调解撤回等手段避免近50件高风险案件进入诉讼程序。",
    "行政复议阶段调解和解,防止了32件行政争议转为诉讼。",
    "依托行政复议调解结案机制,杜绝11件矛盾上行。",
  ])("%s", (text) => {
    expect(find(text, "recon_settled")).toEqual([]);
  });
});

describe("the government as respondent, and the docket broken down by respondent", () => {
  it("counts cases against the government itself as as_respondent", () => {
    expect(stated("以区政府为被申请人的复议案件共17件。")).toEqual(["recon_as_respondent=17"]);
    expect(stated("全年以县人民政府作为被申请人的行政复议案件5件。")).toEqual(["recon_as_respondent=5"]);
    expect(stated("本级政府被申请行政复议案件9件。")).toEqual(["recon_as_respondent=9"]);
  });

  it("reads the docket against subordinate bodies as received cases, whole or by respondent", () => {
    expect(scoped("全年共收到以各乡镇人民政府、县政府各部门作为被申请人的行政复议案件35件,受理34件。")).toEqual([
      "recon_received=35/jurisdiction/full_year", "recon_accepted=34/jurisdiction/full_year",
    ]);
    expect(scoped("收到以街道乡镇为被申请人的复议申请122件。")).toEqual(["recon_received=122/subcategory/full_year"]);
    expect(find("从被申请对象看,以公安分局为被申请人的案件共85件,占比30%。", "recon_as_respondent")).toEqual([]);
  });
});

describe("partial windows: 截至/截止 a month before December", () => {
  it.each([
    ["截止到2020年11月30日,全市受理调解案件6368件,调解成功6217件。", "partial"],
    ["截至10月底,全县收到行政复议申请96件。", "partial"],
    ["截至2023年9月,全区人民调解组织调解纠纷1820件。", "partial"],
    ["截至2023年12月31日,全区人民调解组织调解纠纷2450件。", "full_year"],
    ["1—12月,全区收到行政复议申请300件。", "full_year"],
    ["1—9月,全区收到行政复议申请210件。", "partial"],
  ])("%s → %s", (text, period) => {
    const o = run(text).filter((x) => !x.is_derived)[0]!;
    expect(o.period).toBe(period);
  });
});

describe("a share of the concluded cases is the rate of that measure", () => {
  it.each([
    ["经调解后申请人撤回复议申请的案件占审结案件的15.5%。", "recon_settlement_rate=15.5"],
    ["行政复议纠错案件占审结案件总数的12.1%。", "recon_correction_rate=12.1"],
    ["复议中和解结案的占办结案件的20%。", "recon_settlement_rate=20"],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual([want]);
  });

  it("keeps other shares out", () => {
    expect(stated("行政复议涉企案件占受理案件的23%。")).toEqual([]);
    expect(stated("行政复议案件中行政处罚类占比31%。")).toEqual([]);
  });
});

describe("受理 used for received when the outcomes listed include 不予受理 and add up to it", () => {
  it("reads the total as received", () => {
    const text = "2023年,全区共受理行政复议案件120件。\n从行政复议审理结果看,维持60件,驳回20件,不予受理10件,终止15件,纠错15件。";
    expect(stated(text)).toContain("recon_received=120");
    expect(stated(text)).not.toContain("recon_accepted=120");
  });
  it("keeps 受理 when the outcomes do not add up to it, or a received count is given", () => {
    expect(stated("全区共受理行政复议案件120件。\n其中维持60件,驳回20件,不予受理10件。")).toContain("recon_accepted=120");
    expect(stated("收到行政复议申请130件,受理120件。\n维持60件,驳回20件,不予受理10件,终止15件,纠错15件。")).toContain("recon_accepted=120");
  });
});

describe("outcome verbs with their object", () => {
  it.each([
    ["其中,维持行政复议决定1691件,驳回申请人行政复议请求630件。", ["recon_upheld=1691", "recon_rejected=630"]],
    ["复议机关决定维持原具体行政行为82件,决定驳回复议申请14件。", ["recon_upheld=82", "recon_rejected=14"]],
    ["审结案件中驳回当事人的复议请求33件,维持被申请人作出的决定45件。", ["recon_rejected=33", "recon_upheld=45"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });
  it("reads 责令履职 as ordered to perform", () => {
    expect(stated("行政复议结果为决定撤销48件,责令履职10件,确认违法150件。")).toEqual(["recon_revoked=48", "recon_ordered_to_perform=10", "recon_confirmed_illegal=150"]);
  });
});

describe("the level a change reached", () => {
  it.each([
    ["行政诉讼败诉率“断崖式”下降至5.22%。", "litig_loss_rate=5.22"],
    ["全年行政机关负责人出庭应诉率提升至98.6%。", "litig_head_appearance_rate=98.6"],
    ["行政复议纠错率大幅下降到7.3%。", "recon_correction_rate=7.3"],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual([want]);
  });
  it("still drops the change itself", () => {
    expect(stated("行政诉讼败诉率同比下降5.2%。")).toEqual([]);
  });
});

describe("two scopes in one sentence: the government, and its departments and towns", () => {
  it.each([
    ["区政府负责人出庭应诉率100%,区级部门和镇街负责人出庭应诉率99.3%。", ["litig_head_appearance_rate=100/government_level/full_year", "litig_head_appearance_rate=99.3/sub_entity/full_year"]],
    ["县政府主要负责人出庭应诉率达到100%,县直部门和乡镇出庭应诉率96%。", ["litig_head_appearance_rate=100/government_level/full_year", "litig_head_appearance_rate=96/sub_entity/full_year"]],
    ["全区行政机关负责人出庭应诉率98.8%,其中镇街和部门负责人出庭应诉率97.5%。", ["litig_head_appearance_rate=98.8/jurisdiction/full_year", "litig_head_appearance_rate=97.5/sub_entity/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
});

describe("suggestions the government handles are the region's; motions are not suggestions", () => {
  it.each([
    ["2023年,市政府共办理市人大议案1件、代表建议113件,政协委员提案152件。", ["npc_suggestions=113/jurisdiction/full_year", "cppcc_proposals=152/jurisdiction/full_year"]],
    ["县政府系统共承办人大代表建议49件、政协委员提案66件。", ["npc_suggestions=49/jurisdiction/full_year", "cppcc_proposals=66/jurisdiction/full_year"]],
    ["区政府办理区人大代表议案2件,代表建议88件。", ["npc_suggestions=88/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, { admin_level: "county", jurisdiction_name: "麻城市", report_year: 2023 })).toEqual(want);
  });
});

describe("a clause's own year before the sentence's", () => {
  it.each([
    ["2022总共需办理复议案件66件,2023年总共需办理复议案件151件。", ["recon_handled=66/jurisdiction/prior_year", "recon_handled=151/jurisdiction/full_year"]],
    ["2022年共收到复议申请80件,2023年收到复议申请95件。", ["recon_received=80/jurisdiction/prior_year", "recon_received=95/jurisdiction/full_year"]],
    ["2022年办结行政复议案件70件,其中2023年审结案件88件。", ["recon_concluded=70/jurisdiction/prior_year", "recon_concluded=88/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
});

describe("the year so far", () => {
  const inYear: DocContext = { ...COUNTY, published_on: "2023-09-20" };
  const after: DocContext = { ...COUNTY, published_on: "2024-02-10" };
  it.each([
    ["今年以来,全区收到行政复议申请156件。", inYear, "partial"],
    ["2023年以来全区新收行政复议案件70件。", inYear, "partial"],
    ["今年以来,全区人民调解组织调解纠纷980件。", inYear, "partial"],
    ["2023年以来全区新收行政复议案件70件。", after, "full_year"],
    ["2023年以来全区新收行政复议案件70件。", { ...COUNTY, doc_kind: "news" } as DocContext, "partial"],
  ])("%s", (text, ctx, period) => {
    expect(run(text, ctx).filter((o) => !o.is_derived)[0]!.period).toBe(period);
  });
});

describe("pinyin glosses in mirrored pages", () => {
  it.each([
    ["共調(diào)解矛盾糾紛(jiū fēn)3906件", "3906件"],
    ["司法部印發(fā)《關(guān)于表彰的決定》", "《"],
    ["行政復(fù)議案件(a)類12件", "(a)"],
  ])("%s", (text, kept) => {
    const out = normalize(text).text;
    expect(out).toContain(kept);
    expect(out).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù ]*[āáǎàēéěèīíǐìōóǒòūúǔù][a-z ]*\)/);
  });
});

describe("comparisons: the earlier level of 较/由…提高到", () => {
  it.each([
    ["行政机关负责人出庭应诉率较上年的88.1%提高到96.4%。", ["litig_head_appearance_rate=88.1/jurisdiction/prior_year", "litig_head_appearance_rate=96.4/jurisdiction/full_year"]],
    ["全区行政复议纠错率比2022年的9.5%提升至12.8%。", ["recon_correction_rate=9.5/jurisdiction/prior_year", "recon_correction_rate=12.8/jurisdiction/full_year"]],
    ["行政诉讼败诉率由上年的8.2%下降到4.1%。", ["litig_loss_rate=8.2/jurisdiction/prior_year", "litig_loss_rate=4.1/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
});

describe("distributive 各 over a list", () => {
  it.each([
    ["行政复议审结案件中,维持27件,撤销和确认违法各4件。", ["recon_upheld=27", "recon_revoked=4", "recon_confirmed_illegal=4"]],
    ["复议机关决定变更、责令履行各2件。", ["recon_altered=2", "recon_ordered_to_perform=2"]],
    ["行政复议中驳回与撤销各6件。", ["recon_rejected=6", "recon_revoked=6"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe("分别 over a span of years gives each value its year", () => {
  it.each([
    ["2021年至2023年全区行政复议直接纠错率分别为11.6%、13.2%、15.1%。", ["recon_correction_rate=11.6/jurisdiction/prior_year", "recon_correction_rate=13.2/jurisdiction/prior_year", "recon_correction_rate=15.1/jurisdiction/full_year"]],
    ["2022—2023年行政机关负责人出庭应诉率分别为92%、97%。", ["litig_head_appearance_rate=92/jurisdiction/prior_year", "litig_head_appearance_rate=97/jurisdiction/full_year"]],
    ["2020年到2023年全县收到行政复议申请分别为80件、95件、101件、120件。", ["recon_received=80/jurisdiction/prior_year", "recon_received=95/jurisdiction/prior_year", "recon_received=101/jurisdiction/prior_year", "recon_received=120/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
});

describe("a range across units is no value", () => {
  it.each([
    "各部门、镇(街道)出庭应诉率在96%—100%之间。",
    "各乡镇人民调解成功率在95%至99%之间。",
    "各县区行政复议纠错率为8%—15%。",
  ])("%s", (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe("two counts of one measure, the second a part of the first", () => {
  it.each([
    ["区政府全年共受理行政复议申请93件,其中依法受理81件,不予受理8件。", ["recon_received=93", "recon_accepted=81", "recon_not_accepted=8"]],
    ["全县共受理复议申请56件,其中经审查受理50件。", ["recon_received=56", "recon_accepted=50"]],
    ["全市行政机关共应诉行政诉讼案件47件,其中一审39件、二审8件。", ["litig_cases=39"]],
    ["全区新收行政诉讼案件76件,其中一审61件,二审15件。", ["litig_cases=61"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });
  it("keeps a named place's part apart", () => {
    expect(stated("全市受理行政复议案件900件,其中武昌区受理120件。")).toEqual(["recon_accepted=900", "recon_accepted=120"]);
  });
});

describe("what is pending or referred", () => {
  it("does not read cases still pending as handled", () => {
    for (const t of ["行政复议审结131件,尚在审理中11件。", "复议案件正在审理9件。", "行政复议未审结案件7件。"]) expect(find(t, "recon_handled")).toEqual([]);
  });
  it.each([
    "县人民法院委派委托调解纠纷1135件。",
    "公安派出所移交调解纠纷1047件。",
    "信访部门引导至调委会调解纠纷312件。",
  ])("reads mediation referred by another body as a breakdown: %s", (text) => {
    expect(run(text).filter((o) => o.indicator_id === "mediation_cases").every((o) => o.scope === "subcategory")).toBe(true);
  });
});

describe("a sentence that opens with last year", () => {
  it.each([
    ["去年全年,我区收到复议申请584件。", "prior_year"],
    ["上年,全区共受理行政复议案件410件。", "prior_year"],
    ["去年同期,全区收到行政复议申请275件。", "prior_year"],
  ])("%s → %s", (text, period) => {
    expect(run(text).filter((o) => !o.is_derived)[0]!.period).toBe(period);
  });
});

describe("a department's own report: its figures are its own, the region's only when it says so", () => {
  const bureau: DocContext = { admin_level: "prefecture", jurisdiction_name: "柳州市", report_year: 2019, doc_kind: "department_report", department: "柳州市市场监督管理局" } as DocContext;
  it.each([
    ["本局作为行政复议机关,全年收到行政复议申请34件。", "recon_received=34/sub_entity/full_year"],
    ["机构改革后,本局共有持证行政执法人员612名。", "enforce_officers=612/sub_entity/full_year"],
    ["全年接待来访群众96批312人次。", "petition_batches=96/sub_entity/full_year"],
    ["据市司法局统计,2019年全市行政机关共收到行政复议申请1027件。", "recon_received=1027/jurisdiction/full_year"],
    ["全市各级行政机关持证行政执法人员共9874名。", "enforce_officers=9874/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, bureau)[0]).toBe(want);
  });
});

describe("grids printed one cell per line: header cells first, then each row", () => {
  const grid = (lines: string[]) => run(lines.join("\n"), { ...COUNTY, report_year: 2023 }).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.period}`);
  it("reads a numbered grid with two year columns and a change column", () => {
    expect(grid(["表1 2023年全区行政复议案件情况", "序号", "项目", "2023年", "2022年", "增减幅度", "1", "收到申请(件)", "1,486", "1,203", "23.5%", "2", "受理(件)", "1,352", "1,090", "24.0%", "3", "维持(件)", "512", "447", "14.5%"]))
      .toEqual(["recon_received=1486/full_year", "recon_received=1203/prior_year", "recon_accepted=1352/full_year", "recon_accepted=1090/prior_year", "recon_upheld=512/full_year", "recon_upheld=447/prior_year"]);
  });
  it("reads a grid whose caption opens the run, without row numbers", () => {
    expect(grid(["表2 全区行政应诉案件情况", "项目", "2023年", "2022年", "一审审结(件)", "1,049", "1,166", "败诉(件)", "67", "81", "败诉率", "6.4%", "6.9%"]))
      .toEqual(["litig_concluded=1049/full_year", "litig_concluded=1166/prior_year", "litig_lost=67/full_year", "litig_lost=81/prior_year", "litig_loss_rate=6.4/full_year", "litig_loss_rate=6.9/prior_year"]);
  });
  it("reads a grid of one year's figures by row", () => {
    expect(grid(["2023年全区人民调解工作统计", "指标", "数值", "调解纠纷(件)", "2,310", "调解成功(件)", "2,268", "调解成功率", "98.2%"]))
      .toEqual(["mediation_cases=2310/full_year", "mediation_succeeded=2268/full_year", "mediation_success_rate=98.2/full_year"]);
  });
});

describe("subjects listed with 、: each number with its own", () => {
  it.each([
    ["全市收到行政复议申请1486件,其中市政府本级收到412件、县(市、区)政府收到1074件。", ["recon_received=1486/jurisdiction/full_year", "recon_received=412/government_level/full_year", "recon_received=1074/sub_entity/full_year"]],
    ["全市受理复议案件900件,其中市政府本级受理300件、各县区政府受理600件。", ["recon_accepted=900/jurisdiction/full_year", "recon_accepted=300/government_level/full_year", "recon_accepted=600/sub_entity/full_year"]],
    ["以市政府为被申请人、由省人民政府审理的行政复议案件23件。", ["recon_as_respondent=23/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, { admin_level: "prefecture", jurisdiction_name: "洛阳市", report_year: 2023 })).toEqual(want);
  });
});

describe("look-alikes of lawsuit counts and of the reconsideration topic", () => {
  it.each([
    "目前,调撤一审行政诉讼案件102件,调撤率44.35%。",
    "全年行政诉讼调撤案件58件。",
    "通过协调化解,调撤行政诉讼案件共计31件。",
  ])("settled-or-withdrawn lawsuits are not the caseload: %s", (text) => {
    expect(find(text, "litig_cases")).toEqual([]);
  });
  it.each([
    ["复议后败诉案件为0。", "litig_lost"],
    ["经复议后起诉的案件15件。", "litig_cases"],
    ["复议后被诉案件12件,败诉1件。", "litig_cases"],
  ])("figures after reconsideration are a breakdown: %s", (text, id) => {
    expect(find(text, id).every((o) => o.scope === "subcategory")).toBe(true);
  });
  it.each([
    "截至目前,20个承办单位办复议案2件、建议52件。",
    "县政府共办复议案3件,代表建议61件。",
    "全年办复议案1件、建议40件、提案55件。",
  ])("办复议案 is answered motions, not 复议: %s", (text) => {
    expect(run(text).filter((o) => o.indicator_id.startsWith("recon_"))).toEqual([]);
  });
});

describe("paired counts and 同期 share the period of what they follow", () => {
  it.each([
    ["全年接待群众来访523批1386人次(上年同期为611批1702人次)。", ["petition_batches=523/jurisdiction/full_year", "petition_persons=1386/jurisdiction/full_year", "petition_batches=611/jurisdiction/prior_year", "petition_persons=1702/jurisdiction/prior_year"]],
    ["接待来访312批906人次(2022年为280批811人次)。", ["petition_batches=312/jurisdiction/full_year", "petition_persons=906/jurisdiction/full_year", "petition_batches=280/jurisdiction/prior_year", "petition_persons=811/jurisdiction/prior_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
  it.each([
    "截至11月30日,全县收到行政复议申请45件。同期,以县人民政府为被申请人的行政复议案件2件。",
    "1—10月,全县收到行政复议申请45件。同期,以县政府为被申请人的复议案件3件。",
    "今年上半年,全县收到行政复议申请45件。同一时期,以县政府为被申请人的复议案件1件。",
  ])("%s", (text) => {
    expect(run(text).filter((o) => !o.is_derived).every((o) => o.period === "partial")).toBe(true);
  });
});

describe("more look-alikes: second instance, cumulative plan periods, next year's targets", () => {
  it("does not count second-instance lawsuits as the caseload", () => {
    expect(find("全市一审行政诉讼案件1419件,另办理二审案件342件。", "litig_cases").map((o) => o.value)).toEqual([1419]);
    expect(find("全县行政机关办理二审行政诉讼案件41件。", "litig_cases")).toEqual([]);
  });
  it.each([
    ["“十四五”以来,县政府累计办理行政复议案件463件。", "cumulative"],
    ["十三五期间,全县人民调解组织调解纠纷2.1万件。", "cumulative"],
    ["而2022年全年,全区调解纠纷3105件。", "prior_year"],
  ])("%s → %s", (text, period) => {
    expect(run(text).filter((o) => !o.is_derived)[0]!.period).toBe(period);
  });
  it.each([
    "确保明年调解成功率稳定在98%以上。",
    "明年行政机关负责人出庭应诉率达到100%。",
    "力争下一年度行政复议纠错率控制在10%以内。",
  ])("%s is a target", (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe("a heading's topic holds for the paragraphs under it, unless it is an umbrella", () => {
  it.each([
    ["(一)行政复议案件情况\n从审理结果看,决定维持71件,驳回申请32件,纠错27件。", ["recon_upheld=71", "recon_rejected=32", "recon_corrected=27"]],
    ["1.行政应诉情况\n全年审结88件,败诉5件,败诉率5.68%。", ["litig_concluded=88", "litig_lost=5", "litig_loss_rate=5.68"]],
    ["(五)坚持和发展新时代“枫桥经验”,有效化解矛盾纠纷\n直接纠正违法或不当行政行为31件,调解和解结案率为16.8%。", ["recon_corrected=31", "recon_settlement_rate=16.8"]],
    ["(五)发挥行政复议化解行政争议主渠道作用,健全矛盾纠纷多元化解机制\n调解和解结案率15.17%。", ["recon_settlement_rate=15.17"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe("tables whose rows are the bodies a total is broken down by", () => {
  const table = (lines: string[]) => run(lines.join("\n"), { ...COUNTY, jurisdiction_name: "滨江区", report_year: 2020 }).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.scope}/${o.period}`);
  it("reads body rows as breakdowns, the 合计 row as the total, and a year before a column label as that year", () => {
    expect(table(["表一:2020年度行政复议案件受理情况统计表", "单位 | 2019受理量 | 2020受理量 | 占比 |", "市场监管局 | 30 | 21 | 35.6% |", "西兴街道 | 2 | 4 | 6.8% |", "合计 | 96 | 59 | 100.0% |"]))
      .toEqual(["recon_accepted=30/subcategory/prior_year", "recon_accepted=21/subcategory/full_year", "recon_accepted=2/subcategory/prior_year", "recon_accepted=4/subcategory/full_year", "recon_accepted=96/jurisdiction/prior_year", "recon_accepted=59/jurisdiction/full_year"]);
  });
  it("does the same for a respondent table without a year", () => {
    expect(table(["2020年行政复议案件被申请人分布(单位:件)", "被申请人 收到 审结", "公安分局 40 38", "区政府 5 5", "合计 45 43"]))
      .toEqual(["recon_received=40/subcategory/full_year", "recon_concluded=38/subcategory/full_year", "recon_received=5/subcategory/full_year", "recon_concluded=5/subcategory/full_year", "recon_received=45/jurisdiction/full_year", "recon_concluded=43/jurisdiction/full_year"]);
  });
});

describe("congress sessions, part-year restatements, bracketed years, places compared", () => {
  it.each([
    ["承办十三届全国人大五次会议代表建议46件、全国政协十三届五次会议提案31件。", ["npc_suggestions=46/higher_level/full_year", "cppcc_proposals=31/higher_level/full_year"]],
    ["县十八届人大四次会议期间代表提出的建议124件、县政协十一届四次会议提案136件已全部办结。", ["npc_suggestions=124/jurisdiction/full_year", "cppcc_proposals=136/jurisdiction/full_year"]],
    ["省政府承办省十三届人大三次会议代表建议706件、省政协十二届三次会议提案838件。", ["npc_suggestions=706/jurisdiction/full_year", "cppcc_proposals=838/jurisdiction/full_year"]],
  ])("a session's numbers are no counts: %s", (text, want) => {
    expect(scoped(text, { admin_level: "province", jurisdiction_name: "贵州省", report_year: 2022 })).toEqual(want);
  });
  it.each([
    ["1—11月,全县行政机关负责人出庭应诉率96.4%,其中一季度为87.5%,二季度以来保持100%。", ["litig_head_appearance_rate=96.4/jurisdiction/partial", "litig_head_appearance_rate=87.5/jurisdiction/partial", "litig_head_appearance_rate=100/jurisdiction/partial"]],
    ["全年行政复议纠错率12.1%,其中上半年为10.2%。", ["recon_correction_rate=12.1/jurisdiction/full_year", "recon_correction_rate=10.2/jurisdiction/partial"]],
    ["全年人民调解成功率98.1%,其中1—6月为97.5%。", ["mediation_success_rate=98.1/jurisdiction/full_year", "mediation_success_rate=97.5/jurisdiction/partial"]],
  ])("part of the year restated: %s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
  it.each([
    "截至11月30日,县政府共收到行政复议申请152件(2023年全年为118件),受理139件,审结121件。",
    "截至10月底,全区收到复议申请88件(上年全年为97件),受理80件。",
    "1—9月,全县收到复议申请61件(2022年全年70件),审结55件。",
  ])("a bracket's 全年 stays in the bracket: %s", (text) => {
    const obs = run(text).filter((o) => !o.is_derived);
    expect(obs.filter((o) => o.period === "partial").length).toBe(obs.length - 1);
  });
  it.each([
    ["贵阳市收到行政复议申请3,104件;遵义市、毕节市分别收到1,872件、1,516件。", ["recon_received=3104/sub_entity/full_year", "recon_received=1872/sub_entity/full_year", "recon_received=1516/sub_entity/full_year"]],
    ["太原市收到行政复议申请1,512件,运城市、临汾市分别为963件和871件。", ["recon_received=1512/sub_entity/full_year", "recon_received=963/sub_entity/full_year", "recon_received=871/sub_entity/full_year"]],
  ])("places compared on one measure: %s", (text, want) => {
    expect(scoped(text, { admin_level: "province", jurisdiction_name: "某省", report_year: 2022 })).toEqual(want);
  });
  it.each([
    ["行政复议中,省政府本级依法撤销、确认违法或者责令履行19件。", "recon_corrected=19"],
    ["行政复议决定撤销、变更和确认违法共23件。", "recon_corrected=23"],
    ["复议机关撤销或确认违法12件。", "recon_corrected=12"],
  ])("the correction outcomes listed together are the corrections: %s", (text, want) => {
    expect(stated(text)).toEqual([want]);
  });
  it.each([
    ["行政复议案件均在法定期限内审结。", 100],
    ["全年行政复议案件全部在法定期限内办结。", 100],
    ["复议案件都在法定期限内作出决定。", 100],
  ])("on time, all of them: %s", (text, v) => {
    expect(find(text, "recon_on_time_rate").map((o) => o.value)).toEqual([v]);
  });
});

describe("values listed after 分别 and the measure, over years or without them", () => {
  it.each([
    ["2021年、2022年、2023年,市人民政府分别收到行政复议申请58件、73件、96件,三年累计227件。", ["recon_received=58/jurisdiction/prior_year", "recon_received=73/jurisdiction/prior_year", "recon_received=96/jurisdiction/full_year", "recon_received=227/jurisdiction/cumulative"]],
    ["2022年、2023年,全县分别审结行政复议案件70件、91件。", ["recon_concluded=70/jurisdiction/prior_year", "recon_concluded=91/jurisdiction/full_year"]],
    // (the committees' counts add up to the total said after them: its parts)
    ["全县三个调委会分别调解纠纷120件、98件、76件,合计294件。", ["mediation_cases=120/subcategory/full_year", "mediation_cases=98/subcategory/full_year", "mediation_cases=76/subcategory/full_year", "mediation_cases=294/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
});

describe("the topic a sentence hands on is what it counted", () => {
  it.each([
    ["全县收到行政复议申请163件,是同期一审行政诉讼案件(58件)的2.8倍。经审查,受理146件,不予受理9件。", "recon_accepted=146"],
    ["全年收到复议申请120件,为同期行政诉讼案件45件的2.7倍。审结110件。", "recon_concluded=110"],
    ["行政复议收到申请80件,相当于行政应诉案件(40件)的两倍。其中受理72件。", "recon_accepted=72"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("goes on under a heading that names no topic", () => {
    expect(stated("一、行政复议基本情况\n全年收到行政复议申请2146件。\n二、审理结果\n(1)维持983件;\n(2)驳回复议申请276件;")).toEqual(["recon_received=2146", "recon_upheld=983", "recon_rejected=276"]);
  });
  it("stops at a heading of another field", () => {
    expect(stated("全年收到行政复议申请200件。\n(二)行政许可实施情况\n受理许可申请5000件。")).toEqual(["recon_received=200"]);
  });
});

describe("a department's report: its system and itself as respondent", () => {
  const bureau = { admin_level: "prefecture", jurisdiction_name: "张掖市", report_year: 2024, doc_kind: "department_report", department: "张掖市生态环境局" } as DocContext;
  it.each([
    ["全市生态环境系统现有持证执法人员156名。", "enforce_officers=156/sub_entity/full_year"],
    ["全市公安机关现有持证执法民警4326名。", "enforce_officers=4326/sub_entity/full_year"],
    ["全年以我局为被申请人的行政复议案件5件。", "recon_as_respondent=5/sub_entity/full_year"],
    ["全市各级行政机关持证行政执法人员共12857名。", "enforce_officers=12857/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, bureau)[0]).toBe(want);
  });
});

describe("more look-alikes met in blind12", () => {
  it.each([
    "深化诉调对接,县人民法院诉前调解纠纷1482件,调解成功863件。",
    "法院诉前调解案件702宗,诉前调解成功率68.4%。",
    "县级行政机关开展行政调解318件,调解成功301件。",
  ])("court and administrative mediation are not people's mediation: %s", (text) => {
    expect(run(text).filter((o) => o.indicator_id.startsWith("mediation_"))).toEqual([]);
  });
  it.each([
    "行政复议决定作出后,申请人不服提起行政诉讼49件,复议后起诉率13.8%。",
    "经复议后当事人又提起行政诉讼203件。",
    "不服复议决定提起行政诉讼的案件31件。",
  ])("lawsuits after reconsideration are not the caseload: %s", (text) => {
    expect(find(text, "litig_cases")).toEqual([]);
  });
  it.each([
    "行政机关负责人出庭应诉率与100%的目标仍有差距。",
    "调解成功率距98%的要求尚有差距。",
    "纠错率离15%的目标还差2个百分点。",
  ])("a number that is the target: %s", (text) => {
    expect(stated(text)).toEqual([]);
  });
  it.each([
    ["截至2020年底,全市持证行政执法人员13487名,由2018年的12105名稳步增加。", ["enforce_officers=13487/jurisdiction/full_year", "enforce_officers=12105/jurisdiction/prior_year"]],
    ["全县收到复议申请120件,较2021年的98件明显增加。", ["recon_received=120/jurisdiction/full_year", "recon_received=98/jurisdiction/prior_year"]],
  ])("an earlier year's level after 由/较: %s", (text, want) => {
    expect(scoped(text, { ...COUNTY, report_year: 2020 + (text.includes("2021年的") ? 2 : 0) })).toEqual(want);
  });
  it.each([
    "其中陬市镇作为被申请人的案件23件。",
    "以乡镇人民政府作为被申请人的复议案件46件。",
    "某街道作为被申请人的案件12件。",
  ])("a town as respondent is not the government as respondent: %s", (text) => {
    expect(find(text, "recon_as_respondent")).toEqual([]);
  });
});

describe("met in blind13: levels after a change amount, 其中-clause time words, numbered subjects, tables after prose", () => {
  it.each([
    ["全年直接纠错88件,直接纠错率同比下降3.2个百分点至14.8%。", "recon_correction_rate=14.8"],
    ["全市一审行政应诉案件428件;败诉21件,败诉率同比下降2.1个百分点至4.9%。", "litig_loss_rate=4.9"],
    ["行政机关负责人出庭应诉率较上年提高5.6个百分点至97.1%。", "litig_head_appearance_rate=97.1"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
    expect(stated(text).some((x) => /=(3.2|2.1|5.6)$/.test(x))).toBe(false);
  });
  it.each([
    "新收行政诉讼案件38件,其中下半年新收21件,审结33件,败诉2件。",
    "收到行政复议申请120件,其中一季度收到30件,审结110件。",
    "调解纠纷2310件,其中1—6月调解1100件,调解成功2268件。",
  ])("a breakdown's time word stays in its clause: %s", (text) => {
    const obs = run(text).filter((o) => !o.is_derived);
    expect(obs.filter((o) => o.period === "partial").length).toBe(1);
  });
  it.each([
    ["6.武夷山市旅游纠纷人民调解委员会调解涉旅纠纷217件。", "sub_entity"],
    ["(3)某某街道人民调解委员会调解纠纷58件。", "sub_entity"],
    ["二是县医疗纠纷人民调解委员会调解医患纠纷23件。", "sub_entity"],
  ])("numbering before a named committee: %s", (text, scope) => {
    expect(find(text, "mediation_cases").map((o) => o.scope)).toEqual([scope]);
  });
  it("reads a table with no topic words through the text before it", () => {
    expect(stated("行政复议方面,全年共收到行政复议申请436件,审结371件。审理结果详见下表。\n审理结果 件数 占审结案件比例\n维持 164 44.2%\n驳回 41 11.1%\n撤销 23 6.2%"))
      .toEqual(["recon_received=436", "recon_concluded=371", "recon_upheld=164", "recon_rejected=41", "recon_revoked=23"]);
  });
  it("reads a named parent's congress in a county-level city's report as higher", () => {
    expect(scoped("2.承办南平市人大代表建议6件、南平市政协提案4件。", { admin_level: "county", jurisdiction_name: "武夷山市", report_year: 2022 }))
      .toEqual(["npc_suggestions=6/higher_level/full_year", "cppcc_proposals=4/higher_level/full_year"]);
  });
});

describe("met in real6: a running total inside one named year, a 其中-bracket breakdown, a town's own report", () => {
  it.each([
    ["2023年各级人民调解组织累计受理矛盾纠纷10346件,调处成功10343件。", "mediation_cases=10346/jurisdiction/full_year"],
    ["2023年,全区累计办理行政复议案件56件。", "recon_handled=56/jurisdiction/full_year"],
    ["全年全区累计调解纠纷1,206件。", "mediation_cases=1206/jurisdiction/full_year"],
    ["2022年全区累计接待来访群众421批。", "petition_batches=421/jurisdiction/prior_year"],
  ])("累计 in one year is that year's total: %s", (text, want) => {
    expect(scoped(text)[0]).toBe(want);
  });
  it.each([
    ["自2019年以来累计受理行政复议案件560件。", "recon_accepted=560/jurisdiction/cumulative"],
    ["2019年成立以来,累计调解纠纷3,000件。", "mediation_cases=3000/jurisdiction/cumulative"],
    ["累计受理行政复议申请1,280件。", "recon_accepted=1280/jurisdiction/cumulative"],
  ])("累计 over years stays cumulative: %s", (text, want) => {
    expect(scoped(text)[0]).toBe(want);
  });
  it.each([
    ["全年共接待群众来访839批3326人次(其中:个访689批1062人次,集体访150批2264人次)。", ["petition_batches=689/subcategory/full_year", "petition_persons=1062/subcategory/full_year"]],
    ["全区共接待来访群众1,120批(其中初次来访801批),较上年下降5%。", ["petition_batches=801/subcategory/full_year"]],
    ["全年人民调解组织调解纠纷2,316件(其中:调解婚姻家庭纠纷412件,调解邻里纠纷388件)。", ["mediation_cases=412/subcategory/full_year", "mediation_cases=388/subcategory/full_year"]],
  ])("a bracket opened with 其中 after a total breaks it down: %s", (text, parts) => {
    const got = scoped(text);
    expect(got[0]).toMatch(/\/jurisdiction\/full_year$/);
    for (const p of parts) expect(got).toContain(p);
  });
  it("does not read what cases involve (涉及行政处罚) as penalty cases", () => {
    expect(scoped("全年收到行政复议申请312件(其中:涉及行政处罚118件,涉及行政强制40件)。").some((x) => x.startsWith("penalty_cases"))).toBe(false);
    expect(scoped("全年办理针对行政处罚的复议案件45件。").some((x) => x.startsWith("penalty_cases"))).toBe(false);
    expect(scoped("全年市场监管部门办理行政处罚案件1,245件。")).toContain("penalty_cases=1245/jurisdiction/full_year");
  });
  it("leaves a bracket's own subject and a prior-year note alone", () => {
    expect(scoped("全区收到复议申请120件(上年为98件)。")).toEqual(["recon_received=120/jurisdiction/full_year", "recon_received=98/jurisdiction/prior_year"]);
    expect(scoped("全区收到复议申请120件(其中区政府本级收到30件)。")).not.toContain("recon_received=30/subcategory/full_year");
  });
  it("reads a street office's own report as a part of the district", () => {
    const street = { ...COUNTY, jurisdiction_name: "余杭区", department: "五常街道" } as DocContext;
    expect(scoped("2024年街道诉讼案件72起,其中行政诉讼14起。行政负责人出庭率100%。", street)).toEqual([
      "litig_cases=14/sub_entity/full_year", "litig_head_appearance_rate=100/sub_entity/full_year",
    ]);
  });
});

describe("suggestions and proposals named by what they are about", () => {
  it.each([
    ["全年共办理县人大代表涉及人居环境、电力改造、疫情防控等方面建议54件,办理县政协涉养老服务、基层公共卫生、乡村振兴等方面提案75件,办结率100%。", ["npc_suggestions=54", "cppcc_proposals=75"]],
    ["承办区人大代表关于教育、医疗方面的建议31件,区政协委员关于生态环保的提案28件。", ["npc_suggestions=31", "cppcc_proposals=28"]],
    ["办理人大代表围绕乡村振兴提出的建议46件、政协委员有关营商环境的提案39件。", ["npc_suggestions=46", "cppcc_proposals=39"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });
  it("does not count the replies published online as suggestions", () => {
    const got = stated("办理市人大代表建议39件。在网上公开办理结果14件,其中省人大代表建议1件、市人大代表建议8件、市政协提案5件。");
    expect(got).toEqual(["npc_suggestions=39"]);
  });
});

describe("lawsuits in a court's report: first instance, outcomes, court mediation", () => {
  const city = { ...CITY, report_year: 2022 };
  it("reads 败诉 as lost lawsuits whatever the topic in force, but not 复议后败诉", () => {
    expect(stated("在审结的一审行政诉讼案件中,裁定准予原告撤回起诉、按撤诉处理和调解案件111件。行政机关败诉案件共计122件。", city)).toEqual(["litig_lost=122"]);
    expect(stated("2022年,全市行政机关败诉案件共计41件。", city)).toEqual(["litig_lost=41"]);
    expect(stated("全年行政复议案件中,复议后起诉败诉3件。", city)).not.toContain("litig_lost=3");
  });
  it("does not read pending or withdrawn cases as concluded or mediated", () => {
    const got = stated("全市法院行政诉讼案件共793件,审结715件,未结案件78件;裁定准予原告撤回起诉和调解案件111件。", city);
    expect(got).toContain("litig_concluded=715");
    expect(got).not.toContain("litig_concluded=78");
    expect(got.some((x) => x.startsWith("mediation_cases"))).toBe(false);
  });
  it("heads with the first-instance figures when all instances come first", () => {
    const obs = run("2022年,全市法院行政诉讼案件共793件(新收案件649件,旧存案件144件);审结715件。2022年行政诉讼一审案件共570件(新收案件436件,旧存案件134件);审结508件。行政机关败诉案件共计122件。", city);
    const head = obs.filter((o) => o.is_headline && !o.is_derived).map((o) => `${o.indicator_id}=${o.value}`);
    expect(head).toContain("litig_concluded=508");
    expect(head).not.toContain("litig_cases=649");
    expect(obs.find((o) => o.indicator_id === "litig_loss_rate" && o.is_derived)?.value).toBe(24);
  });
  it("takes the courts' first-instance intake for the lawsuits only where the government gives none", () => {
    expect(stated("2024年,铁岭两级法院新收一审行政案件240件,同比下降24.76%。", city)).toEqual(["litig_cases=240"]);
    expect(stated("全市行政机关共应诉行政诉讼案件2,086件。全市两级法院新收一审行政案件2,231件。", city)).toEqual(["litig_cases=2086", "litig_court_new=2231"]);
  });
  it("does not read a legality review done in the same breath as a lawsuit count", () => {
    expect(stated("全省受理行政复议案件9889件,办理行政应诉案件1.1万余件,办理省级重要文件合法性审查240件。", { ...CITY, admin_level: "province", jurisdiction_name: "江苏省", report_year: 2020 })).not.toContain("litig_cases=240");
  });
  it("reads a list of years' rates with each item's own year", () => {
    expect(scoped("2020年行政机关败诉率为13.5%、2021年为20.2%、2022年为15.5%。", city)).toEqual([
      "litig_loss_rate=13.5/jurisdiction/prior_year", "litig_loss_rate=20.2/jurisdiction/prior_year", "litig_loss_rate=15.5/jurisdiction/full_year",
    ]);
  });
});

describe("目前 in a text that counts only to a date before the year's end", () => {
  it.each([
    ["截至10月底,全区共收到行政复议申请120件。目前,行政诉讼败诉率下降至5.22%。", "litig_loss_rate=5.22/jurisdiction/partial"],
    ["全区行政争议调解中心截止11月底受理案件230件。目前,全区共办理一审行政诉讼案件102件。", "litig_cases=102/jurisdiction/partial"],
    ["截至2023年9月,全县共调解纠纷1,206件。当前全县人民调解成功率为98.2%。", "mediation_success_rate=98.2/jurisdiction/partial"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("leaves 目前 alone in a report of the whole year, and a stock alone anywhere", () => {
    expect(scoped("全年共收到行政复议申请120件。目前,行政诉讼败诉率下降至5.22%。")).toContain("litig_loss_rate=5.22/jurisdiction/full_year");
    expect(scoped("截至10月底,全区共收到行政复议申请120件。目前全区共有持证行政执法人员2,175人。")).toContain("enforce_officers=2175/jurisdiction/full_year");
  });
});

describe("an item of a list of suggestions that names no level has the level of the item before it", () => {
  const city = { ...CITY, jurisdiction_name: "杭州市", report_year: 2022 };
  it.each([
    ["全年办理全国人大代表建议1件,政协提案2件,市“两会”建议提案1009件(人大建议406件,政协委员提案603件)。", ["npc_suggestions=1/higher_level/full_year", "cppcc_proposals=2/higher_level/full_year", "npc_suggestions=406/jurisdiction/full_year", "cppcc_proposals=603/jurisdiction/full_year"]],
    ["承办全国人大代表建议3件、政协委员提案4件;市人大代表建议210件、市政协提案180件。", ["npc_suggestions=3/higher_level/full_year", "cppcc_proposals=4/higher_level/full_year", "npc_suggestions=210/jurisdiction/full_year", "cppcc_proposals=180/jurisdiction/full_year"]],
    ["办理省人大代表建议5件、市人大代表建议120件,政协提案85件。", ["npc_suggestions=5/higher_level/full_year", "npc_suggestions=120/jurisdiction/full_year", "cppcc_proposals=85/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, city)).toEqual(want);
  });
});

describe("met in real7: outcomes named after the concluded cases, items assigned at a meeting", () => {
  it.each([
    ["全年结案68件,在已结案件中撤销9件,确认违法1件,维持29件。", ["recon_concluded=68", "recon_revoked=9", "recon_confirmed_illegal=1", "recon_upheld=29"]],
    ["审结行政复议案件120件,审结案件中驳回15件,维持80件。", ["recon_concluded=120", "recon_rejected=15", "recon_upheld=80"]],
    ["办结复议案件45件,其中办结后撤销6件。", ["recon_concluded=45", "recon_revoked=6"]],
  ])("%s", (text, want) => {
    expect(stated(`行政复议工作方面。${text}`)).toEqual(want);
  });
  it("does not count the suggestions assigned at a meeting as handled", () => {
    expect(stated("会上,交办了市人大代表建议215件,市政协提案129件。2021年,市政府办理市人大代表建议140件,市政协提案126件。", CITY)).toEqual(["npc_suggestions=140", "cppcc_proposals=126"]);
    expect(stated("会议交办县人大代表建议98件、县政协提案76件。", COUNTY)).toEqual([]);
    expect(stated("全年共承办县人大代表建议98件、县政协提案76件。", COUNTY)).toEqual(["npc_suggestions=98", "cppcc_proposals=76"]);
  });
});

describe("the share of reconsidered cases that went to court is no appearance rate", () => {
  it.each([
    "2022年经复议后又进入诉讼的案件18件,复议应诉率为26.4%。",
    "全年复议后应诉率为12.5%,同比下降3个百分点。",
    "复议后被应诉率8.1%。",
  ])("%s", (text) => {
    expect(stated(text).some((x) => x.startsWith("litig_head_appearance_rate"))).toBe(false);
  });
  it("still reads the appearance rate", () => {
    expect(stated("行政机关负责人出庭应诉率为98.5%,复议应诉率为26.4%。")).toContain("litig_head_appearance_rate=98.5");
  });
});

describe("a part of the year written with both months named", () => {
  it.each([
    ["2019年1月至6月,我区办理行政诉讼案件31宗,其中一审案件25宗。", "litig_cases=25/jurisdiction/partial"],
    ["1月份至9月份,全区共收到行政复议申请86件。", "recon_received=86/jurisdiction/partial"],
    ["2023年1月—10月,全县人民调解组织调解纠纷1,024件。", "mediation_cases=1024/jurisdiction/partial"],
  ])("%s", (text, want) => {
    expect(scoped(text, { ...COUNTY, report_year: Number(text.slice(0, 4)) || 2023 })).toContain(want);
  });
  it("reads 1月至12月 as the whole year", () => {
    expect(scoped("2023年1月至12月,全区共收到行政复议申请120件。")).toContain("recon_received=120/jurisdiction/full_year");
  });
});

describe("a clause opened with 其中 after a count of the same measure breaks it down", () => {
  const city = { ...CITY, report_year: 2023 };
  it.each([
    ["2023年市政协经审查立案236件,其中委员提案162件,集体提案74件,立案率93.3%。", ["cppcc_proposals=236/jurisdiction/full_year", "cppcc_proposals=162/subcategory/full_year", "cppcc_proposals=74/subcategory/full_year"]],
    ["全年各级人民调解组织调解纠纷12,000件,其中调解婚姻家庭纠纷3,100件。", ["mediation_cases=12000/jurisdiction/full_year", "mediation_cases=3100/subcategory/full_year"]],
    ["全年办理政协提案300件,其中委员提案220件。", ["cppcc_proposals=300/jurisdiction/full_year", "cppcc_proposals=220/subcategory/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, city).filter((x) => !x.includes("rate"))).toEqual(want);
  });
  it("leaves another measure, a named part, a rate over part of the year and the first instance alone", () => {
    expect(scoped("收到行政复议申请120件,其中受理110件。", city)).toEqual(["recon_received=120/jurisdiction/full_year", "recon_accepted=110/jurisdiction/full_year"]);
    expect(scoped("全年行政复议纠错率12.1%,其中上半年为10.2%。", city)).toContain("recon_correction_rate=10.2/jurisdiction/partial");
    expect(scoped("全市行政机关应诉案件47件,其中一审39件、二审8件。", city)).toContain("litig_cases=39/jurisdiction/full_year");
  });
});

describe("a bureau that does not name itself: its own suggestions and lawsuits", () => {
  const city = { ...COUNTY_CITY, jurisdiction_name: "新密市", report_year: 2020 };
  it.each([
    ["今年,由我局承办的市五届人大五次会议议案建议共17件;市政协五届四次会议提案共计13件。", ["npc_suggestions=17/sub_entity/full_year", "cppcc_proposals=13/sub_entity/full_year"]],
    ["2020年1月至6月,我局办理行政诉讼案件31宗,其中一审案件25宗,二审案件6宗。", ["litig_cases=25/sub_entity/partial"]],
    ["本局全年承办市人大代表建议9件、市政协提案11件。", ["npc_suggestions=9/sub_entity/full_year", "cppcc_proposals=11/sub_entity/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, city)).toEqual(want);
  });
  it("keeps a justice bureau's reconsideration docket the region's", () => {
    expect(scoped("2020年,我局共办理行政复议案件56件。", city)).toEqual(["recon_handled=56/jurisdiction/full_year"]);
  });
});

describe("a league's government is a government too", () => {
  const league = { admin_level: "prefecture", jurisdiction_name: "阿拉善盟", report_year: 2023 } as DocContext;
  it.each([
    ["各级行政复议机构共接收行政复议申请414件,经审查受理317件,其中盟政府本级受理27件。", "recon_accepted=27/government_level/full_year"],
    ["盟本级收到行政复议申请35件。", "recon_received=35/government_level/full_year"],
    ["盟行政公署作为被告的行政诉讼案件12件。", "litig_cases=12/government_level/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, league)).toContain(want);
  });
});

describe("met in blind15: clerks' prose with the measure after the number", () => {
  const y2020 = { ...COUNTY, report_year: 2020 };
  it.each([
    ["法院已经审结的31件中仅有1件判决行政机关败诉,其余均以驳回诉讼请求或原告撤诉结案。", "litig_lost=1/jurisdiction/full_year"],
    ["全年行政诉讼案件审结40件,其中2件被判决败诉。", "litig_lost=2/jurisdiction/full_year"],
    ["行政应诉案件中有3件行政机关败诉。", "litig_lost=3/jurisdiction/full_year"],
  ])("败诉 after the number: %s", (text, want) => {
    expect(scoped(text, y2020)).toContain(want);
  });
  it.each([
    ["全县行政机关负责人出庭应诉的比例由上年的78%提高到94.6%。", ["litig_head_appearance_rate=78/jurisdiction/prior_year", "litig_head_appearance_rate=94.6/jurisdiction/full_year"]],
    ["行政机关负责人出庭的比例达到96.1%。", ["litig_head_appearance_rate=96.1/jurisdiction/full_year"]],
    ["行政机关负责人出庭应诉的比率为97%。", ["litig_head_appearance_rate=97/jurisdiction/full_year"]],
  ])("an appearance rate called 比例: %s", (text, want) => {
    expect(scoped(text, y2020)).toEqual(want);
  });
  it.each([
    ["以县政府或者县直部门、乡镇人民政府为被告的一审行政诉讼案件全年共有37件。", "litig_cases=37/jurisdiction/full_year"],
    ["以区政府及区直各部门、各街道为被告的行政诉讼案件52件。", "litig_cases=52/jurisdiction/full_year"],
    ["以县政府为被告的行政诉讼案件12件。", "litig_cases=12/government_level/full_year"],
  ])("defendants named together: %s", (text, want) => {
    expect(scoped(text, y2020)).toContain(want);
  });
  it.each([
    ["依法受理63件,对不符合受理条件的8件及时作出不予受理决定。", "recon_accepted=8"],
    ["另有3件经复议机构主持调解后申请人自愿撤回了申请。", "recon_settled=3"],
  ])("%s", (text, id) => {
    const got = stated(`行政复议方面,${text}`, y2020);
    if (id === "recon_accepted=8") expect(got).not.toContain(id);
    else expect(got).toContain(id);
  });
});

describe("a label before a colon names the measure of each year after it", () => {
  const city = { ...CITY, report_year: 2021 };
  it.each([
    ["(十一)办理市人大代表建议:2019年77件,2020年81件,2021年74件。", ["npc_suggestions=77/jurisdiction/prior_year", "npc_suggestions=81/jurisdiction/prior_year", "npc_suggestions=74/jurisdiction/full_year"]],
    ["(四)行政复议纠错:2019年9件(纠错率11.5%),2020年11件(纠错率11.6%),2021年16件(纠错率14.7%)。", ["recon_corrected=9/jurisdiction/prior_year", "recon_correction_rate=11.5/jurisdiction/prior_year", "recon_corrected=11/jurisdiction/prior_year", "recon_correction_rate=11.6/jurisdiction/prior_year", "recon_corrected=16/jurisdiction/full_year", "recon_correction_rate=14.7/jurisdiction/full_year"]],
    ["3.人民调解纠纷数:2020年3,120件,2021年3,456件。", ["mediation_cases=3120/jurisdiction/prior_year", "mediation_cases=3456/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, city)).toEqual(want);
  });
});

describe("a text published before December of the year it reports on", () => {
  const oct = { ...COUNTY, report_year: 2025, published_on: "2025-10-16", doc_kind: "news" } as DocContext;
  it.each([
    ["全市行政复议调解和解率达24.1%。", "recon_settlement_rate=24.1/jurisdiction/partial"],
    ["全县人民调解组织调解纠纷312件。", "mediation_cases=312/jurisdiction/partial"],
    ["截至目前,全县持证行政执法人员2156人。今年以来,全县收到行政复议申请147件。", "enforce_officers=2156/jurisdiction/partial"],
  ])("%s", (text, want) => {
    expect(scoped(text, oct)).toContain(want);
  });
  it("leaves a report published after its year, and a stock with no 目前, as they are", () => {
    const next = { ...oct, published_on: "2026-02-10", doc_kind: "annual_report" } as DocContext;
    expect(scoped("全县人民调解组织调解纠纷312件。", next)).toEqual(["mediation_cases=312/jurisdiction/full_year"]);
    expect(scoped("全县持证行政执法人员2156人。", oct)).toEqual(["enforce_officers=2156/jurisdiction/full_year"]);
  });
});

describe("协调解决 is coordination, not mediation; a 其中 set off by a comma still opens its clause", () => {
  it.each(["旗长亲自协调解决涉牧重大矛盾纠纷5起。", "县委书记协调解决信访难题12件。", "主要领导协调解决重大矛盾纠纷8件,推动全县调解成功率超过97%。"])("%s", (text) => {
    expect(stated(text).some((x) => x.startsWith("mediation_cases"))).toBe(false);
  });
  it.each([
    ["全县调解纠纷1,135件,调解成功1,108件。其中,草原边界、草场承包等涉牧纠纷217件,调解成功209件。", "mediation_succeeded=209/subcategory/full_year"],
    ["全年调解纠纷2,000件。其中,涉企纠纷310件,调解成功300件。", "mediation_succeeded=300/subcategory/full_year"],
    ["全区共调解纠纷980件,调解成功970件;其中,涉及婚姻家庭等涉家纠纷120件,调解成功118件。", "mediation_succeeded=118/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("kinds of cases counted by 类, and a sentence opened with 其中 after the totals", () => {
  it.each([
    ["工商投诉举报类受理21件,占总数的35.6%。", "recon_accepted=21/subcategory/full_year"],
    ["征迁安置类新收6件,占总数的10.2%。", "recon_received=6/subcategory/full_year"],
    ["其他各类案件新收19件,占案件总数的32.2%。", "recon_received=19/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(`全区新收行政复议案件88件,受理59件。${text}`)).toContain(want);
  });
  it.each([
    ["全区新收一审行政诉讼案件73件,结案118件。其中开庭审结94件。", "litig_concluded=94/subcategory/full_year"],
    ["全年共收到行政复议申请120件。其中网上申请收到行政复议申请45件。", "recon_received=45/subcategory/full_year"],
    ["全县调解纠纷2,316件。其中调解婚姻家庭纠纷412件。", "mediation_cases=412/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in real8: lower governments, the total of corrections, a head-appearance share, outcomes that are not counts", () => {
  const city = { ...CITY, jurisdiction_name: "珠海市", report_year: 2018 };
  it.each([
    [city, "全市全年共收到行政复议案件1262件。其中,市政府收到1197件,区政府收到65件。", ["recon_received=1197/government_level/full_year", "recon_received=65/sub_entity/full_year"]],
    [{ ...city, admin_level: "province", jurisdiction_name: "广东省" } as DocContext, "全省收到复议申请5,000件,其中省政府收到300件,市县政府收到4,700件。", ["recon_received=300/government_level/full_year"]],
    [{ ...city, admin_level: "province", jurisdiction_name: "北京市" } as DocContext, "全市收到复议申请12,000件,其中市政府收到1,200件,区政府收到10,800件。", ["recon_received=1200/government_level/full_year", "recon_received=10800/sub_entity/full_year"]],
  ])("%#", (ctx, text, want) => {
    const got = scoped(text, ctx);
    for (const w of want) expect(got).toContain(w);
  });
  it("keeps a 地区's own government its own", () => {
    const aksu = { admin_level: "prefecture", jurisdiction_name: "阿克苏地区", report_year: 2019 } as DocContext;
    expect(scoped("全地区行政复议机关审结行政复议案件283件(含上年结转),其中地区政府本级受理38件。", aksu)).toContain("recon_accepted=38/government_level/full_year");
  });
  it("reads 共N件 after a list of correction outcomes as the corrections", () => {
    expect(stated("行政复议方面,撤销原具体行政行为22件、确认违法21件、变更1件、责令履行4件,共48件。", city)).toContain("recon_corrected=48");
    expect(stated("行政复议方面,撤销12件、责令履行3件,合计15件。", city)).toContain("recon_corrected=15");
    expect(stated("行政复议方面,撤销5件、确认违法2件,共计7件。", city)).toContain("recon_corrected=7");
  });
  it("reads the share of cases a head attended as the appearance rate", () => {
    expect(scoped("全市共发生行政诉讼一审案件434件。其中,行政机关负责人出庭应诉的87件,占诉讼案件的21.75%。", city)).toContain("litig_head_appearance_rate=21.75/jurisdiction/full_year");
    expect(scoped("负责人出庭应诉56件,占开庭审理案件的93.3%。", city)).toContain("litig_head_appearance_rate=93.3/jurisdiction/full_year");
    expect(scoped("行政诉讼案件中涉及行政处罚的87件,占诉讼案件的21.75%。", city).some((x) => x.startsWith("litig_head_appearance_rate"))).toBe(false);
  });
  it("does not count cases pending, withdrawn or ended otherwise as concluded or received", () => {
    const got = stated("行政复议方面,已审结案件1148件,未审结案件221件。申请人自愿撤回复议申请67件。其他方式结案7件。", city);
    expect(got).toEqual(["recon_concluded=1148"]);
  });
});

describe("met in blind16: earlier levels listed by year, runs of years, a bracket opened with an earlier year", () => {
  const y2021 = { ...COUNTY, report_year: 2021 };
  it.each([
    ["全市行政机关一审行政诉讼案件由2019年的45件、2020年的53件增加到2021年的62件。", ["litig_cases=45/jurisdiction/prior_year", "litig_cases=53/jurisdiction/prior_year", "litig_cases=62/jurisdiction/full_year"]],
    ["出庭应诉率由2019年的85%、2020年的92%提高到98.6%。", ["litig_head_appearance_rate=85/jurisdiction/prior_year", "litig_head_appearance_rate=92/jurisdiction/prior_year", "litig_head_appearance_rate=98.6/jurisdiction/full_year"]],
    ["连续三年调解纠纷数量分别为3,287件、3,652件、4,118件。", ["mediation_cases=3287/jurisdiction/prior_year", "mediation_cases=3652/jurisdiction/prior_year", "mediation_cases=4118/jurisdiction/full_year"]],
    ["近两年行政复议纠错率分别为12.1%、13.5%。", ["recon_correction_rate=12.1/jurisdiction/prior_year", "recon_correction_rate=13.5/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, y2021)).toEqual(want);
  });
  it.each([
    ["县政府全年共收到行政复议申请137件,受理121件(2020年受理108件),审结119件。", "recon_accepted=108/jurisdiction/prior_year"],
    ["全年调解纠纷2,316件(2020年为2,104件)。", "mediation_cases=2104/jurisdiction/prior_year"],
    ["全县持证执法人员1,146名(2019年底1,032名)。", "enforce_officers=1032/jurisdiction/prior_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, y2021)).toContain(want);
  });
});

describe("met in blind16: a police bureau's report", () => {
  const bureau = { admin_level: "county", jurisdiction_name: "城固县", report_year: 2022, doc_kind: "department_report", department: "城固县公安局" } as DocContext;
  it.each([
    ["全局持证民警312名(上年为297名),民警持证率达到100%。", "enforce_officers=312/sub_entity/full_year"],
    ["全局各派出所联合驻所人民调解室调解矛盾纠纷1,532起,调解成功1,487起。", "mediation_cases=1532/sub_entity/full_year"],
    ["全年以我局为被申请人的行政复议案件14件,审结13件,其中维持10件、撤销2件、确认违法1件。", "recon_upheld=10/sub_entity/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, bureau)).toContain(want);
  });
  it("still counts mediation rooms as no disputes", () => {
    expect(stated("全县建成个人调解室38个,行业调解室12个。").some((x) => x.startsWith("mediation_cases"))).toBe(false);
  });
});

describe("the cases of a sentence about the government as respondent go on into the next", () => {
  const d = { ...COUNTY, jurisdiction_name: "通州区", report_year: 2024 };
  it.each([
    ["以区政府为被申请人的复议案件共50件,案件类型涉及信息公开等。目前审结43件,其中维持15件,驳回24件。", ["recon_concluded=43/as_respondent/full_year", "recon_upheld=15/as_respondent/full_year", "recon_rejected=24/as_respondent/full_year"]],
    ["区政府作为被申请人的行政复议案件12件。已审结10件,其中维持8件。", ["recon_concluded=10/as_respondent/full_year", "recon_upheld=8/as_respondent/full_year"]],
    ["被申请行政复议9件,涉及征收补偿。经复议维持7件,撤销1件。", ["recon_upheld=7/as_respondent/full_year", "recon_revoked=1/as_respondent/full_year"]],
  ])("%s", (text, want) => {
    const got = scoped(text, d);
    for (const w of want) expect(got).toContain(w);
  });
  it("stops where a sentence names its own subject", () => {
    expect(scoped("以区政府为被申请人的复议案件共50件。全区共审结行政复议案件1,550件。", d)).toContain("recon_concluded=1550/jurisdiction/full_year");
  });
});

describe("the principal head's appearance rate is a look-alike", () => {
  it.each(["正职负责人出庭应诉率为11.43%。", "行政机关正职出庭应诉率达到35%。", "其中正职负责人出庭率为20.5%。"])("%s", (text) => {
    expect(stated(text).some((x) => x.startsWith("litig_head_appearance_rate"))).toBe(false);
  });
  it("keeps the heads' appearance rate", () => {
    expect(stated("负责人出庭应诉率为100%,正职负责人出庭应诉率为11.43%。")).toEqual(["litig_head_appearance_rate=100"]);
  });
});

describe("审判机关 are the courts", () => {
  it.each([
    ["2024年上半年,黄石市司法行政部门新收行政复议申请371件,审判机关新收行政一审案件216件。", "recon_received=216"],
    ["全市行政复议机关收到申请500件,审判机关受理一审行政案件320件。", "recon_received=320"],
    ["复议机关新收案件88件,审判机关新收行政案件64件。", "recon_received=64"],
  ])("%s", (text, wrong) => {
    expect(stated(text, { ...CITY, report_year: 2024 })).not.toContain(wrong);
  });
});

describe("a dispute centre's docket and a kind of reconsideration case", () => {
  it.each([
    "今年以来,县行政争议协调化解中心受理行政争议案件21件,化解11件,调解成功率达52.4%。",
    "区行政争议调解中心受理案件36件,调解成功率61%。",
    "市行政争议多元化解中心全年受理行政争议58件。",
  ])("%s", (text) => {
    const got = stated(`行政复议工作方面,全县收到行政复议申请80件。${text}`);
    expect(got.filter((x) => x.startsWith("recon_") && x !== "recon_received=80")).toEqual([]);
  });
  it.each([
    ["因对禁摩政策争议引发的公安交警处罚类行政复议案件数量增幅超3.6倍(新收2758件)。", "recon_received=2758/subcategory/full_year"],
    ["其中,工伤认定类行政复议案件新收312件。", "recon_received=312/subcategory/full_year"],
    ["征收补偿类行政诉讼案件受理45件。", "litig_cases=45/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(`全市新收行政复议案件5,000件,行政诉讼案件900件。${text}`, CITY)).toContain(want);
  });
});

describe("met in real9: 代表意见建议, a bare 建议 after 人大议案, outcomes that name the respondent", () => {
  it.each([
    ["2023年,市政府共办理市八届人大三次会议代表意见建议57件。", "npc_suggestions=57"],
    ["县人大常委会向县政府交办人大代表意见建议80件。", "npc_suggestions=80"],
    ["市十五届人大五次会议以来,政府系统共承办人大议案3件、建议139件。", "npc_suggestions=139"],
  ])("%s", (text, want) => {
    expect(stated(text, CITY)).toContain(want);
  });
  it("reads outcomes that name the respondent, and 审查 applications as handled", () => {
    expect(stated("2020年,全市共审查行政复议申请11件,其中撤销被申请机关具体行政行为2件,责令被申请人依法履职4件,维持原行政机关决定1件。", { ...CITY, report_year: 2020 }))
      .toEqual(["recon_handled=11", "recon_revoked=2", "recon_ordered_to_perform=4", "recon_upheld=1"]);
    expect(stated("行政复议方面,撤销被申请人的具体行政行为3件。")).toEqual(["recon_revoked=3"]);
    expect(stated("行政复议方面,责令被申请单位限期履行2件。")).toEqual(["recon_ordered_to_perform=2"]);
  });
});

describe("met in blind17: procuratorial suggestions, disputes taken in at a 综治中心, cases carried over", () => {
  it("does not count procuratorial or judicial suggestions as lawsuits", () => {
    for (const t of ["积极支持检察机关开展行政诉讼监督,全年办理检察建议7件。", "行政诉讼方面,全年办理法院司法建议3件。", "行政应诉工作中,办理行政诉讼监督建议5件。"])
      expect(stated(t).some((x) => x.startsWith("litig_cases"))).toBe(false);
  });
  it("does not count disputes taken in and resolved by every channel as people's mediation", () => {
    for (const t of ["依托各级综治中心平台,全市共受理化解各类矛盾纠纷9.8万余件,化解率96.5%。", "全区受理化解矛盾纠纷1,100件。", "全市综治中心受理化解各类矛盾纠纷5,000件。"])
      expect(stated(t).some((x) => x.startsWith("mediation_cases"))).toBe(false);
  });
  it("does not count cases carried over to next year as handled", () => {
    for (const t of ["行政复议方面,年底结转至2022年办理4件。", "行政复议方面,结转下年度办理6件。", "行政复议方面,尚有3件结转至下一年度办理。"])
      expect(stated(t).some((x) => x.startsWith("recon_handled"))).toBe(false);
  });
});

describe("met in real9: heads at reconsideration hearings, public-security mediation", () => {
  it.each([
    "对38件案件组织召开听证会,严格落实新修订的行政复议法规定,行政机关负责人出庭率达100%。",
    "行政复议听证中,被申请人负责人出庭率达到95%。",
    "全年组织行政复议听证12场,行政机关负责人出庭率100%。",
  ])("%s", (text) => {
    expect(stated(text).some((x) => x.startsWith("litig_head_appearance_rate"))).toBe(false);
  });
  it("still reads the court appearance rate beside reconsideration", () => {
    expect(stated("全年行政复议和行政应诉工作稳步推进,行政机关负责人出庭应诉率100%。")).toContain("litig_head_appearance_rate=100");
    expect(stated("行政复议收到申请80件。行政机关负责人出庭应诉率98.5%。")).toContain("litig_head_appearance_rate=98.5");
  });
  it("does not read public-security mediation as people's mediation", () => {
    expect(stated("2021年我市行政调解案件1445件,其中公安部门治安调解630件。").some((x) => x.startsWith("mediation_cases"))).toBe(false);
  });
});

describe("met in real10: a total named again to break it down is the same observation", () => {
  it.each([
    ["全年共收到行政复议申请120件。在收到的120件申请中,受理108件,不予受理12件。", "recon_received=120/jurisdiction/full_year"],
    ["2023年,县人民调解组织共调解纠纷1,532件。上述1,532件纠纷中,婚姻家庭纠纷310件,调解成功1,501件。", "mediation_cases=1532/jurisdiction/full_year"],
    ["全年审结行政复议案件86件。在审结的86件案件中,维持52件,撤销9件。", "recon_concluded=86/jurisdiction/full_year"],
    ["今年一季度,县法院新收行政一审案件17件。在受理的17件案件中,行政登记5件,行政处罚3件。", "litig_court_new=17/jurisdiction/partial"],
  ])("%s", (text, once) => {
    const value = once.split("/")[0]!.split("=")[1];
    expect(scoped(text).filter((s) => s.split("/")[0]!.split("=")[1] === value)).toEqual([once]);
  });
  it("also when the frame names what was done to the cases (新受理的…151件中)", () => {
    const text = "2023年新受理行政复议案件151件。2023年度新受理的行政复议151件中,被申请人为县政府部门的140件。";
    expect(scoped(text).filter((s) => s.startsWith("recon_accepted=151/"))).toHaveLength(1);
  });
  it("keeps a count named only in the frame: nothing before it said so", () => {
    expect(scoped("全年收到行政复议申请95件,在审结的80件案件中,维持50件。")).toEqual(
      expect.arrayContaining(["recon_received=95/jurisdiction/full_year", "recon_concluded=80/jurisdiction/full_year", "recon_upheld=50/jurisdiction/full_year"]));
  });
});

describe("met in real10: a court's appeals are not the region's lawsuits", () => {
  it.each([
    ["2021年,全市法院新收一审行政案件1,208件,审结一审行政案件1,150件;新收二审行政案件297件,审结二审行政案件281件。", ["1208", "1150"]],
    ["市中院受理二审行政案件96件,审结88件;全市法院受理一审行政案件402件。", ["402"]],
    ["两级法院审结再审行政案件12件,新收一审行政诉讼案件530件,审结一审案件498件。", ["530", "498"]],
  ])("%s", (text, values) => {
    const litig = run(text, CITY).filter((o) => !o.is_derived && o.indicator_id.startsWith("litig_")).map((o) => String(o.value));
    expect(litig.sort()).toEqual([...values].sort());
  });
});

describe("met in real11: officers counted before the certificate they hold", () => {
  it.each([
    ["2025年全乡共27人持有行政执法证,法律顾问1名。", "enforce_officers=27"],
    ["截至年底,全县现有312名干部取得行政执法资格。", "enforce_officers=312"],
    ["全区共有1,024人持有执法证件,较上年有所增加。", "enforce_officers=1024"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("does not read officers newly certified as the total", () => {
    expect(stated("全县今年新增45人取得行政执法证。").some((s) => s.startsWith("enforce_officers="))).toBe(false);
  });
});

describe("met in real11: a place written with its parent before it is the place", () => {
  it.each([
    ["株洲市芦淞区政府法制办公室作为行政复议机构,全年受理复议案件73件。", COUNTY, "recon_accepted=73/jurisdiction/full_year"],
    ["湖北省孝感市司法局全年办理行政复议案件120件。", CITY, "recon_handled=120/jurisdiction/full_year"],
    ["南阳市邓州市人民政府全年收到行政复议申请58件。", COUNTY_CITY, "recon_received=58/jurisdiction/full_year"],
  ] as const)("%s", (text, ctx, want) => {
    expect(scoped(text, ctx)).toContain(want);
  });
  it("still reads the parent alone as the higher level", () => {
    expect(scoped("株洲市全年受理行政复议案件300件,芦淞区受理73件。", COUNTY)).toContain("recon_accepted=300/higher_level/full_year");
  });
});

describe("met in real11: reconsideration cases ended by the parties' agreement", () => {
  it.each([
    ["全年受理行政复议案件73件,作出终止决定13件,其中,经调解后达成和解协议的4件,申请人撤回申请的9件。", "recon_settled=4"],
    ["行政复议案件审结88件,其中申请人与被申请人自愿达成和解的6件。", "recon_settled=6"],
    ["本年度行政复议机构共组织调解15次,达成调解协议11件,纠错8件。", "recon_settled=11"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("does not read mediation agreements before filing as cases settled", () => {
    expect(stated("行政复议受理前达成和解协议的5件,未进入复议程序。").some((s) => s.startsWith("recon_settled="))).toBe(false);
  });
});

describe("met in real11: correction outcomes counted in groups are parts of the corrections", () => {
  const corrected = (text: string) => run(text, COUNTY).filter((o) => o.indicator_id === "recon_corrected" && o.scope === "jurisdiction").map((o) => `${o.value}${o.is_derived ? " derived" : ""}`);
  it.each([
    ["全年审结行政复议案件422件,撤销和确认违法65件,变更和责令履行21件,驳回73件,维持201件。", ["86 derived"]],
    ["行政复议审结160件,其中撤销、变更12件,确认违法7件,维持120件。", ["19 derived"]],
    ["共审结行政复议案件95件,撤销或确认违法9件,责令履行3件,变更1件,驳回10件。", ["13 derived"]],
  ])("%s", (text, want) => {
    expect(corrected(text)).toEqual(want);
  });
  it("keeps a listed total that the sentence then breaks down", () => {
    expect(corrected("行政复议审结80件,撤销、变更18件,其中撤销12件。")).toEqual(["18"]);
  });
});

describe("met in real11: a sentence that looks at a total one way (从…来看) breaks it down", () => {
  const whole = (text: string) => scoped(text).filter((s) => s.includes("/jurisdiction/"));
  it.each([
    ["2023年,全县法院受理行政诉讼案件210件。从应诉机关来看,县政府部门应诉的有150件;乡镇政府应诉的有40件;县政府应诉的有20件。", "litig_cases=210/jurisdiction/full_year"],
    ["全县共收到行政复议申请469件。从被申请人情况看,乡镇政府36件,县政府130件,县级政府部门252件。", "recon_received=469/jurisdiction/full_year"],
    ["全年各级调解组织调解纠纷1,860件。从纠纷类型看:婚姻家庭纠纷420件,邻里纠纷380件。", "mediation_cases=1860/jurisdiction/full_year"],
  ])("%s", (text, total) => {
    const indicator = total.split("=")[0];
    expect(whole(text).filter((s) => s.startsWith(indicator + "="))).toEqual([total]);
  });
  it("leaves outcomes looked at one way as the outcomes they are", () => {
    expect(whole("全年受理行政复议案件430件。从审理结果看,全年共审结422件,驳回73件,维持201件。")).toEqual(
      expect.arrayContaining(["recon_concluded=422/jurisdiction/full_year", "recon_upheld=201/jurisdiction/full_year"]));
  });
});

describe("met in real11: a 其中-list goes on through ;-parts that name no subject", () => {
  const whole = (text: string) => scoped(text).filter((s) => !s.includes("/subcategory/"));
  it.each([
    ["全年区政府被诉行政案件共计6件,其中因不服行政复议决定被诉的4件;因不服房屋征收补偿决定被诉的1件;因不服政府信息公开答复被诉的1件。", "litig_cases"],
    ["全县共收到行政复议申请85件,其中涉及行政处罚的31件;涉及信息公开的20件;涉及征收补偿的12件。", "recon_received"],
    ["全年调解矛盾纠纷1,240件,其中婚姻家庭纠纷310件;邻里纠纷285件;土地纠纷96件。", "mediation_cases"],
  ])("%s", (text, indicator) => {
    expect(whole(text).filter((s) => s.startsWith(indicator + "="))).toHaveLength(1);
  });
  it("ends the list at a part with its own subject", () => {
    expect(whole("全县共收到行政复议申请85件,其中涉及行政处罚的31件;县政府收到申请20件。").some((s) => s.startsWith("recon_received=20/"))).toBe(true);
  });
});

describe("met in real10: 在…的…中 breaks down the total named before, also from the next paragraph", () => {
  const whole = (text: string) => scoped(text).filter((s) => !s.includes("/subcategory/"));
  it.each([
    ["全年经审查立案政协提案183件。\n在立案的提案中,委员提案142件,集体提案41件。", "cppcc_proposals", ["142", "41"]],
    ["全年调解矛盾纠纷1,250件。\n在调解的纠纷中,婚姻家庭纠纷320件,邻里纠纷210件。", "mediation_cases", ["320", "210"]],
    ["全年承办区人大代表建议86件。在承办的建议中,代表个人建议60件,代表团建议26件。", "npc_suggestions", ["60", "26"]],
  ])("%s", (text, indicator, parts) => {
    const values = whole(text).filter((s) => s.startsWith(indicator + "=")).map((s) => s.split("/")[0]!.split("=")[1]);
    expect(values).toHaveLength(1);
    expect(values.some((v) => parts.includes(v!))).toBe(false);
  });
});

describe("met in real10: proposals and suggestions counted again after merging", () => {
  it.each([
    ["区政协委员共提出提案189件,经审查后共立案180件,并案后共交办161件,现已全部办结。", "cppcc_proposals=161"],
    ["本次会议收到政协提案230件,经审查立案205件,合并后实际交办188件。", "cppcc_proposals=188"],
    ["大会期间区人大代表提出建议152件,并案处理后交办134件,已全部办结。", "npc_suggestions=134"],
  ])("%s", (text, want) => {
    const indicator = want.split("=")[0]!;
    expect(stated(text).filter((s) => s.startsWith(indicator + "="))).toEqual([want]);
  });
});

describe("met in real8: a year so far (2023年截至目前, 今年截至目前) is a part of the year", () => {
  it.each([
    ["2023年截至目前,全县一审行政诉讼案件已审结16件,败诉0件。", "litig_concluded=16/jurisdiction/partial"],
    ["今年截至目前,全县共收到行政复议申请48件。", "recon_received=48/jurisdiction/partial"],
    ["本年度截止到目前,各级人民调解组织调解纠纷1,032件。", "mediation_cases=1032/jurisdiction/partial"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in real12: the year so far said as 至11月底 or 前11个月", () => {
  it.each([
    ["全县各级人民调解组织至11月底共调处各类矛盾纠纷3,818件。", "mediation_cases=3818/jurisdiction/partial"],
    ["全县人民调解组织前11个月调解纠纷1,290件。", "mediation_cases=1290/jurisdiction/partial"],
    ["到9月底,全县共收到行政复议申请64件。", "recon_received=64/jurisdiction/partial"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("keeps the whole year said as 前十二个月 or 至12月底", () => {
    expect(scoped("全县人民调解组织至12月底共调解纠纷1,500件。")).toContain("mediation_cases=1500/jurisdiction/full_year");
  });
});

describe("met in real12: reconsideration figures said around the number", () => {
  it.each([
    ["全市各级行政复议机关共审结行政复议案件846件,其中53.1%的行政行为因为违法或不当而被纠正。", "recon_correction_rate=53.1"],
    ["全县审结复议案件120件,12.5%的具体行政行为被依法纠正。", "recon_correction_rate=12.5"],
    ["全年共调解行政复议案件154件,化解行政争议。", "recon_settled=154"],
    ["全市收到行政复议申请1,466件,还有224件因调解成功,申请人撤回申请。", "recon_settled=224"],
    ["复议机构组织和解复议案件31件。", "recon_settled=31"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("does not read mediators or mediation rooms as cases settled", () => {
    expect(stated("全市行政复议机构设立调解室12个,配备调解员30名。").some((s) => s.startsWith("recon_settled="))).toBe(false);
  });
});

describe("met in real12: officers who hold the certificate, and an exact value over a rounded one", () => {
  it.each([
    ["截至2020年12月31日,市本级执法人员数量为40人,执法证持有人员38人,执证率达95%。", "enforce_officers=38"],
    ["全县行政执法证件持证人员1,206名。", "enforce_officers=1206"],
    ["全区执法资格取得人员512人。", "enforce_officers=512"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("heads with the exact value when the text rounds it first", () => {
    const heads = run("全省行政机关败诉率约32%。2023年,全省法院审结的一审案件中,行政机关败诉率为32.49%。", COUNTY).filter((o) => o.is_headline && o.indicator_id === "litig_loss_rate");
    expect(heads.map((o) => o.value)).toEqual([32.49]);
  });
});

describe("met in real12: a span from a month of one year to another year is cumulative", () => {
  it.each([
    ["2008年1月至2010年5月底,全市法院共收一审行政诉讼案件2,584件,审结2,418件。", "litig_court_new=2584"],
    ["2019年7月至2021年6月,全县共收到行政复议申请312件。", "recon_received=312"],
    ["2020年3月—2022年12月,全区调解纠纷5,120件。", "mediation_cases=5120"],
  ])("%s", (text, want) => {
    const o = run(text, CITY).find((x) => `${x.indicator_id}=${x.value}` === want || (want.startsWith("litig_court_new") && x.value === 2584));
    expect(o?.period).toBe("cumulative");
  });
  it("keeps months of one year a part of it", () => {
    expect(scoped("2023年1月至2023年6月,全县共收到行政复议申请40件。")).toContain("recon_received=40/jurisdiction/partial");
  });
});

describe("met in blind18: a justice bureau's own report — the region's dockets, its own suggestions and visitors", () => {
  const OFFICE = { ...COUNTY, office: "芦淞区司法局" };
  it.each([
    ["全年办理区人大代表建议4件、区政协委员提案6件,办结率100%。", ["npc_suggestions=4/sub_entity/full_year", "cppcc_proposals=6/sub_entity/full_year"]],
    ["接待群众来访23批41人次,均已依法依规答复。", ["petition_batches=23/sub_entity/full_year", "petition_persons=41/sub_entity/full_year"]],
    ["承办人大代表建议和政协提案共15件,全部按期办结。", ["npc_cppcc_total=15/sub_entity/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, OFFICE)).toEqual(expect.arrayContaining(want));
  });
  it("keeps the region's reconsideration, mediation and the whole region's figures", () => {
    expect(scoped("全年收到行政复议申请62件,全区各级调解组织调解纠纷1,020件,全区信访总量下降。", OFFICE)).toEqual(
      expect.arrayContaining(["recon_received=62/jurisdiction/full_year", "mediation_cases=1020/jurisdiction/full_year"]));
  });
});

describe("met in blind18: the holders of the certificate named before their count", () => {
  it.each([
    ["截至2023年底,全县取得行政执法证件的人员共1,027名。", "enforce_officers=1027"],
    ["全区持有行政执法证的人员达856人。", "enforce_officers=856"],
    ["全市取得执法资格的干部共2,310名。", "enforce_officers=2310"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
});

describe("met in blind18: in a report on part of the year, a session's suggestions, and a part's own window", () => {
  const PART = { ...COUNTY, window: { value: "partial" as const, note: "前三季度" } };
  it.each([
    ["区人大会议期间代表提出的建议64件、区政协委员提案81件,截至9月底已全部办结。", ["npc_suggestions=64/jurisdiction/full_year", "cppcc_proposals=81/jurisdiction/full_year"]],
    // (a session's batch without a date of its own is the year's, however early it was answered)
    ["今年承办的区人大代表建议58件已全部答复。", ["npc_suggestions=58/jurisdiction/full_year"]],
    ["1—9月共收到行政复议申请83件,其中上半年收到申请51件。", ["recon_received=83/jurisdiction/partial", "recon_received=51/jurisdiction/partial"]],
  ])("%s", (text, want) => {
    expect(scoped(text, PART)).toEqual(expect.arrayContaining(want));
  });
});

describe("met in real13: a count written without its unit, right after its noun", () => {
  it.each([
    ["全年本市各级行政复议机关共审结复议案件4696,审结率为83.4%。", "recon_concluded=4696"],
    ["全县共收到行政复议申请213,同比增长12%。", "recon_received=213"],
    ["全年人民调解组织调解矛盾纠纷1520,调解成功1498件。", "mediation_cases=1520"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("does not give a unit to a year, a rate or a number followed by other words", () => {
    expect(stated("全县审结复议案件2023年度情况良好。").some((s) => s.startsWith("recon_concluded="))).toBe(false);
    expect(stated("收到申请编号2023001号的案件。").some((s) => s.startsWith("recon_received="))).toBe(false);
  });
});

describe("met in real13: the correction rate said with 为, and suggestions counted before their noun", () => {
  it.each([
    ["审结复议案件4696件,其中作出纠错决定的191件,纠错为4.1%。", "recon_correction_rate=4.1"],
    ["全年行政复议直接纠错达9.6%。", "recon_correction_rate=9.6"],
    ["截至8月14日,归属省政府系统组织办理的778件建议已全部办理完毕,人大代表满意率为90%。", "npc_suggestions=778"],
    ["今年市政府承办的156件人大代表建议全部办结。", "npc_suggestions=156"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("does not read a 建议书 or a count of suggestions' kinds as suggestions handled", () => {
    expect(stated("全年制发行政复议建议书12件。").some((s) => s.startsWith("npc_suggestions="))).toBe(false);
  });
});

describe("met in blind7 again: last year's suggestions followed up are no count of this year's", () => {
  it("does not read 对上年度列入B类的41件建议 as suggestions handled", () => {
    expect(stated("同时,对上年度列入B类的41件建议开展“回头看”跟踪督办,其中已有29件得到解决。").some((s) => s.startsWith("npc_suggestions="))).toBe(false);
  });
});

describe("met in real13: a paragraph that opens with a part of the year counts the rest over it", () => {
  it.each([
    ["截至2017年10月,全县受理群众来信来访总量为300件次861人次。在受理的来信来访中,县信访局接待来访108批次552人次。", "petition_batches=108"],
    ["1—9月,全县共收到行政复议申请83件。经审查,依法受理76件。", "recon_accepted=76"],
    ["上半年,全区人民调解组织共调解纠纷1,210件。各调委会调解成功1,188件。", "mediation_succeeded=1188"],
  ])("%s", (text, want) => {
    const o = run(text, COUNTY).find((x) => !x.is_derived && `${x.indicator_id}=${x.value}` === want);
    expect(o?.period).toBe("partial");
  });
  it("not over a sentence that names its own time, nor into the next paragraph", () => {
    expect(scoped("1至9月,全县审结行政复议案件300件。全年人民调解案件2100件。")).toContain("mediation_cases=2100/jurisdiction/full_year");
    expect(scoped("1—9月,全县共收到行政复议申请83件。\n全县人民调解组织调解纠纷2,100件。")).toContain("mediation_cases=2100/jurisdiction/full_year");
  });
});

describe("met in real13: a 其中 sentence is in the time of the sentence it breaks down", () => {
  it.each([
    ["截至10月底,全县受理来信来访总量300件次。其中:接待群众来访261批次822人次。", "petition_batches=261"],
    ["今年1至6月,全市审结行政复议案件96件。其中维持52件,撤销9件。", "recon_upheld=52"],
    ["前三季度,全县调解纠纷2,041件。其中调解成功2,002件。", "mediation_succeeded=2002"],
  ])("%s", (text, want) => {
    const o = run(text, COUNTY).find((x) => !x.is_derived && `${x.indicator_id}=${x.value}` === want);
    expect(o?.period).toBe("partial");
  });
});

describe("met in real14: a department's own reconsideration cases, applications to a body, suggestions received", () => {
  const DEPT = { ...COUNTY, department: "芦淞区交通局" };
  it.each([
    ["2024年我局共发生行政复议1件,无行政诉讼。", "recon_as_respondent=1/sub_entity/full_year"],
    ["全年涉及本局的行政复议2件,均维持。", "recon_as_respondent=2/sub_entity/full_year"],
    ["本年度被申请行政复议3件。", "recon_as_respondent=3/sub_entity/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, DEPT)).toContain(want);
  });
  it.each([
    ["对行政处罚结果向市公安局申请行政复议案件3件,全市公安机关涉行政诉讼案件74件。", "recon_received=3"],
    ["全年群众申请行政复议58件,依法受理52件。", "recon_received=58"],
    ["当事人向区政府申请复议的案件12件。", "recon_received=12"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it.each([
    ["市六届人大二次会议以来,全市政府系统共收到建议1,284件,按时办结率100%。", "npc_suggestions=1284"],
    ["区人大一次会议期间,区政府承办建议86件。", "npc_suggestions=86"],
    ["县人大常委会交办建议42件,已全部办复。", "npc_suggestions=42"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("does not read proposals as suggestions", () => {
    expect(stated("区政协会议以来,承办政协提案建议30件。").some((s) => s.startsWith("npc_suggestions="))).toBe(false);
  });
});

describe("met in real15: suggestions and proposals in more wordings", () => {
  it.each([
    ["市十七届人大一次会议以来共收到229位市人大代表对我市各方面工作提出的建议445件。", "npc_suggestions=445"],
    ["市十八届人大一次会议以来,代表共提出建议238件,截至目前已全部办理完毕。", "npc_suggestions=238"],
    ["截至2022年12月底,445件建议已全部办结并答复代表。人大代表满意率100%。", "npc_suggestions=445"],
    ["共收到政协宜良县委员会第十届三次全会交办提案5件,涉及社会建设等类别。", "cppcc_proposals=5"],
    ["县交运局主办的40件人大建议和5件政协提案均于6月20日前全部办理完成。", "cppcc_proposals=5"],
    ["全省通过撤销、变更、确认违法等方式纠正违法和不当行政行为1540件。", "recon_corrected=1540"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("does not read the proposals after a list of suggestions as suggestions", () => {
    expect(stated("县交运局主办的40件人大建议和5件政协提案均已办理完成。")).not.toContain("npc_suggestions=5");
  });
  it("a session's batch is the year's, whatever date it was answered by; a span of the year is still partial", () => {
    const MIDYEAR = { ...COUNTY, published_on: "2023-09-09" };
    expect(scoped("县交运局主办的40件人大建议均于6月20日前全部办理完成。", MIDYEAR)).toContain("npc_suggestions=40/jurisdiction/full_year");
    expect(scoped("截至8月14日,归属区政府系统办理的778件人大代表建议已全部办理完毕。", MIDYEAR)).toContain("npc_suggestions=778/jurisdiction/full_year");
    expect(scoped("上半年,区政府办理人大代表建议36件。", MIDYEAR)).toContain("npc_suggestions=36/jurisdiction/partial");
  });
});

describe("met in real12: a count without its unit right after its verb, between counts of cases", () => {
  it.each([
    ["全区各级人民调解组织共排查矛盾纠纷8451件,调处8438,调解成功7913件,成功率93.78%。", "mediation_cases=8438"],
    ["全年收到行政复议申请320件,受理301,审结288件。", "recon_accepted=301"],
    ["全年新收行政诉讼案件56件,审结49,其中败诉2件。", "litig_concluded=49"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });

  it("leaves a bare number alone when no count of cases stands beside it", () => {
    expect(stated("全年开展法治宣传活动,受理320,发放资料。")).toEqual([]);
    expect(stated("全年受理行政复议案件120件,审结率为95%,办结114。").filter((s) => s.endsWith("=114"))).toEqual([]);
  });
});

describe("met in real17: officers counted as 执法持证人员, or in a clause of their own on a bureau's roll", () => {
  it.each([
    ["我局现有执法机构20个,在岗行政执法持证人员212人。", "enforce_officers=212"],
    ["全县共有行政执法持证人员1046名。", "enforce_officers=1046"],
    ["局机关执法岗位设置13个,执法人员27人;执法支队执法岗位2个,执法人员47人。", "enforce_officers=47"],
    ["稽查大队设执法岗位8个,在岗执法人员数量为35人。", "enforce_officers=35"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });

  it("leaves officers sent out, trained or assisting alone", () => {
    expect(find("全年出动执法人员1200人次,检查企业300家。", "enforce_officers")).toEqual([]);
    expect(find("组织培训执法人员320人。", "enforce_officers")).toEqual([]);
    expect(find("全年共检查,执法人员发现问题15个。", "enforce_officers")).toEqual([]);
  });
});

describe("met in real17: the people of petition batches counted right after them (3批5人)", () => {
  it.each([
    ["当天的大接访活动共接待来访群众3批5人。", ["petition_batches=3", "petition_persons=5"]],
    ["全年县信访局接待群众来访126批413人。", ["petition_batches=126", "petition_persons=413"]],
    ["县信访局受理来访群众45批次168人,办结率100%。", ["petition_batches=45", "petition_persons=168"]],
  ])("%s", (text, want) => {
    expect(stated(text).filter((s) => s.startsWith("petition_"))).toEqual(want);
  });

  it("leaves people who are not the batches' alone", () => {
    expect(find("县信访局干部5人,接访3批。", "petition_persons")).toEqual([]);
  });
});

describe("met in real17: what was resolved (化解) is not mediation's success nor the petitions received", () => {
  it.each([
    ["全镇人民调解委员会调解纠纷56件。综治系统录入矛盾月均165条,化解成功率达99%。", "mediation_success_rate"],
    ["全县人民调解组织调解纠纷300件。各村矛盾纠纷化解成功率为97.5%。", "mediation_success_rate"],
    ["今年以来到县上访18批,已成功化解15批,化解率达99%。", "petition_batches=15"],
  ])("%s", (text, not) => {
    expect(stated(text).some((s) => s.startsWith(not))).toBe(false);
  });
  it("still reads mediation's own success rate", () => {
    expect(stated("全镇调解纠纷56件,调解成功54件,成功率96.4%。")).toContain("mediation_success_rate=96.4");
    expect(stated("今年以来到县上访18批52人次。")).toEqual(["petition_batches=18", "petition_persons=52"]);
  });
});

describe("met in real16: an average per year, month or day is no count of the year", () => {
  it.each([
    "过去3年,我省年均受理行政复议申请超万件。",
    "近五年,全市平均每年办理行政诉讼案件320件。",
    "全县人民调解组织月均调解纠纷86件。",
    "县信访局日均接待来访群众12批次。",
  ])("%s", (text) => {
    expect(stated(text)).toEqual([]);
  });
  it("still reads the year's own count beside it", () => {
    expect(stated("2021年,全省共收到行政复议申请14635件,年均增长8%。")).toEqual(["recon_received=14635"]);
  });
});

describe("met in real16: the share a count just stated makes is that count's rate (结案3723件,占31.65%)", () => {
  it.each([
    ["2021年,全省行政复议以调解、和解等方式结案3723件,占31.65%。", "recon_settlement_rate=31.65"],
    ["全年行政复议审结420件,纠错58件,占13.8%。", "recon_correction_rate=13.8"],
    ["全县审结行政诉讼案件96件,败诉7件,占比7.3%。", "litig_loss_rate=7.3"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("leaves a share of something else, or a share said of a named total, to the other rules", () => {
    expect(stated("全年收到行政复议申请320件,占全市的18%。").filter((s) => s.includes("rate"))).toEqual([]);
    expect(stated("全县调解纠纷1200件,其中婚姻家庭纠纷300件,占25%。").filter((s) => s.includes("rate"))).toEqual([]);
  });
});

describe("met in real18: courts' first-instance cases concluded, cases a head attended, defendants among the region's organs", () => {
  const periods = (text: string) => scoped(text, CITY);
  it.each([
    ["2015年全市法院新收各类一审行政案件1120件,审结962件,结案率为85.9%。", "litig_concluded=962"],
    ["2024年上海法院共受理一审行政案件8406件、审结7704件,受理二审行政案件3111件、审结3050件。", "litig_concluded=7704"],
    ["全年两级法院受理一审行政案件640件,已审结598件。", "litig_concluded=598"],
  ])("the court's first-instance cases, concluded: %s", (text, want) => {
    expect(stated(text)).toContain(want);
    expect(stated(text)).not.toContain("litig_concluded=3050");
  });
  it.each([
    "2015年5月至当年底,我市共有383件行政案件被告行政机关的负责人出庭应诉。",
    "全年共有56件行政诉讼案件由行政机关负责人出庭应诉。",
    "全县被诉案件中,涉及42件案件的行政机关负责人出庭应诉。",
  ])("the cases a head attended are no count of lawsuits: %s", (text) => {
    expect(find(text, "litig_cases")).toEqual([]);
  });
  it.each([
    ["全市以乡、镇政府为被告的行政诉讼案件506件。", "litig_cases=506/subcategory/full_year"],
    ["全年以市直部门为被告的行政诉讼案件213件。", "litig_cases=213/subcategory/full_year"],
    ["全区以街道办事处为被告的行政诉讼案件15件。", "litig_cases=15/subcategory/full_year"],
  ])("defendants among the region's organs only: %s", (text, want) => {
    expect(periods(text)).toContain(want);
  });
  it("keeps the government with its departments and towns as the whole region", () => {
    expect(periods("全年以县政府或者县直部门、乡镇人民政府为被告的行政诉讼案件37件。")).toContain("litig_cases=37/jurisdiction/full_year");
  });
  it.each([
    ["2023年5月至当年底,全市行政机关负责人出庭应诉率为38%。", "litig_head_appearance_rate=38/jurisdiction/partial"],
    ["今年7月至年底,全市人民调解组织调解纠纷1,200件。", "mediation_cases=1200/jurisdiction/partial"],
  ])("a span from a month to the year's end is part of the year: %s", (text, want) => {
    expect(periods(text)).toContain(want);
  });
});

describe("met in real18: the government's own reconsideration cases, revoked-and-ordered, case kinds", () => {
  it.each([
    ["办理复议区政府案件7件,决定维持4件。", ["recon_as_respondent=7/jurisdiction/full_year", "recon_upheld=4/as_respondent/full_year"]],
    ["全年办理复议县政府案件12件,驳回3件。", ["recon_as_respondent=12/jurisdiction/full_year", "recon_rejected=3/as_respondent/full_year"]],
    ["上级复议机关办理复议市人民政府案件5件。", ["recon_as_respondent=5/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(want);
  });
  it("counts revoked-and-ordered in neither count alone", () => {
    expect(stated("行政复议纠错11件,其中决定撤销6件,责令履职1件,决定撤销并责令履职4件。")).toEqual(["recon_corrected=11", "recon_revoked=6", "recon_ordered_to_perform=1"]);
  });
  it("reads a kind of case in a reconsideration breakdown as no penalty count", () => {
    expect(find("全年收到行政复议申请92件。从案件类别来看,行政处罚30件,行政强制13件。", "penalty_cases")).toEqual([]);
    expect(find("从案件类型上看,涉及行政处罚的18件。", "penalty_cases")).toEqual([]);
    expect(stated("全年共办理行政处罚案件1,230件。")).toEqual(["penalty_cases=1230"]);
  });
});

describe("met in real19: news of the year after its report year calls the report year 去年", () => {
  const NEWS: DocContext = { admin_level: "province", jurisdiction_name: "四川省", report_year: 2011, published_on: "2012-04-22", doc_kind: "news" };
  it.each([
    ["据统计,去年全省共调处化解矛盾纠纷927230件,调解成功率达83.6%。", "mediation_cases=927230/jurisdiction/full_year"],
    ["去年,全省行政复议机关共收到行政复议申请8,120件。", "recon_received=8120/jurisdiction/full_year"],
    ["记者获悉,去年全省各级人民调解组织共调解纠纷41万余件。", "mediation_cases=410000/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, NEWS)).toContain(want);
  });
  it("keeps 去年同期 and a report's own 去年 as the year before", () => {
    expect(scoped("今年一季度,全省收到行政复议申请2,100件;去年同期为1,980件。", NEWS)).toContain("recon_received=1980/jurisdiction/prior_year");
    expect(scoped("去年全省共调解纠纷41万件。", { ...NEWS, doc_kind: "annual_report" })).toContain("mediation_cases=410000/jurisdiction/prior_year");
  });
});

describe("met in real19: the nation's figures quoted in a local text are no observation of the place", () => {
  it.each([
    ["司法部2024年数据显示全国调解纠纷总量达1843.7万件,基层调解已成纠纷化解主渠道。", []],
    ["2023年,全国各级行政复议机关共收到行政复议申请41.6万件。", []],
    ["据统计,全国法院一审审结行政案件30万件,本市审结行政诉讼案件120件。", ["litig_concluded=120/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, CITY)).toEqual(want);
  });
  it("leaves a place's figure beside a national honour to the place", () => {
    expect(scoped("荣获全国人民调解工作先进集体的全市调解组织共调解纠纷3,200件。", CITY)).toContain("mediation_cases=3200/jurisdiction/full_year");
  });
});

describe("met again in holdout: all the region's organs as defendants are the region", () => {
  it.each([
    ["全区法院受理以区属行政机关为被告的一审行政诉讼案件63件。", "litig_cases=63/jurisdiction/full_year"],
    ["全年以县属行政机关为被告的行政诉讼案件48件。", "litig_cases=48/jurisdiction/full_year"],
    ["以全区各级行政机关为被告的行政诉讼案件230件。", "litig_cases=230/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in real20: cases a court hands on to the mediators are the mediators'; a court's other dockets are no lawsuits", () => {
  it.each([
    ["今年,平罗县诉前调委会共受理法院委派案件1102件,成功调解973件,成功率达88.3%。", ["mediation_cases=1102", "mediation_succeeded=973", "mediation_success_rate=88.3"]],
    ["2023年,县诉前人民调解委员会受理法院委派的纠纷526件,调解成功410件。", ["mediation_cases=526", "mediation_succeeded=410"]],
    ["全年区人民调解中心接收法院移交的案件88件,调解成功80件。", ["mediation_cases=88", "mediation_succeeded=80"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });
  it.each([
    "全年县人民法院新收民事案件3,200件。",
    "全年市中级人民法院受理民商事案件12,300件。",
    "两级法院共受理刑事案件860件。",
  ])("a court's other docket: %s", (text) => {
    expect(stated(text).filter((s) => s.startsWith("litig_"))).toEqual([]);
  });
  it("still reads a court's administrative intake", () => {
    expect(stated("全年两级法院新收一审行政案件240件。")).toEqual(["litig_cases=240"]);
  });
});

describe("met in real20: a term's or five years' totals are cumulative; a docket with old cases is no intake", () => {
  it.each([
    ["过去五年,孝感市政协共提出提案1082件,经审查立案903件。", "cppcc_proposals=903/jurisdiction/cumulative"],
    ["孝感市七届政协期间,共提出提案1082件,经审查立案903件。", "cppcc_proposals=903/jurisdiction/cumulative"],
    ["本届以来,市人大代表共提出建议2,130件。", "npc_suggestions=2130/jurisdiction/cumulative"],
  ])("%s", (text, want) => {
    expect(scoped(text, CITY)).toContain(want);
  });
  it("reads the year's own line after the term's", () => {
    expect(scoped("其中,2023年度委员提出政协提案224件,经审查立案166件。", CITY)).toContain("cppcc_proposals=166/jurisdiction/full_year");
  });
  it.each([
    "2023年,全省各级法院共受理各类行政案件2203件(含旧存245件)。",
    "全年两级法院受理行政案件860件(含上年结转96件)。",
    "全市法院收案行政案件1,020件(包括旧存110件)。",
  ])("a docket with the cases carried over: %s", (text) => {
    expect(stated(text).filter((s) => s.startsWith("litig_cases"))).toEqual([]);
  });
});

describe("met in real21: suggestions and proposals counted together, then apart", () => {
  it.each([
    ["2023年区政府系统共办理区人大、区政协转交的建议和提案224件,其中建议73件、提案151件。", ["npc_suggestions=73", "cppcc_proposals=151"]],
    ["全年共承办人大建议和政协提案186件,其中建议92件,提案94件。", ["npc_suggestions=92", "cppcc_proposals=94"]],
    ["2023年,县政府共办理县人大、县政协交办的议案建议和提案130件,其中议案建议52件、提案78件。", ["npc_suggestions=52", "cppcc_proposals=78"]],
  ])("%s", (text, want) => {
    expect(stated(text).filter((s) => !s.startsWith("npc_cppcc_total"))).toEqual(want);
  });
  it("reads a court's concluded lawsuits of the organs (涉讼案件)", () => {
    expect(stated("县法院2023年共审结县内行政机关涉讼案件39件,同比下降29.09%。")).toEqual(["litig_concluded=39"]);
  });
});

describe("met in real21: counts since a body opened are cumulative", () => {
  it.each([
    ["2023年9月10日,县人民调解中心正式建成,启用以来共调处各类矛盾纠纷106件。", "mediation_cases=106"],
    ["县公共法律服务中心挂牌以来,调解纠纷1,230件。", "mediation_cases=1230"],
    ["平台投入使用以来,全区共调处矛盾纠纷860件。", "mediation_cases=860"],
  ])("%s", (text, want) => {
    const got = scoped(text).filter((s) => s.startsWith(want + "/"));
    expect(got).toHaveLength(1);
    expect(got[0]!.endsWith("/cumulative")).toBe(true);
  });
});

describe("met in real22: proposals registered (确定立案), totals over N years", () => {
  it.each([
    ["市政协十二届五次会议期间,委员们共提交政协提案639件。经过市政协提案委员会审查,确定立案588件,立案率达92%。", "cppcc_proposals=588"],
    ["本次会议共收到政协委员提案320件,经审查予以立案296件。", "cppcc_proposals=296"],
    ["县政协全会收到提案150件,审查立案141件。", "cppcc_proposals=141"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it.each([
    ["4年来,州政协共立案政协提案932件。", "cppcc_proposals=932"],
    ["5年来,全县各级调解组织调解纠纷1.2万件。", "mediation_cases=12000"],
    ["10年以来,全市共办理行政复议案件4,120件。", "recon_handled=4120"],
  ])("a total over N years is cumulative: %s", (text, want) => {
    const got = scoped(text, CITY).filter((s) => s.startsWith(want + "/"));
    expect(got).toHaveLength(1);
    expect(got[0]!.endsWith("/cumulative")).toBe(true);
  });
});

describe("met in blind19: 受理 with its refusals inside, a count's parts by year, a rate's stated base", () => {
  it.each([
    ["2024年,区政府受理行政复议申请212件(其中不予受理15件)。", "recon_received=212"],
    ["全年受理行政复议案件96件(含不予受理4件)。", "recon_received=96"],
    ["县政府共受理复议申请58件（其中决定不予受理3件）,审结52件。", "recon_received=58"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
    expect(stated(text).some((s) => s.startsWith("recon_accepted="))).toBe(false);
  });
  it("reads the parts of a count by the year they came in as no count of their own", () => {
    expect(scoped("全年审结行政复议案件173件（上年结转8件，本年受理165件）。")).toEqual(["recon_concluded=173/jurisdiction/full_year"]);
    expect(scoped("全年办结行政复议案件96件(其中上年结转12件、本年新收84件)。")).toEqual(["recon_concluded=96/jurisdiction/full_year"]);
    expect(scoped("全年共有15,872件行政复议案件审结(含上年结转的1,216件)。")).toEqual(["recon_concluded=15872/jurisdiction/full_year"]);
  });
  it.each([
    "直接纠错率18.5%(以作出复议决定的130件计)。",
    "败诉率为6.2%(按审结的113件计算)。",
    "调解成功率98.1%(以受理的1,040件为基数)。",
  ])("the base a rate was counted over is no count: %s", (text) => {
    expect(stated(text).filter((s) => !s.includes("rate"))).toEqual([]);
  });
});

describe("met in blind19: the suggestions the government system handled, in a passage on them", () => {
  it.each([
    ["市人大代表共提出建议312件。经市人大常委会交办,由市政府系统承办的289件,由市中级人民法院等单位承办的23件。", "npc_suggestions=289"],
    ["县十八届人大三次会议期间,县人大代表提出建议150件,其中由县政府承办的138件。", "npc_suggestions=138"],
    ["区人大代表建议共86件,由区政府系统办理的79件,已全部办结。", "npc_suggestions=79"],
  ])("%s", (text, want) => {
    expect(stated(text, CITY)).toContain(want);
  });
  it("leaves other handlers' share alone", () => {
    expect(stated("市人大代表共提出建议312件。由市中级人民法院等单位承办的23件。", CITY)).not.toContain("npc_suggestions=23");
  });
});

describe("met in blind19: a stock from last year's end, follow-up visits, a floor across units", () => {
  it.each([
    ["全县持证行政执法人员由2021年底的612名增加至648名。", "enforce_officers=648/jurisdiction/full_year"],
    ["全市持证执法人员由上年底的3,120名增至3,356名。", "enforce_officers=3356/jurisdiction/full_year"],
    ["全区持证行政执法人员从2022年末的980人增加到1,046人。", "enforce_officers=1046/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("reads follow-up visits as no petitions", () => {
    expect(find("全年接待来访群众42批97人次,开展“三跟踪”回访3,100余人次。", "petition_persons").map((o) => o.value)).toEqual([97]);
  });
  it.each([
    "全县人民调解组织共调解纠纷1,200件。各乡镇(街道)调解成功率均在95%以上。",
    "各部门负责人出庭应诉率均保持在90%以上。",
    "各乡镇调解成功率均达到96%以上。",
  ])("a floor every unit clears is no value: %s", (text) => {
    expect(stated(text).filter((s) => s.includes("rate"))).toEqual([]);
  });
});

describe("met in real19: a mediation success rate said before its noun", () => {
  it.each([
    ["基于第一季度排查数据,临海市99.97%的调解成功率印证了基层调解的成效。", "mediation_success_rate=99.97"],
    ["全县以98.6%的调解成功率位居全市前列。", "mediation_success_rate=98.6"],
    ["该镇保持了100%的人民调解成功率。", "mediation_success_rate=100"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
});

describe("met in real19: a disclosure annual report's reconsideration and lawsuits are those about disclosure", () => {
  const DISCLOSURE: DocContext = { ...COUNTY, disclosure: true };
  it.each([
    ["因政府信息公开工作被申请行政复议9件,其中维持7件。", ["recon_as_respondent=9/subcategory/full_year", "recon_upheld=7/as_respondent/full_year"]],
    ["本机关因政府信息公开工作被申请行政复议1件。", ["recon_as_respondent=1/subcategory/full_year"]],
    ["因政府信息公开被提起行政诉讼3件,未发生败诉。", ["litig_cases=3/subcategory/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, DISCLOSURE).filter((s) => !s.startsWith("litig_lost"))).toEqual(want);
  });
  it("reads the same sentences in another report as the region's", () => {
    expect(scoped("全区被申请行政复议9件。")).toEqual(["recon_as_respondent=9/jurisdiction/full_year"]);
  });
});

describe("met in real16: the staff's appearance rate, cases heard in court, a paragraph headed 据统计,上半年", () => {
  it.each([
    "被诉行政机关工作人员出庭应诉率为91.87%,较上年同期提高了8.7个百分点。",
    "全市行政机关工作人员出庭率达到95%。",
    "各级行政机关工作人员出庭应诉率保持100%。",
  ])("the staff's rate is not the heads': %s", (text) => {
    expect(find(text, "litig_head_appearance_rate")).toEqual([]);
  });
  it("still reads the heads' rate named with the staff", () => {
    expect(stated("行政机关负责人及工作人员出庭应诉率达100%。")).toEqual(["litig_head_appearance_rate=100"]);
  });
  it.each([
    "全市三级法院共开庭审理涉及本市各级行政机关的行政诉讼案件141件。",
    "全年法院开庭审理以县政府部门为被告的行政诉讼案件62件,负责人出庭55件。",
  ])("cases heard in court are the base of the appearance rate, not the lawsuits: %s", (text) => {
    expect(find(text, "litig_cases", CITY)).toEqual([]);
  });
  it("reads a paragraph headed 据统计,上半年 as that part of the year throughout", () => {
    const text = "据统计,2023年上半年全市法院共开庭审理行政诉讼案件141件。被诉行政机关负责人出庭应诉率为62.2%,较上年同期提高了36.7个百分点。";
    expect(scoped(text, CITY)).toContain("litig_head_appearance_rate=62.2/jurisdiction/partial");
  });
});

describe("met in real18/real22: proposals counted before their handling; a total looked at closely (具体来看)", () => {
  it.each([
    ["县政协九届三次会议以来,提案办理工作圆满完成120件提案的办理答复工作,办结率100%。", "cppcc_proposals=120"],
    ["今年政协委员共提交的86件提案已全部办结。", "cppcc_proposals=86"],
    ["全年承办政协第十届委员会提出的52件提案均按时办复。", "cppcc_proposals=52"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("reads the kinds after 具体来看 as a breakdown of the total before", () => {
    const got = scoped("市政协共提交政协提案578件,经审查立案470件。具体来看,委员提案371件,占78.94%;集体提案99件,占21.06%。", CITY);
    expect(got).toContain("cppcc_proposals=470/jurisdiction/full_year");
    expect(got).toContain("cppcc_proposals=371/subcategory/full_year");
    expect(got).toContain("cppcc_proposals=99/subcategory/full_year");
  });
});

describe("met again in real10/real15: a count before 提案 needs a verb of its handling", () => {
  it.each([
    "州政协十届三次会议期间共收到提案92件和会后提出的1件提案均已办理完毕。",
    "区政协六届二次会议以来161件提案全部办结",
    "不予立案的85件提案材料已按相关规定研究处理。",
  ])("%s", (text) => {
    const got = stated(text);
    expect(got).not.toContain("cppcc_proposals=1");
    expect(got).not.toContain("cppcc_proposals=161");
    expect(got).not.toContain("cppcc_proposals=85");
  });
});

describe("met in real20: a clause that names its own subject; the registered proposals looked into", () => {
  it.each([
    ["全省涉企行政检查次数同比下降31%,行政机关负责人出庭应诉率首次达到100%。", "litig_head_appearance_rate=100/jurisdiction/full_year"],
    ["全市涉企行政复议案件同比增长12%,全市行政复议纠错率为9.8%。", "recon_correction_rate=9.8/jurisdiction/full_year"],
    ["各类涉企纠纷明显减少,各级人民调解组织调解成功率达98.6%。", "mediation_success_rate=98.6/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, CITY)).toContain(want);
  });
  it("still reads a kind named in the number's own clause as a breakdown", () => {
    expect(scoped("全市收到行政复议申请1,200件,其中涉企行政复议案件86件。", CITY)).toContain("recon_received=86/subcategory/full_year");
  });
  it("reads the kinds after 立案提案中 as a breakdown of the registered proposals", () => {
    const got = scoped("过去五年,孝感市政协共提出政协提案1082件,经审查立案903件。立案提案中,委员个人提案742件,集体提案161件,目前已全部办结。", CITY);
    expect(got).toContain("cppcc_proposals=161/subcategory/cumulative");
  });
});

describe("met in blind19: a table of departments' own lawsuits and appearance rates", () => {
  const table = (lines: string[]) => run(lines.join("\n"), CITY).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.scope}`);
  it("reads each department's row as that department's own", () => {
    const got = table(["2023年全市行政应诉情况", "| 单位 | 应诉案件(件) | 负责人出庭(件) | 出庭应诉率 |", "|---|---|---|---|", "| 市自然资源局 | 34 | 34 | 100% |", "| 市人力资源社会保障局 | 20 | 18 | 90.0% |", "| 合计 | 54 | 52 | 96.3% |"]);
    expect(got).toContain("litig_head_appearance_rate=90/sub_entity");
    expect(got).toContain("litig_head_appearance_rate=96.3/jurisdiction");
    expect(got.filter((s) => s.startsWith("litig_cases=34"))).toEqual(["litig_cases=34/sub_entity"]);
  });
});

describe("met again in real12: departments as respondents in the cases received, said without 以", () => {
  it.each([
    ["2004年度,全市各级行政复议机关收到的行政复议案件中,县级政府部门作为被申请人的案件有1388件,占总数的90.2%。", "recon_received=1388/subcategory/full_year"],
    ["全市收到的复议案件中,市政府部门作为被申请人的案件有67件。", "recon_received=67/subcategory/full_year"],
    ["收到的复议案件中,公安部门作为被申请人的案件有842件。", "recon_received=842/subcategory/full_year"],
  ])("%s", (text, want) => {
    const got = scoped(text, CITY);
    expect(got).toContain(want);
    expect(got.some((s) => s.startsWith("recon_as_respondent"))).toBe(false);
  });
  it("still reads the government itself as respondent", () => {
    expect(scoped("市政府作为被申请人的行政复议案件23件。", CITY)).toContain("recon_as_respondent=23/jurisdiction/full_year");
  });
});

describe("met in real23: proposals registered and handed on, looked into; petitions prevented with their people", () => {
  it("reads the registered proposals and their kinds", () => {
    const got = scoped("2013年省政协委员共提交提案629件。所有提案中,经审查立案交有关单位办理的621件,占提案总数的98.73%。在已立案提案中,集体提案188件,委员提案433件。", CITY);
    expect(got).toContain("cppcc_proposals=621/jurisdiction/full_year");
    expect(got).toContain("cppcc_proposals=188/subcategory/full_year");
  });
  it.each([
    "全年防止群体性上访98批次1686人次。",
    "成功避免越级上访12批56人次。",
    "化解防止集体访8批次213人次。",
  ])("people glued to batches that did not happen did not happen either: %s", (text) => {
    expect(find(text, "petition_persons")).toEqual([]);
  });
});

describe("met in blind19: a bare verb's passage in the sentence's earlier ;-part", () => {
  it.each([
    ["2023年,全州各级行政机关共应诉一审行政诉讼案件1,486件,同比增加92件;法院审结1,372件,判决行政机关败诉113件。", "litig_concluded=1372"],
    ["全年全县行政机关作为被告的行政诉讼案件96件;法院已审结88件。", "litig_concluded=88"],
    ["全市行政应诉案件共320件;法院审结301件,败诉15件。", "litig_concluded=301"],
  ])("%s", (text, want) => {
    expect(stated(text, CITY)).toContain(want);
  });
  it("reaches the next sentence only with the lawsuits' topic in force (see blind21 below)", () => {
    expect(stated("全市人民调解组织调解纠纷320件。法院审结301件。", CITY)).not.toContain("litig_concluded=301");
  });
});

describe("met in blind19: a plan sentence with its subject before 力争", () => {
  it.each([
    "2024年,各地各部门要力争全州行政诉讼败诉率控制在7%以内,行政机关负责人出庭应诉率稳定在99%以上。",
    "明年,全县将争取行政复议纠错率保持在10%左右,调解成功率达到98%以上。",
    "下一步,各级行政机关要确保负责人出庭应诉率达到100%。",
  ])("%s", (text) => {
    expect(stated(text, CITY)).toEqual([]);
  });
  it("still reads what was done", () => {
    expect(stated("2023年,全州行政机关负责人出庭应诉率达99.4%。", CITY)).toEqual(["litig_head_appearance_rate=99.4"]);
  });
});

describe("met in blind20: in a department's report, the government after 由 decided the cases against it", () => {
  const DEPT: DocContext = { ...CITY, department: "孝感市交通运输局" };
  it.each([
    ["我局作为被申请人的行政复议案件7件,均由市人民政府审结,其中维持5件、驳回1件、确认违法1件。", "recon_upheld=5/sub_entity/full_year"],
    ["本局被申请行政复议4件,由市政府作出复议决定,其中维持3件。", "recon_upheld=3/sub_entity/full_year"],
    ["我局涉及行政复议案件6件,均由市人民政府审理,驳回2件。", "recon_rejected=2/sub_entity/full_year"],
  ])("%s", (text, want) => {
    const got = scoped(text, DEPT);
    expect(got).toContain(want);
    expect(got.some((s) => s.includes("/government_level/"))).toBe(false);
  });
});

describe("met in blind20: one subject written with 、 inside it, and towns that 调处", () => {
  it.each([
    ["全县各村(社区)人民调解委员会及行业性、专业性调委会共调处矛盾纠纷1,520件。", "mediation_cases=1520/jurisdiction/full_year"],
    ["全区街道、社区两级调解组织共调解纠纷864件。", "mediation_cases=864/jurisdiction/full_year"],
    ["全县乡镇、村两级人民调解委员会和医疗、交通等专业性调委会全年调解纠纷2,031件。", "mediation_cases=2031/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["全县交通事故、医疗纠纷等行业性专业性调委会调解纠纷412件。", "mediation_cases=412/subcategory/full_year"],
    ["全区物业、婚姻家庭等领域专业性调解委员会共调处纠纷1,086件。", "mediation_cases=1086/subcategory/full_year"],
    ["全市各行业性调解组织全年化解纠纷3,250件。", "mediation_cases=3250/subcategory/full_year"],
  ])("the region's specialised committees alone: %s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["城关镇调处纠纷215件、河口镇调处纠纷98件。", ["mediation_cases=215/sub_entity/full_year", "mediation_cases=98/sub_entity/full_year"]],
    ["新华街道全年调处矛盾纠纷142件。", ["mediation_cases=142/sub_entity/full_year"]],
    ["白沙乡调处各类纠纷67件,调处成功65件。", ["mediation_cases=67/sub_entity/full_year", "mediation_succeeded=65/sub_entity/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
});

describe("met in real24: a table of places compared — the own row is the region's, a peer's is nobody's here", () => {
  const PROVINCE: DocContext = { admin_level: "province", jurisdiction_name: "广东省", report_year: 2013 };
  const CITY_CTX: DocContext = { admin_level: "prefecture", jurisdiction_name: "昆明市", report_year: 2022 };
  it("reads the own row of a one-cell-per-line grid of provinces, with a rank and a rise-or-fall column", () => {
    const text = ["2013年度,全省行政诉讼案件数量呈现较大幅度的增长。", "省份", "行政一审受案数", "排序", "升降", "山东", "18403", "1", "-", "广东", "9079", "4", "+", "北京", "7121", "5", "+"].join("\n");
    expect(scoped(text, PROVINCE)).toEqual(["litig_cases=9079/jurisdiction/full_year"]);
  });
  it("reads a pipe table of cities in a city's report: the own row only", () => {
    const text = ["全省各州市行政复议案件情况(单位:件)", "| 州市 | 收到申请 | 审结 |", "|---|---|---|", "| 曲靖市 | 980 | 902 |", "| 昆明市 | 1,356 | 1,210 |", "| 玉溪市 | 455 | 430 |"].join("\n");
    expect(scoped(text, CITY_CTX)).toEqual(["recon_received=1356/jurisdiction/full_year", "recon_concluded=1210/jurisdiction/full_year"]);
  });
  it("reads the rows of a city's own districts as its parts", () => {
    const text = ["全市人民调解工作情况(单位:件)", "区县\t调解纠纷\t调解成功", "五华区\t2100\t2080", "盘龙区\t1800\t1770", "官渡区\t2500\t2460"].join("\n");
    const got = scoped(text, CITY_CTX);
    expect(got).toContain("mediation_cases=2100/sub_entity/full_year");
    expect(got.every((s) => s.includes("/sub_entity/"))).toBe(true);
  });
});

describe("met in real24: courts' intake said 受案, lawsuits against the nation's organs, the judgments against the government", () => {
  it.each([
    ["2023年,全省行政诉讼一审受案1,850件,审结1,702件。", "litig_cases=1850/jurisdiction/full_year"],
    ["全年全市法院一审行政受案数为1,203件。", "litig_cases=1203/jurisdiction/full_year"],
    ["全市行政诉讼受案量236件,同比下降4.1%。", "litig_cases=236/jurisdiction/full_year"],
  ])("受案: %s", (text, want) => {
    expect(scoped(text, CITY)).toContain(want);
  });
  it.each([
    ["全市行政案件收案突破2万件,其中以国家部委为被告的一审案件1万件。", "litig_cases=10000/higher_level/full_year"],
    ["以国务院部门为被告的行政诉讼案件312件。", "litig_cases=312/higher_level/full_year"],
    ["全年受理以国家知识产权局为被告的一审行政案件4,100件。", "litig_cases=4100/higher_level/full_year"],
  ])("defendants above the region: %s", (text, want) => {
    expect(scoped(text, CITY)).toContain(want);
  });
  it.each([
    ["全年全市法院判决撤销、变更或者确认违法的案件共计42件。", "litig_lost=42/jurisdiction/full_year"],
    ["2023年,全市法院行政案件中判决撤销、确认违法、无效以及判决其在一定期限内履行的案件共计218件。", "litig_lost=218/jurisdiction/full_year"],
    ["两级法院审理的行政诉讼案件中,判决确认违法、撤销和责令履行的案件合计17件。", "litig_lost=17/jurisdiction/full_year"],
  ])("judgments against the government together: %s", (text, want) => {
    expect(scoped(text, CITY)).toContain(want);
  });
  it("does not add up one judgment's count", () => {
    expect(stated("全市法院判决驳回诉讼请求120件,判决撤销15件。", CITY)).not.toContain("litig_lost=15");
  });
});

describe("met in real24: a rate said right after a kind of cases is that kind's", () => {
  it.each([
    ["全市行政机关因政府信息公开类案件,败诉率为11.8%。", "litig_loss_rate=11.8/subcategory/full_year"],
    ["婚姻家庭类纠纷,调解成功率达99.1%。", "mediation_success_rate=99.1/subcategory/full_year"],
    ["其中征收拆迁类案件纠错率为21.3%。", "recon_correction_rate=21.3/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, CITY)).toContain(want);
  });
  it("not over all kinds", () => {
    expect(scoped("全市各类案件,败诉率为5.2%。", CITY)).toContain("litig_loss_rate=5.2/jurisdiction/full_year");
  });
});

describe("met in blind21: the court concluding, with no object, the lawsuits just counted", () => {
  it.each([
    ["全县各级行政机关作为被告的一审行政诉讼案件共计45件。人民法院已审结38件,行政机关败诉3件。", "litig_concluded=38/jurisdiction/full_year"],
    ["全市行政应诉案件共126件。法院审结117件,败诉9件。", "litig_concluded=117/jurisdiction/full_year"],
    ["全县行政机关被诉案件58件。经法院审结52件,其中判决驳回诉讼请求40件。", "litig_concluded=52/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("not the court's other dockets", () => {
    expect(stated("全县行政应诉案件58件。法院审结民事案件3,200件。", COUNTY)).not.toContain("litig_concluded=3200");
  });
});

describe("met in blind21: the earlier level compared with, its subject written out", () => {
  it.each([
    ["全年县政府收到行政复议申请203件,较2022年全县各级行政复议机关合计收到的118件增长72.0%。", "recon_received=118/jurisdiction/prior_year"],
    ["全县调解纠纷2,310件,比上年的调解纠纷2,106件增长9.7%。", "mediation_cases=2106/jurisdiction/prior_year"],
    ["全年受理群众来信来访836件(次),其中来访329批次、1,016人次,较2022年的来访381批次、1,204人次均有下降。", "petition_persons=1204/jurisdiction/prior_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in blind21: cases against the government named first, the reviewing body's intake after", () => {
  it.each([
    ["以市政府为被申请人的行政复议案件,上级人民政府共受理9件,其中确认违法1件。", "recon_as_respondent=9/jurisdiction/full_year"],
    ["以县政府作为被申请人的行政复议案件,市政府依法受理12件,已审结11件。", "recon_as_respondent=12/jurisdiction/full_year"],
    ["以区政府为被申请人的行政复议案件:市政府收到21件。", "recon_as_respondent=21/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("not a breakdown by the region's own organs", () => {
    expect(stated("以各乡镇为被申请人的行政复议案件,县政府受理35件。")).not.toContain("recon_as_respondent=35");
  });
});

describe("met in blind21: shares in a breakdown of the concluded cases", () => {
  it.each([
    ["行政复议审结案件中,维持的占55.3%,调解和解终止的占12.1%。", "recon_settlement_rate=12.1/jurisdiction/full_year"],
    ["在办结的行政复议案件中,通过和解撤回的占9.4%。", "recon_settlement_rate=9.4/jurisdiction/full_year"],
    ["全年审结行政复议案件63件,其中以和解方式结案的占比为15.9%。", "recon_settlement_rate=15.9/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("a share of officers is still no count", () => {
    expect(stated("全市行政执法人员1,378名,其中持证的占95.2%。")).toEqual(["enforce_officers=1378"]);
  });
});

describe("met in blind21: the whole year named after a part-year window closes it", () => {
  it("goes back to the full year after 全年", () => {
    expect(scoped("截至10月底,全市已审结行政复议案件103件;全年审结141件。全市行政复议直接纠错率19.9%。"))
      .toEqual(["recon_concluded=103/jurisdiction/partial", "recon_concluded=141/jurisdiction/full_year", "recon_correction_rate=19.9/jurisdiction/full_year"]);
  });
  it.each([
    "截至10月底,全县收到行政复议申请88件。受理80件,审结71件。",
    "1—9月,全区收到行政复议申请88件。受理80件,审结71件。",
  ])("keeps the window without it: %s", (text) => {
    expect(scoped(text).every((x) => x.endsWith("/partial"))).toBe(true);
  });
});

describe("met in blind21: a part named without a verb is a part of the count before it", () => {
  it.each([
    ["全年区政府共收到行政复议申请1,286件,经审查决定受理1,171件,其中涉企行政复议案件203件。", "recon_accepted=203/subcategory/full_year"],
    ["全县受理行政复议案件86件,其中涉及征地拆迁的案件31件。", "recon_accepted=31/subcategory/full_year"],
    ["全市共审结行政复议案件412件,其中涉企案件97件。", "recon_concluded=97/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in blind20 and blind21: one reception office's visitors", () => {
  it.each([
    ["全市信访部门共受理信访事项6,842件;市人民来访接待中心接待来访912批2,431人次。", "petition_batches=912/sub_entity/full_year"],
    ["市群众来访接待中心全年接待来访1,208批3,147人次。", "petition_persons=3147/sub_entity/full_year"],
    ["县信访接待中心共接待群众来访215批612人次。", "petition_batches=215/sub_entity/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, CITY)).toContain(want);
  });
});

describe("met in blind22: a court's all-kinds docket is not its first-instance intake", () => {
  it.each([
    ["2019年,全市两级法院共受理各类行政案件4,317件,同比上升9.6%。其中,新收一审行政案件2,046件(2018年为1,874件),二审行政案件1,128件。", "litig_cases=2046/jurisdiction/full_year"],
    ["两级法院全年受理各类行政案件2,310件,其中行政诉讼案件1,702件。", "litig_cases=1702/jurisdiction/full_year"],
    ["2015年-2017年,全市法院共受理各类行政案件1599件,其中诉讼案件1087件,审结1009件。", "litig_cases=1087/jurisdiction/cumulative"],
  ])("%s", (text, want) => {
    const got = scoped(text, { ...CITY, report_year: 2019 });
    expect(got).toContain(want);
    expect(got.some((x) => /=(4317|2310|1599)\//.test(x))).toBe(false);
  });
  it("a government's 其中诉讼案件 stays the region's lawsuits", () => {
    expect(scoped("全市共发生行政复议和行政诉讼案件52件,其中诉讼案件21件。", CITY).some((x) => x.startsWith("litig_court_new"))).toBe(false);
  });
});

describe("met in blind22: goals by a later year, and what the courts 将 keep", () => {
  const Y2020: DocContext = { admin_level: "province", jurisdiction_name: "宁夏回族自治区", report_year: 2020 };
  it.each([
    "答:到2025年,全区行政机关负责人出庭应诉率稳定在95%以上,人民调解成功率稳定在98.5%以上。",
    "到2022年底,全区持证执法人员达到3.5万名。",
    "2021年,全区法院将继续推动行政机关负责人出庭应诉率稳定在95%以上。",
    "全区将进一步把调解成功率保持在98%以上。",
  ])("%s", (text) => {
    expect(stated(text, Y2020)).toEqual([]);
  });
  it("a year-end already passed is a state", () => {
    expect(stated("到2019年底,全区持证执法人员达到3.2万名。", Y2020)).toEqual(["enforce_officers=32000"]);
  });
});

describe("met in blind22: 分别 over the measures an earlier ;-part counted", () => {
  const Y2020: DocContext = { admin_level: "province", jurisdiction_name: "宁夏回族自治区", report_year: 2020 };
  it.each([
    ["五年来,自治区政府系统共办理自治区人大代表建议2,718件、政协委员提案3,406件;2020年分别办理531件、672件。", ["npc_suggestions=531/jurisdiction/full_year", "cppcc_proposals=672/jurisdiction/full_year"]],
    ["近三年全区共收到行政复议申请3,120件、受理2,860件;2020年分别为1,180件、1,040件。", ["recon_received=1180/jurisdiction/full_year", "recon_accepted=1040/jurisdiction/full_year"]],
    ["全区调解纠纷3,120件、调解成功3,050件;其中银川市分别调解1,412件、1,405件。", ["mediation_cases=1412/sub_entity/full_year", "mediation_succeeded=1405/sub_entity/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, Y2020)).toEqual(expect.arrayContaining(want));
  });
});

describe("met in blind22: earlier years named around the number", () => {
  const Y2020: DocContext = { admin_level: "province", jurisdiction_name: "宁夏回族自治区", report_year: 2020 };
  it.each([
    ["与“十三五”开局之年的2016年相比(当年全区收到复议申请1,605件),2020年收案量增长了六成以上。", "recon_received=1605/jurisdiction/prior_year"],
    ["较2019年(当年全区调解纠纷2,310件)有所增长。", "mediation_cases=2310/jurisdiction/prior_year"],
    ["对比来看,2019年全年,全区审结行政复议案件1,031件,直接纠错率9.8%。", "recon_concluded=1031/jurisdiction/prior_year"],
    ["全区收到行政复议申请1,374件,已超过去年全年收案量(1,152件)。", "recon_received=1152/jurisdiction/prior_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, Y2020)).toContain(want);
  });
  it("当年 inside a bracket with no year before it is the report year", () => {
    expect(scoped("全区收到行政复议申请205件(当年受理190件)。", Y2020)).toContain("recon_accepted=190/jurisdiction/full_year");
  });
});

describe("met in blind22: a subject with a bracketed alias, and case files already closed", () => {
  const CITY2022: DocContext = { admin_level: "prefecture", jurisdiction_name: "江门市", report_year: 2022 };
  it.each([
    ["从收案分布看,市人民政府(市行政复议局)收到563件行政复议申请。", "recon_received=563/government_level/full_year"],
    ["其中市政府(市行政复议局)受理行政复议案件412件。", "recon_accepted=412/government_level/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, CITY2022)).toContain(want);
  });
  it.each(["全年评查已结案卷320宗,优秀率23.4%。", "评查行政复议已结案卷宗86卷。", "组织评查已办结的行政复议案卷45宗。"])("no concluded cases: %s", (text) => {
    expect(stated(text, CITY2022).some((x) => x.startsWith("recon_concluded"))).toBe(false);
  });
});

describe("met in blind23: figures listed as label:value lines", () => {
  it.each([
    ["行政复议工作。收到申请:986件(2022年:842件),同比增长17.1%。", "recon_received=986/jurisdiction/full_year"],
    ["行政复议工作。立案受理:903件;不予受理:37件。", "recon_accepted=903/jurisdiction/full_year"],
    ["人民调解工作。调解纠纷:6,312件;调解成功:6,248件;调解成功率:99.0%。", "mediation_succeeded=6248/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("a rate's divisor named in its bracket is no count", () => {
    expect(stated("行政复议纠错:186件;纠错率25.6%(纠错件数÷作出复议决定的726件)。")).not.toContain("recon_concluded=726");
  });
});

describe("met in blind23: leaders' own receptions, named departments, a petition office after the region's count", () => {
  it.each(["区级领导接访下访:52批次。", "县领导接访群众86批312人次。", "领导干部接访:43批、126人次。"])("leaders' own receptions are no petitions of the region: %s", (text) => {
    expect(stated(`信访工作。${text}`)).toEqual([]);
  });
  it("not when the leaders are named in an earlier clause", () => {
    expect(scoped("落实领导干部接访下访制度,全年区信访局接待来访群众318批1047人次。")).toContain("petition_batches=318/jurisdiction/full_year");
  });
  it.each([
    ["全县共办理行政复议案件74件;县公安局、县税务局等实行垂直管理的部门办理21件。", "recon_handled=21/sub_entity/full_year"],
    ["全市收到行政复议申请71件,其中市政府本级收到49件,市直部门收到22件。", "recon_received=22/sub_entity/full_year"],
    ["全县信访部门受理信访事项1,052件;县信访局接待来访312批1,046人次。", "petition_batches=312/sub_entity/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["区行政复议局全年共收到行政复议申请236件。", "recon_received=236/jurisdiction/full_year"],
    ["县信访局全年接待群众来访312批1,046人次。", "petition_batches=312/jurisdiction/full_year"],
  ])("the region's own offices: %s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in blind23: time words around part of the year", () => {
  it.each([
    ["疫情防控期间(2月至4月),全县新收行政复议申请187件。", "recon_received=187/jurisdiction/partial"],
    ["防汛期间(6月—8月),全县调解纠纷412件。", "mediation_cases=412/jurisdiction/partial"],
  ])("a bracket of months names the time: %s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("a part of the year named after the paragraph's full-year counts stays in its sentence", () => {
    expect(scoped("全县收到行政复议申请71件;上半年,全县收到行政复议申请32件。县政府作为被申请人的行政复议案件3件。"))
      .toEqual(["recon_received=71/jurisdiction/full_year", "recon_received=32/jurisdiction/partial", "recon_as_respondent=3/jurisdiction/full_year"]);
  });
  it("the court's hearing and concluding the lawsuits just counted", () => {
    expect(scoped("全县行政机关作为被告的一审行政诉讼案件28件;人民法院开庭审理22件,审结25件。")).toContain("litig_concluded=25/jurisdiction/full_year");
  });
});

describe("met in blind23: an exact count heads over a bound of the same year", () => {
  it.each([
    ["全县一审行政诉讼案件不到40件。", "一审行政诉讼案件\t37", 37],
    ["全县调解纠纷1,600余件。", "调解纠纷\t1,612", 1612],
  ])("%s", (prose, row, want) => {
    const text = `${prose}\n附表\n指标\t2023年\n${row}\n其他\t1`;
    const heads = run(text, { ...COUNTY, report_year: 2023 }).filter((o) => o.is_headline).map((o) => o.value);
    expect(heads).toContain(want);
  });
});

describe("met in blind24: a session's items are no assignment meeting's", () => {
  it.each([
    ["截至9月底,市十八届人大一次会议交办的代表建议389件已全部办结答复。", "npc_suggestions=389"],
    ["区十七届人大五次会议交办的代表建议176件全部办复。", "npc_suggestions=176"],
    ["县政协十届三次会议交办的委员提案126件均已办结。", "cppcc_proposals=126"],
  ])("%s", (text, want) => {
    expect(stated(text, CITY)).toContain(want);
  });
});

describe("met in blind24: earlier values in brackets", () => {
  const XJ: DocContext = { admin_level: "province", jurisdiction_name: "新疆维吾尔自治区", report_year: 2023 };
  it.each([
    ["自治区人民政府系统承办代表建议618件、委员提案744件(上年为565件、702件),均按期办复。", ["npc_suggestions=565/jurisdiction/prior_year", "cppcc_proposals=702/jurisdiction/prior_year"]],
    ["全区收到行政复议申请86件、受理79件(上年分别为71件、66件)。", ["recon_received=71/jurisdiction/prior_year", "recon_accepted=66/jurisdiction/prior_year"]],
    ["全区调解纠纷2,310件、调解成功2,280件(2022年为2,106件、2,071件)。", ["mediation_cases=2106/jurisdiction/prior_year", "mediation_succeeded=2071/jurisdiction/prior_year"]],
  ])("a list of them, in the order of the counts before: %s", (text, want) => {
    expect(scoped(text, XJ)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    ["括号内为2022年数据。全区信访部门接待群众来访1.52万批次、4.1万余人次(1.68万批次、4.6万人次)。", "petition_persons=46000/jurisdiction/prior_year"],
    ["括号内数字为上年数。全区调解矛盾纠纷18.6万件(17.2万件),调解成功率98.9%(98.4%)。", "mediation_success_rate=98.4/jurisdiction/prior_year"],
    ["(括号内为上年同期数据)全区收到行政复议申请4,862件(4,305件)。", "recon_received=4305/jurisdiction/prior_year"],
  ])("bare brackets the text says are earlier: %s", (text, want) => {
    expect(scoped(text, XJ)).toContain(want);
  });
  it("bare brackets mean nothing without the text saying so", () => {
    expect(scoped("全区调解矛盾纠纷18.6万件(17.2万件)。", XJ).some((x) => x.includes("/prior_year"))).toBe(false);
  });
  it("a named earlier year's whole-year figure", () => {
    expect(scoped("1—9月,全市收到行政复议申请1,127件,已达到2021年全年收案量1,312件的八成以上。", { ...CITY, report_year: 2022 })).toContain("recon_received=1312/jurisdiction/prior_year");
  });
});

describe("met in blind24: a justice bureau's own figures beside the district's", () => {
  const OFFICE: DocContext = { admin_level: "county", jurisdiction_name: "甘井子区", report_year: 2020, office: "甘井子区司法局" };
  it.each([
    ["全区持证行政执法人员3,248名。本局持证行政执法人员26名。", "enforce_officers=26/sub_entity/full_year"],
    ["本局自身作为被申请人的行政复议案件1件,经审理予以维持。", "recon_as_respondent=1/sub_entity/full_year"],
    ["本局直属的区公共法律服务中心人民调解工作室调解纠纷186件,调解成功181件。", "mediation_cases=186/sub_entity/full_year"],
    ["区政府系统全年办理区人大代表建议176件、区政协委员提案238件。", "npc_suggestions=176/jurisdiction/full_year"],
    ["本局承办区人大代表建议5件、区政协委员提案8件。", "npc_suggestions=5/sub_entity/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, OFFICE)).toContain(want);
  });
  it("the region's reconsideration docket stays the region's", () => {
    expect(scoped("全区各级行政复议机关全年共接收行政复议申请386件,受理351件。", OFFICE)).toContain("recon_received=386/jurisdiction/full_year");
  });
  it("the government's docket beside the region's, in one sentence, is the government's", () => {
    expect(scoped("全区各级行政复议机关接收行政复议申请386件;区政府收到行政复议申请298件。", { ...OFFICE, office: null })).toContain("recon_received=298/government_level/full_year");
  });
});

describe("met in blind24: quarters that make up the year, and goals after 力争", () => {
  it.each([
    ["全年全县行政机关被诉行政案件31件,分季度为一季度6件、二季度9件、三季度8件、四季度8件;人民法院审结27件,行政机关败诉2件。", "litig_concluded=27/jurisdiction/full_year"],
    ["全年收到行政复议申请47件,其中上半年21件、下半年26件;全年受理42件。", "recon_accepted=42/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["全年县政府共收到行政复议申请47件;上半年累计收到22件,前三季度累计收到36件。", ["recon_received=22/jurisdiction/partial", "recon_received=36/jurisdiction/partial"]],
  ])("a running total inside part of the year is partial: %s", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    "2024年,全区将全面贯彻新修订的行政复议法,力争行政复议调解和解率达到20%以上,行政机关负责人出庭应诉率保持在98%以上。",
    "下一步,争取调解成功率稳定在98%以上,持证执法人员不少于2,900人。",
  ])("%s", (text) => {
    expect(stated(text)).toEqual([]);
  });
  it("a fact after an earlier 确保 is still a fact", () => {
    expect(stated("全县严格落实出庭应诉制度,确保案件依法办理,全年行政机关负责人出庭应诉率达到100%。")).toContain("litig_head_appearance_rate=100");
  });
});

describe("met in real24 and real23: suggestions by their full name; the units under a province together; a place singled out", () => {
  it.each([
    ["2023年县十八届人大三次会议期间,代表共提出建议、批评和意见(下称建议)112件。", "npc_suggestions=112"],
    ["县十八届人大三次会议以来,代表提出的建议、批评和意见112件已全部办结。", "npc_suggestions=112"],
    ["市人大代表在会议期间提出建议批评和意见238件。", "npc_suggestions=238"],
  ])("%s", (text, want) => {
    expect(stated(text, CITY)).toContain(want);
  });
  const YN: DocContext = { admin_level: "province", jurisdiction_name: "云南省", report_year: 2014 };
  it.each([
    ["全省新收行政复议申请1375件。其中, 16个州(市)收到1087件,受理1002件。", ["recon_received=1087/sub_entity/full_year", "recon_accepted=1002/sub_entity/full_year"]],
    ["全省新收行政复议申请1375件;省政府部门中有11个单位共收到行政复议申请207件。", ["recon_received=207/sub_entity/full_year"]],
    ["全省调解纠纷8.2万件,其中129个县(市、区)调解纠纷7.6万件。", ["mediation_cases=76000/sub_entity/full_year"]],
    ["各州(市)间收案数量差距较大,收案最多的昆明市有375件行政复议申请,收案最少的迪庆州只有8件。", ["recon_received=375/sub_entity/full_year", "recon_received=8/sub_entity/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, YN)).toEqual(expect.arrayContaining(want));
  });
});

describe("met in blind10: a span's totals, then the year's by 分别 over the same measures", () => {
  it.each([
    ["三年共办理市人大代表建议417件、市政协提案385件,2023年分别为142件、131件,办结率均为100%。", ["npc_suggestions=417/jurisdiction/cumulative", "npc_suggestions=142/jurisdiction/full_year", "cppcc_proposals=131/jurisdiction/full_year"]],
    ["近三年全市共收到行政复议申请1,206件、受理1,102件,2023年分别为452件、411件。", ["recon_received=452/jurisdiction/full_year", "recon_accepted=411/jurisdiction/full_year"]],
    ["五年合计调解纠纷2.1万件、调解成功2.06万件,2023年分别为4,386件、4,301件。", ["mediation_cases=21000/jurisdiction/cumulative", "mediation_succeeded=4301/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text, COUNTY_CITY)).toEqual(expect.arrayContaining(want));
  });
});

describe("met in real25: courts' dockets of every instance, shares over a change, a tier of defendants", () => {
  const HLJ: DocContext = { admin_level: "province", jurisdiction_name: "黑龙江省", report_year: 2020 };
  it.each([
    "2020年黑龙江省法院受理各类行政诉讼案件7729件。",
    "全省法院行政诉讼案件数量有所下降,共受理各类诉讼案件7461件。",
    "全市两级法院共受理各类行政诉讼案件2,310件。",
  ])("every instance together is no count of lawsuits: %s", (text) => {
    expect(stated(text, HLJ).filter((x) => x.startsWith("litig_cases"))).toEqual([]);
  });
  it("one basic court's 各类 are its first-instance cases", () => {
    expect(stated("2020年,该院共受理各类行政诉讼案件69件,结案61件。", { ...COUNTY, report_year: 2020 })).toContain("litig_cases=69");
  });
  it("the first instance after every instance is read", () => {
    expect(stated("今年以来,全省法院受理的各类行政诉讼案件中,一审受案4656件、结案3478件。", HLJ)).toEqual(expect.arrayContaining(["litig_cases=4656", "litig_concluded=3478"]));
  });
  it.each([
    ["全省法院共审结一审行政案件4729件,行政机关败诉752件,同比下降14.84%,占全部一审结案总数的15.9%。", "litig_loss_rate=15.9/jurisdiction/full_year"],
    ["全市审结行政复议案件412件,直接纠错58件,同比增长3.2%,占审结案件总数的14.1%。", "recon_correction_rate=14.1/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, HLJ)).toContain(want);
  });
  it.each([
    ["共受理县级以上政府为被告的一审行政案件1334件,占一审受案总数的29.29%。", "litig_cases=1334/subcategory/full_year"],
    ["全省法院受理市级以上人民政府作为被告的行政诉讼案件412件。", "litig_cases=412/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, HLJ)).toContain(want);
  });
  it("a court's first-instance intake said 一审新收, then concluded", () => {
    expect(stated("2024年,全省法院受理各类行政案件29154件,其中一审新收行政案件12577件,审结12219件。", { ...HLJ, report_year: 2024 })).toEqual(expect.arrayContaining(["litig_cases=12577", "litig_concluded=12219"]));
  });
});

describe("met in real25: one month's figures, and counts that say their share of the total", () => {
  it.each([
    ["8月份,全市各类人民调解组织共受理纠纷869件,调解成功842件。", "mediation_cases=869/jurisdiction/partial"],
    ["3月份全县收到行政复议申请12件。", "recon_received=12/jurisdiction/partial"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("a date is no month's window", () => {
    expect(scoped("8月10日,全县收到行政复议申请12件。")).toContain("recon_received=12/jurisdiction/full_year");
  });
  it.each([
    ["全市人民调解组织共受理纠纷869件,调解成功842件;主动调解455件,占52.4%;申请调解378件,占43.5%。", ["mediation_cases=455/subcategory/full_year", "mediation_cases=378/subcategory/full_year"]],
    ["全县人民调解组织共调解纠纷1,200件;调解婚姻家庭纠纷360件,占30%。", ["mediation_cases=360/subcategory/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
});

describe("met in real26: suggestions and proposals counted before their noun; a higher session in the clause before", () => {
  it.each([
    ["2004年,市五届人大二次会议秘书处将代表会议期间所提140件建议、批评、意见,交市政府办理。", "npc_suggestions=140"],
    ["在县十六届人大二次会议上,代表们提出了2件议案和并案处理后的90件建议。", "npc_suggestions=90"],
    ["该区政协七届一次会议以来提交的145件提案全部办复。", "cppcc_proposals=145"],
    ["县政协十五届二次会议期间,委员们共提出的230件提案经审查立案205件。", "cppcc_proposals=230"],
  ])("%s", (text, want) => {
    expect(stated(text, CITY)).toContain(want);
  });
  it.each([
    ["州政协十届三次会议期间共收到提案92件和会后提出的1件提案均已办理完毕。", "cppcc_proposals=1"],
    ["检察院向行政机关提出的12件建议全部被采纳。", "npc_suggestions=12"],
  ])("not %s", (text, notWanted) => {
    expect(stated(text, CITY)).not.toContain(notWanted);
  });
  it.each([
    ["在市七届人大三次会议期间,夹江代表团提出17条建议,分别交由市国土等部门办理。", "npc_suggestions=17/higher_level/full_year"],
    ["省十三届人大二次会议期间,我县代表团提出建议12件。", "npc_suggestions=12/higher_level/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text, COUNTY)).toContain(want);
  });
  it("the county's own session stays its own", () => {
    expect(scoped("县十八届人大三次会议期间及闭会后,县政府共收到代表建议97件。", COUNTY)).toContain("npc_suggestions=97/jurisdiction/full_year");
  });
});

describe("met in blind25: clerks who name the measure, then what was done with it", () => {
  it.each([
    ["人大代表建议,办理的有89件;政协委员提案,办理的有127件。", ["npc_suggestions=89", "cppcc_proposals=127"]],
    ["行政执法人员,持有执法证件的有1,096名。", ["enforce_officers=1096"]],
    ["行政机关负责人出庭应诉的比例,达到100%。", ["litig_head_appearance_rate=100"]],
    ["行政复议审结案件里,维持的有35件。在法定期限内审结的比例,为100%。", ["recon_upheld=35", "recon_on_time_rate=100"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    ["行政复议审结案件中,维持率48.2%(54件),驳回率9.8%(11件)。", ["recon_upheld=54", "recon_rejected=11"]],
    ["全县调解纠纷1,200件,调解成功率98.5%(1,182件)。", ["mediation_succeeded=1182"]],
    ["行政复议审结案件中,直接纠错率15.2%(17件)。", ["recon_corrected=17"]],
  ])("a rate, then its count in brackets: %s", (text, want) => {
    expect(stated(text)).toEqual(expect.arrayContaining(want));
  });
  it("a petition office after the region's mediation count is still the region's petitions", () => {
    expect(scoped("全年全县各级人民调解组织调解纠纷3,856件;县信访局全年接待群众来访486批1,325人次。")).toContain("petition_batches=486/jurisdiction/full_year");
  });
});

describe("met in blind26: shares of the concluded cases, a total column, a disclosure office's error rate", () => {
  it.each([
    ["全年审结行政复议案件4,968件,其中维持2,046件、驳回471件,调解和解结案1,652件,占审结总数的33.3%,其他原因终止216件。", "recon_settlement_rate=33.3"],
    ["审结行政复议案件12,734件,其中维持6,318件、驳回1,204件,以调解和解方式结案的占18.9%,其他原因终止1,069件。", "recon_settlement_rate=18.9"],
    ["审结行政复议案件177件,维持的占44.6%,调解和解结案60件,占审结案件总数的33.9%。", "recon_settlement_rate=33.9"],
  ])("%s", (text, want) => {
    expect(stated(text)).toContain(want);
  });
  it("a share of a part of the corrections is no correction rate", () => {
    expect(stated("从纠错领域看,公安领域行政复议纠错20件,占纠错总数的35.1%。")).not.toContain("recon_correction_rate=35.1");
  });
  it("a 合计 column beside year columns adds the years up", () => {
    const text = ["近三年行政复议案件情况(单位:件)", "项目\t2021年\t2022年\t2023年\t合计", "收到申请\t118\t132\t151\t401", "审结\t110\t125\t147\t382"].join("\n");
    expect(scoped(text)).toEqual(expect.arrayContaining(["recon_received=401/jurisdiction/cumulative", "recon_received=151/jurisdiction/full_year", "recon_concluded=382/jurisdiction/cumulative"]));
  });
  it.each([
    "主动公开政府信息2.6万条,办理政府信息公开申请1,384件,被纠错率0.9%。",
    "全年受理依申请公开1,102件,答复被纠错率1.2%。",
  ])("a disclosure office's error rate: %s", (text) => {
    expect(stated(text).filter((x) => x.startsWith("recon_"))).toEqual([]);
  });
});

describe("met in real25 and real13: a share of its own measure's total, and a court called 该院", () => {
  it.each([
    ["七个领域一审受理行政诉讼案件数共计2956件,占一审受案总数的64.90%。", "litig_cases=2956/subcategory/full_year"],
    ["其中婚姻家庭纠纷调解案件860件,占调解纠纷总数的22.3%。", "mediation_cases=860/subcategory/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("a settled count's share of the concluded cases stays the settled count", () => {
    expect(scoped("审结行政复议案件177件,调解和解结案60件,占审结总数的33.9%。")).toContain("recon_settled=60/jurisdiction/full_year");
  });
  it.each([
    ["白皮书梳理了社旗县人民法院2016年审理行政案件的情况:2016年,该院共受理各类行政诉讼案件69件,结案61件。", "litig_cases=69/jurisdiction/full_year"],
    ["县人民法院发布白皮书:2023年该院受理一审行政案件52件。", "litig_cases=52/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in real25: heads receiving visitors, and a court's share of its first-instance total", () => {
  it.each([
    "同时,全市各县区及市直38个单位的负责人552人次共接访1132批3171人次。",
    "全市135个乡镇、街道的负责人1620人次接访1552批2295人次。",
    "各部门主要负责人接待群众来访86批213人次。",
  ])("%s", (text) => {
    expect(stated(`信访工作。${text}`, CITY).filter((x) => x.startsWith("petition_"))).toEqual([]);
  });
  it("a court's first-instance count that is a share of its total is a part", () => {
    expect(scoped("从案件涉及领域来看,七个领域一审受理案件数共计2956件,占一审受案总数的64.90%。", { ...CITY, report_year: 2020 }).some((x) => x.includes("=2956/jurisdiction"))).toBe(false);
  });
});

describe("met in blind27: the court after the government's own lawsuits, and the public's comments on a draft", () => {
  it.each([
    ["全县行政机关一审行政诉讼案件97件,其中县政府作为被告的18件,人民法院审结89件,行政机关败诉6件。", ["litig_concluded=89/jurisdiction/full_year", "litig_lost=6/jurisdiction/full_year"]],
    ["全区行政应诉案件64件,其中以区政府为被告的9件,法院已审结58件。", ["litig_concluded=58/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    "全部报县人大常委会备案;对3项决策公开征求意见,收到意见建议41条,采纳17条。",
    "县人大常委会审议前,向社会征求意见,共收到意见建议86条。",
  ])("%s", (text) => {
    expect(stated(text)).not.toContain("npc_suggestions=41");
    expect(stated(text)).not.toContain("npc_suggestions=86");
  });
  it("still the deputies' suggestions received", () => {
    expect(stated("县十八届人大三次会议以来,县政府共收到代表意见建议86件。")).toContain("npc_suggestions=86");
  });
});

describe("found by my own cousins: Chinese-numeral month spans, 调成, the government as a lawsuit's defendant", () => {
  it.each([
    ["一至十一月,全市收到行政复议申请318件。", "partial"],
    ["今年一至九月,全县人民调解组织调解纠纷1,026件。", "partial"],
    ["七至十二月,全区新收行政复议申请87件。", "partial"],
    ["截至十月,全县行政机关负责人出庭应诉率为96.3%。", "partial"],
    ["一至十二月,全市收到行政复议申请318件。", "full_year"],
    ["截至十二月底,全县收到行政复议申请121件。", "full_year"],
  ])("%s → %s", (text, period) => {
    expect(run(text).filter((o) => !o.is_derived)[0]!.period).toBe(period);
  });
  it("the headline reads a Chinese-numeral window's last month", () => {
    expect(periodEndMonth("一至十一月")).toBe(11);
    expect(periodEndMonth("七至十月")).toBe(10);
    expect(periodEndMonth("截至九月底")).toBe(9);
  });
  it.each([
    ["全市各级人民调解组织受理矛盾纠纷1.26万件,调成1.24万件。", ["mediation_succeeded=12400/jurisdiction/full_year"]],
    ["各人民调解委员会调解纠纷3,218件,其中调成3,190件,调成率99.1%。", ["mediation_succeeded=3190/jurisdiction/full_year", "mediation_success_rate=99.1/jurisdiction/full_year"]],
    ["人民调解组织调处纠纷806件,调成率达98.5%。", ["mediation_success_rate=98.5/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    ["去年全县共审结行政复议案件402件,今年审结451件。", "recon_concluded=451/jurisdiction/full_year", "recon_concluded=402/jurisdiction/prior_year"],
    ["上年度收到复议申请88件,本年度收到复议申请97件。", "recon_received=97/jurisdiction/full_year", "recon_received=88/jurisdiction/prior_year"],
    ["去年全县调解纠纷1,204件,2023年调解纠纷1,318件。", "mediation_cases=1318/jurisdiction/full_year", "mediation_cases=1204/jurisdiction/prior_year"],
  ])("%s: a clause opening with this year leaves last year behind", (text, now, before) => {
    expect(scoped(text)).toEqual(expect.arrayContaining([now, before]));
  });
  it.each([
    ["行政复议工作。全县行政复议机关全年直接纠错案件占比为11.6%。", "recon_correction_rate=11.6/jurisdiction/full_year"],
    ["行政复议工作。纠错案件比例为9.8%,低于全省平均水平。", "recon_correction_rate=9.8/jurisdiction/full_year"],
    ["行政复议工作。调解和解结案占比达21.5%。", "recon_settlement_rate=21.5/jurisdiction/full_year"],
    ["审结行政复议案件162件,其中调解和解结案23件,占审结案件的14.2%。", "recon_settlement_rate=14.2/jurisdiction/full_year"],
    ["审结158件,直接纠错38件,占全部审结案件的比例为24.1%。", "recon_correction_rate=24.1/jurisdiction/full_year"],
  ])("%s: a measure's share of the concluded cases is its rate", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("a share of another total stays no rate", () => {
    expect(scoped("行政复议工作。县直部门作为被申请人的案件占比为64%。").some((x) => x.includes("=64/"))).toBe(false);
  });
  it.each([
    ["今年县政府作为行政诉讼被告的一审案件54件,已审结49件。", "litig_cases=54/government_level/full_year"],
    ["县政府作为行政诉讼被告的二审案件9件。", null],
    ["全年县政府作为应诉被告的案件共计27件。", "litig_cases=27/government_level/full_year"],
  ])("%s", (text, want) => {
    if (want) expect(scoped(text)).toContain(want);
    else expect(scoped(text).some((x) => x.startsWith("litig_cases"))).toBe(false);
  });
  it.each([
    ["行政应诉工作。各县区负责人出庭应诉率均达到100%,市直部门出庭应诉率为98.2%。", "litig_head_appearance_rate=98.2/sub_entity/full_year"],
    ["行政应诉工作。县直部门负责人出庭应诉率为97%。", "litig_head_appearance_rate=97/sub_entity/full_year"],
    ["全县持证行政执法人员1,682名,县直单位持证执法人员1,214名。", "enforce_officers=1214/sub_entity/full_year"],
  ])("%s: the region's departments are a part of it", (text, want) => {
    expect(scoped(text, text.includes("市直") ? CITY : COUNTY)).toContain(want);
  });
  it.each([
    ["其中,高新区受理行政复议申请23件,经开区受理17件。", ["recon_accepted=23/sub_entity/full_year", "recon_accepted=17/sub_entity/full_year"]],
    ["行政复议工作。孝感高新区管委会受理行政复议申请23件。", ["recon_accepted=23/sub_entity/full_year"]],
    ["临空经济区调解矛盾纠纷318件,调解成功率99%。", ["mediation_cases=318/sub_entity/full_year"]],
  ])("%s: a development zone is a part of the region", (text, want) => {
    expect(scoped(text, CITY)).toEqual(expect.arrayContaining(want));
  });
  it("a zone that is the report's own jurisdiction stays the region", () => {
    expect(scoped("浦东新区受理行政复议申请1,023件。", { ...CITY, admin_level: "county", jurisdiction_name: "浦东新区" })).toContain("recon_accepted=1023/jurisdiction/full_year");
  });
});

describe("met in blind28 and blind29: breakdowns over subjects, lists over years, label lines, reviews of three years", () => {
  it.each([
    ["全县各级行政复议机关共收到行政复议申请97件,其中县政府收到71件、县级部门收到26件,经审查依法受理88件。", "recon_accepted=88/jurisdiction/full_year"],
    ["全区共收到复议申请153件,其中区政府收到112件、区直部门收到41件,审结140件。", "recon_concluded=140/jurisdiction/full_year"],
    ["全县共调解纠纷1,206件,其中县调委会调解312件、乡镇调委会调解894件,调解成功1,190件。", "mediation_succeeded=1190/jurisdiction/full_year"],
  ])("%s: a breakdown over several subjects hands none of them on", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    "全县共收到行政复议申请97件,依法受理88件(其中县政府受理64件),全年审结84件。",
    "全县受理行政复议案件88件(其中县政府受理64件)。",
  ])("%s: the government singled out in a bracket is its own docket", (text) => {
    expect(scoped(text)).toContain("recon_accepted=64/government_level/full_year");
  });
  it.each([
    ["行政复议工作。纠错率、调解和解率分别为14.5%、13.7%。", ["recon_correction_rate=14.5/jurisdiction/full_year", "recon_settlement_rate=13.7/jurisdiction/full_year"]],
    ["行政复议工作。直接纠错率和调解和解率分别是12.1%和9.8%。", ["recon_correction_rate=12.1/jurisdiction/full_year", "recon_settlement_rate=9.8/jurisdiction/full_year"]],
    ["行政复议工作。调解和解率、纠错率分别为20.2%、17.6%。", ["recon_settlement_rate=20.2/jurisdiction/full_year", "recon_correction_rate=17.6/jurisdiction/full_year"]],
  ])("%s: 调解和解 is one measure in a 分别 list", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    "行政复议工作。全市审结131件,审结案件中含2021年结转11件。",
    "行政复议工作。全年审结上年结转案件12件。",
    "行政复议工作。审结案件中上年结转的有7件。",
  ])("%s: the cases carried over are no concluded count", (text) => {
    expect(scoped(text).filter((x) => x.startsWith("recon_concluded") && !/=131\//.test(x))).toEqual([]);
  });
  it.each([
    ["其中,我局以市人民政府名义办理的复议案件:新收412件,立案受理371件,审结358件。审结案件中维持201件,驳回64件,撤销38件;直接纠错38件,直接纠错率10.6%。", CITY],
    ["市司法局以市政府名义办理复议案件:收到86件,审结80件。审结的案件中,维持51件,撤销6件;直接纠错6件。", CITY],
    ["市政府本级收到复议申请230件,审结221件。在审结的案件中,维持150件,撤销20件。", CITY],
  ])("%s: the concluded cases looked into are the same body's", (text, ctx) => {
    const obs = run(text, ctx).filter((o) => !o.is_derived && /recon_(upheld|revoked|corrected|correction_rate)/.test(o.indicator_id));
    expect(obs.length).toBeGreaterThan(1);
    expect(obs.every((o) => o.scope === "government_level")).toBe(true);
  });
  it.each([
    ["一、行政复议收案情况\n申请总数:148件\n予以受理:126件", "recon_received=148/jurisdiction/full_year"],
    ["行政复议工作。复议申请总数为212件。", "recon_received=212/jurisdiction/full_year"],
    ["行政复议收案情况\n收案总数:97件", "recon_received=97/jurisdiction/full_year"],
  ])("%s: the applications' total in a label line", (text, want) => {
    expect(scoped(text, { ...COUNTY, report_year: 2024 }).map((x) => x.replace("2024", ""))).toContain(want);
  });
  it("committee members taking part in hearings are no cases handled", () => {
    expect(scoped("行政复议工作。邀请行政复议委员会委员参与审理疑难案件4件。").some((x) => x.startsWith("recon_handled"))).toBe(false);
  });
  it.each([
    ["2021年、2022年、2023年,区政府分别收到行政复议申请318件、341件、387件,共计1046件。", "recon_received=1046/jurisdiction/cumulative"],
    ["2021年至2023年,全县分别调解纠纷1,026件、1,118件、1,203件,合计3,347件。", "mediation_cases=3347/jurisdiction/cumulative"],
    ["2022年、2023年分别收到复议申请88件、97件,累计185件。", "recon_received=185/jurisdiction/cumulative"],
  ])("%s: the total after a list of years is theirs together", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["2021年、2022年、2023年,区政府分别审结301件、322件、364件,直接纠错36件、42件、50件。", ["recon_corrected=42/jurisdiction/prior_year", "recon_corrected=50/jurisdiction/full_year"]],
    ["三年共办理区人大代表建议412件、区政协委员提案538件,其中2021年、2022年、2023年分别办理建议128件、138件、146件,提案172件、185件、181件。", ["cppcc_proposals=185/jurisdiction/prior_year", "cppcc_proposals=181/jurisdiction/full_year"]],
    ["2022年、2023年分别收到复议申请88件、97件,审结80件、91件。", ["recon_concluded=80/jurisdiction/prior_year", "recon_concluded=91/jurisdiction/full_year"]],
  ])("%s: a later list as long as the years goes on over them", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    ["行政应诉方面,全区一审行政诉讼案件三年分别为201件、215件、226件。", "litig_cases=226/jurisdiction/full_year"],
    ["全县人民调解组织调解纠纷数两年分别为980件、1,052件。", "mediation_cases=1052/jurisdiction/full_year"],
    ["行政复议工作。全区收到复议申请三年间分别为56件、61件、70件。", "recon_received=70/jurisdiction/full_year"],
  ])("%s: three years, the last the report's", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["行政机关负责人出庭应诉率逐年提高,2021年为76.4%,2022年为92.1%,2023年实现负责人出庭应诉全覆盖。", ["litig_head_appearance_rate=92.1/jurisdiction/prior_year", "litig_head_appearance_rate=100/jurisdiction/full_year"]],
    ["全区行政复议纠错率稳步下降,2021年为15.2%,2022年为13.1%。", ["recon_correction_rate=15.2/jurisdiction/prior_year", "recon_correction_rate=13.1/jurisdiction/prior_year"]],
    ["三年来,全区人民调解组织共调解矛盾纠纷15217件,调解成功率保持在98%以上,其中2021年4712件、2022年5179件、2023年5326件。", ["mediation_cases=5179/jurisdiction/prior_year", "mediation_cases=5326/jurisdiction/full_year"]],
  ])("%s: years after the measure's own clause", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    ["全区持证行政执法人员由2021年的1126人调整至2023年底的1208人。", "enforce_officers=1208/jurisdiction/full_year"],
    ["全县持证执法人员由上年的862人扩大到918人。", "enforce_officers=918/jurisdiction/full_year"],
  ])("%s: 调整至, 扩大到 reach the current level", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["春柳街道调解工作室三年调处纠纷600余件。", "cumulative"],
    ["区法律援助中心五年办理法律援助案件2,310件。", "cumulative"],
    ["二〇二三年全区办理法律援助案件512件。", "full_year"],
  ])("%s → %s", (text, period) => {
    expect(run(text).filter((o) => !o.is_derived)[0]!.period).toBe(period);
  });
  it.each([
    "2.行政应诉。全区行政机关一审行政诉讼案件268件。其中,经区政府复议后起诉的案件58件,复议后起诉率15.2%。全区一审开庭审理案件248件,行政机关负责人出庭应诉246件。",
    "行政应诉工作。全县应诉案件52件,其中复议后起诉的19件。开庭审理案件48件,负责人出庭46件。",
  ])("%s: lawsuits after reconsideration keep the topic on lawsuits", (text) => {
    expect(scoped(text).some((x) => x.startsWith("recon_"))).toBe(false);
  });
});

describe("met in blind30: counts before their verbs and nouns", () => {
  it.each([
    ["行政复议工作。全省共收到18,642件行政复议申请。其中,16,935件被依法受理,1,104件被决定不予受理。", ["recon_accepted=16935/jurisdiction/full_year"]],
    ["行政复议工作。全年共有15,872件案件审结,其中6,214件被维持、1,486件被驳回、1,263件被撤销、412件被确认违法。", ["recon_concluded=15872/jurisdiction/full_year", "recon_upheld=6214/jurisdiction/full_year", "recon_rejected=1486/jurisdiction/full_year", "recon_revoked=1263/jurisdiction/full_year", "recon_confirmed_illegal=412/jurisdiction/full_year"]],
    ["行政复议工作。县政府共收到行政复议申请23件,对19件予以受理。审结的18件中,9件被维持,2件被驳回。", ["recon_accepted=19/jurisdiction/full_year", "recon_upheld=9/jurisdiction/full_year", "recon_rejected=2/jurisdiction/full_year"]],
    ["行政应诉工作。一审案件中有8,917件已由人民法院审结,503件以行政机关败诉结案。", ["litig_concluded=8917/jurisdiction/full_year", "litig_lost=503/jurisdiction/full_year"]],
    ["人民调解工作。调解了186,437件矛盾纠纷,其中182,406件调解成功。", ["mediation_succeeded=182406/jurisdiction/full_year"]],
    ["行政复议工作。全省共有1,908件违法或不当的行政行为被纠正。", ["recon_corrected=1908/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    expect(scoped(text)).toEqual(expect.arrayContaining(want));
  });
  it.each([
    ["行政复议工作。6,264件以终止方式结案。", "recon_concluded"],
    ["行政复议工作。15,841件在法定期限内审结,按期结案率99.8%。", "recon_concluded"],
    ["全年全省1.8万余件行政复议申请和18.6万余件矛盾纠纷在法治轨道上得到处理。", "recon_received"],
  ])("%s: no %s", (text, id) => {
    expect(scoped(text).some((x) => x.startsWith(`${id}=`))).toBe(false);
  });
  it.each([
    ["省十四届人大二次会议的782件代表建议已全部办复。", "npc_suggestions=782/jurisdiction/full_year"],
    ["市六届政协三次会议的416件委员提案已全部办结。", "cppcc_proposals=416/jurisdiction/full_year"],
    ["县十七届人大四次会议期间的96件代表建议均已答复。", "npc_suggestions=96/jurisdiction/full_year"],
  ])("%s: a session's items counted before their noun", (text, want) => {
    expect(scoped(text, { ...COUNTY, admin_level: "province", jurisdiction_name: "甘肃省" }).concat(scoped(text, CITY), scoped(text))).toContain(want);
  });
  it("a part of the year singled out in a later ;-part does not reach the next sentence's breakdown", () => {
    const obs = run("行政复议工作。全省共收到18,642件行政复议申请,比上年的11,486件增长62.3%;仅一季度就收到4,106件。其中,16,935件被依法受理。", COUNTY);
    expect(obs.find((o) => o.value === 16935)?.period).toBe("full_year");
    expect(obs.find((o) => o.value === 4106)?.period).toBe("partial");
  });
});

describe("met in real28 and blind23: merged proposals later in the paragraph, the CPPCC's full name, disputes settled before an application", () => {
  const LINTAN = { admin_level: "county" as const, jurisdiction_name: "临潭县", report_year: 2026 };
  it.each([
    "县政协十四届六次会议共收到委员提案184件。根据《中国人民政治协商会议全国委员会提案工作条例》,经审查,不予立案15件,立案169件,合并处理11件,实际应提交承办142件。",
    "县政协会议期间共收到提案184件。经审查立案169件,合并后实际交办142件。",
    "政协会议共收到委员提案184件,经审查,实际交由政府系统承办142件。",
  ])("%s", (text) => {
    const obs = run(text, LINTAN).filter((o) => o.indicator_id === "cppcc_proposals" && o.scope === "jurisdiction");
    expect(obs.map((o) => o.value)).toEqual([142]);
  });
  it("政治协商会议 names no chamber of commerce", () => {
    expect(scoped("根据《中国人民政治协商会议章程》,全县共调解纠纷1,206件。").concat(scoped("中国人民政治协商会议某某县委员会共立案提案96件。"))).not.toEqual(expect.arrayContaining([expect.stringContaining("/sub_entity/")]));
  });
  it.each([
    "行政复议工作。另有63件行政争议在申请复议前经区行政争议调解中心化解。",
    "行政复议工作。在复议申请前化解行政争议27件。",
    "行政复议工作。受理前调解化解行政争议41件。",
  ])("%s: resolved before an application, no settlement", (text) => {
    expect(run(text).map((o) => o.indicator_id)).toEqual(["recon_pre_acceptance_resolved"]);
  });
});

describe("met in blind31 and blind32: listed verbs before a listed object, shares in brackets, target lines, certified officers, sums of parts", () => {
  it.each([
    ["人民调解工作。全年受理、调解婚姻家庭、邻里、损害赔偿、山林土地等各类矛盾纠纷4,582件。", "mediation_cases=4582/jurisdiction/full_year"],
    ["人民调解工作。排查、调处土地、山林、水利等各类纠纷1,206件。", "mediation_cases=1206/jurisdiction/full_year"],
    ["人民调解工作。共调解婚姻、家庭、邻里等矛盾纠纷986件。", "mediation_cases=986/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["行政复议工作。撤销、变更、确认违法、责令履行等纠错决定共21件(占16.7%)。", "recon_correction_rate=16.7/jurisdiction/full_year"],
    ["行政复议工作。通过调解、和解方式结案24件(占19.0%)。", "recon_settlement_rate=19/jurisdiction/full_year"],
    ["行政复议工作。直接纠错18件(占审结案件的14.3%)。", "recon_correction_rate=14.3/jurisdiction/full_year"],
  ])("%s: a share in brackets after a count is that count's rate", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it.each([
    ["4.行政复议调解和解率:目标值为20%,实际完成23.6%;", "recon_settlement_rate=23.6/jurisdiction/full_year", "=20/"],
    ["9.行政机关负责人出庭应诉率:目标值为80%,实际完成92.7%;", "litig_head_appearance_rate=92.7/jurisdiction/full_year", "=80/"],
    ["8.行政诉讼败诉率:目标值为控制在12%以内,实际完成9.8%;", "litig_loss_rate=9.8/jurisdiction/full_year", "=12/"],
  ])("%s: the achieved value, not the target", (text, want, target) => {
    const got = scoped(text, CITY);
    expect(got).toContain(want);
    expect(got.some((x) => x.includes(target))).toBe(false);
  });
  it.each([
    ["行政执法工作。全县行政执法人员1284人,其中取得吉林省行政执法证件的1196人,持证率93.1%。", "enforce_officers=1196/jurisdiction/full_year"],
    ["全市共有行政执法人员5,120名,其中持证人员4,986名。", "enforce_officers=4986/jurisdiction/full_year"],
    ["全区行政执法人员2,318人,其中持有行政执法证件的2,207人。", "enforce_officers=2207/jurisdiction/full_year"],
  ])("%s: the certified among all officers are the indicator", (text, want) => {
    const got = scoped(text);
    expect(got).toContain(want);
    expect(got.filter((x) => x.startsWith("enforce_officers=") && x.includes("/jurisdiction/"))).toEqual([want]);
  });
  it.each([
    ["行政复议工作。全年审结112件。审结案件中,维持47件,调解结案14件,经和解后申请人撤回申请终止21件;调解和解结案35件,调解和解率31.3%。", "recon_settled=35/jurisdiction/full_year", ["recon_settled=14/subcategory/full_year", "recon_settled=21/subcategory/full_year"]],
    ["行政复议工作。通过调解结案9件,和解撤回11件,调解和解结案共20件。", "recon_settled=20/jurisdiction/full_year", ["recon_settled=9/subcategory/full_year"]],
  ])("%s: parts of a stated sum", (text, total, parts) => {
    expect(scoped(text)).toEqual(expect.arrayContaining([total, ...parts]));
  });
  it.each([
    "行政复议工作。县政府收到申请58件,依法收案51件,不予受理4件。",
    "行政复议工作。县政府法制办全年共收到行政复议申请58件,经审查收案51件。",
  ])("%s: 依法收案 after 收到 is the accepted", (text) => {
    expect(scoped(text)).toContain("recon_accepted=51/jurisdiction/full_year");
  });
  it("a numbered heading ending with 。 sets the topic of the numbered paragraphs under it", () => {
    const text = "(五)发挥行政复议化解行政争议主渠道作用。\n1.收案情况。县政府全年收到行政复议申请167件。受理案件中涉企案件29件,其中涉及行政处罚的17件。\n2.审理情况。全年审结112件。审结案件中,维持47件,驳回9件。";
    expect(scoped(text)).toEqual(expect.arrayContaining(["recon_concluded=112/jurisdiction/full_year", "recon_upheld=47/jurisdiction/full_year"]));
  });
  it("a share of the disputes settled before acceptance is no settlement rate", () => {
    expect(scoped("行政复议工作。在受理前调解化解行政争议41件,受理前调解化解率24.6%。").some((x) => x.startsWith("recon_settlement_rate"))).toBe(false);
  });
});

describe("met in blind32 and real29: a paragraph's opening subject, the level reached this year, proposals handed on", () => {
  const YZ = { admin_level: "prefecture" as const, jurisdiction_name: "扬州市", report_year: 2023 };
  it.each([
    "行政复议工作。全市收到申请2,316件。\n市政府本级方面,收到申请864件。受理792件。审结771件,纠错率15.7%。",
    "行政复议工作。全市收到申请2,316件。\n(二)市本级方面:收到申请864件。受理792件。审结771件。",
    "行政复议工作。全市收到申请2,316件。\n市政府层面,全年收到申请864件。依法受理792件,审结771件。",
  ])("%s", (text) => {
    const obs = run(text, YZ).filter((o) => !o.is_derived && [792, 771].includes(o.value));
    expect(obs.length).toBe(2);
    expect(obs.every((o) => o.scope === "government_level")).toBe(true);
  });
  it("a later sentence naming its own subject keeps it", () => {
    const obs = run("行政复议工作。\n市政府本级方面,收到申请864件。全市各级复议机关共审结2,035件。", YZ);
    expect(obs.find((o) => o.value === 2035)?.scope).toBe("jurisdiction");
  });
  it.each([
    ["“十三五”期间,全市共收到行政复议申请1,386件,纠错率由2016年的21.3%下降至今年的14.4%。", 14.4],
    ["十三五期间,全区持证执法人员由2016年的1,126人增加到2020年底的1,208人。", 1208],
    ["近五年,全县人民调解成功率由2016年的95.1%提高到本年度的98.6%。", 98.6],
  ])("%s: the level reached this year", (text, v) => {
    expect(run(text, { ...COUNTY, report_year: 2020 }).find((o) => o.value === v && !o.is_derived)?.period).toBe("full_year");
  });
  it.each([
    ["今年,县人民政府共收到县人大常委会交办代表建议131件,县政协转交办理提案85件。", "cppcc_proposals=85/jurisdiction/full_year"],
    ["县政协交办提案46件,已全部办结。", "cppcc_proposals=46/jurisdiction/full_year"],
    ["承办县政协移交的提案52件。", "cppcc_proposals=52/jurisdiction/full_year"],
  ])("%s", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
});

describe("met in blind34: a court's report on the region's lawsuits, 败诉比例, agreements reached, targets pushed for", () => {
  it.each([
    ["(三)审结及败诉情况。全年审结涉我区行政机关一审案件137件,其中判决驳回原告诉讼请求61件,裁定驳回起诉23件,判决撤销、确认违法或责令履行等行政机关败诉19件。", ["litig_concluded=137/jurisdiction/full_year", "litig_lost=19/jurisdiction/full_year"]],
    ["行政审判工作。审结涉本县行政机关行政案件88件,行政机关败诉6件,败诉比例为6.8%。", ["litig_concluded=88/jurisdiction/full_year", "litig_loss_rate=6.8/jurisdiction/full_year"]],
    ["涉我区行政机关案件的败诉比例为13.9%,较上年的16.2%有所下降。", ["litig_loss_rate=13.9/jurisdiction/full_year"]],
  ])("%s", (text, want) => {
    const got = scoped(text);
    expect(got).toEqual(expect.arrayContaining(want));
    expect(got.some((x) => x.startsWith("recon_"))).toBe(false);
  });
  it.each([
    "三是建立败诉案件通报和责任追究制度,推动败诉比例降至10%以下。",
    "推动全县行政机关负责人出庭应诉率提高到95%以上。",
    "推动复议纠错率控制在12%以内。",
  ])("%s: a level pushed for is a target", (text) => {
    expect(scoped(text)).toEqual([]);
  });
  it("cases ended some other way are no concluded count", () => {
    expect(scoped("行政应诉工作。人民法院审结52件,行政机关败诉4件,其他方式结案2件。")).not.toContain("litig_concluded=2/jurisdiction/full_year");
  });
  it.each([
    ["人民调解工作。受理各类矛盾纠纷2,418件,达成调解协议2,371件。", "mediation_succeeded=2371/jurisdiction/full_year"],
    ["人民调解工作。全县调解纠纷986件,共达成协议975件。", "mediation_succeeded=975/jurisdiction/full_year"],
  ])("%s: agreements reached are the disputes mediated successfully", (text, want) => {
    expect(scoped(text)).toContain(want);
  });
  it("written agreements among the successes are not the successes", () => {
    expect(scoped("人民调解工作。调解纠纷2,315件,调解成功率98%,其中达成书面协议2,100件。").some((x) => x.startsWith("mediation_succeeded"))).toBe(false);
  });
});

describe("met in blind38: the reform's vocabulary — procedures, hearings, an administrative-dispute centre", () => {
  it.each([
    "行政复议工作。适用简易程序审理案件96件;组织听证审理7件。",
    "行政复议工作。推进繁简分流,简易程序审结436件(占43.1%);听证审理18件。",
    "行政复议工作。按普通程序审理的案件52件,其中听证审理9件。",
  ])("%s: cases by procedure are no docket", (text) => {
    expect(scoped(text).filter((x) => /^recon_(handled|concluded)=/.test(x) && x.includes("/jurisdiction/"))).toEqual([]);
  });
  it.each([
    "人民调解工作。区行政争议调解中心(与区法院共建)调处行政争议248件,调解成功117件(调解成功率47.2%)。",
    "县行政争议调解中心调解行政争议63件,成功化解41件。",
    "全省建成行政争议调解中心176个,调解行政争议9,820件。",
  ])("%s: an administrative-dispute centre is no people's mediation", (text) => {
    expect(scoped(text).some((x) => x.startsWith("mediation_"))).toBe(false);
  });
});

describe("met in blind37: a bureau's rulings on land and forest ownership are no people's mediation", () => {
  it.each([
    "纠纷调处工作。依法调处土地、林地权属争议58起,调处成功51起。",
    "矛盾纠纷化解。全县调处山林土地权属纠纷126件,调处成功118件。",
    "自然资源局依法调处确权争议案件32件,调处成功率93.8%。",
  ])("%s", (text) => {
    expect(scoped(text).some((x) => x.startsWith("mediation_"))).toBe(false);
  });
  it("people's mediation of land disputes among others still counts", () => {
    expect(scoped("人民调解工作。全县调解土地纠纷等矛盾纠纷1,206件,调解成功1,190件。")).toEqual(expect.arrayContaining(["mediation_cases=1206/jurisdiction/full_year", "mediation_succeeded=1190/jurisdiction/full_year"]));
  });
});
