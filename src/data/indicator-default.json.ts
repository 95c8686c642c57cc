// indicator-default.json: the 指标 page's default view (no indicator or year in its address) with its values, so
// that the page's first chart needs no request after the catalog: {indicator_id, year, fields, rows}, the rows being
// exactly slices/indicator/<id>-<year>.json (src/lib/slices.ts indicatorFiles). The view is picked by the page's own
// rule (defaultIndicator and bestYear in components/data.ts) from the catalog's counts; the page checks that it
// picked the same view before using these values, and fetches the slice otherwise.
import { bestYear, defaultIndicator } from "../components/data.ts";
import { indicators, valueCounts } from "../lib/site-data.ts";
import { indicatorFiles } from "../lib/slices.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
const counts = await valueCounts(wh);
const all = await indicators(wh);
const ids = all.map((i) => String(i.indicator_id));
const id = defaultIndicator(counts, ids, new Set(all.filter((i) => i.tracked !== false).map((i) => String(i.indicator_id))));
const year = bestYear(counts, id);
const slice = id && year !== undefined ? ((await indicatorFiles(wh, id)).get(`indicator/${id}-${year}.json`) as object | undefined) : undefined;
await writeJson(slice ? { indicator_id: id, year, ...slice } : { indicator_id: null, year: null, fields: [], rows: [] });
wh.close();
