// Observable Framework configuration for the 法治指标 site. Built fully offline: see docs/deploy.md and
// shared/notes/framework-probe.md (npm cache seeded from node_modules, no web fonts, no DuckDB extensions).
const today = new Date();
const builtOn = `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;

export default {
  root: "src",
  title: "法治指标",
  home: "法治指标 · 总览",
  pages: [
    { name: "指标", path: "/indicator" },
    { name: "对比", path: "/compare" },
    { name: "地区", path: "/regions" },
    { name: "原文", path: "/reports" },
    { name: "数据质量", path: "/quality" },
    { name: "方法", path: "/method" },
    { name: "SQL 笔记本", path: "/notebook" },
    { name: "下载", path: "/download" },
  ],
  // The region route /region/<code>: Framework builds the parameterized page once (as a template) and
  // scripts/postbuild.ts copies it for every jurisdiction, because building 3,000 pages one by one takes minutes
  // (≈90 ms a page). `npm run dev` serves any /region/<code> directly. The document view is doc.html?id=…; both
  // read one small file each (src/lib/slices.ts).
  dynamicPaths: ["/region/_template"],
  pager: false, // its labels ("Previous page") are English and cannot be translated
  toc: { label: "本页目录" },
  search: false,
  preserveExtension: true, // links become ./page.html and work on any static file server
  // lang="zh-CN" is also written into every <html> tag by scripts/postbuild.ts; this covers `npm run dev`.
  head: `<meta name="description" content="法治指标：各地法治政府建设年度报告中的可比数字">
<link rel="icon" href="data:,">
<script>document.documentElement.lang = "zh-CN";</script>`,
  footer: `法治指标 · 数据来自各地公开发布的法治政府建设年度报告，由本项目流水线自动提取，请以原文为准 · 构建于${builtOn}`,
  globalStylesheets: [], // default loads Google Fonts
  style: "style.css",
  duckdb: { extensions: { json: null, parquet: null } }, // default downloads extensions from extensions.duckdb.org
};
