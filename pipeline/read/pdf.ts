// PDF → text with unpdf 1.7.0 (bundled pdf.js) and the cMaps of pdfjs-dist 4.10.38 (libraries.md §6).
// cMapUrl MUST be a filesystem path: unpdf's Node default is a file:// URL, which pdf.js can't read, and then a PDF in a
// non-embedded CID font (STSong-Light + UniGB-UCS2-H, common in older government PDFs) comes out as "" with no error.
// Only pdfjs-dist's cmaps/ and standard_fonts/ folders are used; never import pdfjs-dist itself next to unpdf
// ("API version 4.10.38 does not match Worker version 5.6.205").
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { countHan, HAN, trimLine } from "./boilerplate.js";

import { PdfError } from "./errors.js";

export { PdfError };

let assetDirs: { cMapUrl: string; standardFontDataUrl: string } | null = null;

function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assetDirs) {
    const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    assetDirs = { cMapUrl: join(root, "cmaps") + sep, standardFontDataUrl: join(root, "standard_fonts") + sep };
  }
  return assetDirs;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * Groups the text items of one page into visual lines (hasEOL or a change of baseline). Items on one line that are far
 * apart (table cells, tab stops) are separated by "\t".
 */
function pageLines(items: TextItemLike[], page: number): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const it of items) {
    const x = it.transform[4];
    const y = it.transform[5];
    const size = Math.hypot(it.transform[2], it.transform[3]) || it.height || 10;
    if (cur && Math.abs(y - cur.y) > size * 0.5) {
      lines.push(cur);
      cur = null;
    }
    const visible = it.str.trim() !== "";
    if (!cur) cur = { text: "", x0: x, x1: x, y, size, page };
    else if (visible && cur.text.trim() && x - cur.x1 > 1.5 * size) cur.text = cur.text.replace(/[ \u3000]+$/, "") + "\t";
    cur.text += it.str;
    if (visible) {
      if (cur.text === it.str) cur.x0 = x;
      cur.x0 = Math.min(cur.x0, x);
      cur.x1 = Math.max(cur.x1, x + it.width);
      cur.size = Math.max(cur.size, size);
    }
    if (it.hasEOL) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  return lines.filter((l) => trimLine(l.text) !== "");
}

/**
 * Running headers/footers: a short line among the first or last two lines of a page whose text (digits ignored)
 * comes back in that position on at least half of the pages, 3 pages or more. Sentences (。；…) are never dropped.
 */
function dropRunningLines(lines: Line[]): Line[] {
  const pages = new Set(lines.map((l) => l.page)).size;
  if (pages < 3) return lines;
  const key = (l: Line) => trimLine(l.text).replace(/\d+/g, "#");
  const edge = new Set<Line>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const ls = lines.filter((l) => l.page === page);
    for (const l of [...ls.slice(0, 2), ...ls.slice(-2)]) edge.add(l);
  }
  const seen = new Map<string, Set<number>>();
  for (const l of edge) {
    const k = key(l);
    if (k.length > 40 || END_PUNCT.test(k)) continue; // a header is not a sentence
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k)!.add(l.page);
  }
  return lines.filter((l) => !edge.has(l) || (seen.get(key(l))?.size ?? 0) < Math.max(3, pages * 0.5));
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
}

/** "— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 10 页", "3/10". */
const PAGE_NUMBER = /^[\s\-—–－_·•]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4})?(\s*共\s*\d{1,4}\s*页)?[\s\-—–－_·•]*$/;

/** Headings that start a new paragraph: 一、 （一） 1. （1） 第一章 第一条 一是… is body text, not a heading. */
const HEADING = /^([一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[)）]|\d{1,2}[、．.](?![\d])|[（(]\d{1,2}[)）]|第[一二三四五六七八九十百\d]+[章节部分条篇])/;

/** A line that ends a sentence or a clause that can't continue on the next line. */
const END_PUNCT = /[。；;！!？?：:][”’"'」』）)】]*$/;

const CJK_PUNCT = String.raw`\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019`;
const CJK_CLASS = `${HAN}${CJK_PUNCT}`;
const SPACE_AFTER_CJK = new RegExp(`([${CJK_CLASS}])[ \\u00a0\\u3000]+(?=[${CJK_CLASS}0-9A-Za-z%％.,])`, "g");
const SPACE_BEFORE_CJK = new RegExp(`([0-9A-Za-z%％.,])[ \\u00a0\\u3000]+(?=[${CJK_CLASS}])`, "g");

/** Removes the spaces PDF text puts between Han and digits/Latin and between two Han: "1.7 万余条" → "1.7万余条". */
export function removeCjkSpaces(s: string): string {
  return s.replace(SPACE_AFTER_CJK, "$1").replace(SPACE_BEFORE_CJK, "$1");
}

function joinPair(a: string, b: string): string {
  // Two Latin words split by a line break keep one space; anything touching CJK joins directly.
  if (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  return a + b;
}

/**
 * Rebuilds paragraphs from visual lines. A line is joined to the next unless it ends a sentence (。；;！？:：), it is
 * short (stops well before the right margin: title, heading, signature), or the next line is indented or a heading.
 */
export function linesToParagraphs(lines: Line[]): string[] {
  const body = dropRunningLines(lines.filter((l) => !PAGE_NUMBER.test(trimLine(l.text))));
  // Per page: left margin, right margin of full lines (90th percentile, so one overlong line doesn't move it),
  // and the usual distance between baselines.
  const pages = new Map<number, { left: number; right: number; leading: number }>();
  for (const page of new Set(body.map((l) => l.page))) {
    const ls = body.filter((l) => l.page === page);
    const gaps: number[] = [];
    for (let i = 1; i < ls.length; i++) {
      const d = ls[i - 1].y - ls[i].y;
      if (d > 0) gaps.push(d);
    }
    pages.set(page, {
      left: Math.min(...ls.map((l) => l.x0)),
      right: ls.length >= 10 ? quantile(ls.map((l) => l.x1), 0.9) : Math.max(...ls.map((l) => l.x1)),
      leading: gaps.length ? quantile(gaps, 0.5) : 0,
    });
  }
  const paragraphs: string[] = [];
  let cur = "";
  body.forEach((l, i) => {
    const text = trimLine(l.text.replace(/[^\S\t]+/g, " "));
    cur = cur ? joinPair(cur, text) : text;
    const next = body[i + 1];
    const e = pages.get(l.page)!;
    let brk = !next || END_PUNCT.test(text) || text.includes("\t");
    if (!brk && l.x1 < e.right - 2 * l.size) brk = true; // short line: title, heading, signature, last line
    if (!brk && next) {
      const ne = pages.get(next.page)!;
      const nextText = trimLine(next.text);
      if (next.x0 > ne.left + 1.2 * next.size) brk = true; // first-line indent of a new paragraph
      else if (HEADING.test(nextText) || nextText.includes("\t")) brk = true;
      else if (next.page === l.page && e.leading > 0 && l.y - next.y > e.leading * 1.6) brk = true; // blank space
    }
    if (brk) {
      paragraphs.push(cur);
      cur = "";
    }
  });
  if (cur) paragraphs.push(cur);
  return paragraphs.map((p) => removeCjkSpaces(p)).filter((p) => p.length > 0);
}

export interface PdfContent {
  text: string;
  pages: number;
  meta: { title?: string };
}

/** Extracts the text of a PDF. Throws PdfError for unreadable, encrypted or text-less files. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (!head.includes("%PDF-")) throw new PdfError("not a valid PDF (no %PDF header)");

  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      ...pdfjsAssets(),
      cMapPacked: true,
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: false,
    });
  } catch (err) {
    const name = (err as Error)?.name ?? "";
    if (name === "PasswordException") throw new PdfError("PDF is encrypted (password required)");
    throw new PdfError(`not a valid PDF (${(err as Error)?.message ?? String(err)})`);
  }
  try {
    const lines: Line[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((it): it is TextItemLike & (typeof content.items)[number] => "str" in it);
      lines.push(...pageLines(items as TextItemLike[], n));
      page.cleanup();
    }
    const paragraphs = linesToParagraphs(lines);
    const text = paragraphs.join("\n");
    if (countHan(text) < 20) throw new PdfError("PDF has no text layer (scanned?)");
    let title: string | undefined;
    try {
      const md = await pdf.getMetadata();
      const t = (md.info as Record<string, unknown> | undefined)?.Title;
      if (typeof t === "string" && countHan(t) >= 4) title = trimLine(t);
    } catch {
      /* metadata is optional */
    }
    return { text, pages: pdf.numPages, meta: title ? { title } : {} };
  } catch (err) {
    if (err instanceof PdfError) throw err;
    throw new PdfError(`unreadable PDF (${(err as Error)?.message ?? String(err)})`);
  } finally {
    await pdf.destroy();
  }
}
