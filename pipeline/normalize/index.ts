// Stage 2: one canonical text per document. Every later offset (evidence, char_start/char_end, the site's
// highlighting) refers to the string this returns, so it must be deterministic and applied exactly once.
import { findHost, findPublishedOn, findSource, isChromeLine } from "../read/boilerplate.ts";
import { toSimplified } from "./script.ts";

export interface ChromeMeta {
  published_on?: string;
  source?: string;
  host?: string;
}

export interface Normalized {
  text: string;
  /** Lines dropped as site chrome, kept for auditing. */
  removed: string[];
  /** Facts read off chrome lines before they were dropped (a page's own date and source). */
  chrome: ChromeMeta;
  /** True when the report was written in traditional characters and converted to simplified ones. */
  traditional: boolean;
}

const HAN = "\\p{Script=Han}";
const HAN_SPACE_DIGIT = `(?<=[${HAN}])[ \\t]+(?=[0-9])`;
const DIGIT_SPACE_HAN = `(?<=[0-9%])[ \\t]+(?=[${HAN}])`;
const SPACE_HAN_DIGIT = new RegExp(`${HAN_SPACE_DIGIT}|${DIGIT_SPACE_HAN}`, "gu");
// a row of cells set apart by column gaps joins single spaces only: "合 计  148  126  119  21"
const ROW_OF_CELLS = /  [+-]?\d[^ ]*  [+-]?\d/;
const SINGLE_SPACE_HAN_DIGIT = new RegExp(`(?<=[${HAN}]) (?=[0-9])|(?<=[0-9%]) (?=[${HAN}])`, "gu");
// a header of year columns keeps its cells apart: "项目  2021年 2022年 2023年 合计" (only "2021 年" is joined)
const YEAR_COLUMNS = /\d{4}\s*年度?\s+\d{4}\s*年/;
const DIGIT_THEN_HAN = new RegExp(DIGIT_SPACE_HAN, "gu");

// A scraped copy may split a number with a stray space ("案件1 5起"). Joined only between a Han character and a
// unit, so a flattened table row ("8745 7574 362") keeps its columns.
const SPLIT_NUMBER = new RegExp(`(?<=[${HAN}])(\\d{1,3}) (\\d{1,3})(?=[件起宗人名个项条次批%])`, "gu");

// Typeset yearbooks (and their OCR) write a percentage's decimal point as a middle dot, sometimes with a stray space:
// "调解成功率 99·5 9%" is 99.59%. Only before %: "6·1" and "1·2" elsewhere are dates and names.
const DOT_DECIMAL = /(\d{1,3}) ?[·・•] ?(\d)(?: ?(\d))? ?%/g;

// A parenthesised pinyin syllable with a tone mark, right after a Han character.
const PINYIN_GLOSS = new RegExp(`(?<=[${HAN}])\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}){0,3}\\)`, "gu");

// A line that ends a sentence or a heading: never the first half of a wrapped one. (A line may break after a , ; or :
// mid-sentence: "…总量为300件次861人次。其中:" / "接待群众来访261批次…")
const ENDS = /[。！？!?」”"）)】]$/;
const HEADING_START = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[章节条部分])/;

// A printed page's number on a line of its own: "-2-", "— 18 —", "- 3 -", "第2页", "第2页 共9页", "2/9".
const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/**
 * Text copied out of a PDF keeps each page's furniture between two halves of a sentence: the page number and the
 * running header ("-2-" / "平遥县2017年度法治政府建设工作情况报告" / "1,347件,调解成功…"). Page numbers go, and so does
 * a line beside one that the document repeats (the running header or footer), so that unwrap can join the halves.
 */
function dropPageFurniture(lines: string[], removed: string[]): void {
  if (!lines.some((l) => l.length <= 12 && PAGE_NUMBER.test(l))) return;
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l, (seen.get(l) ?? 0) + 1);
  const drop = new Set<number>();
  lines.forEach((l, i) => {
    if (l.length > 12 || !PAGE_NUMBER.test(l)) return;
    drop.add(i);
    for (const j of [i - 1, i + 1]) if (j >= 0 && j < lines.length && lines[j]!.length <= 60 && (seen.get(lines[j]!) ?? 0) >= 2) drop.add(j);
  });
  for (let i = lines.length - 1; i >= 0; i--) if (drop.has(i)) removed.push(...lines.splice(i, 1));
}

/**
 * Text laid out at a fixed width (a flip-book page, a PDF copied line by line) breaks sentences mid-way: "其中:接待群众
 * 来访" / "261批次822人次". When many lines run to the same width without ending a sentence, each such line is joined
 * with the next, so that a number keeps its words. Table rows (cells apart, |) are left alone.
 */
function unwrap(lines: string[]): void {
  // widths in columns, a Han character two and a digit one, as the page laid them out
  const columns = (l: string) => {
    let w = 0;
    // (NFKC made the full-width ，；：（） narrow: they took two columns on the page)
    for (let i = 0; i < l.length; i++) { const c = l.charCodeAt(i); w += c > 0x2e7f || c === 44 || c === 59 || c === 58 || c === 40 || c === 41 ? 2 : 1; }
    return w;
  };
  // (a line with a space is a table row or a heading with its cells apart, not wrapped prose)
  // (a paragraph may open with its item number and still run to the page's width: "2.行政应诉。全县…,其中县")
  const open = (l: string) => l.length >= 12 && !ENDS.test(l) && !l.includes("|") && !l.includes(" ") && !(HEADING_START.test(l) && l.length < 30);
  const widths = new Map<number, number>();
  for (const l of lines) if (open(l)) { const w = columns(l); widths.set(w, (widths.get(w) ?? 0) + 1); }
  let width = 0;
  let count = 0;
  for (const [w, n] of widths) {
    // (±2 columns: a line breaks before a character that would not fit)
    let near = 0;
    for (let d = -2; d <= 2; d++) near += widths.get(w + d) ?? 0;
    if (near > count) { width = w; count = near; }
  }
  // (the page's width, not a few headings of like length: most long lines run to it)
  const long = lines.filter((l) => l.length >= 12).length;
  if (count < 5 || width < 40 || count < long * 0.4) return;
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i]!;
    // (a line full of digits comes out a little narrower: digits are narrower than two columns' worth of a pair)
    const w = open(l) ? columns(l) : 0;
    if (w >= width * 0.9 && w <= width + 4 && !HEADING_START.test(lines[i + 1]!)) lines.splice(i, 2, l + lines[i + 1]!);
  }
}

export function normalize(raw: string): Normalized {
  // NFKC folds full-width digits, ％, ，：；（） into ASCII so one number grammar serves every source.
  let text = raw.replace(/^\uFEFF/, "").normalize("NFKC");
  // Tabs stay for now: the readers put them between table cells, and a cell line must not have its label glued to
  // its numbers below.
  // (NBSP, U+2002–U+200A and U+3000 are spaces to NFKC already; of the spaces to blank, only U+200B is left)
  text = text.replace(/\r\n?/g, "\n").replace(/\u200B/g, " ");
  // Some mirrors gloss characters with pinyin: "印發(fā)《關(guān)於…》". The glosses split words (調(diào)解), so they go.
  if (text.includes("(")) text = text.replace(PINYIN_GLOSS, "");
  const script = toSimplified(text);
  text = script.text;
  const removed: string[] = [];
  const lines: string[] = [];
  for (let line of text.split("\n")) {
    const cells = line.includes("\t");
    if (cells) line = line.replace(/\t/g, " ");
    line = line.replace(/ {2,}/g, "  ").trim();
    if (!line) continue;
    // The readers drop chrome already; NFKC can turn full-width chrome into lines only now recognisable.
    if (isChromeLine(line)) {
      removed.push(line);
      continue;
    }
    // PDFs and some scraped pages put spaces between Han characters and digits ("武清区 2020 年").
    // (both patterns need a space; testing for one first spares their per-position lookbehinds on most lines)
    if (line.includes("·") || line.includes("・") || line.includes("•")) line = line.replace(DOT_DECIMAL, "$1.$2$3%");
    // (a row of cells set apart by column gaps keeps its gaps: "合 计  148  126  119  21"; so does a header of years)
    lines.push(cells || !line.includes(" ") ? line : line.replace(YEAR_COLUMNS.test(line) ? DIGIT_THEN_HAN : ROW_OF_CELLS.test(line) ? SINGLE_SPACE_HAN_DIGIT : SPACE_HAN_DIGIT, "").replace(SPLIT_NUMBER, "$1$2"));
  }
  dropPageFurniture(lines, removed);
  unwrap(lines);
  const chromeText = removed.join("\n");
  const chrome: ChromeMeta = {};
  const date = findPublishedOn(chromeText);
  if (date) chrome.published_on = date;
  const source = findSource(chromeText);
  if (source) chrome.source = source;
  const host = findHost(chromeText);
  if (host) chrome.host = host;
  return { text: lines.join("\n"), removed, chrome, traditional: script.converted };
}
