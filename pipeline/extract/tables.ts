// Tables flattened into text: the readers turn HTML and DOCX tables into lines of cells (tab-separated, spaces after
// normalize), and some pages carry pipe tables ("| 收到 | 受理 |"). A block is a header line of labels followed by
// lines of a row label and numbers. This module only finds the cells and what labels them; extract/index.ts reads
// each cell through the same catalog rules as prose ("行政复议" + "收到" → recon_received), so a table can say
// nothing the rules would not accept in a sentence.
import type { Sentence } from "../segment/index.ts";

export interface TableCell {
  /** the row's label ("行政复议", "市本级") */
  row: string;
  /** the column's label without its unit ("收到", "纠错率"); a year when the columns are years */
  column: string;
  /** the line above the header when it reads like a caption ("2023年行政复议案件统计表(单位:件)") */
  caption: string;
  /** the column is a year ("2022年"): the cell is that year's value */
  year: number | null;
  /** the row is a year ("| 2021年 | 47 | 42 |"): the cell is that year's value of the column */
  rowYear: number | null;
  value: number;
  /** the cell as written ("31,706", "15.2%") */
  raw: string;
  /** "%" or the unit the header, caption or labels give; "" when nothing says */
  unit: string;
  /** offsets of the number in the normalized text */
  start: number;
  end: number;
  /** the row's line, as it stands in the text (the header is in `column`) */
  evidence: string;
}

// A column of changes ("增减", "同比") holds no levels.
const CHANGE_COLUMN = /增减|增幅|降幅|同比|环比|变化|增长|比上年|较上年/;
const NUMBER_CELL = /^[+-]?\d[\d,]*(\.\d+)?%?$/;
const EMPTY_CELL = /^(-|—|–|\/|无|\*)$/;
const YEAR_CELL = /^(\d{4})年?度?$/;
const UNIT_IN_LABEL = /\((件|人|人次|批|件次|%|个|项|次|名)\)$/;
const CAPTION_UNIT = /单位[:]?\s*(件|人|人次|批|件次|%|个|项|次|名)/;

interface Line {
  sentence: Sentence;
  cells: { text: string; at: number }[];
}

/** A line's cells with their offsets inside the line: pipe-separated, else space-separated. */
export function splitCells(text: string): { text: string; at: number }[] {
  const sep = text.includes("|") ? /\|/g : /\s+/g;
  const out: { text: string; at: number }[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const t = raw.trim();
    if (t) out.push({ text: t, at: a + raw.indexOf(t) });
  };
  for (const m of text.matchAll(sep)) {
    push(from, m.index!);
    from = m.index! + m[0].length;
  }
  push(from, text.length);
  // normalize joins a Han label to the digits after it ("全市 1356" → "全市1356", for PDFs' "2020 年"): split it again.
  const first = out[0];
  const glued = sep.source === "\\s+" && out.length >= 2 && first ? first.text.match(/^([^\d]*\p{Script=Han})(\d[\d,]*(\.\d+)?%?)$/u) : null;
  if (glued && first) out.splice(0, 1, { text: glued[1], at: first.at }, { text: glued[2], at: first.at + glued[1].length });
  return out;
}

const isNumber = (t: string) => NUMBER_CELL.test(t);
const isLabel = (t: string) => !isNumber(t) && !EMPTY_CELL.test(t) && t.length <= 16 && /\p{Script=Han}/u.test(t);

function isHeader(cells: Line["cells"]): boolean {
  return cells.length >= 2 && cells.every((c) => isLabel(c.text) || YEAR_CELL.test(c.text));
}

function isRow(cells: Line["cells"]): boolean {
  return cells.length >= 2 && isLabel(cells[0].text) && cells.slice(1).every((c) => isNumber(c.text) || EMPTY_CELL.test(c.text)) && cells.slice(1).some((c) => isNumber(c.text));
}

function unitOf(cell: string, column: string, row: string, caption: string): string {
  if (cell.endsWith("%")) return "%";
  const own = column.match(UNIT_IN_LABEL) ?? row.match(UNIT_IN_LABEL);
  if (own) return own[1];
  if (/率$/.test(column.replace(UNIT_IN_LABEL, "")) || /率$/.test(row.replace(UNIT_IN_LABEL, ""))) return "%";
  const cap = caption.match(CAPTION_UNIT);
  if (cap) return cap[1];
  if (/(案件|件数|纠纷|申请|建议|提案|信访事项|案数)/.test(row + column)) return "件";
  if (/(人员|人数)/.test(row + column)) return "人";
  return "";
}

/** Every numeric cell of every table block among the sentences, with the labels that say what it counts. */
export function tableCells(sentences: Sentence[]): TableCell[] {
  // A table line is a paragraph that is one sentence (rows carry no 。).
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const lines: (Line | null)[] = [];
  const order = [...byParagraph.keys()].sort((a, b) => a - b);
  for (const p of order) {
    const list = byParagraph.get(p)!;
    // A pipe table's |---|---| rule separates header and body: skip it and keep the block together.
    if (list.length === 1 && /^[-:|\s]+$/.test(list[0].text)) continue;
    if (list.length !== 1) {
      lines.push(null);
      continue;
    }
    lines.push({ sentence: list[0], cells: splitCells(list[0].text) });
  }

  const out: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (!header || !isHeader(header.cells)) continue;
    const prev = lines[i - 1];
    const caption = prev && prev.sentence.text.length <= 60 && !isRow(prev.cells) ? prev.sentence.text : "";
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = lines[j];
      if (!row || !isRow(row.cells)) break;
      // The header may or may not have a corner cell ("项目 收到 受理" over "行政复议 120 100").
      const offset = row.cells.length === header.cells.length ? 1 : row.cells.length === header.cells.length + 1 ? 0 : -1;
      if (offset < 0) break;
      const rowLabel = row.cells[0].text;
      for (let k = 1; k < row.cells.length; k++) {
        const cell = row.cells[k];
        if (!isNumber(cell.text)) continue;
        const columnRaw = header.cells[k - 1 + offset].text;
        if (CHANGE_COLUMN.test(columnRaw)) continue;
        const yearMatch = columnRaw.match(YEAR_CELL);
        const column = columnRaw.replace(UNIT_IN_LABEL, "");
        const value = Number(cell.text.replace(/[,%]/g, ""));
        if (!Number.isFinite(value)) continue;
        const start = row.sentence.start + cell.at;
        out.push({
          row: rowLabel.replace(UNIT_IN_LABEL, ""), column, caption,
          year: yearMatch ? Number(yearMatch[1]) : null,
          rowYear: yearMatch ? null : Number(rowLabel.trim().match(YEAR_CELL)?.[1] ?? NaN) || null,
          value, raw: cell.text, unit: unitOf(cell.text, columnRaw, rowLabel, caption),
          start, end: start + cell.text.length,
          evidence: row.sentence.text,
        });
      }
    }
    i = j - 1;
  }
  return out;
}
