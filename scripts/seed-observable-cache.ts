// Fill Observable Framework's npm cache from node_modules so `observable build` / `observable preview` never touch
// the network (see shared/notes/framework-probe.md). Usage: tsx scripts/seed-observable-cache.ts [root=src]
//
// 1. Deletes src/.observablehq/cache/_npm and every cached data-loader output (so loaders re-read the warehouse on
//    every build; `_node` bundles made by Framework itself from node_modules are kept).
// 2. Bundles each browser package with esbuild into _npm/<name>@<version>/_esm.js (stands in for jsDelivr's +esm).
// 3. Copies the wasm/worker assets next to them.
// 4. Creates empty <pkg>@0.0.0 directories for the other `npm:` packages Framework's client code mentions, so version
//    resolution never asks registry.npmjs.org (a page that really imports one of them still fails loudly).
// 5. Fails when @duckdb/duckdb-wasm differs from the version Framework pins.
import { build, type Plugin } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "src");
const cacheDir = join(root, ".observablehq", "cache");
const npmDir = join(cacheDir, "_npm");
const nodeModules = resolve("node_modules");

const BUNDLED = ["d3", "@observablehq/plot", "htl", "isoformat", "apache-arrow", "d3-dsv", "parquet-wasm", "@duckdb/duckdb-wasm"];
const ASSETS: Record<string, string[]> = {
  "@duckdb/duckdb-wasm": ["dist/duckdb-mvp.wasm", "dist/duckdb-eh.wasm", "dist/duckdb-browser-mvp.worker.js", "dist/duckdb-browser-eh.worker.js"],
  "parquet-wasm": ["esm/parquet_wasm_bg.wasm"],
};

function version(name: string): string {
  return JSON.parse(readFileSync(join(nodeModules, name, "package.json"), "utf8")).version;
}

function checkDuckdbPin(): void {
  const src = readFileSync(join(nodeModules, "@observablehq/framework/dist/duckdb.js"), "utf8");
  const pinned = /DUCKDB_WASM_VERSION\s*=\s*"([^"]+)"/.exec(src)?.[1];
  const installed = version("@duckdb/duckdb-wasm");
  if (pinned !== installed) {
    throw new Error(`@duckdb/duckdb-wasm ${installed} is installed but Framework pins ${pinned}; install @duckdb/duckdb-wasm@${pinned}`);
  }
}

function cleanCache(): void {
  if (!existsSync(cacheDir)) return;
  for (const entry of readdirSync(cacheDir)) {
    if (entry === "_node") continue; // Framework's own rollup bundles of node_modules imports; always valid
    rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
}

/** Keep apache-arrow out of the duckdb-wasm bundle; page and duckdb-wasm share one Arrow module, as upstream. */
function externalArrow(fromDir: string): Plugin {
  const arrow = `apache-arrow@${version("apache-arrow")}`;
  return {
    name: "external-arrow",
    setup(b) {
      b.onResolve({ filter: /^apache-arrow(\/.*)?$/ }, () => ({
        path: relative(fromDir, join(npmDir, arrow, "_esm.js")).replaceAll("\\", "/"),
        external: true,
      }));
    },
  };
}

async function bundle(name: string): Promise<void> {
  const dir = join(npmDir, `${name}@${version(name)}`);
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [name],
    absWorkingDir: process.cwd(),
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    conditions: ["browser", "import", "module"],
    mainFields: ["browser", "module", "main"],
    target: ["es2022"],
    outfile: join(dir, "_esm.js"),
    logLevel: "error",
    plugins: name === "@duckdb/duckdb-wasm" ? [externalArrow(dir)] : [],
  });
  for (const asset of ASSETS[name] ?? []) {
    const to = join(dir, asset);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(nodeModules, name, asset), to);
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith(".js")) yield path;
  }
}

function stubOtherPackages(): string[] {
  const names = new Set<string>();
  for (const file of walk(join(nodeModules, "@observablehq/framework/dist/client"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(m[1]);
  }
  const stubs: string[] = [];
  for (const name of [...names].sort()) {
    if (BUNDLED.includes(name)) continue;
    const installed = existsSync(join(nodeModules, name, "package.json")) ? version(name) : "0.0.0";
    mkdirSync(join(npmDir, `${name}@${installed}`), { recursive: true });
    stubs.push(name);
  }
  return stubs;
}

const t0 = Date.now();
checkDuckdbPin();
cleanCache();
mkdirSync(npmDir, { recursive: true });
// apache-arrow first: the duckdb-wasm bundle points at it
await bundle("apache-arrow");
await Promise.all(BUNDLED.filter((n) => n !== "apache-arrow").map(bundle));
const stubs = stubOtherPackages();
writeFileSync(join(npmDir, ".seeded"), new Date().toISOString() + "\n");
console.error(
  `seeded ${relative(process.cwd(), npmDir)}: ${BUNDLED.length} bundles, ${stubs.length} empty stubs, ${Date.now() - t0} ms`,
);
