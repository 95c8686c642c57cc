// Encodings of plain-text files: each decodes the same Chinese sentence and reports the encoding it used.
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { decodeBytes, detectCharset, normalizeCharset, NotTextError } from "../../pipeline/read/decode.js";
import { readBytes } from "../../pipeline/read/index.js";
import { readError } from "./helpers.js";

const SENTENCE = "关于2022年孝感市法治政府建设情况的报告。受理行政复议案件340件，办结率98.3%，铁岭市、邓州市、芦淞区。";
// Big5 has no simplified characters: the same sentence in traditional characters.
const SENTENCE_TC = "關於2022年孝感市法治政府建設情況的報告。受理行政復議案件340件，辦結率98.3%，鐵嶺市、鄧州市、蘆淞區。";

const utf16be = (s: string) => Buffer.from(iconv.encode(s, "utf-16be"));

describe("txt encodings", () => {
  const cases: [string, Uint8Array, string, string][] = [
    ["UTF-8", Buffer.from(SENTENCE, "utf8"), "utf-8", SENTENCE],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, "utf8")]), "utf-8-bom", SENTENCE],
    ["GBK", iconv.encode(SENTENCE, "gbk"), "gb18030", SENTENCE],
    ["GB18030", iconv.encode(SENTENCE, "gb18030"), "gb18030", SENTENCE],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SENTENCE, "utf-16le")]), "utf-16le", SENTENCE],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)]), "utf-16be", SENTENCE],
    ["Big5", iconv.encode(SENTENCE_TC, "big5"), "big5", SENTENCE_TC],
  ];
  for (const [label, bytes, encoding, expected] of cases) {
    it(`${label} → ${encoding}`, async () => {
      const r = await readBytes(bytes, "report.txt");
      expect(r.format).toBe("txt");
      expect(r.encoding).toBe(encoding);
      expect(r.text).toBe(expected);
    });
  }

  it("GB18030 four-byte sequences decode (TextDecoder('gbk') would garble 𠮷 and drop €)", async () => {
    const s = "法治政府建设：鎔、䶮、𠮷、€ 合计340件。";
    const r = await readBytes(iconv.encode(s, "gb18030"), "x.txt");
    expect(r.encoding).toBe("gb18030");
    expect(r.text).toBe(s);
  });

  it("very short GBK text (6 bytes) is still GB18030", async () => {
    const r = await readBytes(iconv.encode("铁岭市", "gbk"), "x.txt");
    expect(r).toMatchObject({ encoding: "gb18030", text: "铁岭市" });
  });

  it("UTF-16LE without a BOM is recognised by its NUL pattern, not called binary", async () => {
    const r = await readBytes(iconv.encode(`Report 2022: ${SENTENCE}`, "utf-16le"), "x.txt");
    expect(r.encoding).toBe("utf-16le");
    expect(r.text).toBe(`Report 2022: ${SENTENCE}`);
  });

  it("a UTF-8 file cut in the middle of a character keeps what is complete", async () => {
    const bytes = Buffer.from(SENTENCE, "utf8");
    const r = await readBytes(bytes.subarray(0, bytes.length - 2), "x.txt");
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toBe(SENTENCE.slice(0, -1));
  });

  it("a UTF-8 file with one broken byte in the middle stays UTF-8", async () => {
    const long = SENTENCE.repeat(4);
    const bytes = Buffer.from(long, "utf8");
    bytes[10] = 0xff;
    const r = await readBytes(bytes, "x.txt");
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toContain(SENTENCE.slice(10));
  });

  it("mostly-ASCII GBK (a short Chinese title in a long ASCII file) is not mistaken for broken UTF-8", async () => {
    const text = `${"<!-- layout -->\n".repeat(400)}<title>铁岭市法治政府建设年度报告</title>`;
    const r = await readBytes(iconv.encode(text, "gbk"), "x.txt");
    expect(r.encoding).toBe("gb18030");
    expect(r.text).toContain("铁岭市法治政府建设年度报告");
  });

  it("CRLF and blank lines become single \\n between paragraphs; lines are trimmed", async () => {
    const r = await readBytes(Buffer.from("第一段。\r\n\r\n\u3000\u3000第二段。  \r\n\r\n\r\n第三段。\r\n"), "x.txt");
    expect(r.text).toBe("第一段。\n第二段。\n第三段。");
  });
});

describe("encoding edges", () => {
  // A report as it is: Han characters, few ASCII code units (the digits, the line breaks), so few zero bytes in UTF-16;
  // 一 (U+4E00) puts a zero byte at the other parity.
  const REPORT = [
    "关于二〇二二年度法治政府建设情况的报告",
    "一、主要成效",
    "全市各级行政复议机关共收到行政复议申请三百四十件，依法受理三百一十二件，审结二百九十八件。",
    "二、存在问题",
    "一是法治意识有待提高；二是执法规范化水平仍需提升。",
    "全年受理行政复议案件340件。",
  ].join("\n");

  for (const enc of ["utf-16le", "utf-16be"] as const) {
    it(`BOM-less ${enc} Chinese is recognised by its pattern of zero bytes`, async () => {
      const bytes = iconv.encode(REPORT, enc);
      const zeros = [...bytes].filter((b) => b === 0).length;
      expect(zeros).toBeLessThan(bytes.length / 16); // fewer than the old rule asked for
      const r = await readBytes(bytes, "u16.txt");
      expect(r.encoding).toBe(enc);
      expect(r.text).toBe(REPORT);
    });
  }

  it("BOM-less UTF-16 cut short by one byte still reads", () => {
    const bytes = iconv.encode(REPORT, "utf-16le");
    expect(decodeBytes(bytes.subarray(0, bytes.length - 1)).text).toBe(REPORT.slice(0, -1));
  });

  it("16-bit binary data with zeros at one parity is not taken for UTF-16", () => {
    const words = Uint16Array.from({ length: 400 }, (_, i) => (i * 7919) % 200);
    expect(() => decodeBytes(new Uint8Array(words.buffer))).toThrow(NotTextError);
  });

  it("a UTF-8 BOM before a GBK body is reported as such and the body decoded as GBK", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(REPORT, "gbk")]);
    const d = decodeBytes(bytes);
    expect(d).toEqual({ text: REPORT, encoding: "gb18030 (wrong utf-8 BOM)", flags: ["bom_mismatch"] });
    const r = await readBytes(bytes, "bom-gbk.txt");
    expect(r.encoding).toBe("gb18030 (wrong utf-8 BOM)");
    expect(r.text).toBe(REPORT);
  });

  it("a UTF-16LE BOM before a UTF-8 body is reported as such", () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, "utf8")]));
    expect(d).toMatchObject({ text: REPORT, encoding: "utf-8 (wrong utf-16le BOM)", flags: ["bom_mismatch"] });
  });

  it("a file of UTF-8 lines and GBK lines is decoded line by line, and says so", async () => {
    const lines = REPORT.split("\n");
    const bytes = Buffer.concat(lines.map((l, i) => Buffer.concat([i % 2 ? Buffer.from(l, "utf8") : iconv.encode(l, "gbk"), Buffer.from(i < lines.length - 1 ? "\n" : "")])));
    const d = decodeBytes(bytes);
    expect(d).toEqual({ text: REPORT, encoding: "utf-8+gb18030 (mixed, by line)", flags: ["mixed_encoding"] });
    // halves: a UTF-8 file with a GBK file appended
    const halves = Buffer.concat([Buffer.from(lines.slice(0, 3).join("\n") + "\n", "utf8"), iconv.encode(lines.slice(3).join("\n"), "gbk")]);
    expect((await readBytes(halves, "halves.txt")).text).toBe(REPORT);
  });

  it("a GBK file is not mistaken for a mixed one", () => {
    expect(decodeBytes(iconv.encode(`${REPORT}\n一\n铁岭`, "gbk"))).toEqual({ text: `${REPORT}\n一\n铁岭`, encoding: "gb18030" });
  });

  it("jschardet writes nothing to the console", () => {
    const writes: string[] = [];
    const spies = [
      vi.spyOn(console, "warn").mockImplementation((...a) => void writes.push(a.join(" "))),
      vi.spyOn(console, "log").mockImplementation((...a) => void writes.push(a.join(" "))),
      vi.spyOn(process.stderr, "write").mockImplementation((c) => (writes.push(String(c)), true)),
    ];
    try {
      // bytes that match none of the allowed encodings: jschardet's own fallback would warn
      expect(detectCharset(new Uint8Array([0x80, 0x81, 0x82, 0xff, 0xfe, 0x90]))).toBeNull();
      expect(() => decodeBytes(new Uint8Array([0x80, 0x81, 0x82, 0xff, 0xfe, 0x90, 0x81]))).toThrow(NotTextError);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(writes).toEqual([]);
  });
});

describe("txt chrome lines and metadata", () => {
  it("drops 登录/注册, 当前位置, 浏览次数 lines and reads title, date, source from them", async () => {
    const text = [
      "登录 注册",
      "当前位置: 首页 > 政务 > 专题专栏",
      "关于2022年孝感市法治政府建设情况的报告",
      "信息来源:市委依法治市办 发布日期:2023-02-09 浏览次数:236 字体:[ ]",
      "2022年,孝感市坚持以习近平新时代中国特色社会主义思想为指导。",
    ].join("\n");
    const r = await readBytes(Buffer.from(text), "002.txt");
    expect(r.text).toBe("关于2022年孝感市法治政府建设情况的报告\n2022年,孝感市坚持以习近平新时代中国特色社会主义思想为指导。");
    expect(r.meta).toEqual({ title: "关于2022年孝感市法治政府建设情况的报告", published_on: "2023-02-09", source: "市委依法治市办" });
  });

  it("reads '发布时间：2023年2月9日' and keeps a long body line that mentions 浏览量", async () => {
    const body = "全年政务网站浏览量达到120万人次，同比增长15%，群众满意度持续提升，依法行政水平进一步提高。";
    const r = await readBytes(Buffer.from(`发布时间：2023年2月9日  来源：市司法局\n${body}`), "x.txt");
    expect(r.meta.published_on).toBe("2023-02-09");
    expect(r.meta.source).toBe("市司法局");
    expect(r.text).toBe(body);
  });
});

describe("decode helpers", () => {
  it("maps every GBK-family label to gb18030", () => {
    for (const l of ["gb2312", "GBK", "x-gbk", "cp936", "GB18030", "gb_2312-80"]) expect(normalizeCharset(l)).toBe("gb18030");
    expect(normalizeCharset("UTF8")).toBe("utf-8");
    expect(normalizeCharset("big5")).toBe("big5");
    expect(normalizeCharset("no-such-charset")).toBeNull();
  });

  it("a declared charset is used when strict UTF-8 fails", () => {
    const bytes = iconv.encode(SENTENCE_TC, "big5");
    expect(decodeBytes(bytes, { declared: "big5" })).toEqual({ text: SENTENCE_TC, encoding: "big5" });
  });

  it("NUL bytes → NotTextError", () => {
    expect(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02]))).toThrow(NotTextError);
  });
});

describe("txt errors", () => {
  const reason = (bytes: Uint8Array, name: string) => readError(readBytes(bytes, name));

  it("0-byte file → empty file", async () => {
    const e = await reason(new Uint8Array(0), "data/raw/empty.txt");
    expect(e.reason).toBe("empty file");
    expect(e.file).toBe("data/raw/empty.txt");
    expect(e.message).toBe("data/raw/empty.txt: empty file");
  });

  it("whitespace-only file (also UTF-16 with BOM) → empty file", async () => {
    expect((await reason(Buffer.from(" \r\n\t \n"), "blank.txt")).message).toBe("blank.txt: empty file");
    expect((await reason(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]), "bom.txt")).reason).toBe("empty file");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(" \u3000\n ", "utf-16le")]);
    expect((await reason(utf16, "u16.txt")).reason).toBe("empty file");
  });

  it("binary content (NUL bytes, a zip renamed .txt) → binary content, not text", async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x1f, 0x8b, 0xff, 0x00, 0x13, 0x37]);
    const e = await reason(zip, "notes.txt");
    expect(e.reason).toBe("binary content, not text");
    expect(e.message).toContain("notes.txt");
  });

  it("control characters without NULs → binary content, not text", async () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => [0x01, 0x02, 0x41, 0x1f, 0x7f][i % 5]);
    expect((await reason(bytes, "ctl.txt")).reason).toBe("binary content, not text");
  });

  it("unknown extension → unsupported extension", async () => {
    const e = await reason(Buffer.from("指标"), "报表.xls");
    expect(e.reason).toBe("unsupported extension .xls");
    expect(e.message).toBe("报表.xls: unsupported extension .xls");
    expect((await reason(Buffer.from("指标"), "README")).reason).toBe("unsupported extension (none)");
  });
});
