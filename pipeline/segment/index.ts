// Stage 4: sections → sentences → clauses, all as [start, end) offsets into the normalized text, so every
// extracted number can point back at the exact words around it.

export type SectionKind = "body" | "problems" | "plans" | "closing";

export interface Section {
  start: number;
  end: number;
  heading: string;
  kind: SectionKind;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) it belongs to; topics carry over between sentences of one paragraph only. */
  paragraph: number;
  section: Section;
}

export interface Segmented {
  sections: Section[];
  sentences: Sentence[];
}

// Top-level headings: "一、…", "三、2024年工作安排", "四、下一步工作打算".
const TOP_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]\s*(.{0,40})/;
// Sections whose numbers are targets or problem statements, never observations of the report year.
const PLANS = /(\d{4}年(工作)?目标|(工作|主要|预期)目标|工作安排|主要安排|重点安排|工作计划|工作规划|工作打算|工作思路|工作重点|下一步|下步|下一年|明年|努力方向|工作设想|打算|展望)/;
const PROBLEMS = /(存在的?(主要)?问题|存在的?不足|问题和不足|不足之处|短板|差距)/;

// "附表：宝坻区2023年法治政府建设主要数据" after the plan section: the appendix is the year's figures again
const APPENDIX = /^(附表|附件|附录)\s*\d*\s*([:：]|$)|^附[:：]/;

function kindOf(heading: string): SectionKind {
  if (PLANS.test(heading)) return "plans";
  if (PROBLEMS.test(heading)) return "problems";
  return "body";
}

export function segment(text: string): Segmented {
  const sections: Section[] = [];
  let current: Section = { start: 0, end: text.length, heading: "", kind: "body" };
  sections.push(current);
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const m = line.length <= 60 ? line.match(TOP_HEADING) ?? line.match(APPENDIX) : null;
    if (m) {
      current.end = lineStart;
      current = { start: lineStart, end: text.length, heading: line, kind: kindOf(line) };
      sections.push(current);
    } else if (/^特此报告|^此件公开发布|^\(此件/.test(line) && current.kind === "body") {
      current.end = lineStart;
      current = { start: lineStart, end: text.length, heading: line, kind: "closing" };
      sections.push(current);
    }
    // Sentences end at 。!?; and at the line's end. Keep the terminator inside the sentence.
    const re = /[^。!?;！？；]+[。!?;！？；]*/g;
    let s: RegExpExecArray | null;
    while ((s = re.exec(line))) {
      const raw = s[0];
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (!t) continue;
      const start = lineStart + s.index + lead;
      sentences.push({ start, end: start + t.length, text: t, paragraph, section: current });
    }
    paragraph++;
  }
  return { sections: sections.filter((s) => s.end > s.start || s.heading), sentences };
}

/** Clause boundaries inside a sentence: the offsets (relative to the sentence) where clauses start. */
export const CLAUSE_BREAK = /[,，;；:：、]/;

/** The clause of `sentence` that contains relative position `pos`: [start, end) relative to the sentence. */
export function clauseAt(sentence: string, pos: number, breaks: RegExp = CLAUSE_BREAK): [number, number] {
  let a = pos;
  while (a > 0 && !breaks.test(sentence[a - 1])) a--;
  let b = pos;
  while (b < sentence.length && !breaks.test(sentence[b]) && !/[。!?]/.test(sentence[b])) b++;
  return [a, b];
}
