// A tile-grid map of China's 31 province-level divisions: one square each, at its rough position (row 0 = north,
// col 0 = west). No boundaries are drawn or shipped. Keys are the two-digit GB/T 2260 province codes.
import { groupMedians, type GroupStat, type StatValue } from "./stats.js";

export interface Tile {
  code: string; // two-digit province code, e.g. "43"
  name: string; // full name, e.g. "湖南省"
  short: string; // label on the tile
  row: number;
  col: number;
}

export const TILES: Tile[] = [
  { code: "23", name: "黑龙江省", short: "黑龙江", row: 0, col: 8 },
  { code: "65", name: "新疆维吾尔自治区", short: "新疆", row: 1, col: 1 },
  { code: "15", name: "内蒙古自治区", short: "内蒙古", row: 1, col: 5 },
  { code: "11", name: "北京市", short: "北京", row: 1, col: 6 },
  { code: "21", name: "辽宁省", short: "辽宁", row: 1, col: 7 },
  { code: "22", name: "吉林省", short: "吉林", row: 1, col: 8 },
  { code: "62", name: "甘肃省", short: "甘肃", row: 2, col: 3 },
  { code: "64", name: "宁夏回族自治区", short: "宁夏", row: 2, col: 4 },
  { code: "14", name: "山西省", short: "山西", row: 2, col: 5 },
  { code: "13", name: "河北省", short: "河北", row: 2, col: 6 },
  { code: "12", name: "天津市", short: "天津", row: 2, col: 7 },
  { code: "54", name: "西藏自治区", short: "西藏", row: 3, col: 1 },
  { code: "63", name: "青海省", short: "青海", row: 3, col: 2 },
  { code: "61", name: "陕西省", short: "陕西", row: 3, col: 4 },
  { code: "41", name: "河南省", short: "河南", row: 3, col: 5 },
  { code: "37", name: "山东省", short: "山东", row: 3, col: 6 },
  { code: "51", name: "四川省", short: "四川", row: 4, col: 3 },
  { code: "50", name: "重庆市", short: "重庆", row: 4, col: 4 },
  { code: "42", name: "湖北省", short: "湖北", row: 4, col: 5 },
  { code: "34", name: "安徽省", short: "安徽", row: 4, col: 6 },
  { code: "32", name: "江苏省", short: "江苏", row: 4, col: 7 },
  { code: "53", name: "云南省", short: "云南", row: 5, col: 3 },
  { code: "52", name: "贵州省", short: "贵州", row: 5, col: 4 },
  { code: "43", name: "湖南省", short: "湖南", row: 5, col: 5 },
  { code: "36", name: "江西省", short: "江西", row: 5, col: 6 },
  { code: "33", name: "浙江省", short: "浙江", row: 5, col: 7 },
  { code: "31", name: "上海市", short: "上海", row: 5, col: 8 },
  { code: "45", name: "广西壮族自治区", short: "广西", row: 6, col: 4 },
  { code: "44", name: "广东省", short: "广东", row: 6, col: 5 },
  { code: "35", name: "福建省", short: "福建", row: 6, col: 6 },
  { code: "46", name: "海南省", short: "海南", row: 7, col: 5 },
];

export interface TileDatum<T> extends Tile {
  datum: T | null;
}

/** Join values keyed by a jurisdiction code (6 digits, or 2) onto the 31 tiles; tiles without one get datum null. */
export function joinTiles<T>(values: Iterable<[string, T]>): TileDatum<T>[] {
  const byProvince = new Map<string, T>();
  for (const [code, v] of values) byProvince.set(String(code).slice(0, 2), v);
  return TILES.map((t) => ({ ...t, datum: byProvince.get(t.code) ?? null }));
}

/**
 * The rows the province tile map draws, one per tile in TILES order: the province-level jurisdiction's value, or why
 * there is none (无该年报告 when the province has no report of that year in the data, else 报告未提及). For the
 * map's 来源 line and its downloaded CSV (components/download.ts).
 */
export function tileRows<V>(
  jurisdictions: { code: string; name: string; level: string | null; province_name: string | null; years?: number[] | null }[],
  valueOf: (code: string) => V | null,
  year: number,
  indicator_id: string,
) {
  const provinces = new Map(jurisdictions.filter((j) => j.level === "province").map((j) => [String(j.code).slice(0, 2), j]));
  return TILES.map((t) => {
    const j = provinces.get(t.code);
    const v = j ? valueOf(j.code) : null;
    const reported = !!j && (j.years ?? []).some((y) => String(y) === String(year));
    return {
      code: j?.code ?? null,
      name: j?.name ?? t.name,
      province_name: j?.province_name ?? t.name,
      level: "province",
      year,
      indicator_id,
      v,
      missing: v ? undefined : reported ? ("not_given" as const) : ("no_report" as const),
    };
  });
}

/** Why a tile has no median: no place of the level in the data, no report that year, reports silent, or no plain value. */
export type TileMissing = "no_places" | "no_report" | "not_given" | "not_plain";
export const TILE_MISSING_ZH: Record<TileMissing, string> = {
  no_places: "无该级地区",
  no_report: "无该年报告",
  not_given: "报告未提及",
  not_plain: "无可计入数值",
};

export interface LevelTile<V> extends Tile {
  level: string;
  /** places of the level in the province (in the data) */
  places: number;
  /** of them, with a report of the year */
  reported: number;
  /** the values of those places (any kind), and the member places' names, in name order */
  members: { code: string; name: string; v: V }[];
  /** median of the plain (whole-year, exact) values, how many, how many left out */
  stat: GroupStat;
  /** the province-level tile's own value (level "province" only: the value itself, marked as it is) */
  own: V | null;
  missing: TileMissing | null;
}

/**
 * The tile map for one level: each province's places of that level, the median of their plain values this year and
 * how many it is over (components/stats.ts groupMedians), or why there is none. At the province level a tile is the
 * province's own value (n = 1 at most).
 */
export function levelTiles<V extends StatValue>(
  jurisdictions: { code: string; name: string; level: string | null; years?: number[] | null }[],
  valueOf: (code: string) => V | null,
  year: number | string,
  level: string,
): LevelTile<V>[] {
  const byProvince = new Map<string, { code: string; name: string; years?: number[] | null }[]>();
  for (const j of jurisdictions) {
    if (j.level !== level) continue;
    const p = String(j.code).slice(0, 2);
    if (!byProvince.has(p)) byProvince.set(p, []);
    byProvince.get(p)!.push(j);
  }
  return TILES.map((t) => {
    const js = byProvince.get(t.code) ?? [];
    const reported = js.filter((j) => (j.years ?? []).some((y) => String(y) === String(year))).length;
    const members = js.flatMap((j) => {
      const v = valueOf(j.code);
      return v ? [{ code: j.code, name: j.name, v }] : [];
    });
    const stat = groupMedians(members.map((m) => m.v), () => "all").get("all") ?? { median: null, n: 0, excluded: 0 };
    const own = level === "province" ? members[0]?.v ?? null : null;
    const has = level === "province" ? !!own : stat.median != null;
    const missing: TileMissing | null = has ? null : !js.length ? "no_places" : !reported ? "no_report" : !members.length ? "not_given" : "not_plain";
    return { ...t, level, places: js.length, reported, members, stat, own, missing };
  });
}
