// observations.parquet: the pipeline's observations table re-encoded as one zstd Parquet file (下载 page; the SQL notebook decodes it).
import { emitParquet } from "../lib/site-data.ts";
import { openWarehouse } from "../lib/warehouse.ts";

const wh = await openWarehouse();
await emitParquet(wh, "observations");
wh.close();
