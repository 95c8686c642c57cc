import type { Scope } from "../schema.ts";

/** What a stretch of text is about; generic verbs (受理, 审结, 撤销) only mean something inside a topic. */
export type Topic =
  | "recon" | "litig" | "court" | "mediation" | "petition" | "labor" | "legal_adviser" | "npc" | "cppcc"
  | "normative" | "disclosure" | "enforce" | "legal_aid" | "audit" | "service";

export type Area = "recon" | "litig" | "dispute" | "enforce" | "rules" | "oversight" | "service" | "study";

export const AREAS: Record<Area, string> = {
  recon: "行政复议",
  litig: "行政应诉",
  dispute: "矛盾纠纷化解",
  enforce: "行政执法",
  rules: "制度建设与决策",
  oversight: "监督与公开",
  service: "政务服务",
  study: "学法普法与组织",
};

/**
 * One way an indicator is stated. The text around a number is split into the lead (from the clause start, or the
 * previous number, up to the number) and the trail (after the number's unit up to the clause end).
 */
export interface Rule {
  /** Must match the lead; anchor with $ so the cue sits right before the number. */
  lead?: RegExp;
  /** Must match the trail; anchor with ^ ("1681名行政执法人员"). */
  trail?: RegExp;
  /** Units the number must carry. */
  units: readonly string[];
  /** The topic in force at the number must be one of these (omit when the cue names its own subject). */
  topics?: readonly Topic[];
  /** The topic in force must not be one of these. */
  notTopics?: readonly Topic[];
  /** Vetoes when it matches the lead. */
  not?: RegExp;
  /** Must match the clause the number stands in (from the last comma), for cues that sit before a list. */
  clause?: RegExp;
  /** Vetoes when it matches that clause ("县委书记、县长接待来访42批次、130人次": the veto covers the whole list). */
  notClause?: RegExp;
  /** Vetoes when it matches the sentence text before the number. */
  notBefore?: RegExp;
  /** Required to match the sentence text before the number (the passage a bare verb belongs to). */
  before?: RegExp;
  /** Higher runs first; rules of equal priority run in catalog order. */
  priority?: number;
  /** Scope forced by this wording regardless of context markers. */
  scope?: Scope;
}

/** A statement with no digits that still fixes a value: 无败诉 → 0. */
export interface ZeroRule {
  pattern: RegExp;
  value: number;
  topics?: readonly Topic[];
}

export interface Indicator {
  id: string;
  area: Area;
  name_zh: string;
  name_en: string;
  unit: string;
  kind: "count" | "rate" | "money" | "ratio";
  definition: string;
  /** Ids combined, for derived indicators: "recon_corrected / recon_concluded * 100". */
  formula?: string;
  higher_is_better: boolean | null;
  tracked?: boolean;
  rules: Rule[];
  zero?: ZeroRule[];
}
