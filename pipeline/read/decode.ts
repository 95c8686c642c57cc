// Bytes → string with encoding detection (shared/notes/libraries.md §4).
// Order: BOM → strict UTF-8 → declared charset (HTML) → jschardet restricted to GB18030/Big5/UTF-8 → gb18030.
// Every GBK-family label is decoded as gb18030: Node's TextDecoder('gbk') is ICU windows-936 and garbles 4-byte sequences.
import { isUtf8, transcode } from "node:buffer";
import jschardet from "jschardet";

export interface Decoded {
  text: string;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5", or another WHATWG label when declared. */
  encoding: string;
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
 * UTF-16 without a BOM: NUL bytes sit almost only at one parity (the high byte of ASCII code units).
 * Returns the byte order, or null when the NUL pattern doesn't look like UTF-16.
 */
function sniffBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const zeros = even + odd;
  if (zeros < 2 || zeros < bytes.length / 16) return null;
  if (odd >= zeros * 0.95 && even === 0) return "utf-16le";
  if (even >= zeros * 0.95 && odd === 0) return "utf-16be";
  return null;
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
  const r = jschardet.detect(sample, { detectEncodings: DETECT_ENCODINGS });
  if (!r.encoding) return null;
  return normalizeCharset(r.encoding);
}

function check(text: string, encoding: string): Decoded {
  if (text.includes("\u0000") || controlRatio(text) > 0.01) throw new NotTextError("binary content, not text");
  return { text, encoding };
}

export interface DecodeOptions {
  /** Charset declared by the document (HTML meta / HTTP header). Used after BOM and strict UTF-8. */
  declared?: string | null;
}

/**
 * Decodes bytes to a string and reports the encoding used.
 * Throws NotTextError for binary input (NUL bytes outside UTF-16, control characters, undecodable bytes).
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = tryDecode(body, bom.encoding, false) ?? "";
    return check(text, bom.encoding === "utf-8" ? "utf-8-bom" : bom.encoding);
  }

  if (bytes.includes(0)) {
    const utf16 = sniffBomlessUtf16(bytes);
    if (utf16) {
      const text = tryDecode(bytes, utf16, true);
      if (text !== null && !text.includes("\u0000") && controlRatio(text) < 0.01) return { text, encoding: utf16 };
    }
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
