// PDF through unpdf 1.7.0 with pdfjs-dist's cMaps given as a filesystem path (non-embedded CID font STSong-Light).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBytes, readDocument } from "../../pipeline/read/index.js";
import { linesToParagraphs, removeCjkSpaces, type Line } from "../../pipeline/read/pdf.js";
import { readError } from "./helpers.js";

const FIX = join(import.meta.dirname, "..", "fixtures", "read");
const fail = readError;

describe("pdf with a non-embedded CID font (wuqing_cid.pdf)", () => {
  it("extracts the CJK text (needs the cMaps) and removes the spaces around digits", async () => {
    const r = await readDocument(join(FIX, "wuqing_cid.pdf"));
    expect(r.format).toBe("pdf");
    expect(r.encoding).toBeNull();
    expect(r.text).toContain("武清区2020年");
    expect(r.text).toContain("1.7万余条");
    expect(r.text).toContain("行政处罚信息17.6万条");
    expect(r.text).toContain("挽回经济损失3499.8万元");
    expect(r.text).not.toMatch(/[\u4e00-\u9fff] +[\d\u4e00-\u9fff]|\d +[\u4e00-\u9fff]/);
  });

  it("keeps full-width characters as they are (NFKC is a later stage)", async () => {
    const r = await readDocument(join(FIX, "wuqing_cid.pdf"));
    expect(r.text).toContain("办理行政复议案件１２９件、审结４２件");
    expect(r.text).toContain("行政复议纠错率９８．３％");
    expect(r.text).toContain("（一）依法全面履行政府职能");
  });

  it("joins lines split mid-sentence (also across the page break) and keeps paragraph breaks", async () => {
    const r = await readDocument(join(FIX, "wuqing_cid.pdf"));
    const lines = r.text.split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe("武清区2020年法治政府建设年度报告");
    expect(lines[1]).toBe(
      "2020年，武清区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，" +
        "武清区2020年不断提高法治政府建设水平，具体情况报告如下：",
    );
    expect(lines[2]).toBe("一、工作成效");
    expect(lines[3]).toBe("（一）依法全面履行政府职能");
    expect(lines[4]).toMatch(/^加强社会信用体系建设，.*推出“四办”事项4324项。$/);
    expect(lines[5]).toMatch(/^规范行政复议和行政应诉工作，.*挽回经济损失3499\.8万元。$/);
    expect(lines[5]).toContain("受理劳动人事争议案件2223件、结案1889件"); // split over pages 1 and 2
    expect(lines[6]).toContain("共有118个单位4971人参考"); // "1" / "18" on two lines
    expect(lines[6]).toContain("手册5.3万本"); // "5" / ".3" on two lines
    expect(lines[6]).toMatch(/受教育群众达24000余人。$/);
    expect(r.text).not.toMatch(/— \d —/); // page numbers dropped
  });

  it("the fixture really needs the cMaps: unpdf's default file:// cMapUrl gives no text at all", async () => {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(FIX, "wuqing_cid.pdf"))), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("reads the title line into meta", async () => {
    const r = await readDocument(join(FIX, "wuqing_cid.pdf"));
    expect(r.meta.title).toBe("武清区2020年法治政府建设年度报告");
  });
});

describe("pdf errors", () => {
  it("a page with only a rectangle → PDF has no text layer", async () => {
    const e = await fail(readDocument(join(FIX, "notext.pdf")));
    expect(e.reason).toBe("PDF has no text layer (scanned?)");
    expect(e.message).toContain("notext.pdf: ");
  });

  it("encrypted (password required) → ReadError", async () => {
    const e = await fail(readDocument(join(FIX, "encrypted.pdf")));
    expect(e.message).toMatch(/encrypted\.pdf: PDF is encrypted/);
  });

  it("random bytes → not a valid PDF", async () => {
    const e = await fail(readDocument(join(FIX, "random.pdf")));
    expect(e.message).toMatch(/random\.pdf: not a valid PDF/);
  });

  it("a %PDF header followed by garbage → not a valid PDF (pdf.js rejects it)", async () => {
    const garbage = Buffer.concat([Buffer.from("%PDF-1.7\n"), readFileSync(join(FIX, "random.pdf"))]);
    const e = await fail(readBytes(garbage, "broken.pdf"));
    expect(e.message).toMatch(/^broken\.pdf: not a valid PDF \(/);
  });

  it("a PDF cut short (no xref, no trailer) → not a valid PDF, never an empty string", async () => {
    const bytes = readFileSync(join(FIX, "wuqing_cid.pdf"));
    const e = await fail(readBytes(bytes.subarray(0, Math.floor(bytes.length * 0.6)), "half.pdf"));
    expect(e.message).toMatch(/^half\.pdf: not a valid PDF/);
  });

  it("an empty .pdf → empty file", async () => {
    const e = await fail(readBytes(new Uint8Array(0), "empty.pdf"));
    expect(e.message).toBe("empty.pdf: empty file");
  });
});

describe("pdf text helpers", () => {
  it("removeCjkSpaces drops spaces between Han and digits/Latin and between two Han, not between Latin words", () => {
    expect(removeCjkSpaces("武清区 2020 年")).toBe("武清区2020年");
    expect(removeCjkSpaces("1.7 万余条")).toBe("1.7万余条");
    expect(removeCjkSpaces("法治 政府 建设")).toBe("法治政府建设");
    expect(removeCjkSpaces("率 100% 。")).toBe("率100%。");
    expect(removeCjkSpaces("APP 办理 via the Open Data portal")).toBe("APP办理via the Open Data portal");
  });

  const L = (text: string, x0: number, x1: number, y: number, page = 1): Line => ({ text, x0, x1, y, size: 12, page });

  it("linesToParagraphs: joins full lines, breaks on sentence ends, short lines, indents, headings and blank space", () => {
    const lines = [
      L("报告标题", 250, 350, 800),
      L("第一段开头的文字一直写到右边", 96, 520, 778),
      L("距的边缘然后结束了。", 72, 200, 756),
      L("一、标题", 96, 150, 734),
      L("1.第二段从编号开始而且很长很长", 72, 520, 712),
      L("一直延续到下一行", 72, 520, 690),
      L("第三段没有缩进但是前一行满了", 72, 520, 668),
      L("2.新的编号段落写满了整整一行文字", 72, 520, 646),
      L("段落之间空了一行，没有缩进的新段落", 72, 520, 602),
      L("指标\t2020年", 72, 300, 580),
      L("案件\t129件", 72, 300, 558),
      L("- 2 -", 290, 310, 40),
    ];
    expect(linesToParagraphs(lines)).toEqual([
      "报告标题",
      "第一段开头的文字一直写到右边距的边缘然后结束了。",
      "一、标题",
      "1.第二段从编号开始而且很长很长一直延续到下一行第三段没有缩进但是前一行满了",
      "2.新的编号段落写满了整整一行文字",
      "段落之间空了一行，没有缩进的新段落",
      "指标\t2020年",
      "案件\t129件",
    ]);
  });

  it("linesToParagraphs: drops running headers repeated on most pages", () => {
    const body = ["行政复议案件", "行政应诉案件", "行政许可事项", "行政处罚案件"];
    const lines: Line[] = [];
    for (let p = 1; p <= 4; p++) {
      lines.push(L("武清区人民政府文件", 200, 400, 800, p));
      lines.push(L(`本页办理${body[p - 1]}写满了一整行的文字`, 72, 520, 760, p));
      lines.push(L(`共计${p * 100}件。`, 72, 150, 738, p));
      lines.push(L(`武清区2020年法治政府建设年度报告 第${p}页`, 200, 400, 40, p));
    }
    const out = linesToParagraphs(lines);
    expect(out).toEqual(body.map((b, i) => `本页办理${b}写满了一整行的文字共计${(i + 1) * 100}件。`));
  });
});
