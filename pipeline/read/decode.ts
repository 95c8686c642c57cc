// Bytes → string with encoding detection (shared/notes/libraries.md §4).
// Order: BOM (unless the body contradicts it) → UTF-16 by its pattern of zero bytes → strict UTF-8 → lines of UTF-8
// mixed with lines of GBK → declared charset (HTML) → jschardet restricted to GB18030/Big5/UTF-8 → gb18030.
// Every GBK-family label is decoded as gb18030: Node's TextDecoder('gbk') is ICU windows-936 and garbles 4-byte sequences.
import { isAscii, isUtf8, transcode } from "node:buffer";
import jschardet from "jschardet";

export interface Decoded {
  text: string;
  /**
   * "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5", or another WHATWG label when declared; a body that
   * contradicts its byte-order mark says so ("gb18030 (wrong utf-8 BOM)"), and a file of UTF-8 lines mixed with lines of
   * a legacy encoding is "utf-8+gb18030 (mixed, by line)".
   */
  encoding: string;
  /** "bom_mismatch": the BOM names another encoding than the body's; "mixed_encoding": decoded line by line. */
  flags?: ("bom_mismatch" | "mixed_encoding")[];
}

/** Thrown for input that is not text (NUL bytes, undecodable). The caller wraps it into a ReadError with the file name. */
export class NotTextError extends Error {}

const GBK_FAMILY = new Set([
  "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312", "gb_2312-80", "gb18030", "euc-cn",
  "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280",
]);
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]);
const BIG5_LABELS = new Set(["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]);

/**
 * Maps a charset label to the decoder we use for it, or null when the label is unknown to TextDecoder.
 * gb2312/gbk/x-gbk/cp936/… → "gb18030".
 */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (!l) return null;
  if (GBK_FAMILY.has(l)) return "gb18030";
  if (UTF8_LABELS.has(l)) return "utf-8";
  if (BIG5_LABELS.has(l)) return "big5";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** Encoding given by a byte-order mark, and the BOM length. */
export function sniffBom(bytes: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be"; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM, told by its pattern of zero bytes: the ASCII code units (digits, punctuation, line breaks) are a
 * printable byte beside a zero byte, the zero second in UTF-16LE and first in UTF-16BE. A Chinese report has few of them
 * (most of its code units are Han, with no zero byte), and Han characters whose low byte is 0 (一 U+4E00, 最 U+6700)
 * put zero bytes at the other parity, so the parity with more ASCII code units is tried first and the decoded text must
 * look like text (plausibleText: swapped bytes give Hangul, Yi, controls…). Null when neither order reads.
 */
function decodeBomlessUtf16(bytes: Uint8Array): Decoded | null {
  if (bytes.length < 4) return null;
  const asciiText = (b: number) => (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i + 1] === 0 && asciiText(bytes[i])) le++;
    if (bytes[i] === 0 && asciiText(bytes[i + 1])) be++;
  }
  if (le + be < 2) return null;
  for (const encoding of le >= be ? (["utf-16le", "utf-16be"] as const) : (["utf-16be", "utf-16le"] as const)) {
    const text = decodeUtf16(bytes, encoding);
    if (text !== null) return { text, encoding };
  }
  return null;
}

/** UTF-16 decoding of a whole file (an odd last byte, of a file cut short, dropped), when it is valid and looks like text. */
function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string | null {
  const text = tryDecode(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes, encoding, true);
  return text !== null && plausibleText(text) ? text : null;
}

/**
 * Code points of the text a report is made of: ASCII, Latin-1 signs (·×°), general punctuation, symbols and enclosed
 * numbers (—“”①■), CJK (punctuation, kana, Han, compatibility), full-width forms, and surrogate pairs (Han beyond the
 * BMP). Bytes of another encoding read as UTF-16 land elsewhere (Hangul, Yi, private use, C1 controls…).
 */
function textChar(c: number): boolean {
  if (c < 0x80) return c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
  return (
    (c >= 0xa0 && c <= 0xff) || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef)
  );
}

/** At least 98% of the code units are textChar, and (with `ink`) some are more than white space. */
function plausibleText(text: string, ink_ = true): boolean {
  let bad = 0;
  let ink = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!textChar(c)) bad++;
    else if (c > 0x20) ink++;
  }
  return (ink > 0 || !ink_) && bad <= text.length * 0.02;
}

/** Han, kana, CJK and full-width punctuation: what a line of Chinese in UTF-8 decodes to (GBK bytes read as UTF-8 don't). */
function cjkLine(text: string): boolean {
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (!textChar(c)) return false;
    if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) cjk++;
  }
  return cjk >= 2;
}

/** The characters controlRatio counts. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/;

/** Share of C0 control characters other than tab/newline/CR/FF/ESC. Text files have none. */
function controlRatio(text: string): number {
  if (!CONTROL.test(text)) return 0; // a regex scan is several times faster than the loop, and usually decides
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) n++;
  }
  return n / text.length;
}

function replacementRatio(text: string): number {
  if (!text.length) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n / text.length;
}

/** At most 2% of the non-ASCII characters are U+FFFD (and there is real non-ASCII text besides them). */
function mostlyValidUtf8(text: string): boolean {
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  return nonAscii - bad >= 20 && bad <= nonAscii * 0.02;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Strict UTF-8: the string TextDecoder("utf-8", { fatal: true, ignoreBOM: true }) gives, or null when the bytes are
 * not UTF-8. Validated first, then converted by ICU: V8's own UTF-8 decoding (TextDecoder, Buffer#toString) is ≈4×
 * slower on Chinese text, and most documents take this path.
 */
function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return transcode(bytes, "utf8", "ucs2").toString("ucs2");
}

/** Decodes with a legacy encoding: strict first; if strict fails, lenient but only when few bytes are broken. */
function decodeLegacy(bytes: Uint8Array, encoding: string): string | null {
  const strict = tryDecode(bytes, encoding, true);
  if (strict !== null) return strict;
  const lenient = tryDecode(bytes, encoding, false);
  if (lenient !== null && replacementRatio(lenient) < 0.01) return lenient;
  return null;
}

const DETECT_ENCODINGS = ["GB18030", "Big5", "UTF-8"];

/** jschardet restricted to the encodings Chinese government sites use. Returns a TextDecoder label or null. */
export function detectCharset(bytes: Uint8Array): string | null {
  // 64 KB is plenty for the frequency models and keeps detection fast on big pages.
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  // jschardet warns on the console (once per process, "… is excluded by include_encodings …"): not in our output.
  const { warn, log } = console;
  console.warn = console.log = () => {};
  let r: ReturnType<typeof jschardet.detect>;
  try {
    r = jschardet.detect(sample, { detectEncodings: DETECT_ENCODINGS });
  } finally {
    console.warn = warn;
    console.log = log;
  }
  if (!r.encoding) return null;
  return normalizeCharset(r.encoding);
}

/**
 * A file of UTF-8 lines and lines of a legacy encoding (a GBK page with a UTF-8 footer pasted in, two halves joined):
 * each line decoded in its own encoding. Null unless there are lines of both kinds and every other line decodes in
 * `legacy`. A line is UTF-8 when it is valid UTF-8 and reads as Chinese (cjkLine): a GBK line is valid UTF-8 only by
 * chance, and then not as Han characters.
 */
function decodeMixed(bytes: Uint8Array, legacy: string): string | null {
  // 0x0A is a line feed in both: never inside a UTF-8 or GBK/Big5 multi-byte character
  const lines: [number, number, boolean][] = [];
  let utf8 = 0;
  let other = 0;
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    let isUtf8Line = true;
    if (!isAscii(line)) {
      const u = decodeUtf8(line);
      isUtf8Line = u !== null && cjkLine(u);
      if (isUtf8Line) utf8++;
      else other++;
    }
    lines.push([start, end, isUtf8Line]);
    start = end + 1;
  }
  if (!utf8 || !other) return null;
  const parts: string[] = [];
  for (const [start, end, isUtf8Line] of lines) {
    const line = bytes.subarray(start, end);
    const text = isUtf8Line ? decodeUtf8(line) : decodeLegacy(line, legacy);
    if (text === null) return null;
    parts.push(text);
  }
  return parts.join("\n");
}

function check(text: string, encoding: string): Decoded {
  if (text.includes("\u0000") || controlRatio(text) > 0.01) throw new NotTextError("binary content, not text");
  return { text, encoding };
}

export interface DecodeOptions {
  /** Charset declared by the document (HTML meta / HTTP header). Used after BOM and strict UTF-8. */
  declared?: string | null;
  /** The bytes follow a byte-order mark the caller has set aside: no second one is looked for. */
  afterBom?: boolean;
}

/**
 * Decodes bytes to a string and reports the encoding used.
 * Throws NotTextError for binary input (NUL bytes outside UTF-16, control characters, undecodable bytes).
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const bom = opts.afterBom ? null : sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const label = bom.encoding === "utf-8" ? "utf-8-bom" : bom.encoding;
    const strict = bom.encoding === "utf-8" ? decodeUtf8(body) : null;
    const text = strict ?? tryDecode(body, bom.encoding, false) ?? "";
    const fits = bom.encoding === "utf-8" ? strict !== null || mostlyValidUtf8(text) : plausibleText(text, false);
    if (fits || !body.length) return check(text, label);
    // The body is not in the encoding its BOM names (a GBK body behind a UTF-8 BOM): read it as if it had none.
    try {
      const r = decodeBytes(body, { ...opts, afterBom: true });
      // (only a clean reading overrules the BOM: a body with a few broken bytes stays in the BOM's encoding)
      if (r.encoding !== bom.encoding && !r.text.includes("\ufffd")) return { ...r, encoding: `${r.encoding} (wrong ${bom.encoding} BOM)`, flags: [...(r.flags ?? []), "bom_mismatch"] };
    } catch (e) {
      if (!(e instanceof NotTextError)) throw e;
    }
    return check(text, label);
  }

  if (bytes.includes(0)) {
    const utf16 = decodeBomlessUtf16(bytes);
    if (utf16 && !utf16.text.includes("\u0000") && controlRatio(utf16.text) < 0.01) return utf16;
    throw new NotTextError("binary content, not text");
  }

  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return check(utf8, "utf-8");
  // UTF-8 cut in the middle of a character (truncated download): drop the incomplete tail.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    if (bytes[bytes.length - cut] < 0x80) break;
    const head = decodeUtf8(bytes.subarray(0, bytes.length - cut));
    if (head !== null) return check(head, "utf-8");
  }
  // UTF-8 with a handful of broken bytes (one bad byte in a long page). GBK read as UTF-8 turns nearly every
  // non-ASCII character into U+FFFD, so measure against the non-ASCII characters, not the (mostly ASCII) whole.
  const lenientUtf8 = tryDecode(bytes, "utf-8", false)!;
  if (mostlyValidUtf8(lenientUtf8)) return check(lenientUtf8, "utf-8");

  const declared = normalizeCharset(opts.declared);
  // Lines of UTF-8 among lines of GBK (or of the declared legacy charset): each line in its own.
  const legacy = declared && declared !== "utf-8" ? declared : "gb18030";
  const mixed = decodeMixed(bytes, legacy);
  if (mixed !== null) return { ...check(mixed, `utf-8+${legacy} (mixed, by line)`), flags: ["mixed_encoding"] };

  // A declared UTF-8 that failed strict decoding is a lie; fall through to detection.
  if (declared && declared !== "utf-8") {
    const text = decodeLegacy(bytes, declared);
    if (text !== null) return check(text, declared);
  }

  const detected = detectCharset(bytes);
  if (detected && detected !== "utf-8") {
    const text = decodeLegacy(bytes, detected);
    if (text !== null) return check(text, detected);
  }

  for (const fallback of ["gb18030", "big5"]) {
    const text = decodeLegacy(bytes, fallback);
    if (text !== null) return check(text, fallback);
  }
  throw new NotTextError("binary content, not text");
}
