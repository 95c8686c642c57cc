// DOCX → text with mammoth 1.13 convertToHtml, then the HTML renderer: paragraphs become lines and tables are kept as
// rows of cells (extractRawText would flatten a table into one cell per line).
import * as cheerio from "cheerio";
import mammoth from "mammoth";
import { stripChromeLines } from "./boilerplate.js";
import { renderLines } from "./html.js";

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

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw new DocxError("legacy Word .doc (OLE), not DOCX");
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) throw new DocxError("not a valid DOCX (zip)");
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
  const $ = cheerio.load(`<body>${html}</body>`);
  // Footnote markers ("[1]" glued to a number: "129件[1]") and the "↑" back-links of the notes list.
  $('sup:has(> a[href^="#footnote-"]), sup:has(> a[href^="#endnote-"])').remove();
  $('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').remove();
  const { lines, tables } = renderLines($("body").toArray());
  return { text: stripChromeLines(lines).join("\n"), tables };
}
