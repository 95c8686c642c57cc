// The report's title and issuer.
import { findSignature, organLine, perLines, splitLines, type Line } from "./text.ts";

export interface TitleMeta {
  title?: string;
}

/** How far from the top a title line may stand (characters of the document). */
const TITLE_WINDOW = 800;

/** A line that reads like the title of a rule-of-law report. */
export function looksLikeTitle(s: string): boolean {
  const t = s.trim();
  if (t.length < 8 || t.length > 80) return false;
  if (/[。;;!?]$|现将|如下|特此|^[一二三四五六七八九十]+、|^[((][一二三四五六七八九十]+[))]/.test(t)) return false;
  // every kind of document the pipeline reads: annual reports, statistics releases, department and congress reports
  // (and a justice bureau's or a government's own review of its year: "衡阳市司法局2019年工作总结及2020年工作计划")
  if (!/法治|依法行政|法制|行政复议|行政应诉|行政诉讼|人民调解|信访|行政执法|代表建议|政协提案|人民代表大会|常务委员会|司法局|司法行政|工作总结|政府工作报告/.test(t)) return false;
  return /报告|总结|情况|年报|统计|分析|通报|白皮书/.test(t);
}

/** Split a page title into the report title and the site's name: "关于…的报告_孝感市人民政府". */
export function splitMetaTitle(s: string): { title: string | null; site: string | null } {
  const parts = s.split(/\s*(?:_|\||｜| - | — |——|-{2,})\s*/).map((p) => p.trim()).filter(Boolean);
  const title = parts.find((p) => looksLikeTitle(p));
  if (!title) return { title: null, site: s.trim() || null };
  const rest = parts.filter((p) => p !== title).join(" ");
  return { title, site: rest || null };
}



/** The title line inside the text (index into `lines`), or -1. */
export const findTitleLine: (lines: Line[]) => number = perLines(titleLineOf);

function titleLineOf(lines: Line[]): number {
  for (const l of lines) {
    if (l.start > TITLE_WINDOW) break;
    if (l.chrome) continue;
    if (looksLikeTitle(l.text)) return l.index;
  }
  return -1;
}

/**
 * The report's title: a line near the top that contains 法治 and 报告/总结/情况 (e.g. "关于2022年孝感市法治政府建设情况的
 * 报告"); otherwise the reader's page title when it reads like one; otherwise null.
 */
export function resolveTitle(text: string, meta?: TitleMeta): string | null {
  const lines = splitLines(text);
  const i = findTitleLine(lines);
  if (i >= 0) return lines[i]!.text.replace(/\s+/g, " ");
  if (meta?.title) {
    const t = splitMetaTitle(meta.title).title;
    if (t) return t.replace(/\s+/g, " ");
  }
  return null;
}

const SOURCE_RE = /(?:信息来源|来源|发布机构|发文机关)\s*[::]\s*([^\s::]{2,40}?)(?=\s|作者|编辑|时间|发布|日期|更新|浏览|点击|阅读|字体|字号|$)/;

/**
 * Who issued the report: the signature block at the end ("中共铁岭市委 铁岭市人民政府", "株洲市芦淞区人民政府"), the organ
 * line printed under the title ("中共孝感市委 孝感市人民政府"), or the site's 来源 field ("铁岭市司法局", "区法制办").
 */
export function resolveIssuer(text: string): string | null {
  const lines = splitLines(text);
  const sig = findSignature(lines);
  if (sig.issuer) return sig.issuer;
  const ti = findTitleLine(lines);
  if (ti >= 0) {
    for (let k = ti + 1; k < Math.min(lines.length, ti + 5); k++) {
      const l = lines[k]!.text;
      if (l === lines[ti]!.text) continue;
      const o = organLine(l);
      if (o) return o;
      if (!lines[k]!.chrome) break;
    }
  }
  for (const l of lines) {
    if (l.start > 1500) break;
    const m = SOURCE_RE.exec(l.text);
    if (m && !/^(?:本站|本网|原创|网络)$/.test(m[1]!)) return m[1]!;
  }
  return null;
}
