// One synthetic report: text plus the gold record of every tracked-indicator mention the generator wrote.
// Phrasing follows the families of shared/notes/domain.md §4, numbers the styles of §5, traps §6; ids, scopes,
// periods and qualifiers follow shared/CONTRACT.md.
import { CHAMBERS, FILLER, PLANS, PROBLEMS, STREETS, THEMES, type ThemeKey } from "./filler.ts";
import type { SynthUnit } from "./gazetteer.ts";
import type { Rng } from "./prng.ts";

export type Qualifier = "exact" | "approx" | "at_least" | "more_than" | "at_most" | "less_than";
export type Period = "full_year" | "partial" | "cumulative" | "prior_year";
export type Scope = "jurisdiction" | "government_level" | "higher_level" | "sub_entity" | "subcategory" | "as_respondent";

export interface GoldMention {
  indicator: string;
  value: number;
  qualifier?: Qualifier;
  period?: Period;
  scope?: Scope;
  required?: boolean;
  tolerance?: number;
  note?: string;
}

export interface GoldDoc {
  file: string;
  format: "txt" | "html";
  encoding: "utf-8" | "gbk";
  jurisdiction: { code: string; name: string; level: string; province: string; parent?: string };
  report_year: number;
  published_on: string;
  mentions: GoldMention[];
  headline: GoldMention[];
  derived: (GoldMention & { why: string })[];
  must_not: { indicator: string; value: number; why: string }[];
}

export const TRACKED = [
  "recon_received", "recon_accepted", "recon_handled", "recon_concluded", "recon_upheld", "recon_rejected", "recon_revoked",
  "recon_altered", "recon_confirmed_illegal", "recon_ordered_to_perform", "recon_settled", "recon_corrected",
  "recon_correction_rate", "recon_settlement_rate", "recon_on_time_rate", "recon_as_respondent", "litig_cases",
  "litig_concluded", "litig_lost", "litig_loss_rate", "litig_head_appearance_rate", "mediation_cases", "mediation_succeeded",
  "mediation_success_rate", "petition_batches", "petition_persons", "enforce_officers", "npc_suggestions", "cppcc_proposals",
] as const;

const CN_MONTH = ["", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];

/** Collects sentences per subsection and the gold facts that go with them. */
class Builder {
  mentions: GoldMention[] = [];
  mustNot: GoldDoc["must_not"] = [];
  derived: GoldDoc["derived"] = [];
  constructor(
    readonly rng: Rng,
    readonly u: SynthUnit,
    readonly year: number,
    readonly p: Punct,
  ) {}
  m(indicator: string, value: number, extra: Omit<GoldMention, "indicator" | "value"> = {}): void {
    const x: GoldMention = { indicator, value };
    for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "exact" && v !== "full_year" && v !== "jurisdiction") (x as any)[k] = v;
    this.mentions.push(x);
  }
  trap(indicator: string, value: number, why: string): void {
    this.mustNot.push({ indicator, value, why });
  }
  derive(indicator: string, num: number, den: number, why: string): void {
    if (den > 0) this.derived.push({ indicator, value: round1((100 * num) / den), tolerance: 0.1, why });
  }
}

interface Punct { c: string; s: string; l: string; r: string; colon: string }
const FULLWIDTH: Punct = { c: "，", s: "；", l: "（", r: "）", colon: "：" };
const ASCIIISH: Punct = { c: ",", s: ";", l: "(", r: ")", colon: ":" };

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A rate as written: one decimal usually, sometimes two or none. Returns the text and the value it denotes. */
function rate(rng: Rng, x: number): { t: string; v: number } {
  const r = rng();
  if (x >= 99.995 || r < 0.15) {
    const v = Math.round(x);
    return { t: `${v}%`, v };
  }
  if (r < 0.3) {
    const v = Math.round(x * 100) / 100;
    return { t: `${v.toFixed(2)}%`, v };
  }
  const v = round1(x);
  return { t: `${v.toFixed(1)}%`, v };
}

/** A count as written, with the approximators of domain.md §5. */
function count(rng: Rng, n: number, unit: string, allowApprox = true): { t: string; v: number; q: Qualifier } {
  if (allowApprox && n >= 10000 && rng.chance(0.3)) {
    const v = Math.floor(n / 1000) * 1000;
    const wan = v / 10000;
    return rng.chance(0.6) ? { t: `${wan}万余${unit}`, v, q: "approx" } : { t: `${wan}万${unit}`, v, q: "exact" };
  }
  if (allowApprox && n >= 200 && rng.chance(0.12)) {
    const step = n >= 2000 ? 100 : 10;
    const v = Math.floor(n / step) * step;
    const r = rng();
    if (r < 0.5) return { t: `${v}余${unit}`, v, q: "approx" };
    if (r < 0.7) return { t: `${v}多${unit}`, v, q: "approx" };
    if (r < 0.85) return { t: `超过${v}${unit}`, v, q: "more_than" };
    const up = v + step;
    return { t: `近${up}${unit}`, v: up, q: "approx" };
  }
  if (n >= 10000 && rng.chance(0.1)) return { t: `${n.toLocaleString("en-US")}${unit}`, v: n, q: "exact" };
  return { t: `${n}${unit}`, v: n, q: "exact" };
}

function scale(u: SynthUnit): number {
  return u.level === "province" ? 30 : u.level === "prefecture" ? 5 : 1;
}

function between(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

function partition(rng: Rng, total: number, weights: number[]): number[] {
  const w = weights.map((x) => x * (0.3 + rng()));
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((total * x) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i]!++;
  return parts;
}

// ------------------------------------------------------------------ families

function recon(b: Builder, out: string[]): void {
  const { rng, u, year, p } = b;
  const S = u.self;
  const f = scale(u);
  const R = Math.max(8, Math.round(between(rng, 15, 400) * f));
  const A = Math.round(R * between(rng, 0.75, 0.98));
  const C = Math.max(1, Math.round(A * between(rng, 0.85, 1.04)));
  const [upheld, rejected, revoked, altered, illegal, perform, settled, terminated] = partition(rng, C, [30, 25, 9, 1, 6, 3, 15, 6]);
  const corrected = revoked! + altered! + illegal! + perform!;
  const form = rng.int(0, 3);
  let sentence = "";
  let statedConcluded = true;
  const prior = form !== 2 && rng.chance(0.25) ? Math.max(5, Math.round(R * between(rng, 0.7, 1.3))) : null;
  const priorText = prior !== null && prior !== R ? `${p.l}${year - 1}年为${prior}件${p.r}` : "";
  if (priorText) b.m("recon_received", prior!, { period: "prior_year", required: false, note: "prior-year comparison" });
  const yoy = rng.chance(0.25) ? rng.int(3, 35) : null;
  const yoyText = yoy !== null ? `${p.c}同比${rng.pick(["增长", "上升", "下降"])}${yoy}%` : "";
  if (yoy !== null) b.trap(form === 2 ? "recon_handled" : "recon_received", yoy, "year-on-year change in percent");
  if (form === 0) {
    const r = count(rng, R, "件");
    b.m("recon_received", r.v, { qualifier: r.q });
    b.m("recon_accepted", A);
    b.m("recon_concluded", C);
    sentence = `${year}年${p.c}全${S}共收到行政复议申请${r.t}${priorText}${yoyText}${p.c}依法受理${A}件${p.c}审结${C}件`;
  } else if (form === 1) {
    b.m("recon_received", R);
    b.m("recon_accepted", A);
    b.m("recon_concluded", C);
    sentence = `全年新收行政复议案件${R}件${priorText}${p.c}其中受理${A}件${p.c}不予受理${R - A}件${yoyText}${p.s}审结${C}件${p.l}含上年结转${p.r}`;
  } else if (form === 2) {
    const H = R + rng.int(0, 20);
    b.m("recon_handled", H);
    b.m("recon_concluded", C);
    sentence = `${rng.pick(["全年", `${year}年`])}共办理行政复议案件${H}件${yoyText}${p.c}办结${C}件`;
  } else {
    b.m("recon_received", R);
    b.m("recon_accepted", A);
    statedConcluded = false;
    sentence = `${S === "省" ? "全省各级" : "各级"}行政复议机构共接收行政复议申请${R}件${priorText}${yoyText}${p.c}经审查受理${A}件`;
  }
  if (u.level !== "county" && rng.chance(0.25) && form !== 2) {
    const g = Math.max(1, Math.round(A * between(rng, 0.08, 0.3)));
    b.m("recon_accepted", g, { scope: "government_level", required: false, note: "the government's own docket" });
    sentence += `${p.c}其中${S}政府本级受理${g}件`;
  }
  out.push(sentence + "。");

  if (rng.chance(0.7) || !statedConcluded) {
    const items: string[] = [];
    const add = (id: string, v: number, words: string[]) => {
      if (v <= 0) return;
      b.m(id, v);
      items.push(`${rng.pick(words)}${v}件`);
    };
    add("recon_upheld", upheld!, ["维持"]);
    add("recon_rejected", rejected!, ["驳回", "驳回申请"]);
    add("recon_revoked", revoked!, ["撤销"]);
    add("recon_altered", altered!, ["变更"]);
    add("recon_confirmed_illegal", illegal!, ["确认违法"]);
    add("recon_ordered_to_perform", perform!, ["责令履行"]);
    add("recon_settled", settled!, ["调解和解结案", "和解终止", "通过调解、和解方式结案"]);
    if (terminated! > 0) items.push(`其他方式终止${terminated}件`);
    rng.shuffle(items);
    if (statedConcluded) out.push(`在审结的案件中${p.c}${items.join("、")}。`);
    else {
      b.m("recon_concluded", C);
      out.push(`审结${C}件${p.c}其中${items.join(p.c)}。`);
    }
  }
  const meetings = rng.chance(0.3) ? rng.int(2, 24) : null;
  if (meetings !== null) {
    out.push(`召开行政复议案件审议会${meetings}次${p.c}对重大疑难案件集体研究。`);
    b.trap("recon_concluded", meetings, "case-review meetings held");
    b.trap("recon_handled", meetings, "case-review meetings held");
  }
  const sentences: string[] = [];
  const corr = rate(rng, (100 * corrected) / C);
  const mode = rng.int(0, 3);
  if (mode === 0) {
    b.m("recon_corrected", corrected);
    b.m("recon_correction_rate", corr.v);
    sentences.push(`${rng.pick(["直接纠错", "作出纠错决定", "纠正违法或不当行政行为"])}${corrected}件${p.c}${rng.pick(["纠错率", "直接纠错率"])}${rng.pick(["", "为", "达"])}${corr.t}`);
  } else if (mode === 1) {
    b.m("recon_correction_rate", corr.v);
    const pp = rng.int(1, 9);
    sentences.push(`行政复议纠错率为${corr.t}${p.c}同比${rng.pick(["提高", "下降"])}${pp}个百分点`);
    if (pp !== corr.v) b.trap("recon_correction_rate", pp, "change in percentage points, not the rate");
  } else if (mode === 2) {
    b.m("recon_corrected", corrected);
    sentences.push(`直接纠正违法或不当行政行为${corrected}件`);
    b.derive("recon_correction_rate", corrected, C, `${corrected} corrected of ${C} concluded`);
  }
  if (rng.chance(0.4) && settled! > 0) {
    const sr = rate(rng, (100 * settled!) / C);
    b.m("recon_settlement_rate", sr.v);
    sentences.push(`调解和解结案率${rng.pick(["", "达到", "为"])}${sr.t}`);
  }
  if (rng.chance(0.5)) {
    const ot = rng.chance(0.7) ? { t: "100%", v: 100 } : rate(rng, between(rng, 92, 99.9));
    b.m("recon_on_time_rate", ot.v);
    sentences.push(`法定期限内结案率${rng.pick(["", "达", "为"])}${ot.t}`);
  }
  if (sentences.length) out.push(sentences.join(p.c) + "。");
  if (rng.chance(0.3)) {
    const n = Math.max(1, Math.round(between(rng, 1, 12) * (u.level === "province" ? 3 : 1)));
    b.m("recon_as_respondent", n);
    out.push(`${S}政府作为被申请人的行政复议案件${n}件${p.c}均依法按时提交答复。`);
  }
}

function litig(b: Builder, out: string[]): void {
  const { rng, u, year, p } = b;
  const S = u.self;
  const f = scale(u);
  const n = Math.max(3, Math.round(between(rng, 10, 220) * f));
  const c = Math.max(1, Math.round(n * between(rng, 0.7, 1)));
  const lost = rng.chance(0.2) ? 0 : Math.round(c * between(rng, 0, 0.12));
  const lr = rate(rng, (100 * lost) / c);
  const unit = rng.pick(["件", "件", "起", "宗"]);
  const prior = rng.chance(0.2) ? Math.max(2, Math.round(n * between(rng, 0.7, 1.3))) : null;
  const priorText = prior !== null && prior !== n ? `${p.l}${year - 1}年为${prior}${unit}${p.r}` : "";
  if (priorText) b.m("litig_cases", prior!, { period: "prior_year", required: false, note: "prior-year comparison" });
  const form = rng.int(0, 2);
  if (form === 0) {
    b.m("litig_cases", n);
    b.m("litig_concluded", c);
    b.m("litig_lost", lost);
    b.m("litig_loss_rate", lr.v);
    out.push(`全年办理行政应诉案件${n}${unit}${priorText}${p.c}审结${c}${unit}${p.c}其中败诉${lost}${unit}${p.c}败诉率${lr.t}。`);
  } else if (form === 1) {
    b.m("litig_cases", n);
    b.m("litig_concluded", c);
    if (lost === 0 && rng.chance(0.5)) {
      b.m("litig_lost", 0, { note: "零败诉" });
      out.push(`全${S}共发生一审行政诉讼案件${n}${unit}${priorText}${p.c}已审结${c}${unit}${p.c}实现行政机关零败诉。`);
    } else {
      b.m("litig_lost", lost);
      out.push(`全${S}共发生一审行政诉讼案件${n}${unit}${priorText}${p.c}已审结${c}${unit}${p.c}行政机关败诉${lost}${unit}。`);
    }
  } else {
    b.m("litig_cases", n);
    b.m("litig_concluded", c);
    out.push(`${rng.pick(["各级行政机关", "全" + S + "各级行政机关"])}应诉行政诉讼案件${n}${unit}${priorText}${p.c}审结${c}${unit}。`);
    if (rng.chance(0.5)) {
      b.m("litig_loss_rate", lr.v);
      const pp = rng.int(1, 6);
      out.push(`行政诉讼败诉率为${lr.t}${p.c}较上年下降${pp}个百分点。`);
      if (pp !== lr.v) b.trap("litig_loss_rate", pp, "change in percentage points");
    }
  }
  if (u.level !== "county" && rng.chance(0.2)) {
    const g = Math.max(1, Math.round(n * between(rng, 0.05, 0.2)));
    b.m("litig_cases", g, { scope: "government_level", required: false, note: "cases with the government itself as defendant" });
    out.push(`其中以${S}政府为被告的行政诉讼案件${g}${unit}。`);
  }
  const r = rng();
  if (r < 0.5) {
    const hr = rng.chance(0.4) ? { t: "100%", v: 100 } : rate(rng, between(rng, 82, 99.9));
    b.m("litig_head_appearance_rate", hr.v);
    out.push(`行政机关负责人出庭应诉率${rng.pick(["达", "达到", "实现", "保持", "为"])}${hr.t}。`);
  } else if (r < 0.65) {
    const r1 = rate(rng, between(rng, 40, 80));
    const m2 = rng.int(4, 7);
    const r2 = rng.chance(0.5) ? { t: "100%", v: 100 } : rate(rng, between(rng, 85, 99.5));
    b.m("litig_head_appearance_rate", r1.v, { period: "partial", note: "first quarter only" });
    b.m("litig_head_appearance_rate", r2.v, { period: "partial", note: `${m2} to 12 (months) only` });
    out.push(`一季度行政机关负责人出庭应诉率为${r1.t}${p.c}通过建立通报约谈机制${p.c}${CN_MONTH[m2]}月至12月出庭应诉率达到${r2.t}。`);
  } else if (r < 0.75) {
    const r1 = rate(rng, between(rng, 50, 85));
    const r2 = rate(rng, between(rng, 86, 99.5));
    b.m("litig_head_appearance_rate", r1.v, { period: "partial", note: "first half only" });
    b.m("litig_head_appearance_rate", r2.v);
    out.push(`上半年行政机关负责人出庭应诉率为${r1.t}${p.c}全年出庭应诉率提高到${r2.t}。`);
  }
  if (rng.chance(0.3)) {
    const k = rng.int(2, 12);
    out.push(`召开府院联席会议${k}次${p.c}通报行政审判白皮书有关情况。`);
    b.trap("litig_cases", k, "court-government meetings held");
  }
}

function mediation(b: Builder, out: string[]): void {
  const { rng, u, p } = b;
  const S = u.self;
  const f = scale(u);
  const M = Math.max(50, Math.round(between(rng, 400, 8000) * f));
  const Sx = Math.round(M * between(rng, 0.9, 0.995));
  const rr = rate(rng, (100 * Sx) / M);
  const form = rng.int(0, 3);
  if (form === 0) {
    const mc = count(rng, M, "件");
    b.m("mediation_cases", mc.v, { qualifier: mc.q });
    b.m("mediation_succeeded", Sx);
    b.m("mediation_success_rate", rr.v);
    out.push(`全年共调解矛盾纠纷${mc.t}${p.c}调解成功${Sx}件${p.c}调解成功率${rr.t}。`);
  } else if (form === 1) {
    b.m("mediation_cases", M);
    b.m("mediation_succeeded", Sx);
    b.m("mediation_success_rate", rr.v);
    out.push(`全${S}各级人民调解组织共受理调解纠纷${M}件${p.c}成功调解${Sx}件${p.c}调解成功率达${rr.t}。`);
  } else if (form === 2) {
    b.m("mediation_cases", M);
    b.m("mediation_succeeded", Sx);
    b.derive("mediation_success_rate", Sx, M, `${Sx} succeeded of ${M} mediated`);
    out.push(`人民调解组织调处各类矛盾纠纷${M}件${p.c}调处成功${Sx}件。`);
  } else {
    const mc = count(rng, M, "件");
    const floor = Math.floor(rr.v);
    b.m("mediation_cases", mc.v, { qualifier: mc.q });
    b.m("mediation_success_rate", floor, { qualifier: "at_least" });
    out.push(`人民调解组织排查调解矛盾纠纷${mc.t}${p.c}调解成功率${floor}%以上。`);
  }
  if (rng.chance(0.3)) {
    const k = Math.max(5, Math.round(M * between(rng, 0.03, 0.15)));
    const street = rng.pick(STREETS);
    b.m("mediation_cases", k, { scope: "sub_entity", required: false, note: `one street/town: ${street}` });
    out.push(`其中${street}人民调解委员会调解纠纷${k}件${p.c}走在全${S}前列。`);
  }
  if (rng.chance(0.2)) {
    const k = rng.int(3, 40);
    const k2 = k - rng.int(0, Math.min(3, k - 1));
    b.m("mediation_cases", k, { scope: "subcategory", required: false, note: "major difficult disputes" });
    b.m("mediation_succeeded", k2, { scope: "subcategory", required: false });
    out.push(`排查重大疑难纠纷${k}起${p.c}成功调处${k2}起。`);
  }
  if (rng.chance(0.1)) {
    const ch = rng.pick(CHAMBERS);
    const k = rng.int(3, 20) * 100;
    b.m("mediation_succeeded", k, { qualifier: "approx", scope: "sub_entity", period: "cumulative", required: false, note: "one committee since its founding" });
    out.push(`${ch}人民调解委员会成立至今${p.c}累计成功调解矛盾纠纷${k}余件。`);
  }
  if (rng.chance(0.4)) {
    const D = Math.round(M * between(rng, 1.1, 1.8));
    b.trap("mediation_cases", D, "disputes resolved through all channels (dispute_resolved)");
    out.push(`依托“大调解”工作体系${p.c}全${S}共化解各类矛盾纠纷${D}件。`);
  }
}

function petition(b: Builder, out: string[]): void {
  const { rng, u, p } = b;
  const f = scale(u);
  const B = Math.max(20, Math.round(between(rng, 100, 3000) * f));
  const P = Math.round(B * between(rng, 1.5, 4));
  const form = rng.int(0, 2);
  b.m("petition_batches", B);
  b.m("petition_persons", P);
  const phr = [`全年接待群众来访${B}批${P}人次`, `受理群众信访${B}批次、${P}人次`, `接待信访群众${B}批次${P}人次`][form]!;
  let s = phr;
  if (rng.chance(0.3)) {
    const x = rng.int(2, 30);
    const y = rng.int(2, 30);
    s += `${p.c}同比分别下降${x}%和${y}%`;
    b.trap("petition_batches", x, "year-on-year change");
    b.trap("petition_persons", y, "year-on-year change");
  }
  out.push(s + "。");
  if (rng.chance(0.3)) {
    const k = rng.int(2, 30);
    out.push(`召开信访工作联席会议${k}次${p.c}协调化解信访积案。`);
    b.trap("petition_batches", k, "joint meetings held");
  }
}

function enforce(b: Builder, out: string[]): void {
  const { rng, u, p } = b;
  const S = u.self;
  const f = scale(u);
  const N = Math.max(100, Math.round(between(rng, 300, 3000) * f));
  const form = rng.int(0, 2);
  const c = count(rng, N, form === 1 ? "名" : "人");
  b.m("enforce_officers", c.v, { qualifier: c.q });
  const main = [
    `目前全${S}共有持证行政执法人员${c.t}`,
    `全${S}共有${c.t}行政执法人员取得执法证件`,
    `${rng.pick(["全" + S, "我" + S])}持有行政执法证件的执法人员${c.t}`,
  ][form]!;
  const extra: string[] = [];
  if (rng.chance(0.4)) {
    const k = Math.max(10, Math.round(N * between(rng, 0.03, 0.15)));
    extra.push(`全年新增执法人员${k}人`);
    b.trap("enforce_officers", k, "officers newly added in the year, not the total");
  }
  if (rng.chance(0.4)) {
    const e = rng.int(3, 40);
    const t = Math.round(N * between(rng, 0.3, 1.5));
    extra.push(`组织执法人员培训${e}期${p.c}培训${t}人次`);
    b.trap("enforce_officers", t, "person-times trained");
  }
  rng.shuffle(extra);
  out.push([main, ...extra].join(p.c) + "。");
}

function npc(b: Builder, out: string[]): void {
  const { rng, u, p } = b;
  const S = u.self;
  const f = u.level === "province" ? 5 : u.level === "prefecture" ? 2 : 1;
  const a = Math.round(between(rng, 40, 320) * f);
  const c = Math.round(between(rng, 30, 280) * f);
  b.m("npc_suggestions", a);
  b.m("cppcc_proposals", c);
  out.push(
    rng.pick([
      `全年共办理人大代表建议${a}件、政协提案${c}件${p.c}办结率100%。`,
      `承办${S}人大代表建议${a}件${p.c}政协委员提案${c}件${p.c}均已按期办结。`,
      `共办理人大代表议案建议${a}件和政协提案${c}件${p.c}满意率和基本满意率均达100%。`,
    ]),
  );
}

// ------------------------------------------------------------------ the report

const FAMILIES: { fn: (b: Builder, out: string[]) => void; p: number; theme: ThemeKey }[] = [
  { fn: recon, p: 0.8, theme: "disputes" },
  { fn: litig, p: 0.75, theme: "disputes" },
  { fn: mediation, p: 0.75, theme: "disputes" },
  { fn: petition, p: 0.55, theme: "disputes" },
  { fn: enforce, p: 0.7, theme: "enforcement" },
  { fn: npc, p: 0.6, theme: "oversight" },
];

const NUMS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function sub(s: string, u: SynthUnit, p: Punct = FULLWIDTH): string {
  const t = s.replaceAll("{S}", u.self);
  return p === FULLWIDTH ? t : t.replaceAll("，", ",").replaceAll("；", ";").replaceAll("（", "(").replaceAll("）", ")").replaceAll("：", ":");
}

function guideline(year: number): string {
  return year <= 2020 ? "《法治政府建设实施纲要（2015—2020年）》" : "《法治政府建设实施纲要（2021—2025年）》";
}
function congress(year: number): string {
  return year >= 2022 ? "党的二十大" : year >= 2017 ? "党的十九大" : "党的十八届四中全会";
}

/** Draws filler sentences of one theme without repeating a sentence inside the document. */
class Deck {
  private left = new Map<ThemeKey, string[]>();
  constructor(private rng: Rng, private u: SynthUnit, private p: Punct) {}
  draw(theme: ThemeKey, min: number, max: number): string[] {
    if (!this.left.has(theme)) this.left.set(theme, this.rng.shuffle([...FILLER[theme]]));
    const left = this.left.get(theme)!;
    return left.splice(0, this.rng.int(min, max)).map((s) => sub(s, this.u, this.p));
  }
}

export interface Rendered {
  gold: Omit<GoldDoc, "file" | "format" | "encoding">;
  title: string;
  /** paragraphs, one per line, starting with the title */
  lines: string[];
}

export function generateReport(rng: Rng, u: SynthUnit, year: number): Rendered {
  const p = rng.chance(0.6) ? FULLWIDTH : ASCIIISH;
  const b = new Builder(rng, u, year, p);
  const S = u.self;
  const X = rng.chance(u.level === "county" ? 0.85 : 1) ? u.display : u.name;
  const joint = rng.chance(0.2);
  const partyName = u.level === "province" ? `中共${u.name}委员会` : `中共${X}委员会`;
  const title = rng.pick([`关于${year}年度${X}法治政府建设情况的报告`, `关于${X}${year}年度法治政府建设情况的报告`, `${X}${year}年法治政府建设年度报告`]);
  const lines: string[] = [title];
  if (joint) lines.push(`${partyName} ${X}人民政府`);
  lines.push(
    `${year}年${p.c}${X}坚持以习近平新时代中国特色社会主义思想为指导${p.c}深入贯彻${congress(year)}精神${p.c}认真落实${guideline(year)}${p.c}扎实推进法治政府建设各项工作${p.c}取得了积极成效。现将有关情况报告如下${p.colon}`,
  );
  lines.push(rng.pick([`一、${year}年度法治政府建设主要举措和成效`, `一、${year}年法治政府建设主要举措和成效`, "一、主要举措和成效"]));
  // pick 6–9 themes in the canonical order; disputes and enforcement always present
  const themes = THEMES.filter((t) => t.key === "disputes" || t.key === "enforcement" || rng.chance(0.75));
  const families = FAMILIES.filter((fam) => rng.chance(fam.p));
  const deck = new Deck(rng, u, p);
  themes.forEach((t, i) => {
    lines.push(`${p.l}${NUMS[i]}${p.r}${rng.pick(t.heads)}`);
    const body = deck.draw(t.key, 3, 6);
    const facts: string[] = [];
    for (const fam of families) if (fam.theme === t.key) fam.fn(b, facts);
    if (!facts.length) {
      lines.push(body.join(""));
      const more = deck.draw(t.key, 1, 4);
      if (more.length) lines.push(more.join(""));
      return;
    }
    // interleave: a paragraph of filler, then one of facts wrapped in filler, sometimes two fact paragraphs
    const half = Math.ceil(body.length / 2);
    lines.push(body.slice(0, half).join(""));
    if (facts.length > 4 && rng.chance(0.5)) {
      const cut = rng.int(2, facts.length - 2);
      lines.push(facts.slice(0, cut).join(""));
      lines.push(facts.slice(cut).join("") + body.slice(half).join(""));
    } else lines.push(facts.join("") + body.slice(half).join(""));
  });
  lines.push(rng.pick(["二、存在的问题", "二、存在的问题和不足", "二、存在的不足和原因"]));
  const probs = rng.shuffle([...PROBLEMS]).slice(0, rng.int(3, 5));
  lines.push(
    `${year}年${p.c}我${S}法治政府建设工作虽取得了一定成绩${p.c}但仍存在一些问题和不足${p.colon}` +
      probs.map((s, i) => `${NUMS[i]}是${sub(s, u, p)}`).join(p.s) + "。",
  );
  lines.push(rng.pick([`三、${year + 1}年工作安排`, `三、${year + 1}年工作打算`, `三、${year + 1}年工作计划`]));
  lines.push(`${year + 1}年${p.c}我${S}将继续以${year >= 2020 ? "习近平法治思想" : "习近平新时代中国特色社会主义思想"}为指导${p.c}紧紧围绕中心工作${p.c}全面提升法治政府建设水平${p.c}重点做好以下工作${p.colon}`);
  const plans = rng.shuffle([...PLANS]).slice(0, rng.int(3, 6));
  // targets: numbers that are not observations
  const targets: string[] = [];
  const has = (id: string, v: number) => b.mentions.some((m) => m.indicator === id && m.value === v);
  if (rng.chance(0.5)) {
    targets.push(`力争行政机关负责人出庭应诉率达到100%`);
    if (!has("litig_head_appearance_rate", 100)) b.trap("litig_head_appearance_rate", 100, "target in the plan section");
  }
  if (rng.chance(0.4)) {
    const t = rng.pick([95, 96, 97, 98]);
    targets.push(`确保人民调解成功率稳定在${t}%以上`);
    if (!has("mediation_success_rate", t)) b.trap("mediation_success_rate", t, "target in the plan section");
  }
  if (rng.chance(0.3)) {
    targets.push(`行政复议法定期限内结案率保持100%`);
    if (!has("recon_on_time_rate", 100)) b.trap("recon_on_time_rate", 100, "target in the plan section");
  }
  const planLines = plans.map((s, i) => `${p.l}${NUMS[i]}${p.r}${sub(s, u, p)}`);
  if (targets.length) {
    const k = rng.int(0, planLines.length - 1);
    planLines[k] = planLines[k]!.replace(/。$/, `${p.c}${targets.join(p.c)}。`);
  }
  lines.push(...planLines);
  const month = rng.int(1, 3);
  const day = rng.int(1, month === 2 ? 28 : 31);
  lines.push(joint ? `${partyName}\n${X}人民政府` : `${X}人民政府`);
  lines.push(`${year + 1}年${month}月${day}日`);

  // headline: the whole-jurisdiction value per indicator; full-year first, else the latest partial one
  const headline: GoldMention[] = [];
  const ids = [...new Set(b.mentions.map((m) => m.indicator))];
  for (const id of ids) {
    const own = b.mentions.filter((m) => m.indicator === id && !m.scope && m.period !== "prior_year" && m.period !== "cumulative");
    const full = own.filter((m) => !m.period);
    const pick = full[0] ?? own[own.length - 1];
    if (!pick) continue;
    const h: GoldMention = { indicator: id, value: pick.value };
    if (pick.qualifier) h.qualifier = pick.qualifier;
    if (pick.period) h.period = pick.period;
    headline.push(h);
  }
  // a trap number that happens to equal a real value of the same indicator is not a trap
  const mustNot = b.mustNot.filter(
    (t, i, all) => !b.mentions.some((m) => m.indicator === t.indicator && m.value === t.value) &&
      all.findIndex((x) => x.indicator === t.indicator && x.value === t.value) === i,
  );
  const j = { code: u.code, name: u.name, level: u.level, province: u.province, ...(u.parent ? { parent: u.parent } : {}) };
  return {
    title,
    lines: lines.flatMap((l) => l.split("\n")),
    gold: {
      jurisdiction: j,
      report_year: year,
      published_on: `${year + 1}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      mentions: b.mentions,
      headline,
      derived: b.derived,
      must_not: mustNot,
    },
  };
}
