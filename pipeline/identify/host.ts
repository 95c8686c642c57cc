// A government page's address as a clue to its jurisdiction: www.zhuji.gov.cn → 诸暨市, cqjlp.gov.cn → 九龙坡区 (重庆),
// zhengfu.bjtzh.gov.cn → 通州区 (北京). data/gazetteer/hosts.json (scripts/build-hosts.ts) holds the pinyin keys of
// every unit's name, the province prefixes, and exact hosts of addresses already collected. Only .gov.cn hosts are
// read: mirrors on unrelated domains say nothing about the place.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot, loadGazetteer, type Unit } from "./gazetteer.ts";

interface HostTable {
  hosts: Record<string, string>;
  provinces: Record<string, string>;
  keys: Record<string, string[]>;
}

let table: HostTable | null = null;
function load(): HostTable {
  return (table ??= JSON.parse(readFileSync(join(findRepoRoot(), "data", "gazetteer", "hosts.json"), "utf8")) as HostTable);
}

// Labels that name a department, a service or the site's role, not a place.
const NOT_PLACE = new Set(["www", "gov", "zhengfu", "zfxxgk", "xxgk", "zwgk", "sfj", "sft", "sfw", "fzb", "zwfw", "rd", "zx", "news", "wap", "m", "english", "en", "czj", "gaj", "scjgj", "ajj"]);

/** The labels of a .gov.cn host that may spell a place, most specific last ("zhengfu.bjtzh.gov.cn" → ["bjtzh"]). */
export function hostLabels(host: string): string[] {
  const h = host.toLowerCase();
  if (!/\.gov\.cn$/.test(h)) return [];
  return h.replace(/\.gov\.cn$/, "").split(".").filter((l) => /^[a-z]+$/.test(l) && !NOT_PLACE.has(l));
}

export interface HostClue {
  host: string;
  units: Unit[];
}

/** The units a page address may belong to; empty when the address says nothing (or too much: more than 3 places). */
export function hostClue(url: string | null | undefined): HostClue | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const t = load();
  const g = loadGazetteer();
  // the host itself, or a site under a known one (meeb.sz.gov.cn under sz.gov.cn)
  const labels0 = host.replace(/^www\./, "").split(".");
  for (let k = 0; k + 2 < labels0.length; k++) {
    const exact = t.hosts[labels0.slice(k).join(".")];
    if (exact) return { host, units: [g.byCode(exact)!] };
  }
  const media = mediaClue(labels0, t, g);
  if (media) return { host, units: media };
  const labels = hostLabels(host);
  // a province's or municipality's own domain and the sites under it: sfj.sh.gov.cn (上海), www.hubei.gov.cn
  const own = host.match(/(?:^|\.)([a-z]+)\.gov\.cn$/)?.[1];
  if (own && (MUNICIPALITY_KEYS.has(own) || (own.length >= 5 && own !== "shanxi")) && t.provinces[own]) return { host, units: [g.byCode(t.provinces[own]!)!] };
  const court = courtClue(labels, t, g);
  if (court) return { host, units: court };
  for (const label of labels.reverse()) {
    const found = new Map<string, Unit>();
    const take = (key: string, province: string | null) => {
      for (const code of t.keys[key] ?? []) {
        const u = g.byCode(code);
        if (u && (!province || u.province_code === province)) found.set(code, u);
      }
    };
    // two letters alone spell too many places ("sz" is 深圳's domain, not 松滋's); after a province prefix they may
    if (label.length >= 3) take(label, null);
    // a province prefix: cq + jlp, bj + tzh
    for (const [p, code] of Object.entries(t.provinces)) {
      if (label.length > p.length + 1 && label.startsWith(p)) take(label.slice(p.length), code);
    }
    if (found.size >= 1 && found.size <= 3) return { host, units: [...found.values()] };
  }
  return null;
}

// A county's media centre names its site after the place: mashantv.com (马山县), anjinews.cn (安吉县), cixiwang.com.
// Only a place's pinyin of five letters or more before a media word, so that a brand (chinanews, hubeitv) is no clue.
const MEDIA_HOST = /^([a-z]{5,}?)(tv|wang|news|rmt|xinwen|xww|fabu|online|daily|ribao|rb)$/;
function mediaClue(labels: string[], t: HostTable, g: ReturnType<typeof loadGazetteer>): Unit[] | null {
  if (labels.at(-1) === "cn" && labels.at(-2) === "gov") return null;
  const first = labels.find((l) => !NOT_PLACE.has(l));
  const m = first?.match(MEDIA_HOST);
  if (!m) return null;
  // (a province's station, hubeitv, broadcasts about every county in it)
  const units = (t.keys[m[1]!] ?? []).map((c) => g.byCode(c)).filter((u): u is Unit => !!u && u.level !== "province");
  return units.length >= 1 && units.length <= 3 ? units : null;
}

// (two letters name a province's domain only for the municipalities: gz.gov.cn is 广州's, sz.gov.cn 深圳's)
const MUNICIPALITY_KEYS = new Set(["bj", "sh", "tj", "cq"]);

// Courts' sites: a province's court network (hncourt.gov.cn, jsfy.gov.cn) and, under it, one court named by the
// initials of its place and the kind of court: nyzy (南阳 中院: a prefecture), xyxfy (新野 县法院), qfy 区, sfy 市.
const COURT_PROVINCE = /^([a-z]+?)(?:court|courts|fy)$/;
// (court networks spell a few provinces their own way: hncourt is 河南's, hicourt 海南's)
const COURT_PROVINCES: Record<string, string> = { hn: "410000", hi: "460000", hunan: "430000", hainan: "460000", hebei: "130000", shanxi: "140000" };
const COURT_UNIT = /^([a-z]{2,10}?)(zjrmfy|zjfy|zy|xfy|qfy|sfy|rmfy|fy)$/;

function courtClue(labels: string[], t: HostTable, g: ReturnType<typeof loadGazetteer>): Unit[] | null {
  const last = labels[labels.length - 1];
  const p = last?.match(COURT_PROVINCE)?.[1];
  const province = p ? COURT_PROVINCES[p] ?? t.provinces[p] : undefined;
  if (!province) return null;
  for (const label of labels.slice(0, -1).reverse()) {
    const m = label.match(COURT_UNIT);
    if (!m) continue;
    const [, key, kind] = m;
    const fits = (u: Unit) => {
      if (u.province_code !== province) return false;
      if (kind === "zy" || kind === "zjfy" || kind === "zjrmfy") return u.level === "prefecture";
      if (kind === "xfy") return u.level === "county" && /县$|旗$/.test(u.name);
      if (kind === "qfy") return u.level === "county" && /区$/.test(u.name);
      if (kind === "sfy") return /市$/.test(u.name);
      return true;
    };
    const found = (t.keys[key!] ?? []).map((c) => g.byCode(c)).filter((u): u is Unit => !!u && fits(u));
    if (found.length >= 1 && found.length <= 3) return found;
  }
  return null;
}
