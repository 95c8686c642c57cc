// indicator-default.json: the 指标 page's default view (no indicator or year in its address) with its values, so
// that the page's first chart needs no request after the catalog: {indicator_id, year, fields, rows}, the rows being
// exactly slices/indicator/<id>-<year>.json (src/lib/slices.ts indicatorFiles). The choice is the page's own
// (src/indicator.md): the indicator with the most jurisdictions reporting in its best year (then the most values
// over all years; the catalog's first on a tie), and that indicator's year with the most values (the latest on a
// tie). The page checks that it picked the same view before using these values, and fetches the slice otherwise.
import { headlineSql, indicators } from "../lib/site-data.ts";
import { indicatorFiles } from "../lib/slices.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const counts = await wh.all<{ indicator_id: string; year: number; n: number }>(
  `SELECT indicator_id, year, count(*)::INTEGER AS n FROM (${headlineSql()}) GROUP BY ALL ORDER BY ALL`,
);
let best: { id: string; score: number } | null = null;
for (const i of await indicators(wh)) {
  const own = counts.filter((c) => c.indicator_id === i.indicator_id);
  if (!own.length) continue;
  const score = Math.max(...own.map((c) => Number(c.n))) * 1000 + own.reduce((a, c) => a + Number(c.n), 0);
  if (!best || score > best.score) best = { id: String(i.indicator_id), score };
}
let out: Record<string, unknown> = { indicator_id: null, year: null, fields: [], rows: [] };
if (best) {
  const own = counts.filter((c) => c.indicator_id === best!.id);
  const year = Number(own.reduce((a, c) => (Number(c.n) * 10000 + Number(c.year) > Number(a.n) * 10000 + Number(a.year) ? c : a)).year);
  const slice = (await indicatorFiles(wh, best.id)).get(`indicator/${best.id}-${year}.json`) as object | undefined;
  if (slice) out = { indicator_id: best.id, year, ...slice };
}
await writeJson(out);
wh.close();
