// What a sentence is about. Generic verbs (受理, 审结, 撤销) are read through the topic in force at the number:
// the nearest topic word before it in the sentence, else the first one after it, else the previous sentence's.
import type { Topic } from "../catalog/types.ts";

const TOPIC_WORDS: [Topic, string[]][] = [
  ["recon", ["行政复议", "复议"]],
  // ("经复议后起诉的案件58件" is about lawsuits: what follows is not the reconsideration docket)
  ["litig", ["行政应诉", "行政诉讼", "行政起诉", "应诉", "诉讼案件", "被诉", "为被告", "出庭", "复议后起诉", "复议后被诉", "复议后诉讼", "复议后败诉", "原告"]],
  ["court", ["人民法院", "两级法院", "法院", "审判机关", "行政审判", "诉前调解", "诉调对接", "诉前"]],
  ["labor", ["劳动人事争议", "劳动争议", "劳动仲裁", "劳动保障监察", "仲裁"]],
  ["petition", ["信访", "来信来访", "来访", "上访", "访民"]],
  ["mediation", ["人民调解", "调解组织", "调委会", "调解委员会", "调解案件", "矛盾纠纷", "纠纷", "调处"]],
  ["legal_adviser", ["法律顾问", "公职律师", "律师"]],
  ["legal_aid", ["法律援助"]],
  ["npc", ["人大代表", "人大建议", "代表建议", "人大议案", "代表议案"]],
  ["cppcc", ["政协"]],
  ["normative", ["规范性文件"]],
  ["disclosure", ["依申请公开", "信息公开"]],
  ["enforce", ["行政执法", "执法", "行政处罚", "行政检查"]],
  ["audit", ["审计"]],
  ["service", ["政务服务", "行政许可", "行政审批"]],
];

const WORD_TOPIC = new Map<string, Topic>();
for (const [t, words] of TOPIC_WORDS) for (const w of words) WORD_TOPIC.set(w, t);
const TOPIC_RE = new RegExp([...WORD_TOPIC.keys()].sort((a, b) => b.length - a.length).join("|"), "g");

const DELEGATED = /^(委派|委托|移交|转交|引导|分流)/;

export interface TopicMark {
  pos: number;
  topic: Topic;
  word: string;
}

/** Topic words in a sentence, leftmost-longest, in order. "府院联动" is not 法院; "法院" inside "人民法院" counts once. */
export function topicMarks(sentence: string): TopicMark[] {
  const out: TopicMark[] = [];
  // an exec loop: matchAll clones the regex on every call, which cost more than the matching itself
  TOPIC_RE.lastIndex = 0;
  for (let m = TOPIC_RE.exec(sentence); m; m = TOPIC_RE.exec(sentence)) {
    // "办复议案2件" is 办复 (answered) + 议案 (motions), not 复议
    if (m[0] === "复议" && sentence[m.index - 1] === "办" && sentence[m.index + 2] === "案") continue;
    // "诉前调委会共受理法院委派案件1102件": the court hands the cases on; the mediators' are counted
    if (m[0].endsWith("法院") && DELEGATED.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    out.push({ pos: m.index, topic: WORD_TOPIC.get(m[0])!, word: m[0] });
  }
  return out;
}

/**
 * The topic in force at `pos`: the nearest topic word before it; else one after it in the same clause (before
 * `clauseEnd`); else the topic carried from the sentences before; else any topic word later in the sentence.
 * "一审已审结88件,其中法院判决…" stays with the 行政应诉 of the sentence before, not the 法院 of the next clause.
 */
export function topicAt(marks: TopicMark[], pos: number, carried: Topic | null, clauseEnd = Infinity): Topic | null {
  let before: TopicMark | undefined;
  for (const m of marks) if (m.pos + m.word.length <= pos) before = m;
  if (before) return before.topic;
  const after = marks.find((m) => m.pos >= pos);
  if (after && after.pos < clauseEnd) return after.topic;
  return carried ?? after?.topic ?? null;
}

/** The topic a sentence hands on to the next sentence of its paragraph. */
export function lastTopic(marks: TopicMark[], carried: Topic | null): Topic | null {
  return marks.length ? marks[marks.length - 1].topic : carried;
}
