// Generates the binary fixtures of the read stage into test/fixtures/read/ (run: npx tsx scripts/make-read-fixtures.ts [outDir]).
// Deterministic: running it twice gives the same bytes (test/read/fixtures.test.ts checks the committed files match).
//   wuqing.docx        seed 003 paragraphs + a 指标 table (minimal WordprocessingML zipped with jszip, mammoth's own zip library)
//   wuqing_cid.pdf     seed 003 text in a NON-embedded CID font (STSong-Light, UniGB-UCS2-H): the older-gov-PDF case that
//                      needs pdf.js's cMaps; has "武清区 2020 年", "1.7 万余条", full-width digits, a sentence split across lines
//                      and across the page break, a page number line
//   notext.pdf         one page with a filled rectangle only (scanned-like: no text layer)
//   encrypted.pdf      the CID PDF with a Standard security handler whose empty user password does not open it
//   random.pdf         2 KB of pseudo-random bytes
// The HTML fixtures (xiaogan.html, lusong.html) are hand-written files in the same folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const OUT = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "read");

// ---------------------------------------------------------------- PDF

/** UTF-16BE hex of a BMP string, the byte form UniGB-UCS2-H expects. */
function ucs2Hex(s: string): string {
  let hex = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xffff) throw new Error(`not BMP: ${ch}`);
    hex += cp.toString(16).padStart(4, "0").toUpperCase();
  }
  return hex;
}

/** Width of a string in em at 1000 units: ASCII (CIDs 1–95 in Adobe-GB1) are half width, the rest full width. */
function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return w;
}

/** Breaks a paragraph into lines of at most `cap` em, like a word processor does with CJK text (any character may break). */
function wrap(paragraph: string, cap: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const ch of paragraph) {
    if (emWidth(cur + ch) > cap) {
      lines.push(cur);
      cur = "";
    }
    cur += ch;
  }
  if (cur) lines.push(cur);
  return lines;
}

interface PdfLine {
  text: string;
  x: number;
  y: number;
}

/** Assembles a PDF from numbered object bodies, with a correct xref table. */
function assemblePdf(objects: (string | Buffer)[], trailerExtra = ""): Buffer {
  const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let pos = chunks[0].length;
  objects.forEach((body, i) => {
    offsets.push(pos);
    const head = Buffer.from(`${i + 1} 0 obj\n`, "latin1");
    const b = typeof body === "string" ? Buffer.from(body, "latin1") : body;
    const tail = Buffer.from("\nendobj\n", "latin1");
    chunks.push(head, b, tail);
    pos += head.length + b.length + tail.length;
  });
  const xrefPos = pos;
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, "0")} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xrefPos}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(chunks);
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 72;
const FONT_SIZE = 12;
const LEADING = 22;

/** Builds a text PDF whose font is STSong-Light, not embedded, encoding UniGB-UCS2-H (needs the cMaps to read). */
function cidPdf(pages: PdfLine[][], trailerExtra = "", extraObjects: string[] = []): Buffer {
  // 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, then (page, content) pairs, then extras.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`);
  objects.push("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>");
  objects.push(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light " +
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
  );
  objects.push(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 " +
      "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  );
  pages.forEach((lines, i) => {
    const content = lines.map((l) => `BT /F1 ${FONT_SIZE} Tf ${l.x} ${l.y} Td <${ucs2Hex(l.text)}> Tj ET`).join("\n");
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`,
    );
    objects.push(stream(content));
  });
  objects.push(...extraObjects);
  return assemblePdf(objects, trailerExtra);
}

const CAP = (PAGE_W - 2 * MARGIN) / FONT_SIZE; // ≈ 37.6 em per line

/** Lays out blocks (title centred, headings and paragraphs with a 2-em indent) over pages of `linesPerPage`. */
function layout(blocks: { text: string; kind: "title" | "heading" | "para" }[], linesPerPage: number): PdfLine[][] {
  const pages: PdfLine[][] = [[]];
  let row = 0;
  const put = (text: string, x: number) => {
    if (row === linesPerPage) {
      pages.push([]);
      row = 0;
    }
    pages[pages.length - 1].push({ text, x, y: PAGE_H - MARGIN - row * LEADING });
    row++;
  };
  for (const b of blocks) {
    if (b.kind === "title") {
      put(b.text, Math.round((PAGE_W - emWidth(b.text) * FONT_SIZE) / 2));
    } else {
      const indent = "\u3000\u3000";
      wrap(indent + b.text, Math.floor(CAP)).forEach((l, i) => put(i === 0 ? l.slice(2) : l, i === 0 ? MARGIN + 2 * FONT_SIZE : MARGIN));
    }
  }
  // Page numbers, centred at the foot of every page ("— 1 —").
  pages.forEach((p, i) => {
    const t = `— ${i + 1} —`;
    p.push({ text: t, x: Math.round((PAGE_W - emWidth(t) * FONT_SIZE) / 2), y: 50 });
  });
  return pages;
}

const WUQING_BLOCKS: { text: string; kind: "title" | "heading" | "para" }[] = [
  { kind: "title", text: "武清区 2020 年法治政府建设年度报告" },
  {
    kind: "para",
    text:
      "2020 年，武清区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，" +
      "武清区 2020 年不断提高法治政府建设水平，具体情况报告如下：",
  },
  { kind: "heading", text: "一、工作成效" },
  { kind: "heading", text: "（一）依法全面履行政府职能" },
  {
    kind: "para",
    text:
      "加强社会信用体系建设，编制了《武清区公共信用信息资源目录》，通过全国信用信息共享平台归集上报市场主体信用承诺书 1.7 万余条，" +
      "行政许可、行政处罚信息 17.6 万条。累计“五减”事项 1500 项、推出“四办”事项 4324 项。",
  },
  {
    kind: "para",
    text:
      "规范行政复议和行政应诉工作，办理行政复议案件１２９件、审结４２件，办理行政应诉案件３５件、审结３１件，" +
      "行政复议纠错率９８．３％。受理劳动人事争议案件 2223 件、结案 1889 件，挽回经济损失 3499.8 万元。",
  },
  {
    kind: "para",
    text:
      "深入推进“七五”普法工作，开展年度国家工作人员网上学法用法考试，共有 118 个单位 4971 人参考，参考率、合格率 100%。" +
      "发放宣传资料 3000 余份，手册 5.3 万本、挂图 1300 套，受教育群众达 24000 余人。",
  },
];

function makePdfs(): Record<string, Buffer> {
  // 11 lines per page so that a paragraph runs over the page break.
  const pages = layout(WUQING_BLOCKS, 11);
  const cid = cidPdf(pages);

  // No text at all: a grey rectangle, like a scanned page without OCR.
  const notext = assemblePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << >> /Contents 4 0 R >>`,
    stream("0.6 g 72 500 451 270 re f"),
  ]);

  // Encrypted: Standard handler, RC4 40-bit, with O/U entries that no empty password matches → pdf.js asks for a password.
  const id = "<" + "0123456789ABCDEF0123456789ABCDEF" + ">";
  const u = "<" + "7A".repeat(32) + ">";
  const o = "<" + "5C".repeat(32) + ">";
  const encryptId = 6 + pages.length * 2;
  const encrypted = cidPdf(pages, ` /Encrypt ${encryptId} 0 R /ID [${id} ${id}]`, [
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${o} /U ${u} /P -44 >>`,
  ]);

  // Pseudo-random bytes (xorshift32, fixed seed).
  const random = Buffer.alloc(2048);
  let x = 0x9e3779b9;
  for (let i = 0; i < random.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    random[i] = x & 0xff;
  }
  return { "wuqing_cid.pdf": cid, "notext.pdf": notext, "encrypted.pdf": encrypted, "random.pdf": random };
}

// ---------------------------------------------------------------- DOCX

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const para = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r></w:p>`;
const cell = (s: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${para(s)}</w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;

const DOCX_PARAGRAPHS = [
  "天津市武清区2020年法治政府建设年度报告",
  "2020年,武清区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神,不断提高法治政府建设水平,具体情况报告如下。",
  "一、工作成效",
  "(二)依法全面履行政府职能",
  "贯彻落实《天津市优化营商环境条例》,深化行政审批制度改革,梳理形成“一制三化”2.0版事项清单,累计“五减”事项1500项、推出“四办”事项4324项。通过全国信用信息共享平台归集上报市场主体信用承诺书1.7万余条,行政许可、行政处罚信息17.6万条。",
];
const DOCX_TABLE = [
  ["指标", "2020年", "单位"],
  ["行政复议案件", "129", "件"],
  ["行政应诉案件", "35", "件"],
  ["网上办理率", "90%以上", "%"],
];
const DOCX_AFTER = ["规范行政复议和行政应诉工作,办理行政复议案件129件、审结42件,办理行政应诉案件35件、审结31件。"];

async function makeDocx(): Promise<Buffer> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body =
    DOCX_PARAGRAPHS.map(para).join("") +
    `<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
    DOCX_TABLE.map(row).join("") +
    `</w:tbl>` +
    DOCX_AFTER.map(para).join("");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `</Types>`;
  const rels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `</Relationships>`;
  const zip = new JSZip();
  const date = new Date("2024-01-01T00:00:00Z");
  zip.file("[Content_Types].xml", contentTypes, { date, createFolders: false });
  zip.file("_rels/.rels", rels, { date, createFolders: false });
  zip.file("word/document.xml", document, { date, createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const files: Record<string, Buffer> = { ...makePdfs(), "wuqing.docx": await makeDocx() };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(OUT, name), bytes);
    console.log(`${name}\t${bytes.length} bytes`);
  }
}

await main();
