// The read stage: file bytes → plain text + format + encoding + metadata (+ tables). First stage of the pipeline.
// Text is one paragraph per line, website chrome removed, NOT yet NFKC-normalized (a later stage does that).
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { metaFromLines, tidyLines, trimLine } from "./boilerplate.js";
import { NotTextError } from "./decode.js";
import { DocxError, PdfError } from "./errors.js";
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
      const r = readTxt(bytes);
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
      const r = await (await readers.docx()).readDocx(bytes);
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
  try {
    return await dispatch(bytes, fileName, format);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if (err instanceof NotTextError || err instanceof PdfError || err instanceof DocxError) throw new ReadError(fileName, err.message);
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
