// What a downloaded response is: the bytes' own signature first, the declared content type and the address's
// extension as claims to check against them. Servers mislabel (a PDF as application/octet-stream or text/html),
// and an error or login page often comes back with status 200 where a report was asked for; saved as .html or .pdf
// it would be read as a report. So a report type is saved with the extension its bytes call for, and anything else
// is refused with the reason.
import { extname } from "node:path";

export type ReportExt = ".html" | ".pdf" | ".docx" | ".txt";
export type Verdict = { ext: ReportExt; kind: string } | { refused: string };

const ascii = (s: string) => Buffer.from(s, "latin1");
const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** Signatures of files that are not reports: what each is, for the refusal. */
const NOT_REPORTS: [number[], string, number?][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x57, 0x45, 0x42, 0x50], "a WebP image", 8],
  [[0x49, 0x49, 0x2a, 0x00], "a TIFF image"],
  [[0x4d, 0x4d, 0x00, 0x2a], "a TIFF image"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "a legacy Office file (.doc/.xls/.ppt), which the pipeline does not read"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "a 7-Zip archive"],
  [[0x66, 0x74, 0x79, 0x70], "an MP4/QuickTime video", 4],
  [[0x1a, 0x45, 0xdf, 0xa3], "a WebM/Matroska video"],
  [[0x49, 0x44, 0x33], "an MP3 file"],
  [[0x4f, 0x67, 0x67, 0x53], "an Ogg file"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF document, which the pipeline does not read"],
  [[0x25, 0x21, 0x50, 0x53], "a PostScript file"],
  [[0x00, 0x61, 0x73, 0x6d], "a WebAssembly module"],
  [[0x7f, 0x45, 0x4c, 0x46], "an executable"],
];

/** What the bytes say they are: a report format, another known type, or text/unknown binary. */
function sniff(bytes: Uint8Array): { report: ".pdf" | ".docx" } | { other: string } | { text: boolean } {
  // PDF readers accept junk before the header within the first KB, and so do government servers
  if (Buffer.from(bytes.subarray(0, 1024)).indexOf(ascii("%PDF-")) >= 0) return { report: ".pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // entry names are stored uncompressed in the local headers and the central directory
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (b.indexOf(ascii("word/document.xml")) >= 0) return { report: ".docx" };
    if (b.indexOf(ascii("xl/workbook")) >= 0) return { other: "an Excel workbook (.xlsx)" };
    if (b.indexOf(ascii("ppt/presentation")) >= 0) return { other: "a PowerPoint file (.pptx)" };
    return { other: "a zip archive that is not a Word document" };
  }
  for (const [sig, what, at] of NOT_REPORTS) if (startsWith(bytes, sig, at ?? 0)) return { other: what };
  const head = bytes.subarray(0, 8192);
  if (!head.includes(0)) return { text: true };
  // UTF-16 text: a BOM, or NULs at one parity only (the high bytes of ASCII)
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return { text: true };
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 ? odd++ : even++);
  return { text: (even === 0) !== (odd === 0) && head.length % 2 === 0 };
}

/** Markup near the start: an HTML page (in any ASCII-compatible encoding, or UTF-16). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  if (head.includes("\0")) head = head.replaceAll("\0", "");
  // any tag, comment or doctype: plain report text has none ("<5%" is not a tag)
  return /<\/?[a-z][a-z0-9:-]*(\s[^<>]*)?\/?>|<!--|<!doctype/i.test(head);
}

export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

// Declared types that promise a binary document: an HTML or text body under them is not what was promised.
const BINARY_DOCUMENT = /^application\/(pdf|x-pdf|msword|vnd\.openxmlformats-officedocument|vnd\.ms-|zip|x-zip)/;
// Declared types that are never a report, whatever the bytes look like as text.
const NOT_REPORT_TYPE = /^(image|audio|video|font|model)\/|^application\/(json|javascript|x-javascript|ecmascript|wasm|x-shockwave-flash)|^text\/(css|javascript|csv|calendar|vcard)/;

/**
 * The extension to save a response under, or why it is not a report. `bytes` is the whole body, `url` the address
 * that was asked for (its extension is a claim too: a .pdf address answering with an HTML page is an error page).
 */
export function classify(bytes: Uint8Array, contentType: string | null, url: string): Verdict {
  const type = mediaType(contentType);
  const served = type ? `served as ${type}` : "served without a content type";
  const s = sniff(bytes);
  if ("report" in s) return { ext: s.report, kind: s.report === ".pdf" ? "pdf" : "docx" };
  if ("other" in s) return { refused: `not a report: ${s.other} (${served})` };
  if (!s.text) return { refused: `not a report: binary content of an unknown type (${served})` };
  const html = looksLikeHtml(bytes);
  const what = html ? "an HTML page" : "text";
  if (BINARY_DOCUMENT.test(type)) return { refused: `not a report: ${served} but the content is ${what} (an error page?)` };
  if (NOT_REPORT_TYPE.test(type)) return { refused: `not a report: ${served}` };
  if (/xml/.test(type) && !/xhtml/.test(type) && !html) return { refused: `not a report: XML (${served})` };
  const urlExt = (() => {
    try {
      return extname(new URL(url).pathname).toLowerCase();
    } catch {
      return "";
    }
  })();
  if ([".pdf", ".doc", ".docx", ".wps"].includes(urlExt)) return { refused: `not a report: asked for a ${urlExt} file, got ${what} (${served}; an error page?)` };
  // Plain text served as text/html is still read best as text; markup served as text/plain is a page.
  return html ? { ext: ".html", kind: "html" } : { ext: ".txt", kind: "txt" };
}
