import { describe, expect, it } from "vitest";
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
