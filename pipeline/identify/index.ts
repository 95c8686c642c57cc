// The identify stage: who issued the report, about which jurisdiction and which year, and when it was published.
import type { AdminLevel } from "../schema.ts";
import { bySelfWords, resolveJurisdiction, type JurisdictionHints, type JurisdictionResult } from "./jurisdiction.ts";
import { hostClue } from "./host.ts";
import { townshipVote } from "./places.ts";
import { resolveIssuer, resolveTitle, splitMetaTitle } from "./title.ts";
import { resolvePublishedOn, resolveReportYear } from "./year.ts";

export { loadGazetteer, type Gazetteer, type Unit } from "./gazetteer.ts";
export { resolveJurisdiction, type JurisdictionHints, type JurisdictionResult } from "./jurisdiction.ts";
export { resolveIssuer, resolveTitle } from "./title.ts";
export { resolvePublishedOn, resolveReportYear } from "./year.ts";

export interface IdentifyMeta {
  title?: string;
  published_on?: string;
  source_path?: string;
  /** the jurisdiction the document was collected for, when the source list says so */
  expected_name?: string;
  /** the page's address, when the source list or fetch manifest gives it */
  source_url?: string;
  /** who the page says published it: its 来源 label and the site's 主办单位 (read off the chrome) */
  publisher?: string;
}

export interface Identity {
  title: string | null;
  jurisdiction_code: string | null;
  jurisdiction_name: string | null;
  admin_level: AdminLevel | null;
  province_name: string | null;
  parent_name: string | null;
  report_year: number | null;
  published_on: string | null;
  issuer: string | null;
  /** why a field is empty, e.g. "jurisdiction: ambiguous: 朝阳区 (北京市, 长春市)", "report_year: not found" */
  missing: string[];
  /** optional fields the document does not state (published_on, title, issuer): informational, not a failure */
  notes: string[];
  /** the clue that decided the jurisdiction (title, signature, opening, source_url, …), null when none did */
  jurisdiction_source: string | null;
  /** 0–1, 0 when no jurisdiction */
  jurisdiction_confidence: number;
  /** how the jurisdiction and year were decided (for status_reason / debugging) */
  reasons: { jurisdiction: string; report_year: string };
  /** written after the report year, which the text calls 去年 (see YearResult.lookingBack) */
  looking_back: boolean;
}

/** The source path's folder and file name, minus extension and hash-like parts, as a hint ("…/铁岭市/2023.txt"). */
function pathHint(p: string | undefined): string | undefined {
  if (!p) return undefined;
  const parts = p.split(/[\\/]/).slice(-3).map((s) => s.replace(/\.[a-z0-9]+$/i, ""));
  const hint = parts.filter((s) => /[\u4e00-\u9fff]/.test(s)).join(" ");
  return hint || undefined;
}

export function identify(text: string, meta?: IdentifyMeta): Identity {
  const title = resolveTitle(text, { title: meta?.title });
  const issuer = resolveIssuer(text);
  // a page title "关于…的报告_株洲市人民政府" names the report and, separately, the hosting site
  const page = meta?.title ? splitMetaTitle(meta.title) : null;
  const hints: JurisdictionHints = {
    title: page?.title ?? undefined,
    sourceHint: [page?.site, meta?.publisher, pathHint(meta?.source_path)].filter(Boolean).join(" ") || undefined,
    expectedName: meta?.expected_name,
    urlHint: bySelfWords(hostClue(meta?.source_url)?.units ?? [], text).map((u) => u.chain.replace(/ > /g, "")).join(" "),
  };
  let j: JurisdictionResult = resolveJurisdiction(text, hints);
  if (j.code === null) {
    // no name, or a shared one the text does not settle: the towns and streets it names may
    const v = townshipVote(text);
    const ambiguous = j.reason.match(/^ambiguous: ([^ ]+) /)?.[1];
    if (v && (!ambiguous || v.unit.name === ambiguous)) {
      const u = v.unit;
      j = {
        code: u.code, name: u.name, level: u.level, province_name: u.province_name, parent_name: u.level === "county" ? u.parent_name : null,
        confidence: 0.6, reason: `${u.chain}: towns and streets named in the text (${v.towns.join("、")}); before: ${j.reason}`, source: "place_names",
      };
    }
  }
  const published_on = resolvePublishedOn(text, { published_on: meta?.published_on, source_url: meta?.source_url });
  const y = resolveReportYear(text, { title: page?.title ?? title ?? undefined, pageTitle: meta?.title, published_on: meta?.published_on, source_url: meta?.source_url });
  const missing: string[] = [];
  if (j.code === null) missing.push(`jurisdiction: ${j.reason}`);
  if (y.year === null) missing.push(`report_year: ${y.reason}`);
  const notes: string[] = [];
  if (!published_on) notes.push("published_on: not stated");
  if (!title) notes.push("title: none in the text");
  if (!issuer) notes.push("issuer: not found");
  return {
    title,
    jurisdiction_code: j.code,
    jurisdiction_name: j.code === null ? null : j.name,
    admin_level: j.code === null ? null : j.level,
    province_name: j.code === null ? null : j.province_name,
    parent_name: j.code === null ? null : j.parent_name,
    report_year: y.year,
    published_on,
    issuer,
    missing,
    notes,
    jurisdiction_source: j.code === null ? null : j.source,
    jurisdiction_confidence: j.code === null ? 0 : j.confidence,
    reasons: { jurisdiction: j.reason, report_year: y.reason },
    looking_back: y.lookingBack === true,
  };
}
