// DOCX through mammoth convertToHtml: paragraphs as lines, the table kept as rows of cells.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkUnzippedSize, zipEntries } from "../../pipeline/read/docx.js";
import { readBytes, readDocument, readLimits, setReadLimits } from "../../pipeline/read/index.js";
import { docxBomb } from "../robustness/zip.js";
import { readError } from "./helpers.js";

const DOCX = join(import.meta.dirname, "..", "fixtures", "read", "wuqing.docx");

describe("docx (wuqing.docx, seed 003 + a 指标 table)", () => {
  it("reads paragraphs as lines, in order", async () => {
    const r = await readDocument(DOCX);
    expect(r.format).toBe("docx");
    expect(r.encoding).toBeNull();
    const lines = r.text.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "天津市武清区2020年法治政府建设年度报告",
      "2020年,武清区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神,不断提高法治政府建设水平,具体情况报告如下。",
      "一、工作成效",
      "(二)依法全面履行政府职能",
    ]);
    expect(r.text).toContain("通过全国信用信息共享平台归集上报市场主体信用承诺书1.7万余条,行政许可、行政处罚信息17.6万条。");
    expect(lines.at(-1)).toBe("规范行政复议和行政应诉工作,办理行政复议案件129件、审结42件,办理行政应诉案件35件、审结31件。");
    expect(r.text).not.toMatch(/<[a-z/]/i);
  });

  it("keeps the table as rows of cells, and in the text as tab-joined rows between the paragraphs", async () => {
    const r = await readDocument(DOCX);
    expect(r.tables).toEqual([
      [
        ["指标", "2020年", "单位"],
        ["行政复议案件", "129", "件"],
        ["行政应诉案件", "35", "件"],
        ["网上办理率", "90%以上", "%"],
      ],
    ]);
    expect(r.text).toContain("17.6万条。\n指标\t2020年\t单位\n行政复议案件\t129\t件\n行政应诉案件\t35\t件\n网上办理率\t90%以上\t%\n规范行政复议");
  });

  it("takes the title from the first title-like line", async () => {
    expect((await readDocument(DOCX)).meta).toEqual({ title: "天津市武清区2020年法治政府建设年度报告" });
  });
});

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal DOCX with one paragraph carrying a footnote reference, and the footnotes part. */
async function docxWithFootnote(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId2" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body><w:p>` +
      `<w:r><w:t>办理行政复议案件129件</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r>` +
      `</w:p></w:body></w:document>`,
  );
  zip.file(
    "word/footnotes.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W_NS}>` +
      `<w:footnote w:id="1"><w:p><w:r><w:t>数据来源：区司法局。</w:t></w:r></w:p></w:footnote></w:footnotes>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("docx details", () => {
  it("drops footnote markers and back-links but keeps the footnote text", async () => {
    const r = await readBytes(await docxWithFootnote(), "fn.docx");
    expect(r.text).toBe("办理行政复议案件129件。\n数据来源：区司法局。");
  });
});

describe("docx errors", () => {
  const fail = (bytes: Uint8Array, name: string) => readError(readBytes(bytes, name));

  it("random bytes → not a valid DOCX (zip)", async () => {
    const e = await fail(Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256), "corrupt.docx");
    expect(e.message).toBe("corrupt.docx: not a valid DOCX (zip)");
  });

  it("a truncated zip → not a valid DOCX (zip)", async () => {
    const bytes = readFileSync(DOCX);
    const e = await fail(bytes.subarray(0, Math.floor(bytes.length / 2)), "half.docx");
    expect(e.reason).toBe("not a valid DOCX (zip)");
  });

  it("a zip without word/document.xml → not a valid DOCX (no word/document.xml)", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "法治政府");
    const e = await fail(await zip.generateAsync({ type: "uint8array" }), "other.docx");
    expect(e.message).toBe("other.docx: not a valid DOCX (no word/document.xml)");
  });

  it("a legacy .doc (OLE compound file) renamed .docx → says so", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await fail(ole, "old.docx");
    expect(e.message).toBe("old.docx: legacy Word .doc (OLE), not DOCX");
  });

  it("an empty file → empty file", async () => {
    const e = await fail(new Uint8Array(0), "empty.docx");
    expect(e.message).toBe("empty.docx: empty file");
  });
});

describe("docx limits", () => {
  it("a small DOCX that unzips to 200 MB is refused from its central directory, before inflating", async () => {
    const bomb = docxBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(bomb.length).toBeLessThan(0.8 * 1024 * 1024);
    expect(zipEntries(bomb).find((e) => e.name === "word/document.xml")!.size).toBeGreaterThan(200 * 1024 * 1024);
    const t = performance.now();
    const e = await readError(readBytes(bomb, "bomb.docx"));
    expect(performance.now() - t).toBeLessThan(200);
    expect(e.reason).toMatch(/^DOCX 解压后过大（20[01](\.\d)? MB，上限 100 MB） \/ DOCX unzips to 20[01](\.\d)? MB, limit 100 MB$/);
  });

  it("a central directory that lies about the sizes does not get past the limit", async () => {
    const bomb = docxBomb(120, true);
    const e = await readError(readBytes(bomb, "liar.docx"));
    expect(e.reason).toContain("DOCX unzips to over 100 MB, limit 100 MB");
  });

  it("a hand-built DOCX of the same kind under the limit reads (the test's zips are valid)", async () => {
    const r = await readBytes(docxBomb(1), "small.docx");
    expect(r.text.split("\n")[0]).toBe("受理行政复议案件340件。");
  });

  it("the limit is configurable; the reports' own DOCX passes it", async () => {
    const before = readLimits();
    try {
      setReadLimits({ maxUnzippedBytes: 1024 });
      expect((await readError(readDocument(DOCX))).reason).toMatch(/DOCX unzips to/);
      setReadLimits({});
      expect((await readDocument(DOCX)).format).toBe("docx");
      expect(() => checkUnzippedSize(readFileSync(DOCX), 100 * 1024 * 1024)).not.toThrow();
    } finally {
      setReadLimits(before);
    }
  });
});

describe("size and length limits", () => {
  it("refuses a file over the size limit and a text over the length limit, with their reasons", async () => {
    const before = readLimits();
    try {
      setReadLimits({ maxFileBytes: 1000 });
      expect((await readError(readBytes(Buffer.from("法治".repeat(400)), "big.txt"))).reason).toBe(
        "文件过大（2.3 KB，上限 1000 bytes） / file too large: 2.3 KB, limit 1000 bytes",
      );
      setReadLimits({ maxChars: 100 });
      expect((await readError(readBytes(Buffer.from("法治政府建设。".repeat(40)), "long.txt"))).reason).toBe(
        "文本过长 / text too long: 280 characters (limit 100)",
      );
    } finally {
      setReadLimits(before);
    }
  });
});
