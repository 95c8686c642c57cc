// Builds data/gazetteer/hosts.json: the keys a government web address spells a place with, from the gazetteer's
// names in pinyin (pinyin-pro, a devDependency: the pipeline reads only the JSON), plus the hosts of data/sources.csv
// whose jurisdiction is known. Run after a gazetteer refresh: npx tsx scripts/build-hosts.ts
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { pinyin } from "pinyin-pro";
import { loadGazetteer } from "../pipeline/identify/gazetteer.ts";
import { hostLabels } from "../pipeline/identify/host.ts";

const g = loadGazetteer();
const keys: Record<string, string[]> = {};
const add = (k: string, code: string) => {
  if (k.length < 2) return;
  const list = (keys[k] ??= []);
  if (!list.includes(code)) list.push(code);
};
for (const u of g.units()) {
  const stem = u.rawShort ?? u.name.replace(/(省|市|自治区|特别行政区|区|县|旗|州|盟)$/, "");
  if (stem.length < 2) continue;
  const syllables = pinyin(stem, { toneType: "none", type: "array", v: true }).map((s) => s.replace(/ü/g, "v"));
  add(syllables.join(""), u.code); // xuancheng
  add(syllables.join("") + (u.level === "county" && u.name.endsWith("县") ? "x" : ""), u.code); // some counties add x
  // initials, with and without the zh/ch/sh digraphs: jlp (九龙坡), tzh (通州)
  // (two letters are read only after a province prefix, zjwy = 浙江 + 武义: alone, "sz" is 深圳's domain, not 松滋's)
  if (stem.length >= 3) add(syllables.map((s) => s[0]).join(""), u.code);
  add(pinyin(stem, { pattern: "initial", type: "array" }).map((s, i) => s || syllables[i]![0]).join(""), u.code);
}
// Province prefixes a host may start with (cqjlp = 重庆 + 九龙坡, bjtzh = 北京 + 通州).
const provinces: Record<string, string> = {};
for (const u of g.units()) {
  if (u.level !== "province") continue;
  const stem = u.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "");
  const syl = pinyin(stem, { toneType: "none", type: "array" });
  provinces[syl.join("")] = u.code;
  provinces[syl.map((s) => s[0]).join("")] = u.code;
}
// Addresses already collected with their jurisdiction: exact hosts; and the big cities' own two-letter domains, which
// their departments' sites sit under (meeb.sz.gov.cn is 深圳市生态环境局).
const hosts: Record<string, string> = {
  "sz.gov.cn": "440300", "gz.gov.cn": "440100", "xm.gov.cn": "350200", "dl.gov.cn": "210200", "xa.gov.cn": "610100",
  "cq.gov.cn": "500000", "tj.gov.cn": "120000",
};
const sources = parse(readFileSync("data/sources.csv"), { columns: true, bom: true }) as { url: string; jurisdiction: string; province?: string }[];
for (const r of sources) {
  const units = g.byFullName(r.jurisdiction).filter((u) => !r.province || u.province_name === r.province || u.name === r.province);
  if (units.length !== 1) continue;
  try {
    const host = new URL(r.url).hostname.toLowerCase();
    if (hostLabels(host).length) hosts[host.replace(/^www\./, "")] = units[0]!.code;
  } catch {}
}
const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync("data/gazetteer/hosts.json", JSON.stringify({ hosts: sorted(hosts), provinces: sorted(provinces), keys: sorted(keys) }) + "\n");
console.log(`hosts.json: ${Object.keys(hosts).length} hosts, ${Object.keys(keys).length} keys`);
