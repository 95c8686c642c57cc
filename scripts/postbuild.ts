// After `observable build`: set <html lang="zh-CN"> in every page (Framework 1.x writes a bare <html>), translate the
// one English tooltip Framework writes, and warn about any http(s) URL that a page would load from outside.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
