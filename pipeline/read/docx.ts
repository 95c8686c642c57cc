// DOCX → text with mammoth 1.13 convertToHtml, then the HTML renderer: paragraphs become lines and tables are kept as
// rows of cells (extractRawText would flatten a table into one cell per line).
import { inflateRawSync } from "node:zlib";
import type { AnyNode, Element } from "domhandler";
import mammoth from "mammoth";
import { stripChromeLines } from "./boilerplate.js";
import { elementsIn, parseHtml, renderLines } from "./html.js";

import { DocxError } from "./errors.js";

export { DocxError };

export interface DocxContent {
  text: string;
  tables: string[][][];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

// Images are not needed for text: give mammoth an empty src instead of letting it inline every image as base64.
const skipImages = mammoth.images.imgElement(async () => ({ src: "" }));

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const MB = 1024 * 1024;
const mb = (n: number) => `${Number((n / MB).toFixed(1))} MB`;

/** One file of a zip, as its central directory describes it. */
interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The central directory of a zip (ZIP64 too): every entry with its sizes, read without inflating anything. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535, at the end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError("not a valid DOCX (zip)");
  let count = v.getUint16(eocd + 10, true);
  let cdSize = v.getUint32(eocd + 12, true);
  let cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: a locator right before the record points at the 64-bit record
    const loc = eocd - 20;
    if (loc < 0 || v.getUint32(loc, true) !== 0x07064b50) throw new DocxError("not a valid DOCX (zip)");
    const z = Number(v.getBigUint64(loc + 8, true));
    if (z + 56 > bytes.length || v.getUint32(z, true) !== 0x06064b50) throw new DocxError("not a valid DOCX (zip)");
    count = Number(v.getBigUint64(z + 32, true));
    cdSize = Number(v.getBigUint64(z + 40, true));
    cdOffset = Number(v.getBigUint64(z + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) throw new DocxError("not a valid DOCX (zip)");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== 0x02014b50) throw new DocxError("not a valid DOCX (zip)");
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const e: ZipEntry = {
      name: Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, Math.min(nameLen, bytes.length - p - 46)).toString("latin1"),
      method: v.getUint16(p + 10, true),
      compressed: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      offset: v.getUint32(p + 42, true),
    };
    // ZIP64 extra field: the 64-bit values, in this order, of those whose 32-bit field is 0xffffffff
    for (let x = p + 46 + nameLen; x + 4 <= Math.min(p + 46 + nameLen + extraLen, bytes.length); ) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 0x0001) {
        let f = x + 4;
        const next = () => (f + 8 <= x + 4 + len && f + 8 <= bytes.length ? Number(v.getBigUint64((f += 8) - 8, true)) : null);
        if (e.size === 0xffffffff) e.size = next() ?? e.size;
        if (e.compressed === 0xffffffff) e.compressed = next() ?? e.compressed;
        if (e.offset === 0xffffffff) e.offset = next() ?? e.offset;
      }
      x += 4 + len;
    }
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Parts a reading never inflates: images, embedded objects, fonts. */
const NOT_READ = /(^|\/)(media|embeddings|fonts)\//i;

/**
 * Refuses a DOCX that would unzip to more than `max` bytes (all parts but NOT_READ), before mammoth inflates anything:
 * first by the sizes its central directory declares, then — a directory can lie — by inflating those parts with the
 * remaining allowance as a hard cap.
 */
export function checkUnzippedSize(bytes: Uint8Array, max: number): void {
  const read = zipEntries(bytes).filter((e) => !NOT_READ.test(e.name) && !e.name.endsWith("/"));
  const refuse = (n: number, more = "") => new DocxError(`DOCX 解压后过大（${more}${mb(n)}，上限 ${mb(max)}） / DOCX unzips to ${more ? "over " : ""}${mb(n)}, limit ${mb(max)}`);
  const declared = read.reduce((a, e) => a + e.size, 0);
  if (declared > max) throw refuse(declared);
  let total = 0;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of read) {
    const h = e.offset;
    if (h + 30 > bytes.length || v.getUint32(h, true) !== 0x04034b50) throw new DocxError("not a valid DOCX (zip)");
    const start = h + 30 + v.getUint16(h + 26, true) + v.getUint16(h + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressed));
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, max - total) }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw refuse(max, "超过 ");
        throw new DocxError("not a valid DOCX (zip)");
      }
    }
    if (total > max) throw refuse(total);
  }
}

export async function readDocx(bytes: Uint8Array, maxUnzippedBytes = 100 * MB): Promise<DocxContent> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw new DocxError("legacy Word .doc (OLE), not DOCX");
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) throw new DocxError("not a valid DOCX (zip)");
  checkUnzippedSize(bytes, maxUnzippedBytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: skipImages });
    html = result.value;
  } catch (err) {
    const msg = (err as Error)?.message ?? String(err);
    if (/main document part|word\/document\.xml/i.test(msg)) throw new DocxError("not a valid DOCX (no word/document.xml)");
    if (/zip|central directory|corrupt|signature|invalid|end of data/i.test(msg)) throw new DocxError("not a valid DOCX (zip)");
    throw new DocxError(`unreadable DOCX (${msg.split("\n")[0]})`);
  }
  // (flattened past html.ts's DEEP like a page: tables nested thousands deep are no report's)
  const { $ } = parseHtml(`<body>${html}</body>`);
  // Footnote markers ("[1]" glued to a number: "129件[1]") and the "↑" back-links of the notes list. (Found by one walk
  // rather than css-select, whose search keeps its stack with Array#unshift: slow on deep nesting.)
  const href = (el: Element) => el.attribs.href ?? "";
  const isNoteLink = (c: AnyNode) => c.type === "tag" && (c as Element).name === "a" && /^#(footnote|endnote)-/.test(href(c as Element));
  const all = () => elementsIn($.root().get(0)!);
  for (const el of all()) if (el.name === "sup" && el.children.some(isNoteLink)) $(el).remove();
  for (const el of all()) if (el.name === "a" && /^#(footnote|endnote)-ref-/.test(href(el))) $(el).remove();
  const { lines, tables } = renderLines(all().filter((el) => el.name === "body"));
  return { text: stripChromeLines(lines).join("\n"), tables };
}
