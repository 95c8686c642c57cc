// Each phrasing family with sentences written for these tests (not copied from the sample reports), positive and
// negative, so the rules generalise beyond the five seeds.
import { describe, expect, it } from "vitest";
import { derive } from "../../pipeline/derive/index.ts";
import { extract } from "../../pipeline/extract/index.ts";
import { headline } from "../../pipeline/headline/index.ts";
import { normalize } from "../../pipeline/normalize/index.ts";
import { segment } from "../../pipeline/segment/index.ts";
import { CITY, COUNTY, COUNTY_CITY, find, run, stated } from "./helpers.ts";

describe("行政复议 intake and closure", () => {
  it.each([
    ["全年共收到行政复议申请215件,依法受理198件,审结186件。", ["recon_received=215", "recon_accepted=198", "recon_concluded=186"]],
    ["全县新收行政复议案件88件,经审查后受理80件,不予受理5件,告知3件。", ["recon_received=88", "recon_accepted=80", "recon_not_accepted=5", "recon_not_accepted=3"]],
    ["全区行政复议机关办理行政复议案件56件,办结51件。", ["recon_handled=56", "recon_concluded=51"]],
    ["2023年共收到申请149件,受理各类行政复议案件145件。", ["recon_received=149", "recon_accepted=145"]],
    ["收到、受理、审结行政复议案件分别为120件、100件、95件。", ["recon_received=120", "recon_accepted=100", "recon_concluded=95"]],
  ])("%s", (text, want) => {
    expect(stated(text)).toEqual(want);
  });

  it("does not read the carried-over count as a separate intake figure", () => {
    expect(stated("全县办理行政复议案件56件(含上年结转4件)。")).toEqual(["recon_handled=56"]);
  });

  it("reads a prior-year comparison as prior_year of the same indicator", () => {
    const obs = find("全年收到行政复议申请120件(2022年为98件)。", "recon_received");
    expect(obs.map((o) => [o.value, o.period])).toEqual([[120, "full_year"], [98, "prior_year"]]);
    expect(obs.filter((o) => o.is_headline).map((o) => o.value)).toEqual([120]);
  });

  it("keeps pre-acceptance mediation apart from settlement", () => {
    expect(stated("行政复议工作中,受理前调解化解行政争议23件,经调解和解终止审查结案31件。")).toEqual([
      "recon_pre_acceptance_resolved=23",
      "recon_settled=31",
    ]);
  });
});

describe("行政复议 outcomes and correction", () => {
  it("reads every outcome type in a closure list, in any order", () => {
    const text = "行政复议审结90件,其中维持20件,驳回8件,撤销5件,变更1件,确认违法3件,责令履行2件,终止4件。";
    expect(stated(text)).toEqual([
      "recon_concluded=90", "recon_upheld=20", "recon_rejected=8", "recon_revoked=5", "recon_altered=1",
      "recon_confirmed_illegal=3", "recon_ordered_to_perform=2", "recon_terminated=4",
    ]);
    const derived = run(text).filter((o) => o.is_derived);
    expect(derived.find((o) => o.indicator_id === "recon_corrected")?.value).toBe(11);
    expect(derived.find((o) => o.indicator_id === "recon_correction_rate")?.value).toBe(12.2);
  });

  it("reads number-before-verb outcomes (其中3件撤销)", () => {
    expect(stated("复议机关审结案件30件,其中3件撤销,2件确认违法。")).toEqual(["recon_concluded=30", "recon_revoked=3", "recon_confirmed_illegal=2"]);
  });

  it("does not take abolished institutions for revoked decisions", () => {
    expect(stated("深化事业单位改革,撤销18家事业单位。")).toEqual([]);
    expect(stated("依法撤销行政许可12件。")).toEqual([]);
  });

  it("reads a stated correction rate and not the change after it", () => {
    expect(stated("全市行政复议直接纠错率为12.5%,同比下降3个百分点。")).toEqual(["recon_correction_rate=12.5"]);
  });

  it("marks outcomes of cases where the government was the respondent", () => {
    const obs = run("区政府作为被申请人的行政复议案件12件,其中维持10件,撤销2件。").filter((o) => !o.is_derived);
    expect(obs.map((o) => `${o.indicator_id}=${o.value}/${o.scope}`)).toEqual([
      "recon_as_respondent=12/jurisdiction", "recon_upheld=10/as_respondent", "recon_revoked=2/as_respondent",
    ]);
  });

  it("marks a breakdown by category as subcategory", () => {
    const obs = run("全年审结复议案件60件。涉企行政复议案件22件,其中撤销3件。").filter((o) => !o.is_derived);
    expect(obs.map((o) => `${o.indicator_id}=${o.value}/${o.scope}`)).toContain("recon_revoked=3/subcategory");
  });
});

describe("not observations", () => {
  it.each([
    ["行政复议案件数量同比下降12%。"],
    ["涉企案件占受理行政复议案件的53.3%。"],
    ["力争行政机关负责人出庭应诉率达到100%。"],
    ["全市调解成功率高于全省平均水平2.1个百分点。"],
    ["行政机关负责人出庭应诉率较上年提高5个百分点。"],
  ])("%s", (text) => {
    expect(stated(text)).toEqual([]);
  });

  it("skips the next-year plan and problem sections", () => {
    const text = "一、主要成效\n全年审结行政复议案件30件。\n三、存在的问题\n调解成功率仅为80%。\n四、2024年工作安排\n行政机关负责人出庭应诉率达到100%。";
    expect(stated(text)).toEqual(["recon_concluded=30"]);
  });

  it("does not count cases that legal advisers helped with", () => {
    expect(stated("政府法律顾问出具法律意见书30余件,协助办理复议、应诉案件27件。").filter((s) => /recon|litig/.test(s))).toEqual([]);
    expect(stated("法律顾问协助处理诉讼案件10件。")).toEqual([]);
  });
});

describe("行政应诉", () => {
  it("reads cases, concluded, lost and loss rate, and checks the rate against its counts", () => {
    const text = "全市共发生行政应诉案件302件,审结276件,败诉18件,败诉率6.5%。";
    expect(stated(text)).toEqual(["litig_cases=302", "litig_concluded=276", "litig_lost=18", "litig_loss_rate=6.5"]);
    expect(run(text).find((o) => o.indicator_id === "litig_loss_rate" && !o.is_derived)?.flags).toEqual([]);
  });

  it("switches topic within one sentence (复议 then 应诉)", () => {
    expect(stated("办理行政复议案件40件、审结38件,办理行政诉讼案件25件、审结20件。")).toEqual([
      "recon_handled=40", "recon_concluded=38", "litig_cases=25", "litig_concluded=20",
    ]);
  });

  it.each([
    ["全市行政机关负责人出庭应诉率保持100%。", 100],
    ["行政机关负责人出庭率达到96.8%。", 96.8],
    ["行政机关负责人出庭应诉率达百分之百。", 100],
  ])("head appearance rate: %s", (text, v) => {
    expect(find(text, "litig_head_appearance_rate").map((o) => o.value)).toEqual([v]);
  });

  it("reads zero losses as 0 and the government's own docket as government_level", () => {
    expect(find("全区行政诉讼案件实现零败诉。", "litig_lost").map((o) => [o.value, o.scope])).toEqual([[0, "jurisdiction"]]);
    expect(find("区人民政府行政应诉案件无败诉。", "litig_lost").map((o) => o.scope)).toEqual(["government_level"]);
  });

  it("keeps court-side intake apart from the government's lawsuits", () => {
    expect(stated("全市行政机关应诉行政诉讼案件1,150件。全市两级法院新收一审行政案件1203件。")).toEqual(["litig_cases=1150", "litig_court_new=1203"]);
    // alone, the courts' intake stands for the lawsuits, flagged as the courts' figure
    expect(run("全市两级法院新收一审行政案件1203件。").find((o) => o.value === 1203)).toMatchObject({ indicator_id: "litig_cases", flags: expect.arrayContaining(["court_side"]) });
  });

  it("does not read meetings or disputes resolved as lawsuits", () => {
    expect(stated("召开行政诉讼案件推进会3次,成功化解行政争议68起。").filter((s) => s.startsWith("litig"))).toEqual([]);
  });
});

describe("人民调解, 化解, 劳动仲裁", () => {
  it("reads mediation cases, successes and rate", () => {
    const text = "全县各级人民调解组织共排查矛盾纠纷2300次,调解矛盾纠纷1856件,调解成功1832件,调解成功率98.7%。";
    expect(stated(text)).toEqual(["mediation_cases=1856", "mediation_succeeded=1832", "mediation_success_rate=98.7"]);
  });

  it("reads disputes resolved without mediation as dispute_resolved", () => {
    expect(stated("全年化解矛盾纠纷4566件。")).toEqual(["dispute_resolved=4566"]);
  });

  it("keeps labour arbitration out of litigation and reconsideration", () => {
    expect(stated("劳动人事争议仲裁院受理案件412件,结案398件。")).toEqual(["labor_arbitration_cases=412"]);
  });

  it("marks a single committee's cumulative figures", () => {
    const obs = run("该调委会成立以来,累计成功调解纠纷600余件,调解成功率达95%以上。").filter((o) => !o.is_derived);
    expect(obs.map((o) => `${o.indicator_id}=${o.value}/${o.qualifier}/${o.period}/${o.scope}`)).toEqual([
      "mediation_succeeded=600/approx/cumulative/sub_entity",
      "mediation_success_rate=95/at_least/cumulative/sub_entity",
    ]);
  });

  it("marks difficult-case subsets as subcategory", () => {
    const obs = run("调解纠纷500件,成功480件。其中重大疑难纠纷12件,成功调处12件,调处成功率100%。").filter((o) => o.indicator_id === "mediation_success_rate" && !o.is_derived);
    expect(obs.map((o) => o.scope)).toEqual(["subcategory"]);
  });
});

describe("信访, 执法人员, 建议提案", () => {
  it("reads batches and person-times", () => {
    expect(stated("全年接待群众来访326批1288人次。")).toEqual(["petition_batches=326", "petition_persons=1288"]);
    expect(stated("召开信访联席会议12次。")).toEqual([]);
  });

  it.each([
    ["全市现有持证行政执法人员3560人。", [3560]],
    ["对全县2150名行政执法人员开展培训。", [2150]],
    ["新增行政执法人员268人。", []],
    ["组织培训执法人员2100人次。", []],
    ["组织13家执法单位的75名执法人员进行检查。", []],
  ])("enforce_officers: %s", (text, want) => {
    expect(find(text, "enforce_officers").map((o) => o.value)).toEqual(want);
  });

  it("splits suggestions by level against the report's own level", () => {
    const text = "办理省人大代表建议12件、市人大代表建议186件、市政协提案203件。";
    expect(run(text, CITY).filter((o) => !o.is_derived).map((o) => `${o.indicator_id}=${o.value}/${o.scope}`)).toEqual([
      "npc_suggestions=12/higher_level", "npc_suggestions=186/jurisdiction", "cppcc_proposals=203/jurisdiction",
    ]);
    expect(find("办理市人大建议7件,区人大建议57件。", "npc_suggestions", COUNTY).map((o) => o.scope)).toEqual(["higher_level", "jurisdiction"]);
    expect(find("全年办理市人大建议160件。", "npc_suggestions", COUNTY_CITY).map((o) => o.scope)).toEqual(["jurisdiction"]);
  });
});

describe("periods", () => {
  it.each([
    ["今年一季度,全市收到行政复议申请45件。", "partial"],
    ["1-9月,全县受理行政复议案件45件。", "partial"],
    ["截至11月底,受理行政复议案件120件。", "partial"],
    ["全年受理行政复议案件120件。", "full_year"],
    ["近三年,全区受理行政复议案件320件。", "cumulative"],
  ])("%s → %s", (text, period) => {
    expect(run(text).filter((o) => !o.is_derived).map((o) => o.period)).toEqual([period]);
  });

  it("headline falls back to the latest partial value, still marked partial", () => {
    const obs = find("在一季度出庭应诉率60%的基础上,下半年实现行政机关负责人出庭应诉率100%。", "litig_head_appearance_rate");
    const head = obs.filter((o) => o.is_headline);
    expect(head.map((o) => [o.value, o.period])).toEqual([[100, "partial"]]);
  });

  it("prefers a full-year value over partial ones for the headline", () => {
    const obs = find("一季度出庭应诉率60%。全年行政机关负责人出庭应诉率95%。", "litig_head_appearance_rate");
    expect(obs.filter((o) => o.is_headline).map((o) => o.value)).toEqual([95]);
  });
});

describe("derive", () => {
  it("flags a stated rate that disagrees with its own counts, keeping both", () => {
    const obs = run("行政复议审结284件,经调解和解终止审查结案76件,调解和解结案率35%。", COUNTY_CITY).filter((o) => o.indicator_id === "recon_settlement_rate");
    expect(obs.map((o) => [o.value, o.is_derived, o.flags.includes("inconsistent_with_counts")])).toEqual([[35, false, true], [26.8, true, true]]);
    expect(obs.filter((o) => o.is_headline).map((o) => o.value)).toEqual([35]);
  });

  it("accepts a stated rate within its printed precision", () => {
    const obs = run("共调解案件774件,调处成功749件,调处成功率为96.7%。").filter((o) => o.indicator_id === "mediation_success_rate");
    expect(obs.every((o) => !o.flags.includes("inconsistent_with_counts"))).toBe(true);
  });

  it("adds suggestions handled at two levels into a derived total", () => {
    const obs = run("办理市人大建议7件,区人大建议57件。").filter((o) => o.indicator_id === "npc_suggestions" && o.is_derived);
    expect(obs.map((o) => o.value)).toEqual([64]);
  });

  it("leaves the extracted values as they were (a document's cached analysis is finished again on every run)", () => {
    const extracted = extract(segment(normalize("行政复议审结284件,经调解和解终止审查结案76件,调解和解结案率35%。").text), COUNTY_CITY);
    const before = JSON.stringify(extracted);
    const once = JSON.stringify(headline(derive(extracted)));
    expect(once).toContain("inconsistent_with_counts");
    expect(JSON.stringify(extracted)).toBe(before);
    expect(JSON.stringify(headline(derive(extracted)))).toBe(once);
  });

  it("makes a derived rate the headline when no rate is stated", () => {
    const obs = run("审结行政复议案件137件,其中撤销15件,确认违法23件,责令履行7件,驳回53件。").filter((o) => o.indicator_id === "recon_correction_rate");
    expect(obs.map((o) => [o.value, o.is_derived, o.is_headline])).toEqual([[32.8, true, true]]);
  });
});

describe("more phrasing families", () => {
  it("reads 市本级 as the government level", () => {
    const obs = run("全市共收到行政复议申请430件,其中市本级收到142件。", CITY).filter((o) => o.indicator_id === "recon_received");
    expect(obs.map((o) => [o.value, o.scope])).toEqual([[430, "jurisdiction"], [142, "government_level"]]);
    expect(obs.filter((o) => o.is_headline).map((o) => o.value)).toEqual([430]);
  });

  it("reads a named district inside a city report as a sub-entity", () => {
    const obs = run("全市受理行政复议案件900件,其中武昌区受理120件。", CITY).filter((o) => o.indicator_id === "recon_accepted");
    expect(obs.map((o) => [o.value, o.scope])).toEqual([[900, "jurisdiction"], [120, "sub_entity"]]);
  });

  it("reads full coverage of head appearance as an implicit 100%", () => {
    expect(find("行政机关负责人出庭应诉实现全覆盖。", "litig_head_appearance_rate").map((o) => [o.value, o.flags])).toEqual([[100, ["implicit_value"]]]);
  });

  it("reads a comparison with last year's count as prior_year", () => {
    const obs = find("全年受理行政复议案件240件,较去年60件增长近3倍。", "recon_accepted");
    expect(obs.map((o) => [o.value, o.period])).toEqual([[240, "full_year"], [60, "prior_year"]]);
  });

  it("reads combined suggestions apart from the tracked ids", () => {
    expect(stated("承办人大代表建议和政协委员提案共计320件。")).toEqual(["npc_cppcc_total=320"]);
  });

  it("reads litigation wins, withdrawals and losses", () => {
    expect(stated("一审行政诉讼案件85件,审结80件,其中胜诉60件、撤诉12件、败诉8件。")).toEqual(["litig_cases=85", "litig_concluded=80", "litig_lost=8"]);
  });
});

describe("traps in unseen reports", () => {
  it("a year elsewhere in the sentence does not make the count a prior-year figure", () => {
    expect(find("按照2022年出台的工作办法,全年受理行政复议案件50件。", "recon_accepted").map((o) => o.period)).toEqual(["full_year"]);
    expect(find("2022年,全区受理行政复议案件98件。", "recon_accepted").map((o) => o.period)).toEqual(["prior_year"]);
  });

  it.each([["司法确认调解协议32件。"], ["法院诉前调解案件210件。"], ["开展行政调解45件。"]])("not people's mediation: %s", (text) => {
    expect(stated(text).filter((s) => s.startsWith("mediation"))).toEqual([]);
  });

  it("marks collective petitions inside a total as subcategory", () => {
    const obs = run("全年接待群众来访326批1288人次,其中集体访12批。").filter((o) => o.indicator_id === "petition_batches");
    expect(obs.map((o) => [o.value, o.scope])).toEqual([[326, "jurisdiction"], [12, "subcategory"]]);
  });
});

describe("phrasings found missing on the synthetic corpus", () => {
  it("reads officers holding enforcement certificates", () => {
    expect(find("全县持有行政执法证件的执法人员1188人。", "enforce_officers").map((o) => o.value)).toEqual([1188]);
  });

  it("reads 排查调解 and 调处各类 as people's mediation", () => {
    expect(stated("人民调解组织排查调解矛盾纠纷2400件,调解成功率98%以上。")).toEqual(["mediation_cases=2400", "mediation_success_rate=98"]);
    expect(stated("各级人民调解组织调处各类矛盾纠纷1873件。")).toEqual(["mediation_cases=1873"]);
  });

  it("reads lawsuits against the government itself as government_level", () => {
    const obs = run("全市发生行政诉讼案件300件,其中以市政府为被告的行政诉讼案件12件。", CITY).filter((o) => o.indicator_id === "litig_cases");
    expect(obs.map((o) => [o.value, o.scope])).toEqual([[300, "jurisdiction"], [12, "government_level"]]);
  });

  it("reads a named committee's cumulative total as sub_entity", () => {
    const obs = find("东湖街道人民调解委员会成立至今,累计成功调解矛盾纠纷800余件。", "mediation_succeeded");
    expect(obs.map((o) => [o.scope, o.period])).toEqual([["sub_entity", "cumulative"]]);
    expect(find("全区各级人民调解委员会调解矛盾纠纷800件。", "mediation_cases").map((o) => o.scope)).toEqual(["jurisdiction"]);
  });
});

describe("paragraph starts and period resets", () => {
  it("reads recon-only wordings at the start of a paragraph", () => {
    expect(stated("纠正违法或不当行政行为32件,直接纠错率18%,调解和解结案率15.17%,法定期限内结案率100%。")).toEqual([
      "recon_corrected=32", "recon_correction_rate=18", "recon_settlement_rate=15.17", "recon_on_time_rate=100",
    ]);
  });

  it("reads 作出纠错决定 at the start of a paragraph", () => {
    expect(stated("作出纠错决定22件,直接纠错率达15.2%。")).toEqual(["recon_corrected=22", "recon_correction_rate=15.2"]);
  });

  it("a later 全年 overrides an earlier partial period", () => {
    const obs = find("上半年行政机关负责人出庭应诉率为63.4%,全年出庭应诉率提高到88.6%。", "litig_head_appearance_rate");
    expect(obs.map((o) => [o.value, o.period])).toEqual([[63.4, "partial"], [88.6, "full_year"]]);
  });
});

describe("the subject in force across the clauses of a sentence", () => {
  it("keeps the government's own docket for every clause after 市政府本级", () => {
    const obs = run("2023年市政府共收到行政复议申请398件,受理355件,审结337件,其中撤销31件、确认违法18件。", CITY).filter((o) => !o.is_derived);
    expect(obs.map((o) => `${o.indicator_id}=${o.value}/${o.scope}`)).toEqual([
      "recon_received=398/government_level", "recon_accepted=355/government_level", "recon_concluded=337/government_level",
      "recon_revoked=31/government_level", "recon_confirmed_illegal=18/government_level",
    ]);
  });

  it("returns to the whole region when a later clause names it", () => {
    const obs = run("市政府本级收到行政复议申请267件,全市各级复议机关收到1356件,受理1201件。", CITY).filter((o) => !o.is_derived);
    expect(obs.map((o) => `${o.indicator_id}=${o.value}/${o.scope}`)).toEqual([
      "recon_received=267/government_level", "recon_received=1356/jurisdiction", "recon_accepted=1201/jurisdiction",
    ]);
    expect(obs.filter((o) => o.is_headline).map((o) => o.value)).toEqual([1356, 1201]);
  });

  it("derives corrections for the government's docket within its own scope", () => {
    const obs = run("市政府共审结行政复议案件200件,其中维持120件,驳回30件,撤销20件,确认违法10件。", CITY);
    const rate = obs.filter((o) => o.indicator_id === "recon_correction_rate");
    expect(rate.map((o) => [o.value, o.scope, o.is_derived])).toEqual([[15, "government_level", true]]);
  });

  it("shows the government's reconsideration docket as the headline only when the region has none, flagged", () => {
    const only = run("市政府共收到行政复议申请398件。", CITY).filter((o) => o.is_headline);
    expect(only.map((o) => [o.indicator_id, o.value, o.flags])).toEqual([["recon_received", 398, ["government_level_only"]]]);
    // A government's own lawsuits never stand for the region's.
    expect(run("市人民政府行政诉讼案件无败诉。", CITY).filter((o) => o.is_headline)).toEqual([]);
  });

  it("keeps the government's own outcomes off the headline when the region's counts are given (blind19)", () => {
    const obs = run("全市各级行政复议机关共收到申请1,036件,受理947件,审结912件。其中,市政府本级案件收到申请318件,审结287件:维持142件、驳回37件、撤销21件。", CITY);
    expect(obs.filter((o) => o.is_headline && !o.is_derived).map((o) => `${o.indicator_id}=${o.value}`)).toEqual(["recon_received=1036", "recon_accepted=947", "recon_concluded=912"]);
  });

  it("reads a named district or town at the start of a clause as a sub-entity, and the report's own name as itself", () => {
    const obs = run("全市收到行政复议申请1356件。其中,孝南区收到行政复议申请210件,受理198件。", CITY).filter((o) => !o.is_derived);
    expect(obs.map((o) => `${o.indicator_id}=${o.value}/${o.scope}`)).toEqual([
      "recon_received=1356/jurisdiction", "recon_received=210/sub_entity", "recon_accepted=198/sub_entity",
    ]);
    expect(find("孝感市全年收到行政复议申请520件。", "recon_received", CITY).map((o) => o.scope)).toEqual(["jurisdiction"]);
    expect(find("其中城关镇调解矛盾纠纷320件。", "mediation_cases").map((o) => o.scope)).toEqual(["sub_entity"]);
  });

  it("does not take a verb phrase or a generic word for a place", () => {
    expect(find("开展行政复议宣传,全年收到行政复议申请88件。", "recon_received").map((o) => o.scope)).toEqual(["jurisdiction"]);
    expect(find("各乡镇调解矛盾纠纷520件。", "mediation_cases").map((o) => o.scope)).toEqual(["jurisdiction"]);
    expect(find("我区共收到行政复议申请75件。", "recon_received").map((o) => o.scope)).toEqual(["jurisdiction"]);
  });

  it("reads a parent jurisdiction's figure in a county report as higher_level", () => {
    expect(find("株洲市全年收到行政复议申请1200件。", "recon_received", COUNTY).map((o) => o.scope)).toEqual(["higher_level"]);
  });
});

describe("law-enforcement officers in lists and with 持证上岗", () => {
  it.each([
    ["全市共有行政执法主体156个、行政执法人员4562人。", [4562]],
    ["行政执法人员3,265名全部持证上岗。", [3265]],
    ["全市共有执法证件持证人员3265人,培训执法人员2850人次。", [3265]],
  ])("%s", (text, want) => {
    expect(find(text, "enforce_officers", CITY).map((o) => o.value)).toEqual(want);
  });

  it.each([["开展执法培训12期、培训执法人员2850人。"], ["新增行政执法人员268名,均持证上岗。"], ["组织执法主体12个、执法人员300人开展联合检查。"]])("not the stock of officers: %s", (text) => {
    expect(find(text, "enforce_officers", CITY)).toEqual([]);
  });
});

describe("respondent and lead-office wordings", () => {
  it("reads 作为行政复议被申请人 as cases with the government as respondent", () => {
    expect(stated("市政府作为行政复议被申请人的案件5件。", CITY)).toEqual(["recon_as_respondent=5"]);
  });

  it("reads suggestions the government led (主办) but not those it only assisted with (协办)", () => {
    expect(stated("区政府主办人大代表建议45件、政协提案60件,协办21件。")).toEqual(["npc_suggestions=45", "cppcc_proposals=60"]);
    expect(stated("协办人大代表建议21件。")).toEqual([]);
  });
});

describe("levels stated as a move from one value to another", () => {
  it.each([
    ["行政机关负责人出庭应诉率由2022年的85.3%提升至2023年的98.6%。", "litig_head_appearance_rate", [[85.3, "prior_year"], [98.6, "full_year"]]],
    ["负责人出庭应诉率从上年的76%提高到100%。", "litig_head_appearance_rate", [[76, "prior_year"], [100, "full_year"]]],
    ["行政复议纠错率由8.2%上升至11.5%。", "recon_correction_rate", [[8.2, "prior_year"], [11.5, "full_year"]]],
    ["行政诉讼败诉率降至3.2%。", "litig_loss_rate", [[3.2, "full_year"]]],
  ])("%s", (text, id, want) => {
    expect(find(text, id).map((o) => [o.value, o.period])).toEqual(want);
    expect(find(text, id).filter((o) => o.is_headline).map((o) => o.value)).toEqual([want[want.length - 1][0]]);
  });

  it("does not read a 由 that is not followed by a move as an earlier level", () => {
    expect(find("全年由区政府受理行政复议案件120件。", "recon_accepted").map((o) => o.period)).toEqual(["full_year"]);
  });
});

describe("a clause with only a verb continues the previous clause's subject", () => {
  it("reads 达到156件 after a change clause as the level", () => {
    expect(stated("全县行政复议案件同比增长35.6%,达到156件。")).toEqual(["recon_handled=156"]);
    expect(stated("全市人民调解组织调解纠纷同比上升8%,共计5230件。")).toEqual(["mediation_cases=5230"]);
  });

  it("does not carry a subject across a clause that has one of its own", () => {
    expect(stated("全县行政复议案件同比增长35.6%,培训执法人员达到156人次。")).not.toContain("recon_handled=156");
  });
});

describe("plans and spans", () => {
  it.each([["目标:行政机关负责人出庭应诉率达到90%以上。"], ["下一步,力争调解成功率达到98%以上。"], ["2024年,争取行政复议纠错率控制在10%以内。"]])("a sentence that opens with a target is a plan: %s", (text) => {
    expect(stated(text)).toEqual([]);
  });

  it("keeps achievements in sentences that merely mention a plan or a proposed document", () => {
    expect(stated("按照年度计划,全年收到行政复议申请88件。")).toEqual(["recon_received=88"]);
    expect(stated("对拟出台的规范性文件审查23件。")).toEqual(["normative_docs_reviewed=23"]);
    expect(stated("全年目标任务全部完成,全年收到行政复议申请88件。")).toEqual(["recon_received=88"]);
  });

  it("reads a multi-year span as cumulative, and a span ending before the report year too", () => {
    expect(find("2021年至2023年,全区共受理行政复议案件560件。", "recon_accepted").map((o) => o.period)).toEqual(["cumulative"]);
    expect(find("2023年,全区共受理行政复议案件160件。", "recon_accepted").map((o) => o.period)).toEqual(["full_year"]);
  });
});

describe("text variants", () => {
  it("reads a report written in traditional characters", () => {
    expect(stated("全市行政機關負責人出庭應訴率達到100%,行政訴訟敗訴率為3.5%。人民調解組織調解糾紛1,203件,調解成功率為98%。")).toEqual([
      "litig_head_appearance_rate=100", "litig_loss_rate=3.5", "mediation_cases=1203", "mediation_success_rate=98",
    ]);
  });

  it("joins a number split by a stray space before its unit", () => {
    expect(stated("全年办理行政复议案件1 5起。")).toEqual(["recon_handled=15"]);
  });
});

describe("lawsuits named by 起诉 and 被告; officers sitting an exam", () => {
  it("reads first-instance suits filed against the organs", () => {
    expect(find("全市行政机关共收到一审行政起诉案件412件。", "litig_cases", CITY).map((o) => o.value)).toEqual([412]);
    expect(find("以行政机关为被告的行政案件398件。", "litig_cases", CITY).map((o) => o.value)).toEqual([398]);
  });

  // "全市N名执法人员" is every officer of the region, whatever they are doing (as in the sample's gold: 对全市1681名
  // 行政执法人员开展线上培训); an unqualified group sent on an inspection is not.
  it("reads the region's officers sitting an exam as the stock, a group on an inspection not", () => {
    expect(find("全区1568名行政执法人员参加了年度法律知识考试。", "enforce_officers", CITY).map((o) => o.value)).toEqual([1568]);
    expect(find("抽调120名执法人员参加交叉检查。", "enforce_officers", CITY)).toEqual([]);
  });
});

describe("court-side conclusions and a bare 成功", () => {
  it("reads a court's concluded administrative cases as lawsuits concluded, and not its civil ones", () => {
    expect(stated("全市法院审结一审行政案件1386件,行政机关败诉案件93件,败诉率6.7%。", CITY)).toEqual(["litig_concluded=1386", "litig_lost=93", "litig_loss_rate=6.7"]);
    expect(stated("全市法院审结民商事案件25360件。", CITY)).toEqual([]);
  });

  it("reads 成功N件 right after the mediated count", () => {
    expect(stated("全县调委会调解矛盾纠纷1286件,成功1279件。")).toEqual(["mediation_cases=1286", "mediation_succeeded=1279"]);
    expect(stated("全年开展法治宣传活动120场,成功举办法治讲座15件。")).not.toContain("mediation_succeeded=15");
  });
});

describe("court mediation and one named committee", () => {
  it("does not read a court's pre-litigation mediation as people's mediation", () => {
    expect(stated("诉前调解案件4521件,调解成功3102件。")).toEqual([]);
  });

  it("keeps one named committee's figures apart in every clause, but not a region's committees", () => {
    const obs = run("医疗纠纷人民调解委员会受理医疗纠纷86件,调解成功80件。").filter((o) => !o.is_derived);
    expect(obs.map((o) => `${o.indicator_id}=${o.value}/${o.scope}`)).toEqual(["mediation_cases=86/sub_entity", "mediation_succeeded=80/sub_entity"]);
    const all = run("全县326个人民调解委员会共调解纠纷1836件,调解成功1821件。").filter((o) => !o.is_derived);
    expect(all.map((o) => o.scope)).toEqual(["jurisdiction", "jurisdiction"]);
  });
});

describe("found on the blind hold-out reports", () => {
  it("reads 以县政府为被申请人 as cases with the government as respondent", () => {
    expect(stated("以县政府为被申请人的行政复议案件7件,经市人民政府审理,维持5件、撤销1件。")).toEqual(["recon_as_respondent=7", "recon_upheld=5", "recon_revoked=1"]);
    expect(run("以县政府为被申请人的行政复议案件7件,维持5件。").filter((o) => o.indicator_id === "recon_upheld").map((o) => o.scope)).toEqual(["as_respondent"]);
  });

  it("reads a department's own (局本级) figures as a sub-entity", () => {
    expect(find("局本级持证执法人员42名,全部参加年度轮训。", "enforce_officers", CITY).map((o) => o.scope)).toEqual(["sub_entity"]);
    expect(find("局本级全年承办市人大代表建议9件。", "npc_suggestions", CITY).map((o) => o.scope)).toEqual(["sub_entity"]);
  });

  it("does not count visitors received by lawyers as the region's petitions", () => {
    expect(stated("组织律师参与涉法涉诉信访化解,接待来访群众1380人次。")).toEqual([]);
    expect(stated("全市信访部门接待来访群众1380人次。")).toEqual(["petition_persons=1380"]);
  });

  it("reads a county government's reconsideration docket as the county's, a city's as its own level", () => {
    expect(find("县政府共收到行政复议申请126件。", "recon_received", COUNTY).map((o) => o.scope)).toEqual(["jurisdiction"]);
    expect(find("县政府本级收到行政复议申请26件。", "recon_received", COUNTY).map((o) => o.scope)).toEqual(["government_level"]);
    expect(find("市政府共收到行政复议申请398件。", "recon_received", CITY).map((o) => o.scope)).toEqual(["government_level"]);
  });

  it("reads a breakdown by kind of committee as a subcategory, one committee as a sub-entity", () => {
    expect(find("其中行业性专业性调委会调解纠纷4800余件。", "mediation_cases").map((o) => o.scope)).toEqual(["subcategory"]);
    expect(find("其中物业纠纷人民调解委员会调解纠纷480件。", "mediation_cases").map((o) => o.scope)).toEqual(["sub_entity"]);
  });
});

describe("found on the second hold-out set", () => {
  it("carries a time phrase at the head of a sentence across its ;-separated parts, but not into the next sentence", () => {
    const text = "1至9月,全县审结行政复议案件300件;以调解方式结案45件;纠错38件。全年人民调解案件2100件。";
    expect(find(text, "recon_settled").map((o) => [o.value, o.period])).toEqual([[45, "partial"]]);
    expect(find(text, "recon_corrected").map((o) => o.period)).toEqual(["partial"]);
    expect(find(text, "mediation_cases").map((o) => o.period)).toEqual(["full_year"]);
    expect(find("前三季度共收到复议申请80件;2022年同期为66件。", "recon_received").map((o) => o.period)).toEqual(["partial", "prior_year"]);
    // a part that names its own time keeps it
    expect(find("2023年,全县收到行政复议申请1200件;2022年收到980件。", "recon_received").map((o) => o.period)).toEqual(["full_year", "prior_year"]);
    expect(find("上半年,全县收到行政复议申请120件;全年收到行政复议申请260件。", "recon_received").map((o) => o.period)).toEqual(["partial", "full_year"]);
    expect(find("近三年,全县累计收到行政复议申请1200件;2023年收到行政复议申请450件。", "recon_received").map((o) => o.period)).toEqual(["cumulative", "full_year"]);
  });

  it("derives a partial window's rate from that window's counts and keeps it marked partial", () => {
    const obs = run("截至10月底,全县审结行政复议案件200件;调解和解结案50件。");
    const rate = obs.filter((o) => o.indicator_id === "recon_settlement_rate");
    expect(rate.map((o) => [o.value, o.period, o.is_derived, o.is_headline])).toEqual([[25, "partial", true, true]]);
    // counts from two different windows are never divided
    expect(run("上半年审结行政复议案件120件。1至11月调解和解结案40件。").some((o) => o.indicator_id === "recon_settlement_rate")).toBe(false);
  });

  it("does not read leaders' own receptions as the region's petition volume", () => {
    expect(stated("县委书记、县长接待来访群众42批次、130人次。")).toEqual([]);
    expect(stated("市领导下访接待群众58批。")).toEqual([]);
    expect(stated("全县信访部门受理来信来访1020批、1874人次。")).toEqual(["petition_batches=1020", "petition_persons=1874"]);
    // 社区长效, 城市长期 are not leaders
    expect(stated("依托社区长效机制,全区信访部门接待群众来访860批次。")).toEqual(["petition_batches=860"]);
  });

  it("reads a breakdown by the kind of parties (涉侨, 涉企, 涉法涉诉) as a subcategory", () => {
    expect(find("全年调解成功率98.2%。其中涉侨纠纷调解成功率100%。", "mediation_success_rate").map((o) => [o.value, o.scope])).toEqual([[98.2, "jurisdiction"], [100, "subcategory"]]);
    expect(find("其中涉台涉外矛盾纠纷调解120件,调解成功率99%。", "mediation_success_rate").map((o) => o.scope)).toEqual(["subcategory"]);
  });
});

describe("met in blind24: the headline of part of the year is the longest window to the latest month", () => {
  it.each([
    ["1—9月,全市收到行政复议申请1,127件。分时段看,上半年全市收到行政复议申请741件,7—9月收到386件。", 1127],
    ["前三季度,全市收到行政复议申请900件,其中三季度收到310件。", 900],
  ])("%s", (text, want) => {
    const heads = run(text, { ...CITY, report_year: 2022, published_on: "2022-10-18" }).filter((o) => o.is_headline && o.indicator_id === "recon_received");
    expect(heads.map((o) => o.value)).toEqual([want]);
  });
});
