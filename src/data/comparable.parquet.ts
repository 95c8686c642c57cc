// comparable.parquet: the pipeline's comparable table re-encoded as one zstd Parquet file (下载 page).
import { emitParquet } from "../lib/site-data.ts";
import { openWarehouse } from "../lib/warehouse.ts";

const wh = await openWarehouse();
await emitParquet(wh, "comparable");
wh.close();
