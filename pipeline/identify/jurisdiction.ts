// Which jurisdiction a report is about.
//
// Every place name in the text is found in one leftmost-longest scan over the gazetteer's names (full names,
// aliases such as 大理州, and safe short names such as 铁岭), so 津市 is never read inside 天津市.
//
// Weight of a mention = zone × context:
//   zone: expected name 12 · title 8 · signature block (and the organ line under the title) 8 · site 来源/breadcrumb 3
//         · first ~300 content chars 3 · last ~300 chars 2 · body 1
//   context: followed by an organ (人民政府, 政府, 市委, 委, 司法局, …办) or preceded by 中共 ×2 · subject of the opening
//         sentence ("2023年,铁岭市政府坚持…") ×2 · inside 《》 ×0.2 · "在X市委…领导下" ×0.5 · one item of a 、-list ×0.5
//         · short name ×0.8 · short name in a compound (天津港, 温州商会) ×0.3 · a parent written as the qualifier of its
//         child (株洲市|芦淞区人民政府) ×0.25
// "Strong" evidence (counted twice) is a mention in the expected name, title or signature, or an organ / opening
// subject in the head (or an organ in the site's 来源 line), unless it is in 《》, weak, higher-level or listed.
//
// Names shared by several units (朝阳区, 通州, 和平区 …) are settled by an adjacent parent (长春市朝阳区) or by the other
// places the text names (ancestors count fully, siblings ½, the same province ¼; the best must have twice the
// runner-up's support); otherwise they stay ambiguous and, if they carry the most evidence, the result is
// "ambiguous: …". The unit with the most evidence (score + strong) is the anchor; the result descends to the deepest
// unit under it that has at least half its evidence — and, when the anchor has strong evidence, at least half its
// strong evidence (邓州市 under 南阳市, 芦淞区 under 株洲市, 武清区 under 天津市; not a county only listed in a city report).
import type { AdminLevel } from "../schema.ts";
import { loadGazetteer, type Gazetteer, type NameHit, type Unit } from "./gazetteer.ts";
import { findSignature, organLine, splitLines, type Line } from "./text.ts";
import { findTitleLine } from "./title.ts";

export interface JurisdictionHints {
  /** the report's title when the reader has one (e.g. the HTML <title>) */
  title?: string;
  /** any other string that names the source: a 来源 field, a URL host description, a folder name */
  sourceHint?: string;
  /** the jurisdiction the document was fetched for, when known (e.g. from data/sources.csv) */
  expectedName?: string;
  /** the places the page's address spells (identify/host.ts), written as full chains ("北京市通州区") */
  urlHint?: string;
}

export interface JurisdictionFound {
  code: string;
  name: string;
  level: AdminLevel;
  province_name: string;
  parent_name: string | null;
  /** 0–1 */
  confidence: number;
  reason: string;
  /** the clue that weighed most for the chosen unit: title, signature, opening, body, site, source_url, source_list */
  source: string;
}

export interface JurisdictionNotFound {
  code: null;
  /** "jurisdiction not found" or "ambiguous: 朝阳区 (北京市, 长春市)" */
  reason: string;
}

export type JurisdictionResult = JurisdictionFound | JurisdictionNotFound;

type Zone = "expected" | "title" | "signature" | "source" | "url" | "head" | "tail" | "body";

export const ZONE_WEIGHT: Record<Zone, number> = { expected: 12, title: 8, signature: 8, source: 3, url: 4, head: 3, tail: 2, body: 1 };
/** the name each zone has in documents.jurisdiction_source */
const ZONE_SOURCE: Record<Zone, string> = {
  expected: "source_list", title: "title", signature: "signature", source: "site", url: "source_url", head: "opening", tail: "signature", body: "body",
};
const STRONG_ZONES: ReadonlySet<Zone> = new Set<Zone>(["expected", "title", "signature"]);
/** characters of content at the top and bottom of the text that count as head / tail */
const HEAD_CHARS = 300;
const TAIL_CHARS = 300;

const ORGAN_AFTER =
  /^(?:人民政府|政府|市委|区委|县委|州委|省委|旗委|委员会|委|人大|政协|党委|[\u4e00-\u9fff]{1,8}?(?:局|办公室|法制办|依法治[省市区县州旗]办|委员会|人民政府))/;
// (and media brands in a page's chrome: 安徽党媒云, 四川在线, 灵璧新闻网, 浙江日报)
const WEAK_AFTER = /^(?:路|街|大道|大街|大学|学院|银行|商会|机场|火车站|高铁站|站|港|湾|籍|人|话|菜|队|党媒|日报|晚报|新闻|网|在线|融媒|电视|广播|发布|手机台|头条|长安网|法治网|平安网|政法网|司法网|法制报|法治报|时报|商报|都市报)/;
const SUBJECT_PREFIX = /^(?:(?:19|20)\d{2}年度?(?:以来)?|今年以来|一年来|近年来|全年|过去一年)?$/;

interface Mention {
  hit: NameHit;
  source: string;
  zone: Zone;
  weight: number;
  strong: number;
  /** the units this mention may denote; a single code once resolved */
  codes: string[];
  /** "铁岭市[title,organ]", for the reason; left empty when the mention is not strong */
  note: string;
}

interface Evidence {
  score: number;
  strong: number;
  count: number;
  notes: string[];
  /** weight by zone, for jurisdiction_source */
  zones: Partial<Record<Zone, number>>;
  /** mentions by a full name or alias (not a short name like 迁安, which also reads inside 征迁安置) */
  full: number;
}

function contextOf(src: string, hit: NameHit, lineStart: number) {
  const after = src.slice(hit.end, hit.end + 14);
  const before = src.slice(Math.max(lineStart, hit.start - 4), hit.start);
  const organMatch = ORGAN_AFTER.exec(after);
  const organ = organMatch !== null || /中共$|中国共产党$/.test(before);
  const weak = hit.kind === "short" && WEAK_AFTER.test(after);
  const line = src.slice(lineStart, hit.start);
  const inBook = line.lastIndexOf("《") > line.lastIndexOf("》");
  // one item of an enumeration: "邓州市、内乡县、西峡县分别开展试点"
  const listed = after.startsWith("、") || /、$/.test(before);
  // the subject of a paragraph's first sentence: nothing but a year (and commas) before it (the cheap tests first)
  let subject = false;
  if (!inBook && !/[。;;!?]/.test(line)) {
    const o = organMatch ? organMatch[0].length : 0;
    const seg = line.slice(Math.max(line.lastIndexOf(","), line.lastIndexOf(","), line.lastIndexOf("。"), line.lastIndexOf(";"),
      line.lastIndexOf(":"), line.lastIndexOf(":"), line.lastIndexOf(";")) + 1).trim();
    subject = SUBJECT_PREFIX.test(seg.replace(/^中共/, "")) && !/^[、的和与及》]/.test(after.slice(o, o + 1));
  }
  // "在天津市委、市政府的坚强领导下" / "在南阳市委的指导下": a higher level, not the reporting unit (the short text
  // after the name rules out most mentions before the sentence is looked at)
  const leader = /^[^。;;]{0,30}?(?:领导|指导|部署|关心|支持|带领|统筹)下/.test(src.slice(hit.end, hit.end + 36)) &&
    /在[^。;;]*$/.test(line.slice(Math.max(line.lastIndexOf("。"), line.lastIndexOf(";"), line.lastIndexOf(";")) + 1));
  return { organ, weak, inBook, subject: subject && !leader && !listed, leader, listed };
}

/**
 * The zone of each line of a text. Content is every line but site chrome. Its first HEAD_CHARS (of head lines) are
 * the head; a content line that ends within the last TAIL_CHARS of content is tail. The head is classified line by
 * line from the top; a later line only when a name is found on it, looking at no more lines than needed, because
 * deciding that a line is chrome is a regex over it: most body lines are never asked about. (A class rather than
 * closures: tsx names every closure it creates, which costs more than these lookups.)
 */
class LineZones {
  private readonly titleText: string | null;
  private readonly sig: Set<number>;
  private readonly zones: (Zone | null)[];
  /** content characters of the title, signature and issuer lines among the first `headEnd` lines */
  private headOthers = 0;
  private headEnd = 0;

  constructor(private readonly lines: Line[]) {
    const titleIdx = findTitleLine(lines);
    this.titleText = titleIdx >= 0 ? lines[titleIdx]!.text : null;
    this.sig = new Set(findSignature(lines).lineIndices);
    this.zones = new Array<Zone | null>(lines.length).fill(null);
    let seen = 0; // content characters of head lines
    for (; this.headEnd < lines.length && seen < HEAD_CHARS; this.headEnd++) {
      const l = lines[this.headEnd]!;
      let z = this.fixedZone(l);
      if (z === null && organLine(l.text)) z = "signature"; // the issuer printed under the title
      if (z === null) {
        z = "head";
        seen += l.text.length;
      } else if (!l.chrome) this.headOthers += l.text.length;
      this.zones[this.headEnd] = z;
    }
  }

  /** the zone of the line holding `pos` (body between lines) */
  at(pos: number): Zone {
    // binary search the line holding pos
    const lines = this.lines;
    let lo = 0, hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = lines[mid]!;
      if (pos < l.start) hi = mid - 1;
      else if (pos >= l.end) lo = mid + 1;
      else return (this.zones[mid] ??= this.fixedZone(l) ?? (this.isTail(mid) ? "tail" : "body"));
    }
    return "body";
  }

  private isTitle(l: Line): boolean {
    return this.titleText !== null && l.text === this.titleText;
  }

  private fixedZone(l: Line): Zone | null {
    return this.isTitle(l) ? "title" : this.sig.has(l.index) ? "signature" : l.chrome ? "source" : null;
  }

  /**
   * Whether content line k (after the head) ends within the last TAIL_CHARS of content, i.e. whether the content
   * after it plus the content before it that is not head, body or tail (title, signature, issuer lines) is less.
   */
  private isTail(k: number): boolean {
    const lines = this.lines;
    let rest = 0;
    for (let j = k + 1; j < lines.length && rest < TAIL_CHARS; j++) if (!lines[j]!.chrome) rest += lines[j]!.text.length;
    if (rest >= TAIL_CHARS) return false;
    rest += this.headOthers;
    for (let j = this.headEnd; j < k; j++) {
      const l = lines[j]!;
      if ((this.isTitle(l) || this.sig.has(j)) && !l.chrome) rest += l.text.length;
    }
    return rest < TAIL_CHARS;
  }
}

function zoneOfText(text: string): (pos: number) => Zone {
  const zones = new LineZones(splitLines(text));
  return (pos: number) => zones.at(pos);
}

function lineStartOf(src: string, pos: number): number {
  const i = src.lastIndexOf("\n", pos - 1);
  return i + 1;
}

function collectMentions(g: Gazetteer, src: string, zoneAt: (pos: number) => Zone): Mention[] {
  const out: Mention[] = [];
  let openingSubjectSeen = false;
  for (const hit of g.scan(src)) {
    const zone = zoneAt(hit.start);
    const ctx = contextOf(src, hit, lineStartOf(src, hit.start));
    const { organ, weak, inBook, leader, listed } = ctx;
    // only the subject of the opening sentence counts ("2023年,铁岭市政府坚持…"), not every sentence of the head
    const subject = ctx.subject && zone === "head" && !openingSubjectSeen;
    if (subject) openingSubjectSeen = true;
    let w = ZONE_WEIGHT[zone];
    if (organ) w *= 2;
    if (subject && zone === "head") w *= 2;
    if (inBook) w *= 0.2;
    if (leader) w *= 0.5;
    if (listed) w *= 0.5;
    if (weak) w *= 0.3;
    if (hit.kind === "short") w *= 0.8;
    const strong = !inBook && !weak && !leader && !listed && (STRONG_ZONES.has(zone) || ((zone === "head" && (organ || subject)) || (zone === "source" && organ))) ? w : 0;
    // only strong mentions' notes are ever reported (addEvidence): most mentions need none
    let note = "";
    if (strong > 0) {
      const tags = [zone, organ && "organ", subject && zone === "head" && "subject", inBook && "《》", weak && "weak", leader && "higher-level", listed && "listed"].filter(Boolean);
      note = `${hit.name}[${tags.join(",")}]`;
    }
    out.push({ hit, source: src, zone, weight: w, strong, codes: hit.codes, note });
  }
  return out;
}

/** m follows p in the same text with at most one space or · between them (a longer gap needs no slice) */
function adjacent(p: Mention, m: Mention): boolean {
  return p.source === m.source && m.hit.start - p.hit.end <= 1 && /^[\s·]?$/.test(m.source.slice(p.hit.end, m.hit.start));
}

/** all the evidence for a unit or shared name: strong evidence counts twice */
function total(e: { score: number; strong: number }): number {
  return e.score + e.strong;
}

function addEvidence(ev: Map<string, Evidence>, code: string, m: Mention) {
  let e = ev.get(code);
  if (!e) { e = { score: 0, strong: 0, count: 0, notes: [], zones: {}, full: 0 }; ev.set(code, e); }
  if (m.hit.kind !== "short") e.full++;
  e.score += m.weight;
  e.zones[m.zone] = (e.zones[m.zone] ?? 0) + m.weight + m.strong;
  e.strong += m.strong;
  e.count++;
  if (m.strong > 0 && e.notes.length < 4 && !e.notes.includes(m.note)) e.notes.push(m.note);
}

/** How much the places in `ev` support candidate `c` of an ambiguous name. */
function context(g: Gazetteer, c: Unit, ev: Map<string, Evidence>, without?: Zone): number {
  let s = 0;
  for (const [code, e] of ev) {
    const u = g.byCode(code)!;
    const w = e.score + e.strong - (without ? (e.zones[without] ?? 0) : 0);
    // the same unit already settled elsewhere in the text ("南京市鼓楼区" beside a bare "鼓楼区人民政府") is the
    // strongest support there is; before, it counted only as a same-province place for the other 鼓楼区s
    if (code === c.code) {
      s += 2 * w;
      continue;
    }
    if (c.ancestors.includes(code)) s += w; // its prefecture or province is named
    else if (u.parent_code && u.parent_code === c.parent_code) s += 0.5 * w; // a sibling is named
    else if (u.ancestors.includes(c.code)) s += 0.5 * w; // one of its own subunits is named
    else if (u.province_code === c.province_code) s += 0.25 * w;
  }
  return s;
}

function describe(g: Gazetteer, codes: string[]): string {
  const us = codes.map((c) => g.byCode(c)!);
  const names = [...new Set(us.map((u) => u.name))].join("/");
  return `${names} (${us.map((u) => u.parent_name ?? u.province_name).join(", ")})`;
}

// How a text calls itself: 全县, 县政府, 我县… (one vocabulary for every level; counted, never matched alone)
const COUNTY_SELF = /全县|县委|县政府|县人民政府|县人大|县政协|本县|我县|全旗|旗委|旗政府|旗人民政府|本旗|我旗/g;
const DISTRICT_SELF = /全区|区委|区政府|区人民政府|区人大|区政协|本区|我区/g;
const CITY_SELF = /全市|市委|市政府|市人民政府|市人大|市政协|本市|我市/g;
const PROVINCE_SELF = /全省|省委|省政府|省人民政府|省人大|省政协|本省|我省|自治区政府|自治区人民政府/g;
const said = (text: string, words: RegExp) => text.match(words)?.length ?? 0;

/** The text calls itself a county (全县, 县政府, 我县…) far more than a city. */
function speaksAsCounty(text: string): boolean {
  const county = said(text, COUNTY_SELF);
  return county >= 3 && county >= 3 * said(text, CITY_SELF);
}

/** The text calls itself a city (全市, 市政府, 市人大…) far more than a district or county. */
function speaksAsCity(text: string): boolean {
  const city = said(text, CITY_SELF);
  return city >= 3 && city >= 3 * (said(text, DISTRICT_SELF) + said(text, COUNTY_SELF));
}

/** The text calls itself a province (全省, 省政府…) far more than a city, district or county. */
function speaksAsProvince(text: string): boolean {
  const province = said(text, PROVINCE_SELF);
  return province >= 3 && province >= 3 * (said(text, CITY_SELF) + said(text, DISTRICT_SELF) + said(text, COUNTY_SELF));
}

const SELF_BY_SUFFIX: [RegExp, RegExp][] = [[/[县旗]$/, COUNTY_SELF], [/区$/, DISTRICT_SELF], [/市$/, CITY_SELF]];
/** Of the places an address may spell (mashantv.com: 麻山区 or 马山县), the kind the text calls itself (我县). */
export function bySelfWords<U extends { name: string }>(units: U[], text: string): U[] {
  if (units.length < 2) return units;
  const counts = SELF_BY_SUFFIX.map(([, words]) => said(text, words));
  const top = Math.max(...counts);
  if (top === 0 || counts.filter((c) => c === top).length > 1) return units;
  const kept = units.filter((u) => SELF_BY_SUFFIX[counts.indexOf(top)]![0].test(u.name));
  return kept.length ? kept : units;
}

/** Who the report is about; see the module comment for the scoring. */
export function resolveJurisdiction(text: string, hints?: JurisdictionHints): JurisdictionResult {
  const g = loadGazetteer();
  const mentions: Mention[] = [];
  if (hints?.expectedName) mentions.push(...collectMentions(g, hints.expectedName, () => "expected"));
  if (hints?.title) mentions.push(...collectMentions(g, hints.title, () => "title"));
  if (hints?.sourceHint) mentions.push(...collectMentions(g, hints.sourceHint, () => "source"));
  if (hints?.urlHint) mentions.push(...collectMentions(g, hints.urlHint, () => "url"));
  mentions.push(...collectMentions(g, text, zoneOfText(text)));
  if (!mentions.length) return { code: null, reason: "jurisdiction not found" };

  // 1. a name shared by several units right after its parent: 长春市朝阳区, 北京市通州区
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const p = mentions[i - 1]!;
    if (m.codes.length < 2 || !adjacent(p, m)) continue;
    const fit = m.codes.filter((c) => p.codes.some((pc) => g.isAncestor(pc, c)));
    if (fit.length === 1) m.codes = fit;
  }
  // a parent written as a qualifier of its child (株洲市芦淞区人民政府, 北京市朝阳区) is mostly evidence for the child
  for (let i = 0; i + 1 < mentions.length; i++) {
    const p = mentions[i]!;
    const m = mentions[i + 1]!;
    if (!adjacent(p, m)) continue;
    if (p.codes.every((pc) => m.codes.some((c) => g.isAncestor(pc, c)))) {
      p.weight *= 0.25;
      p.strong = 0;
      p.note += "(qualifier)";
    }
  }
  const ev = new Map<string, Evidence>();
  for (const m of mentions) if (m.codes.length === 1) addEvidence(ev, m.codes[0]!, m);

  // 2. the other shared names, by the places the text names around them
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.codes.length < 2) continue;
    const key = [...m.codes].sort().join(",");
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const unresolved: Array<{ codes: string[]; score: number; strong: number; label: string }> = [];
  const settledByUrl = new Set<string>();
  for (const [key, ms] of groups) {
    const codes = key.split(",");
    const ctx = codes.map((c) => ({ c, s: context(g, g.byCode(c)!, ev) })).sort((a, b) => b.s - a.s);
    const [best, second] = ctx;
    if (best!.s > 0 && best!.s >= 2 * (second?.s ?? 0)) {
      // settled by the page address alone: without it the text would not tell the places apart
      const bare = codes.map((c) => context(g, g.byCode(c)!, ev, "url")).sort((a, b) => b - a);
      if (!(bare[0]! > 0 && bare[0]! >= 2 * (bare[1] ?? 0))) settledByUrl.add(best!.c);
      for (const m of ms) { m.codes = [best!.c]; addEvidence(ev, best!.c, m); }
    } else {
      unresolved.push({
        codes, score: ms.reduce((n, m) => n + m.weight, 0), strong: ms.reduce((n, m) => n + m.strong, 0), label: describe(g, codes),
      });
    }
  }

  // 3. anchor: the unit (or unresolved shared name) with the most evidence
  let anchor: string | null = null;
  let anchorTotal = -1;
  for (const [code, e] of ev) {
    const t = total(e);
    if (t > anchorTotal || (t === anchorTotal && anchor && g.isAncestor(anchor, code))) { anchor = code; anchorTotal = t; }
  }
  const topGroup = unresolved.sort((a, b) => total(b) - total(a))[0];
  if (topGroup && total(topGroup) >= anchorTotal) {
    return { code: null, reason: `ambiguous: ${topGroup.label}` };
  }
  if (!anchor) return { code: null, reason: "jurisdiction not found" };

  // 4. descend to the deepest unit consistent with the hierarchy that carries at least half the evidence
  let chosen = anchor;
  const path = [anchor];
  for (;;) {
    let best: string | null = null;
    let bestT = -1;
    for (const [code, e] of ev) {
      if (g.isAncestor(chosen, code) && total(e) > bestT) { best = code; bestT = total(e); }
    }
    const chosenT = total(ev.get(chosen)!);
    const amb = unresolved.find((u) => u.codes.filter((c) => g.isAncestor(chosen, c)).length >= 2 && total(u) >= 0.5 * chosenT);
    if (amb && total(amb) > bestT) return { code: null, reason: `ambiguous: ${amb.label}` };
    if (!best || bestT < 0.5 * chosenT) break;
    // a unit with strong signals (title, signature, opening subject) gives way only to a child that has some too
    const chosenStrong = ev.get(chosen)!.strong;
    if (chosenStrong > 0 && ev.get(best)!.strong < 0.5 * chosenStrong) break;
    chosen = best;
    path.push(best);
  }

  // "全县各政务单位…办理县人大代表建议54件" under a city named only in passing, with the county in a 《》 title: a text that
  // speaks of itself as a 县 or 旗 is about the one county of that city it names
  let chainScore = 0;
  if (g.byCode(chosen)!.level === "prefecture" && speaksAsCounty(text)) {
    // (or a district that was a county when the text was written: "洞头网讯…我县政协委员" in 2013, 洞头区 since 2015,
    // when it is the only one the text names)
    const named = [...ev.keys()].filter((c) => g.isAncestor(chosen, c) && g.byCode(c)!.level === "county");
    const counties = named.filter((c) => /[县旗]$/.test(g.byCode(c)!.name));
    if (counties.length === 0 && named.length === 1) counties.push(named[0]!);
    if (counties.length === 1) {
      chainScore = ev.get(chosen)!.score;
      chosen = counties[0]!;
      path.push(chosen);
    }
  }

  // and the converse: "全市政府系统…市人大建议" naming one of its districts in passing ("平坝区政府作交流发言") is the city's
  if (chainScore === 0 && g.byCode(chosen)!.level === "county" && /[区县旗]$/.test(g.byCode(chosen)!.name) && speaksAsCity(text)) {
    const parent = g.byCode(chosen)!.parent_code;
    if (parent && ev.has(parent)) {
      chosen = parent;
      path.push(parent);
    }
  }

  // "2020年全省各级行政复议机构新收…其中,武汉市收到…": a province's statistics that name its cities in the breakdown
  if (chainScore === 0 && g.byCode(chosen)!.level === "prefecture" && speaksAsProvince(text)) {
    const province = g.byCode(chosen)!.province_code;
    if (province && province !== chosen && ev.has(province)) {
      chosen = province;
      path.push(province);
    }
  }

  const picked = ev.get(chosen)!;
  // weak evidence only: too little of it, or one short name that may be part of another word ("征迁安置" → 迁安)
  // (a county chosen by the text's own 全县 counts its city's mentions too)
  // (but a text that speaks as a province throughout, "我省…全省…省政府", names its province even in a media brand:
  // "四川新闻网-成都日报讯:…我省共完成…")
  const provinceVoice = g.byCode(chosen)!.level === "province" && speaksAsProvince(text);
  if (picked.strong === 0 && !provinceVoice && (picked.score + chainScore < 0.9 || (picked.count < 2 && picked.full === 0 && chainScore === 0))) {
    return { code: null, reason: `jurisdiction not found (weak mentions only: ${[...ev.keys()].map((c) => g.byCode(c)!.name).join(", ")})` };
  }

  // 5. confidence: how far ahead the chosen chain is of the best unrelated place
  const unit = g.byCode(chosen)!;
  const chainCodes = new Set([...unit.ancestors, chosen]);
  const chainT = [...chainCodes].reduce((n, c) => n + (ev.has(c) ? total(ev.get(c)!) : 0), 0);
  let rival = 0;
  let rivalName = "";
  for (const [code, e] of ev) {
    if (chainCodes.has(code) || g.isAncestor(chosen, code)) continue;
    if (total(e) > rival) { rival = total(e); rivalName = g.byCode(code)!.name; }
  }
  for (const u of unresolved) if (total(u) > rival) { rival = total(u); rivalName = u.label; }
  const e = ev.get(chosen)!;
  const base = e.strong > 0 ? 0.75 : 0.45;
  const confidence = Math.round(Math.max(0.05, Math.min(0.99, base + (1 - base) * (1 - rival / chainT) - (rival > 0.8 * chainT ? 0.2 : 0))) * 100) / 100;

  const parts = [`${unit.chain}: ${e.count} mention(s), score ${e.score.toFixed(1)}`];
  if (e.notes.length) parts.push(`strong: ${e.notes.join(" ")}`);
  if (path.length > 1) parts.push(`deepest unit under ${path.slice(0, -1).map((c) => g.byCode(c)!.name).join(" > ")}`);
  if (rival > 0) parts.push(`runner-up ${rivalName} (${rival.toFixed(1)} vs ${chainT.toFixed(1)})`);
  return {
    code: unit.code, name: unit.name, level: unit.level, province_name: unit.province_name,
    parent_name: unit.level === "county" ? unit.parent_name : null, confidence, reason: parts.join("; "),
    source: settledByUrl.has(unit.code) ? "source_url" : ZONE_SOURCE[(Object.entries(e.zones) as [Zone, number][]).sort((a, b) => b[1] - a[1])[0]![0]],
  };
}
