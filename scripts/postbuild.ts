// After `observable build`: set <html lang="zh-CN"> in every page (Framework 1.x writes a bare <html>), translate the
// one English tooltip Framework writes, warn about any http(s) URL that a page would load from outside, and write the
// per-page data slices (region, document, indicator … files fetched by the pages at run time; src/lib/slices.ts)
// into dist/_file/data/slices/; then give every jurisdiction with a region slice its own route, dist/region/<code>.html,
// a copy of the one region page Framework built (it reads the code from the address).
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeSlices } from "../src/lib/slices.ts";

const dist = process.argv[2] ?? "dist";

/**
 * Framework's build lines read like errors to a newcomer ("copy … → [missing] success"): one line saying what they
 * mean, printed first by this step, right under them.
 */
const BUILD_NOTE =
  "[postbuild] 说明：上面“[missing] success”表示该数据文件没有缓存、本次已重新生成且成功（[stale] 为数据有变、已重新生成，[fresh] 为沿用缓存），都不是错误 / note: \"[missing] success\" above means a data loader had no cached output and ran successfully — not an error";
console.error(BUILD_NOTE);

/**
 * dist/404.html, in Chinese, on its own: a static server serves it at any missing address (scripts/serve.ts; nginx
 * `error_page 404`), at any depth under any sub-path, so it loads no script, style or font of the site (their
 * relative addresses would be wrong there). Its one inline script finds the site's root — the deepest folder of the
 * address that holds this same 404.html — and points the links there.
 */
const NOT_FOUND_HTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>页面不存在 | 法治指标</title>
<style>
body { margin: 0; font: 16px/1.6 -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1f2937; background: #fff; }
main { max-width: 40rem; margin: 10vh auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.75rem; }
code { background: #f3f4f6; padding: 0 0.25rem; border-radius: 3px; overflow-wrap: anywhere; }
ul { padding-left: 1.25rem; }
a { color: #3b6fb6; }
.note { color: #6b7280; font-size: 14px; }
</style>
</head>
<body>
<main>
<h1>页面不存在（404）</h1>
<p>没有找到地址 <code id="fz-path"></code> 对应的页面。可能是链接有误，或该页面已随数据更新而移除。</p>
<p id="fz-region" hidden>地区页面按 6 位行政区划代码命名（如 <code>region/430203.html</code>）；数据中没有这个代码的报告时，就没有它的页面。</p>
<ul>
<li><a data-to="index.html" href="./index.html">返回首页（总览）</a></li>
<li><a data-to="regions.html" href="./regions.html">地区列表</a></li>
<li><a data-to="reports.html" href="./reports.html">原文列表</a></li>
</ul>
<p class="note">法治指标 · 各地法治政府建设年度报告中的可比数字</p>
</main>
<script>
(function () {
  var path = location.pathname;
  var shown = path;
  try { shown = decodeURIComponent(path); } catch (e) {}
  document.getElementById("fz-path").textContent = shown;
  if (/[/]region[/][^/]*$/.test(path)) document.getElementById("fz-region").hidden = false;
  var parts = path.split("/").slice(0, -1);
  var tries = [];
  for (var i = parts.length; i >= 1; i--) tries.push(parts.slice(0, i).join("/") + "/");
  (function next(k) {
    if (k >= tries.length) return;
    fetch(tries[k] + "404.html", {cache: "no-store"}).then(function (r) {
      if (!r.ok) return next(k + 1);
      var links = document.querySelectorAll("a[data-to]");
      for (var j = 0; j < links.length; j++) links[j].href = tries[k] + links[j].getAttribute("data-to");
      document.documentElement.setAttribute("data-root", tries[k]);
    }, function () { next(k + 1); });
  })(0);
})();
</script>
</body>
</html>
`;
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
writeFileSync(join(dist, "404.html"), NOT_FOUND_HTML);
console.error("[postbuild] 404.html（中文，不依赖站内脚本和样式）已写入");
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
