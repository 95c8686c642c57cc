// headline.json: the comparable values (one per jurisdiction, year and indicator) for 指标, 对比 and the tile map.
import { headlineSql } from "../lib/site-data.ts";
import { openWarehouse, writeJson } from "../lib/warehouse.ts";

const wh = await openWarehouse();
await writeJson(await wh.all(headlineSql()));
wh.close();
