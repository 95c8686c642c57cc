// HTML: charset handling, main-content extraction from government CMS pages, metadata, tables, truncated pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { cutSiteSuffix, DEEP, nestingEstimate, sniffDeclaredCharset } from "../../pipeline/read/html.js";
import { readBytes, readDocument } from "../../pipeline/read/index.js";
import { readError } from "./helpers.js";

const FIX = join(import.meta.dirname, "..", "fixtures", "read");
const XIAOGAN = join(FIX, "xiaogan.html");
const LUSONG = join(FIX, "lusong.html");

// Strings that only the page chrome contains (never the report body).
const XIAOGAN_CHROME = [
  "登录", "注册", "无障碍", "长者模式", "今天是", "首页", "互动交流", "走进孝感", "当前位置", "政策文件", "建议提案办理",
  "信息来源", "发布日期", "浏览次数", "236", "字体", "分享到", "QQ空间", "打印本页", "关闭窗口", "相关文章",
  "孝感市2021年法治政府建设年度报告", "网站地图", "联系我们", "版权所有", "ICP备", "公网安备", "网站标识码", "doZoom", "_hmt", "{",
];
const XIAOGAN_BODY = [
  "2022年,在省委、省政府的坚强领导下,孝感市坚持以习近平新时代中国特色社会主义思想为指导",
  "一、2022年主要工作情况",
  "持续深化全面依法治市“1+4+N”工作运行机制,有效发挥4个协调小组作用。",
  "共发起检查任务666个,检查对象4730户,检查公示率100%。",
  "办理各类文件审查331件;市本级清理政府规章4部、行政规范性文件146份。",
];

describe("government page, table layout (xiaogan.html, seed 002)", () => {
  it("keeps the report paragraphs and leaks none of the chrome", async () => {
    const r = await readDocument(XIAOGAN);
    expect(r.format).toBe("html");
    expect(r.encoding).toBe("utf-8");
    for (const s of XIAOGAN_BODY) expect(r.text).toContain(s);
    const leaked = XIAOGAN_CHROME.filter((c) => r.text.includes(c));
    expect(leaked).toEqual([]);
    expect(r.text).not.toMatch(/<[a-z/]/i);
  });

  it("keeps paragraph breaks: one paragraph per line, in order", async () => {
    const lines = (await readDocument(XIAOGAN)).text.split("\n");
    expect(lines[0]).toBe("关于2022年孝感市法治政府建设情况的报告");
    expect(lines[1]).toBe("中共孝感市委 孝感市人民政府");
    expect(lines[2]).toMatch(/^2022年,在省委/);
    expect(lines[3]).toBe("一、2022年主要工作情况");
    expect(lines[4]).toMatch(/^1\.全面加强组织保障。/);
    expect(lines[5]).toMatch(/^2\.依法履行政府职能。/);
    expect(lines[6]).toMatch(/^3\.科学制定政府规章。/);
  });

  it("extracts title (without the site suffix), published_on and source", async () => {
    const r = await readDocument(XIAOGAN);
    expect(r.meta).toEqual({
      title: "关于2022年孝感市法治政府建设情况的报告",
      published_on: "2023-02-09",
      source: "市委依法治市办",
      host: "孝感市人民政府办公室",
    });
  });

  it("returns the data table as rows of cells and flattens it into the text with tabs", async () => {
    const r = await readDocument(XIAOGAN);
    expect(r.tables).toEqual([
      [
        ["指标", "2022年"],
        ["检查任务", "666个"],
        ["文件审查", "331件"],
      ],
    ]);
    expect(r.text).toContain("指标\t2022年\n检查任务\t666个\n文件审查\t331件");
  });
});

describe("div-soup layout (lusong.html, seed 004): no CMS selector matches, text density decides", () => {
  const CHROME = [
    "芦淞区人民政府首页", "繁體", "手机版", "走进芦淞", "当前位置", "执法主体", "随机抽查", "更新时间", "浏览次数", "作者",
    "字体", "打印此页", "关闭窗口", "上一篇", "下一篇", "芦淞区开展行政执法案卷评查", "依法治区工作会议", "主办单位", "承办单位", "ICP备", "网站标识码", "浏览器", "jquery", "$(",
  ];

  it("keeps the body (including body text that mentions 注册) and drops the chrome", async () => {
    const r = await readDocument(LUSONG);
    expect(r.text).toMatch(/^2023年,我区按照法治政府建设的总要求/);
    expect(r.text).toContain("(一)法治政府建设跃上新台阶");
    expect(r.text).toContain("办理行政许可47711件,不予许可309件");
    expect(r.text).toContain("引导群众注册、登陆“湘易办”APP");
    expect(r.text.split("\n").slice(-2)).toEqual(["株洲市芦淞区人民政府", "2024年2月23日"]);
    expect(CHROME.filter((c) => r.text.includes(c))).toEqual([]);
    expect(r.tables).toBeUndefined();
  });

  it("reads ArticleTitle / PubDate / ContentSource meta tags", async () => {
    const r = await readDocument(LUSONG);
    expect(r.meta).toEqual({ host: "株洲市芦淞区人民政府办公室", title: "株洲市芦淞区2023年法治政府建设年度报告", published_on: "2024-02-28", source: "区法制办" });
  });
});

const page = (charsetMeta: string, title: string, info: string, paragraphs: string[]) =>
  `<html><head>${charsetMeta}<title>${title}</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>` +
  `<div class="position">您现在的位置：<a href="/">首页</a> &gt; 法治政府</div>` +
  `<div class="article"><h1>铁岭市2023年法治政府建设年度报告</h1><div class="info">${info}</div>` +
  `<div class="TRS_Editor">${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</div></div>` +
  `<div class="footer">版权所有：铁岭市人民政府 辽ICP备12345678号</div></body></html>`;

const TIELING = [
  "2023年,铁岭市政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。",
  "全年办理行政复议案件340件,纠错率9.8%,行政机关负责人出庭应诉率100%。",
];

describe("charsets of HTML pages", () => {
  it("GBK page declaring gb2312 is decoded as gb18030", async () => {
    const html = page(
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
      "铁岭市2023年法治政府建设年度报告_铁岭市人民政府",
      "发布时间：2024年3月1日 来源：铁岭市司法局",
      TIELING,
    );
    const bytes = iconv.encode(html, "gbk");
    expect(sniffDeclaredCharset(bytes)).toBe("gb2312");
    const r = await readBytes(bytes, "tieling.htm");
    expect(r).toMatchObject({ format: "html", encoding: "gb18030" });
    expect(r.text).toBe(["铁岭市2023年法治政府建设年度报告", ...TIELING].join("\n"));
    expect(r.meta).toEqual({ title: "铁岭市2023年法治政府建设年度报告", published_on: "2024-03-01", source: "铁岭市司法局" });
  });

  it("GBK page without any charset declaration is sniffed (jschardet) as gb18030", async () => {
    const bytes = iconv.encode(page("", "报告", "", TIELING), "gbk");
    expect(sniffDeclaredCharset(bytes)).toBeNull();
    const r = await readBytes(bytes, "tieling.html");
    expect(r.encoding).toBe("gb18030");
    expect(r.text).toContain(TIELING[1]);
  });

  it("a page that declares gb2312 but is really UTF-8 still reads right", async () => {
    const html = page('<meta charset="gb2312">', "报告-铁岭市人民政府网", "发布日期:2024-03-01", TIELING);
    const r = await readBytes(Buffer.from(html, "utf8"), "lying.html");
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toContain(TIELING[0]);
    expect(r.text).toContain(TIELING[1]);
    expect(r.meta.published_on).toBe("2024-03-01");
  });

  it("a page that declares utf-8 but is really GBK is detected, not garbled", async () => {
    const html = page('<meta charset="utf-8">', "报告", "", TIELING);
    const r = await readBytes(iconv.encode(html, "gbk"), "lying2.html");
    expect(r.encoding).toBe("gb18030");
    expect(r.text).toContain(TIELING[1]);
  });
});

describe("truncated HTML", () => {
  it("a page cut mid-tag reads what is there", async () => {
    const html = readFileSync(XIAOGAN, "utf8");
    const cut = html.indexOf("<table border=\"1\"") + 12; // inside the tag: '<table borde'
    const r = await readBytes(Buffer.from(html.slice(0, cut), "utf8"), "cut.html");
    expect(r.text).toContain("办理各类文件审查331件");
    expect(r.meta.published_on).toBe("2023-02-09");
    expect(r.text).not.toContain("<table");
  });

  it("a page cut in the middle of a UTF-8 character and inside a paragraph still reads", async () => {
    const bytes = readFileSync(XIAOGAN);
    const at = bytes.indexOf(Buffer.from("检查对象4730户", "utf8")) + 4; // mid-character of 查
    const r = await readBytes(bytes.subarray(0, at), "cut2.html");
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toContain("共发起检查任务666个");
    expect(r.text).not.toContain("\ufffd");
  });

  it("a page cut inside <head> (no body text) → ReadError", async () => {
    const err = await readError(readBytes(Buffer.from('<html><head><title>报告</title><script>var a = "', "utf8"), "head-only.html"));
    expect(err.message).toBe("head-only.html: no text content in HTML");
  });
});

describe("HTML details", () => {
  it("br and li split lines; inline tags don't; source line breaks next to Han characters vanish", async () => {
    const html =
      "<body><div id='zoom'>第一行文字内容<br>第二行<span>文字</span>内容<ul><li>第三行</li><li>第四行</li></ul>" +
      "<p>武清区\n  2020年办理案件\n  129件。</p><p>&nbsp;&nbsp;\u3000\u3000缩进的段落。</p></div></body>";
    const r = await readBytes(Buffer.from(html), "x.html");
    expect(r.text).toBe("第一行文字内容\n第二行文字内容\n第三行\n第四行\n武清区2020年办理案件129件。\n缩进的段落。");
  });

  it("<pre> keeps its line breaks", async () => {
    const r = await readBytes(Buffer.from("<body><div class='content'><pre>第一行：办理案件129件\n第二行：审结42件</pre></div></body>"), "x.html");
    expect(r.text).toBe("第一行：办理案件129件\n第二行：审结42件");
  });

  it("title comes from <title> with '…报告_孝感市人民政府' / '…报告-XX网' suffixes cut", () => {
    expect(cutSiteSuffix("关于2022年孝感市法治政府建设情况的报告_孝感市人民政府")).toBe("关于2022年孝感市法治政府建设情况的报告");
    expect(cutSiteSuffix("邓州市2024年法治政府建设年度报告-邓州网")).toBe("邓州市2024年法治政府建设年度报告");
    expect(cutSiteSuffix("法治政府建设年度报告 - 法治政府 - 株洲市芦淞区人民政府门户网站")).toBe("法治政府建设年度报告");
    expect(cutSiteSuffix("《法治政府建设实施纲要(2015-2020年)》落实情况")).toBe("《法治政府建设实施纲要(2015-2020年)》落实情况");
  });

  it("a logo <h1> does not become the title when <title> names the article", async () => {
    const html =
      "<html><head><title>关于2022年孝感市法治政府建设情况的报告_孝感市人民政府</title></head><body>" +
      "<h1>孝感市人民政府门户网站</h1><div class='content'><p>2022年,孝感市坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。</p></div></body></html>";
    const r = await readBytes(Buffer.from(html), "x.html");
    expect(r.meta.title).toBe("关于2022年孝感市法治政府建设情况的报告");
    expect(r.text).not.toContain("门户网站");
  });

  it("labels inside the body text (资金来源：, 办理时间：) are not the page's source or date", async () => {
    const html =
      "<body><div class='TRS_Editor'><p>项目资金来源：财政拨款，办理时间：2023年1月5日，共办理行政复议案件129件，审结42件。</p></div>" +
      "<div class='info'>发布日期：2023-02-09 信息来源：市司法局</div></body>";
    const r = await readBytes(Buffer.from(html), "x.html");
    expect(r.meta).toEqual({ published_on: "2023-02-09", source: "市司法局" });
  });

  it("link lists inside a broad .content wrapper (sidebar menus, related lists) are dropped", async () => {
    const html =
      "<body><div class='content'>" +
      "<div class='l'><div>栏目导航</div><a href='/1'>政策文件</a><a href='/2'>法治政府建设</a><a href='/3'>政府信息公开年报</a><a href='/4'>建议提案办理</a></div>" +
      "<div class='r'><p><span>2023年，</span><span>铁岭市坚持以习近平新时代中国特色社会主义思想为指导，</span><span>深入学习贯彻习近平法治思想。</span></p>" +
      "<p>全年办理行政复议案件340件，纠错率9.8%。</p></div>" +
      "<div class='more'><b>热点推荐</b><ul><li><a href='/a'>我市召开依法治市委员会会议</a></li><li><a href='/b'>市司法局开展普法宣传活动</a></li><li><a href='/c'>全市行政执法培训班开班</a></li></ul></div>" +
      "</div></body>";
    const r = await readBytes(Buffer.from(html), "x.html");
    expect(r.text).toBe(
      "2023年，铁岭市坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。\n全年办理行政复议案件340件，纠错率9.8%。",
    );
  });

  it("picks the CMS container with the most Han text when several selectors match", async () => {
    const html =
      "<body><div class='content'><div class='view'>本站推荐：法治宣传月活动</div></div>" +
      "<div id='UCAP-CONTENT'><p>第一段报告正文，办理行政复议案件129件。</p><p>第二段报告正文，审结42件，纠错率9.8%。</p></div></body>";
    const r = await readBytes(Buffer.from(html), "x.html");
    expect(r.text).toBe("第一段报告正文，办理行政复议案件129件。\n第二段报告正文，审结42件，纠错率9.8%。");
  });
});

describe("hostile nesting", () => {
  const REPORT = "<p>2023年，某县受理行政复议案件340件，审结312件，纠错率9.8%。全县法治政府建设取得新成效。</p>";
  const page = (inner: string) => `<html><head><title>某县2023年法治政府建设年度报告_某县人民政府</title></head><body>${inner}</body></html>`;

  it("80,000 unclosed nested <div>s read in linear time, without overflowing the stack", async () => {
    for (const n of [20_000, 80_000]) {
      const t = performance.now();
      const r = await readBytes(Buffer.from(page("<div>".repeat(n) + REPORT)), "nested.html");
      const ms = performance.now() - t;
      expect(r.text).toBe("2023年，某县受理行政复议案件340件，审结312件，纠错率9.8%。全县法治政府建设取得新成效。");
      expect(r.meta.title).toBe("某县2023年法治政府建设年度报告");
      expect(ms, `${n} divs`).toBeLessThan(5000);
    }
  });

  it("deep nesting of every kind (closed divs, spans, tables, lists, a signature at the bottom) reads", async () => {
    const cases = [
      "<div>\n".repeat(50_000) + REPORT + "</div>\n".repeat(50_000),
      "<span class='share'>".repeat(50_000) + "版权所有" + REPORT,
      "<table><tr><td>".repeat(20_000) + REPORT,
      "<ul><li>".repeat(30_000) + REPORT,
      "<b><i>".repeat(30_000) + REPORT,
      "<pre>".repeat(30_000) + REPORT,
    ];
    for (const inner of cases) {
      const r = await readBytes(Buffer.from(page(inner)), "deep.html");
      expect(r.text, inner.slice(0, 30)).toContain("受理行政复议案件340件");
    }
  });

  it("the nesting estimate follows end tags and implied ends, so ordinary pages are parsed as before", () => {
    expect(nestingEstimate(page("<div><p>一<p>二<ul><li>三<li>四</ul></div>"))).toBe(5);
    expect(nestingEstimate(page("<p><font>段落</p>".repeat(5000)))).toBeLessThan(10);
    expect(nestingEstimate(page("<!-- <div><div> --><script>'<div><div><div>'</script><div></div>"))).toBe(3);
    expect(nestingEstimate("<div>".repeat(DEEP + 10))).toBeGreaterThan(DEEP);
  });

  it("no function in pipeline/read calls itself (but decodeBytes, once, on the body after a BOM)", async () => {
    const { readdirSync } = await import("node:fs");
    const dir = join(import.meta.dirname, "..", "..", "pipeline", "read");
    const seen: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts"))) {
      const src = readFileSync(join(dir, f), "utf8");
      // top-level functions: from the declaration to the closing brace at the start of a line
      for (const m of src.matchAll(/^(?:export )?(?:async )?function (\w+)[^]*?\n\}/gm)) {
        seen.push(m[1]!);
        const body = m[0].slice(m[0].indexOf("{"));
        const calls = body.match(new RegExp(`\\b${m[1]}\\(`, "g"))?.length ?? 0;
        expect(calls, `${f}: ${m[1]} calls itself`).toBe(m[1] === "decodeBytes" ? 1 : 0);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(["walk", "textOf", "hasProse", "elementsIn", "linkStats", "removeChrome", "pickByDensity", "decodeBytes"]));
  });
});
