// The read stage: file bytes → plain text + format + encoding + metadata (+ tables). First stage of the pipeline.
// Text is one paragraph per line, website chrome removed, NOT yet NFKC-normalized (a later stage does that).
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { metaFromLines, tidyLines, trimLine } from "./boilerplate.js";
import { NotTextError } from "./decode.js";
import { DocxError, LimitError, PdfError, tooLong } from "./errors.js";
import { readTxt } from "./txt.js";

// The readers of html, docx and pdf pull in cheerio, mammoth and pdfjs (≈0.5 s to load): imported on first use, so a
// process that never reads such a file (the main thread of a run with worker threads) does not pay for them. The
// promise is kept: every import() call goes through the module loader's resolve hooks (tsx's run on another thread),
// ≈1 ms per call, more than reading a small page.
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= load());
}
const readers = {
  html: once(() => import("./html.js")),
  docx: once(() => import("./docx.js")),
  pdf: once(() => import("./pdf.js")),
};

export interface ReadResult {
  /** Plain text, paragraphs separated by "\n", not NFKC-normalized, no HTML. */
  text: string;
  format: "txt" | "html" | "docx" | "pdf";
  /** "utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be", "big5", …; null for docx/pdf. */
  encoding: string | null;
  meta: { title?: string; published_on?: string /* YYYY-MM-DD */; source?: string /* 来源 / ContentSource */; host?: string /* 主办单位 */ };
  /** docx/html data tables as rows of cells (also flattened into `text`: cells joined by "\t", one row per line). */
  tables?: string[][][];
}

export class ReadError extends Error {
  constructor(
    public file: string,
    public reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ReadError";
  }
}

export const SUPPORTED_EXTENSIONS: string[] = [".txt", ".html", ".htm", ".docx", ".pdf"];

// ---------------------------------------------------------------- limits

/** What one document may be: anything beyond is refused with its reason (a quarantine row), never read further. */
export interface ReadLimits {
  /** bytes of the file (checked before reading it) */
  maxFileBytes: number;
  /** bytes a DOCX unzips to, all its parts but the media (checked from the zip's central directory, before inflating) */
  maxUnzippedBytes: number;
  /** characters of the text read */
  maxChars: number;
}

const MB = 1024 * 1024;
export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 50 * MB, maxUnzippedBytes: 100 * MB, maxChars: 5_000_000 };

let limits: ReadLimits = { ...DEFAULT_LIMITS };

/** Sets the limits readBytes applies in this thread (the pipeline sets them in every worker too). */
export function setReadLimits(l: Partial<ReadLimits>): void {
  limits = { ...DEFAULT_LIMITS, ...l };
}

export function readLimits(): ReadLimits {
  return { ...limits };
}

/** "1.5 MB" (MiB), "512 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n >= MB) return `${Number((n / MB).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
}

/** The reason a file of `size` bytes is refused (Chinese / English, as the site shows it), or null. */
export function fileSizeRefusal(size: number, l: ReadLimits = limits): string | null {
  if (size <= l.maxFileBytes) return null;
  // (in bytes when the rounded sizes would read the same)
  let [a, b] = [formatBytes(size), formatBytes(l.maxFileBytes)];
  if (a === b) [a, b] = [`${size} bytes`, `${l.maxFileBytes} bytes`];
  return `文件过大（${a}，上限 ${b}） / file too large: ${a}, limit ${b}`;
}

/** True for the reason of a refusal by a limit (file size, unzipped DOCX size, text length): it depends on the limits. */
export function isLimitRefusal(reason: string | null | undefined): boolean {
  return !!reason && /^(文件过大（|文本过长 \/ text too long|DOCX 解压后过大（)/.test(reason);
}

/** A file as the pipeline reads it: its bytes, or why they were not read (with the size when known). */
export type InputFile = { bytes: Uint8Array; size: number } | { refused: string; size: number | null };

/**
 * Reads one input file with the checks a hostile folder needs: not through a symbolic link, never blocking (a FIFO or
 * device put in a file's place between listing and reading is refused, not waited on), only a regular file, and not
 * past the size limit (fstat first; a file that grows while read is cut off at the limit and refused).
 */
export function readInputFile(path: string, l: ReadLimits = limits): InputFile {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { refused: code === "ELOOP" ? "symbolic link, not followed" : `cannot read file (${code ?? (e as Error).message})`, size: null };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: `not a regular file (${kindOf(st)})`, size: null };
    const refusal = fileSizeRefusal(st.size, l);
    if (refusal) return { refused: refusal, size: st.size };
    const buf = Buffer.allocUnsafe(Math.min(st.size, l.maxFileBytes) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    if (n > l.maxFileBytes) return { refused: fileSizeRefusal(n, l) ?? "file too large", size: n };
    return { bytes: new Uint8Array(buf.buffer, buf.byteOffset, n), size: n };
  } catch (e) {
    return { refused: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, size: null };
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a file";
}

const FORMAT_BY_EXT: Record<string, ReadResult["format"]> = {
  ".txt": "txt",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".pdf": "pdf",
};

/** 0 bytes, or nothing but ASCII whitespace (after an optional UTF-8 BOM). UTF-16 whitespace is caught after decoding. */
function isBlank(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

function cleanMeta(meta: ReadResult["meta"]): ReadResult["meta"] {
  const out: ReadResult["meta"] = {};
  if (meta.title) out.title = meta.title;
  if (meta.published_on) out.published_on = meta.published_on;
  if (meta.source) out.source = meta.source;
  if (meta.host) out.host = meta.host;
  return out;
}

async function dispatch(bytes: Uint8Array, file: string, format: ReadResult["format"]): Promise<ReadResult> {
  switch (format) {
    case "txt": {
      const r = readTxt(bytes, limits.maxChars);
      if (!trimLine(r.text)) throw new ReadError(file, "empty file");
      return { text: r.text, format, encoding: r.encoding, meta: cleanMeta(r.meta) };
    }
    case "html": {
      const r = (await readers.html()).readHtml(bytes);
      if (!trimLine(r.text)) throw new ReadError(file, "no text content in HTML");
      const out: ReadResult = { text: r.text, format, encoding: r.encoding, meta: cleanMeta(r.meta) };
      if (r.tables.length) out.tables = r.tables;
      return out;
    }
    case "docx": {
      const r = await (await readers.docx()).readDocx(bytes, limits.maxUnzippedBytes);
      if (!trimLine(r.text)) throw new ReadError(file, "DOCX has no text");
      const out: ReadResult = { text: r.text, format, encoding: null, meta: cleanMeta(metaFromLines(tidyLines(r.text))) };
      if (r.tables.length) out.tables = r.tables;
      return out;
    }
    case "pdf": {
      const r = await (await readers.pdf()).readPdf(bytes);
      const meta = metaFromLines(tidyLines(r.text));
      if (!meta.title && r.meta.title) meta.title = r.meta.title;
      return { text: r.text, format, encoding: null, meta: cleanMeta(meta) };
    }
  }
}

/** Reads a document from memory; `fileName` sets the format (by extension) and names the file in errors. */
export async function readBytes(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const ext = extname(fileName).toLowerCase();
  const format = FORMAT_BY_EXT[ext];
  if (!format) throw new ReadError(fileName, `unsupported extension ${ext || "(none)"}`);
  if (isBlank(bytes)) throw new ReadError(fileName, "empty file");
  const sizeRefusal = fileSizeRefusal(bytes.length);
  if (sizeRefusal) throw new ReadError(fileName, sizeRefusal);
  try {
    const r = await dispatch(bytes, fileName, format);
    if (r.text.length > limits.maxChars) {
      throw new ReadError(fileName, tooLong(r.text.length, limits.maxChars));
    }
    return r;
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if (err instanceof NotTextError || err instanceof PdfError || err instanceof DocxError || err instanceof LimitError) throw new ReadError(fileName, err.message);
    throw new ReadError(fileName, `unreadable ${format} (${(err as Error)?.message ?? String(err)})`);
  }
}

/** Reads a document from disk, dispatching on its extension (.txt, .html/.htm, .docx, .pdf). */
export async function readDocument(path: string): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (!FORMAT_BY_EXT[ext]) throw new ReadError(path, `unsupported extension ${ext || "(none)"}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new ReadError(path, `cannot read file (${(err as NodeJS.ErrnoException)?.code ?? (err as Error)?.message})`);
  }
  return readBytes(bytes, path);
}
