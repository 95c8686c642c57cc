// Tables flattened into text: the readers turn HTML and DOCX tables into lines of cells (tab-separated, spaces after
// normalize), and some pages carry pipe tables ("| 收到 | 受理 |"). A block is a header line of labels followed by
// lines of a row label and numbers. This module only finds the cells and what labels them; extract/index.ts reads
// each cell through the same catalog rules as prose ("行政复议" + "收到" → recon_received), so a table can say
// nothing the rules would not accept in a sentence.
import type { Sentence } from "../segment/index.ts";
import { topicMarks } from "./topics.ts";

/** For each column, the nearest label at or before it that names a topic ("收到复议申请" for the 审结 column after it). */
function topicalColumns(header: string[]): string[] {
  let last = "";
  return header.map((h) => (last = topicMarks(h).length ? h : last));
}

export interface TableCell {
  /** the row's label ("行政复议", "市本级") */
  row: string;
  /** the column's label without its unit ("收到", "纠错率"); a year when the columns are years */
  column: string;
  /** the line above the header when it reads like a caption ("2023年行政复议案件统计表(单位:件)") */
  caption: string;
  /** the column is a year ("2022年"): the cell is that year's value */
  year: number | null;
  /** a year named by the row ("| 2021年 | 47 | 42 |") or before a column's label ("2019受理量"): the cell is that
   * year's value of the column */
  rowYear: number | null;
  /** the header's first cell ("单位", "项目", "序号"): "单位"/"被申请人" means the rows break a total down by body */
  corner: string;
  /** the nearest earlier row or column label of the same table that names a topic: in a table of 行政复议 and
   * 行政应诉 rows, "受理" under "收到行政复议申请" is reconsideration */
  context: string;
  value: number;
  /** the cell as written ("31,706", "15.2%") */
  raw: string;
  /** "%" or the unit the header, caption or labels give; "" when nothing says */
  unit: string;
  /** offset of the table's header: what the text before the table was about is the topic of a cell that names none */
  tableStart: number;
  /** offsets of the number in the normalized text */
  start: number;
  end: number;
  /** the row's line, as it stands in the text (the header is in `column`) */
  evidence: string;
}

// A column of changes ("增减", "同比") holds no levels.
const CHANGE_COLUMN = /增减|增幅|降幅|同比|环比|变化|增长|比上年|较上年|升降/;
// a column of ranks ("排序", "名次") holds no counts
const RANK_COLUMN = /^(排序|排名|名次|位次|序号)$/;
// a cell that only marks a rise or fall ("+", "↑")
const MARK_CELL = /^[+↑↓]$/;
const NUMBER_CELL = /^[+-]?\d[\d,]*(\.\d+)?%?$/;
const EMPTY_CELL = /^(-|—|–|\/|无|\*)$/;
const YEAR_CELL = /^(\d{4})年?度?$/;
const YEAR_BEFORE_LABEL = /^(\d{4})\s*年?度?(?=\p{Script=Han})/u;
const UNIT_IN_LABEL = /\(万?(件|人|人次|批次|批|件次|%|个|项|次|名)\)$/;
// "人民调解矛盾纠纷(万件) | 2.31 | 2.46 | 2.58": a column or row counted in ten thousands
const TEN_THOUSANDS = /\(万(件|人|人次|批次|批|件次|个|项|次|名)\)$/;
const CAPTION_UNIT = /单位[:]?\s*(件|人|人次|批次|批|件次|%|个|项|次|名)/;

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
  // a label spaced out to align the column ("项　　目", "指　标"): one cell
  let spaced = 0;
  while (sep.source === "\\s+" && spaced < out.length && /^\p{Script=Han}$/u.test(out[spaced]!.text)) spaced++;
  if (spaced >= 2) out.splice(0, spaced, { text: out.slice(0, spaced).map((c) => c.text).join(""), at: out[0]!.at });
  // normalize joins a Han label to the digits after it ("全市 1356" → "全市1356", for PDFs' "2020 年"): split it again.
  const first = out[0];
  // (a year label too: "2023年1,312" from "2023年 1,312")
  const glued = sep.source === "\\s+" && out.length >= 2 && first ? first.text.match(/^(\d{4}年度?|[^\d]*\p{Script=Han})(\d[\d,]*(\.\d+)?%?)$/u) : null;
  if (glued && first) out.splice(0, 1, { text: glued[1], at: first.at }, { text: glued[2], at: first.at + glued[1].length });
  return out;
}

const isNumber = (t: string) => NUMBER_CELL.test(t);

/** A table's 序号 column names nothing: "| 序号 | 指标 | …" over "| 1 | 收到行政复议申请 | 件 | 78 |". */
function withoutRowNumber(cells: { text: string; at: number }[]): { text: string; at: number }[] {
  if (cells.length < 3) return cells;
  const first = cells[0]!.text;
  return /^(序号|编号|序)$/.test(first) || (/^\d{1,2}[.、]?$/.test(first) && isLabel(cells[1]!.text)) ? cells.slice(1) : cells;
}
const isLabel = (t: string) => !isNumber(t) && !EMPTY_CELL.test(t) && t.length <= 16 && /\p{Script=Han}/u.test(t);

function isHeader(cells: Line["cells"]): boolean {
  return cells.length >= 2 && cells.every((c) => isLabel(c.text) || YEAR_CELL.test(c.text));
}

const UNIT_ONLY = /^(件|人|%|批|人次|个|卷|宗|起|次|名|项|元|万元|件次|批次)$/;
// a change column's cell: "+2.3个百分点", "-8.8%"
const CHANGE_CELL = /^[+\-−]\d[\d,]*(\.\d+)?(%|个百分点)?$|^\d[\d,]*(\.\d+)?个百分点$/;

/** A row: labels (a field, a measure, a unit cell), then values, or "—", or a change cell. */
function isRow(cells: Line["cells"]): boolean {
  if (cells.length < 2 || !isLabel(cells[0].text)) return false;
  const first = cells.findIndex((c, k) => k > 0 && !isLabel(c.text) && !UNIT_ONLY.test(c.text));
  if (first < 0) return false;
  const values = cells.slice(first);
  return values.every((c) => isNumber(c.text) || EMPTY_CELL.test(c.text) || CHANGE_CELL.test(c.text) || MARK_CELL.test(c.text)) && values.some((c) => isNumber(c.text));
}

function unitOf(cell: string, column: string, row: string, caption: string): string {
  if (cell.endsWith("%")) return "%";
  const own = column.match(UNIT_IN_LABEL) ?? row.match(UNIT_IN_LABEL);
  if (own) return own[1];
  if (/率$/.test(column.replace(UNIT_IN_LABEL, "")) || /率$/.test(row.replace(UNIT_IN_LABEL, ""))) return "%";
  const cap = caption.match(CAPTION_UNIT);
  if (cap) return cap[1];
  // case counts: named in a label or the caption ("案件办理情况"), or a column of case-handling verbs
  if (/(案件|件数|纠纷|申请|建议|提案|信访事项|案数)/.test(row + column + caption) || /^(收到|新收|受理|审结|办结|结案|维持|驳回|撤销|变更|确认违法|责令履行|纠错|败诉)$/.test(column)) return "件";
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
    lines.push({ sentence: list[0], cells: withoutRowNumber(splitCells(list[0].text)) });
  }

  const out: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (!header || !isHeader(header.cells)) continue;
    const prev = lines[i - 1];
    const caption = prev && prev.sentence.text.length <= 60 && !isRow(prev.cells) ? prev.sentence.text : "";
    let j = i + 1;
    let topicalRow = "";
    const columnTopics = topicalColumns(header.cells.map((c) => c.text));
    for (; j < lines.length; j++) {
      const row = lines[j];
      if (!row || !isRow(row.cells)) break;
      // The header may or may not have a corner cell ("项目 收到 受理" over "行政复议 120 100").
      const offset = row.cells.length === header.cells.length ? 1 : row.cells.length === header.cells.length + 1 ? 0 : -1;
      if (offset < 0) break;
      // several label columns ("类别 | 指标 | 单位 | 2023年 | …"): the last label names the measure, the earlier ones its
      // field, a unit-only cell its unit
      const firstValue = row.cells.findIndex((c, k) => k > 0 && isNumber(c.text));
      const labels = row.cells.slice(0, firstValue > 0 ? firstValue : 1).map((c) => c.text);
      const unitCell = labels.slice(1).find((t) => UNIT_ONLY.test(t));
      const named = labels.filter((t, k) => k === 0 || !UNIT_ONLY.test(t));
      const rowLabel = named[named.length - 1]! + (unitCell ? `(${unitCell})` : "");
      const field = named.slice(0, -1).join(" ");
      if (topicMarks(field).length) topicalRow = field;
      else if (topicMarks(rowLabel).length) topicalRow = rowLabel;
      for (let k = 1; k < row.cells.length; k++) {
        const cell = row.cells[k];
        if (!isNumber(cell.text)) continue;
        const columnRaw = header.cells[k - 1 + offset].text;
        if (CHANGE_COLUMN.test(columnRaw) || RANK_COLUMN.test(columnRaw)) continue;
        const yearMatch = columnRaw.match(YEAR_CELL);
        const yearFirst = yearMatch ? null : columnRaw.match(YEAR_BEFORE_LABEL);
        const column = columnRaw.replace(UNIT_IN_LABEL, "").replace(YEAR_BEFORE_LABEL, "");
        // (toPrecision: 4.73 × 10000 is 47300.00000000001 in binary)
        const value = Number.parseFloat((Number(cell.text.replace(/[,%]/g, "")) * (TEN_THOUSANDS.test(columnRaw) || TEN_THOUSANDS.test(rowLabel) ? 10000 : 1)).toPrecision(15));
        if (!Number.isFinite(value)) continue;
        const start = row.sentence.start + cell.at;
        out.push({
          row: rowLabel.replace(UNIT_IN_LABEL, ""), column, caption, corner: offset === 1 ? header.cells[0]!.text : "",
          context: `${topicalRow} ${columnTopics[k - 1 + offset]}`,
          year: yearMatch ? Number(yearMatch[1]) : null,
          rowYear: yearMatch ? null : yearFirst ? Number(yearFirst[1]) : Number(rowLabel.trim().match(YEAR_CELL)?.[1] ?? NaN) || null,
          value, raw: cell.text, unit: unitOf(cell.text, columnRaw, rowLabel, caption),
          tableStart: header.sentence.start, start, end: start + cell.text.length,
          evidence: row.sentence.text,
        });
      }
    }
    i = j - 1;
  }
  return out;
}

// ── grids flattened to one cell per line ──
// Some pages print a table as one cell per line: the header cells first ("项目", "2023年", "2022年", "增减幅度"), then
// each row's cells in the same order ("收到申请(件)", "1,486", "1,203", "23.5%"), sometimes behind a row number.
const CELL_LINE_MAX = 20;
const ROW_NUMBER = /^\d{1,2}$/;

// (a comma only as a thousands separator: NFKC made the prose's ， a comma too)
const isCellLine = (s: Sentence) => s.text.length <= CELL_LINE_MAX && !/[。;!?,，、:：]/.test(s.text.replace(/(?<=\d),(?=\d{3})/g, ""));
// (a unit column, "件" or "%", and a target's bound, "≤15", sit among the values of a row too)
const isValueCell = (t: string) => isNumber(t) || EMPTY_CELL.test(t) || MARK_CELL.test(t) || UNIT_ONLY.test(t) || BOUND_CELL.test(t);
const BOUND_CELL = /^[≤≥<>＜＞]=?\s*\d[\d.]*%?$/;
// a column of targets ("2021年目标"): what was to be reached, not what was
const TARGET_COLUMN = /目标|计划数|预期/;

/**
 * The cells of grids printed one cell per line. The header is the first h cells and the rest fall into rows of h
 * cells, each row a label (after an optional row number) and values; the h that explains the most rows wins.
 */
export function verticalCells(sentences: Sentence[]): TableCell[] {
  const out: TableCell[] = [];
  // runs of one-sentence paragraphs that look like cells
  let run: Sentence[] = [];
  const flush = (caption: string) => {
    if (run.length >= 6) out.push(...gridOf(run, caption));
    run = [];
  };
  let caption = "";
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const alone = (i === 0 || sentences[i - 1]!.paragraph !== s.paragraph) && (i + 1 === sentences.length || sentences[i + 1]!.paragraph !== s.paragraph);
    if (alone && isCellLine(s) && (!run.length || s.paragraph === run[run.length - 1]!.paragraph + 1)) {
      if (!run.length) caption = i > 0 && sentences[i - 1]!.text.length <= 60 ? sentences[i - 1]!.text : "";
      run.push(s);
      continue;
    }
    flush(caption);
    if (alone && isCellLine(s)) {
      caption = i > 0 && sentences[i - 1]!.text.length <= 60 ? sentences[i - 1]!.text : "";
      run.push(s);
    }
  }
  flush(caption);
  return out;
}

function gridOf(whole: Sentence[], outerCaption: string): TableCell[] {
  // a caption line may open the run ("表2 全市行政应诉案件情况对比表"): try the grid from each of the first lines
  let best: { h: number; rows: number; skip: number } | null = null;
  for (let skip = 0; skip <= 2; skip++) {
    const found = gridShape(whole.slice(skip));
    if (found && (!best || found.rows * found.h > best.rows * best.h)) best = { ...found, skip };
  }
  if (!best) return [];
  const run = whole.slice(best.skip);
  const caption = best.skip ? whole.slice(0, best.skip).map((s) => s.text).join(" ") : outerCaption;
  return gridCells(run, best.h, best.rows, caption);
}

function gridShape(run: Sentence[]): { h: number; rows: number } | null {
  let best: { h: number; rows: number } | null = null;
  for (let h = 2; h <= 8 && h < run.length; h++) {
    const header = run.slice(0, h).map((s) => s.text);
    // a header names columns: no plain numbers (a year is a label), and at least one column of values
    if (header.some((t) => isNumber(t) && !YEAR_CELL.test(t))) break;
    let rows = 0;
    for (let r = h; r + h <= run.length; r += h) {
      const cells = run.slice(r, r + h).map((s) => s.text);
      const lead = ROW_NUMBER.test(cells[0]!) ? 1 : 0;
      if (!isLabel(cells[lead]!) || !cells.slice(lead + 1).every(isValueCell) || !cells.slice(lead + 1).some(isNumber)) break;
      rows++;
    }
    if (rows >= 2 && (!best || rows * h > best.rows * best.h)) best = { h, rows };
  }
  return best;
}

function gridCells(run: Sentence[], h: number, rows: number, caption: string): TableCell[] {
  const header = run.slice(0, h).map((s) => s.text);
  const out: TableCell[] = [];
  let topicalRow = "";
  const columnTopics = topicalColumns(header);
  for (let r = 0; r < rows; r++) {
    const cells = run.slice(h + r * h, h + (r + 1) * h);
    const lead = ROW_NUMBER.test(cells[0]!.text) ? 1 : 0;
    const label = cells[lead]!;
    if (topicMarks(label.text).length) topicalRow = label.text;
    for (let k = lead + 1; k < h; k++) {
      const cell = cells[k]!;
      const columnRaw = header[k]!;
      if (!isNumber(cell.text) || CHANGE_COLUMN.test(columnRaw) || RANK_COLUMN.test(columnRaw) || TARGET_COLUMN.test(columnRaw)) continue;
      const value = Number(cell.text.replace(/[,%]/g, ""));
      if (!Number.isFinite(value)) continue;
      // ("2021年完成": a year heading a column label)
      const yearMatch = columnRaw.match(YEAR_CELL) ?? columnRaw.match(YEAR_BEFORE_LABEL);
      const unitCell = cells.slice(lead + 1).find((c) => UNIT_ONLY.test(c.text))?.text;
      out.push({
        row: label.text.replace(UNIT_IN_LABEL, ""), column: columnRaw.replace(UNIT_IN_LABEL, "").replace(YEAR_BEFORE_LABEL, ""), caption, corner: header[0]!,
        context: `${topicalRow} ${columnTopics[k]}`,
        year: yearMatch ? Number(yearMatch[1]) : null, rowYear: null,
        value, raw: cell.text, unit: unitOf(cell.text, columnRaw, unitCell ? `${label.text}(${unitCell})` : label.text, caption),
        tableStart: run[0]!.start, start: cell.start, end: cell.start + cell.text.length,
        // the row's lines from its label to this value: a span of the text as it stands
        evidence: cells.slice(lead, k + 1).map((c) => c.text).join("\n"),
      });
    }
  }
  return out;
}
