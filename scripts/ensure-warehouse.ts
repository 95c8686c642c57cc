// Run the pipeline (tsx pipeline/cli.ts) when its Parquet output is missing or older than the newest file in data/raw,
// so `npm run build` always rebuilds the site from data/raw. Used by the prebuild/predev npm scripts.
import { dataDir, ensureWarehouse, warehouseStale } from "../src/lib/warehouse.ts";

const stale = warehouseStale();
ensureWarehouse({ ifStale: true });
console.error(stale ? `[site] 数据仓库已更新：${dataDir()}` : `[site] 数据仓库是最新的：${dataDir()}`);
