// After `observable build`: set <html lang="zh-CN"> in every page (Framework 1.x writes a bare <html>), translate the
// one English tooltip Framework writes, warn about any http(s) URL that a page would load from outside, and write the
// per-page data slices (region, document, indicator … files fetched by the pages at run time; src/lib/slices.ts)
// into dist/_file/data/slices/; then give every jurisdiction with a region slice its own route, dist/region/<code>.html,
// a copy of the one region page Framework built (it reads the code from the address).
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeSlices } from "../src/lib/slices.ts";

const dist = process.argv[2] ?? "dist";
let pages = 0;
function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
const external: string[] = [];
for (const file of walk(dist)) {
  if (!file.endsWith(".html")) continue;
  let html = readFileSync(file, "utf8");
  html = html.replace(/<html>/, '<html lang="zh-CN">').replace('title="Toggle sidebar"', 'title="显示或隐藏侧栏"');
  writeFileSync(file, html);
  pages++;
  for (const m of html.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g)) external.push(`${file}: ${m[1]}`);
}
if (external.length) {
  console.error(`[postbuild] 警告：页面引用了外部地址：\n${external.join("\n")}`);
  process.exitCode = 1;
}
console.error(`[postbuild] ${pages} 个页面已设置 lang="zh-CN"`);

const slicesDir = join(dist, "_file", "data", "slices");
if (existsSync(slicesDir)) rmSync(slicesDir, { recursive: true, force: true });
const written = await writeSlices(slicesDir);
console.error(`[postbuild] ${written.files} 个数据切片（${(written.bytes / 1e6).toFixed(1)} MB，gzip）已写入 ${slicesDir}，用时 ${(written.ms / 1000).toFixed(1)} 秒`);

const template = join(dist, "region", "_template.html");
if (existsSync(template)) {
  const codes = readdirSync(join(slicesDir, "region")).filter((f) => f.endsWith(".json.gz")).map((f) => f.slice(0, -".json.gz".length));
  for (const code of codes) copyFileSync(template, join(dist, "region", `${code}.html`));
  rmSync(template);
  console.error(`[postbuild] ${codes.length} 个地区页面 region/<代码>.html`);
} else {
  console.error(`[postbuild] 缺少 ${template}：地区页面未生成`);
  process.exitCode = 1;
}
