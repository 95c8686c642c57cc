import { describe, expect, it } from "vitest";
import { resolvePublishedOn } from "../../pipeline/identify/year.ts";
import { normalize } from "../../pipeline/normalize/index.ts";
import { segment } from "../../pipeline/segment/index.ts";

describe("normalize", () => {
  it("folds full-width digits and punctuation to ASCII", () => {
    expect(normalize("受理１２３件，纠错率９８．３％").text).toBe("受理123件,纠错率98.3%");
  });

  it("drops site chrome lines and keeps what they say about the page", () => {
    const n = normalize("登录 注册\n当前位置: 首页 > 政务公开\n信息来源:市司法局 发布日期:2023-02-09 浏览次数:236 字体:[ 大 中 小 ]\n2022年,全市受理行政复议案件88件。\n【打印本页】【关闭窗口】");
    expect(n.text).toBe("2022年,全市受理行政复议案件88件。");
    expect(n.chrome).toEqual({ published_on: "2023-02-09", source: "市司法局" });
    expect(n.removed).toHaveLength(4);
  });

  it.each([
    ["北滘:织密基层调解网\n2023-12-19 09:15 来源:顺德区北滘镇人民政府  阅读量:3462\n今年以来,北滘镇调解纠纷1,126件。", "2023-12-19"],
    ["标题\n2021/6/3 10:20 来源:县司法局 浏览:12\n2021年上半年,全县调解纠纷320件。", "2021-06-03"],
    ["标题\n2019年04月17日 08:05 来源:市政府网 阅读:88\n全市共调解纠纷1,200件。", "2019-04-17"],
  ])("keeps a date stamp without a label, on a chrome line or in the text (%#)", (raw, date) => {
    const n = normalize(raw);
    expect(resolvePublishedOn(n.text) ?? n.chrome.published_on).toBe(date);
  });

  it.each([
    "四平市司法局 > 信息公开 > 计划总结",
    "区政府 》 政务公开 》 工作动态",
    "县司法局›通知公告›工作总结",
  ])("drops a breadcrumb with no 首页 or 当前位置: %s", (crumb) => {
    expect(normalize(`${crumb}\n四平市司法局2023年工作总结\n2023年,全市收到行政复议申请1,036件。`).text.startsWith("四平市司法局2023年工作总结")).toBe(true);
  });

  it("keeps long body lines that merely mention chrome words", () => {
    const body = "引导群众注册、登陆政务服务平台,在线办理事项2000余件,群众满意度明显提升,办件量居全市第一,形成线上全程网办、线下专窗受理的一体化服务新模式,受到广泛好评。";
    expect(normalize(body).text).toBe(body);
  });

  it("turns NBSP, the typographic spaces, the ideographic space and the zero-width space into a space", () => {
    for (const c of ["\u00a0", "\u2002", "\u2003", "\u2007", "\u2009", "\u200a", "\u200b", "\u3000"]) {
      expect(normalize(`行政复议${c}诉讼`).text, c.codePointAt(0)!.toString(16)).toBe("行政复议 诉讼");
    }
  });

  it("removes spaces between Han characters and digits, and collapses blank lines", () => {
    expect(normalize("武清区 2020 年\n\n\n受理 45 件").text).toBe("武清区2020年\n受理45件");
  });
});

describe("segment", () => {
  it("splits sentences with offsets into the text and marks plan and problem sections", () => {
    const text = "一、主要成效\n全年受理复议案件30件。审结28件;\n二、存在问题\n人员不足。\n三、2024年工作安排\n力争达到100%。";
    const s = segment(text);
    for (const x of s.sentences) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.sentences.map((x) => [x.text, x.section.kind])).toEqual([
      ["一、主要成效", "body"], ["全年受理复议案件30件。", "body"], ["审结28件;", "body"],
      ["二、存在问题", "problems"], ["人员不足。", "problems"], ["三、2024年工作安排", "plans"], ["力争达到100%。", "plans"],
    ]);
  });
});

describe("traditional characters and split numbers", () => {
  it("converts a traditional-character report to simplified, keeping every offset", () => {
    const raw = "二〇二三年,全市行政機關負責人出庭應訴率達到100%,行政訴訟敗訴率為3.5%。";
    const n = normalize(raw);
    expect(n.traditional).toBe(true);
    expect(n.text).toBe("二〇二三年,全市行政机关负责人出庭应诉率达到100%,行政诉讼败诉率为3.5%。");
    expect(n.text.length).toBe(raw.length);
  });

  it("leaves simplified text, and a few traditional characters inside it, alone", () => {
    const raw = "全市行政机关负责人出庭应诉率达到100%,引用《後漢書》一句。";
    expect(normalize(raw)).toMatchObject({ text: raw, traditional: false });
  });

  it("joins a number split by a stray space before its unit, but not a flattened table row", () => {
    expect(normalize("办理行政复议案件1 5起").text).toBe("办理行政复议案件15起");
    expect(normalize("收到 受理 审结\n合计 8745 7574 362").text).toBe("收到 受理 审结\n合计8745 7574 362");
  });
});

describe("met in real13: a percentage typeset with a middle dot for its decimal point", () => {
  it.each([
    ["各级调解组织受理纠纷12244件,调解成功率 99·5 9% ,制作协议书4144份。", "调解成功率99.59%"],
    ["全区人民调解成功率达98·6%。", "成功率达98.6%"],
    ["行政复议纠错率为 12・3%,较上年下降。", "纠错率为12.3%"],
  ])("%s", (raw, want) => {
    expect(normalize(raw).text).toContain(want);
  });

  it("leaves dates and names written with the dot alone", () => {
    expect(normalize("“6·1”开原龙卷风过后,调解纠纷12件。").text).toContain("6·1");
    expect(normalize("12·4国家宪法日,发放资料3000份。").text).toContain("12·4");
  });
});

describe("met in real13: text laid out at a fixed width is joined back into its sentences", () => {
  // laid out as a page does: by columns, a Han character (or a full-width ，；：) two, a digit one
  const wrap = (s: string, width: number) => {
    const lines: string[] = [];
    let line = "";
    let w = 0;
    for (const c of s) {
      const cw = /[\p{Script=Han}，；：,;:。]/u.test(c) ? 2 : 1;
      if (w + cw > width) { lines.push(line); line = ""; w = 0; }
      line += c;
      w += cw;
    }
    if (line) lines.push(line);
    return lines.map((l) => "                  " + l).join("\n");
  };
  it.each([
    ["截至2017年10月,全县受理群众来信来访总量为300件次861人次。其中:接待群众来访261批次822人次;办理网上信访26件次;办理语音来访1件次;办理视频接访12件次。在受理的来信来访中,县信访局受理的信访总量为133件次577人次,其中来访108批次552人次。", 76],
    ["2022年,全区各级人民调解组织共排查矛盾纠纷4,120次,调解各类矛盾纠纷3,866件,调解成功3,801件,调解成功率98.3%,其中婚姻家庭纠纷1,020件,邻里纠纷860件,合同纠纷410件,损害赔偿纠纷302件,其他纠纷1,274件。", 60],
    ["全年共收到行政复议申请213件,依法受理196件,审结188件,其中维持112件,驳回21件,撤销15件,确认违法9件,责令履行2件,调解和解结案29件,综合纠错率13.8%,行政机关负责人出庭应诉率达100%,行政诉讼败诉率下降至4.2%。", 68],
  ])("%#", (prose, width) => {
    // (a page of it: several lines at the width)
    const page = prose + prose.replace(/\d/g, (d) => String((Number(d) + 3) % 10));
    const text = normalize("一、基本情况\n" + wrap(page, width)).text;
    // (a line may end a sentence exactly at the edge: it stays a line of its own, never one cut mid-sentence)
    const out = text.split("\n");
    expect(out[0]).toBe("一、基本情况");
    expect(out.slice(1).join("")).toBe(page);
    for (const line of out.slice(1)) expect(line.endsWith("。")).toBe(true);
  });
  it("leaves tables, lists and short lines as they are", () => {
    const table = ["人民调解案件(件) 31,706 29,853 +6.2%", "人民调解成功率(%) 99.1 98.8 +0.3个百分点", "行政复议案件(件) 1,204 1,130 +6.5%", "行政应诉案件(件) 402 388 +3.6%", "出庭应诉率(%) 100 98.6 +1.4个百分点", "持证执法人员(人) 3,265 3,180 +2.7%"];
    expect(normalize(table.join("\n")).text.split("\n")).toEqual(table);
    const list = ["一、坚持党的领导", "二、完善制度体系", "三、严格规范执法", "四、强化权力监督", "五、化解矛盾纠纷", "六、加强队伍建设"];
    expect(normalize(list.join("\n")).text.split("\n")).toEqual(list);
    // headings of like width over paragraphs of any width: a report, not a page laid out at a width
    const report = ["(一)压实第一责任人职责,强化法治建设组织保障", "党政主要负责人切实履行推进法治建设第一责任人职责。", "(二)深化审批制度改革,提升政务服务效能措施落地", "深入开展营商环境评价,推动各项改革措施落地见效。", "(三)完善依法行政制度体系,加强规范性文件管理", "定期公布现行有效的行政规范性文件目录。", "(四)严格落实重大行政决策程序,提高决策质量水平", "规范行政决策程序。", "(五)全面落实行政执法三项制度,加强执法监督工作", "全年新收行政复议案件104件。", "依法预防化解社会矛盾纠纷维护社会和谐稳定大局工作", "建立行政复议咨询委员会。"];
    expect(normalize(report.join("\n")).text.split("\n")).toEqual(report);
  });
});

describe("met in blind23: a PDF's page furniture between the halves of a sentence", () => {
  const page = (body: string[], n: number, header: string) => [...body, `-${n}-`, header];
  it.each([
    ["平遥县2017年度法治政府建设工作情况报告", "-"],
    ["宁夏回族自治区人民政府公报", "—"],
    ["某县人民政府文件", "－"],
  ])("drops the page number and the running header: %s", (header, dash) => {
    const lines = [
      header,
      "一、基本情况",
      "全年各级人民调解组织共排查矛盾纠纷隐患1,960次,依法调解各类矛盾",
      "纠纷1,347件,调解成功1,318件,调解成功率97.8%。其中古陶镇人民调解委",
      "员会调解纠纷213件,县道路交通事故人民调解委员会调解交通事故纠纷158",
      "件。全县信访部门共受理群众来信来访1,052件(次),其中来访386批1,174",
      "人次,集体访23批;信访事项按期办结率96.4%。县便民服务热线受理群众诉",
      `求2.3万件。全县共办理行政复议案件74件,办结66件,其中维持35件,驳回8${dash}`.replace(/.$/, ""),
      `${dash}2${dash}`,
      header,
      "件,撤销7件,确认违法3件,责令履行2件,调解和解结案9件,终止2件,全县直",
      "接纠错率18.2%;县政府本级办理复议案件53件,办结45件,直接纠错率17.8%。",
      `${dash}3${dash}`,
      header,
    ];
    const text = normalize(lines.join("\n")).text;
    expect(text).toContain("依法调解各类矛盾纠纷1,347件");
    expect(text).toContain("驳回8件,撤销7件");
    expect(text).not.toContain(`${dash}2${dash}`);
    expect(text.split("\n").filter((l) => l === header).length).toBeLessThanOrEqual(1);
    void page;
  });
  it.each(["2.", "(三)", "二、"])("joins a paragraph that opens with its item number %s and runs to the page's width", (item) => {
    // (laid out by columns as a page does: a Han character or a full-width mark two, a digit one)
    const prose = `${item}行政应诉。全县行政机关作为被告的一审行政诉讼案件28件,其中县政府作为被告9件;人民法院开庭审理22件,审结25件,行政机关败诉2件,败诉率8.0%。行政机关负责人出庭应诉11件次,按全部一审案件计算,出庭应诉率为39.3%。全县建有人民调解委员会287个,有人民调解员1,436名。全年各级人民调解组织共排查矛盾纠纷隐患1,960次,依法调解各类矛盾纠纷1,347件,调解成功1,318件。`;
    const page = prose + prose.slice(item.length).replace(/\d/g, (d) => String((Number(d) + 3) % 10));
    const lines: string[] = [];
    let line = "";
    let w = 0;
    for (const c of page) {
      const cw = /[\p{Script=Han},;:。()、]/u.test(c) ? 2 : 1;
      if (w + cw > 70) { lines.push(line); line = ""; w = 0; }
      line += c;
      w += cw;
    }
    lines.push(line);
    const out = normalize(lines.join("\n")).text.split("\n");
    expect(out.join("")).toBe(page);
    expect(out.some((l) => l.includes("其中县政府作为被告9件"))).toBe(true);
  });
  it("keeps a number that stands on its own line when no page furniture is there", () => {
    expect(normalize("表1\n序号\n1\n2\n3").text.split("\n")).toEqual(["表1", "序号", "1", "2", "3"]);
  });
});

describe("met in blind23: sections — an appendix after the plans, a heading of next year's goals", () => {
  const kinds = (text: string) => segment(text).sections.map((s) => `${s.kind}:${s.heading}`);
  it.each([
    ["一、工作成效\n全年受理复议申请71件。\n四、2024年工作安排\n力争纠错率降至15%以内。\n附表\n指标 2023年\n收到 71", ["body:一、工作成效", "plans:四、2024年工作安排", "body:附表"]],
    ["一、工作成效\n全年受理复议申请71件。\n二、下一步工作打算\n力争…\n附件:主要数据\n收到 71", ["body:一、工作成效", "plans:二、下一步工作打算", "body:附件:主要数据"]],
    ["一、主要工作数据\n收到申请:986件。\n四、2026年目标\n纠错率:控制在20%以内。", ["body:一、主要工作数据", "plans:四、2026年目标"]],
  ])("%#", (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});
