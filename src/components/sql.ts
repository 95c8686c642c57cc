// The SQL notebook's offline rules (src/notebook.md), as pure functions tested in Node (test/site/components.test.ts).
//
// DuckDB-WASM 1.29 ships without its extensions: read_parquet, JSON functions and time zones would each be
// downloaded from extensions.duckdb.org on first use (offline: "function signature mismatch"). The notebook
// therefore (1) turns extension autoinstall and autoload off, forbids reading files and URLs, and locks the
// configuration (LOCKDOWN_SQL), and (2) reads the site's own files through what ships in the site: a
// read_parquet('comparable.parquet'), read_json('documents.json') or read_csv('indicators.csv') naming one of them
// becomes the table the page loaded from it (parquet-wasm decodes Parquet, the browser parses JSON); (3) an error
// is explained in Chinese (explainError).

/** What the notebook's SQL can read: file name → the table holding its rows. */
export const SITE_FILES: Record<string, string> = {
  "observations.parquet": "observations",
  "documents.parquet": "documents",
  "indicators.parquet": "indicators",
  "jurisdictions.parquet": "jurisdictions",
  "comparable.parquet": "comparable",
  "document_texts.parquet": "document_texts",
  "observations.csv": "observations",
  "documents.csv": "documents",
  "indicators.csv": "indicators",
  "comparable.csv": "comparable",
  // the site's JSON files, expanded to one row per record (they are stored as {fields, rows})
  "documents.json": "documents_json",
  "jurisdictions.json": "jurisdictions_json",
};

/** Run once on the notebook's database before any query: no extension is ever fetched, no file or URL is read. */
export const LOCKDOWN_SQL = [
  "SET GLOBAL autoinstall_known_extensions = false",
  "SET GLOBAL autoload_known_extensions = false",
  "SET GLOBAL enable_external_access = false",
  "SET GLOBAL lock_configuration = true",
];

const READERS = "read_parquet|parquet_scan|read_json|read_json_auto|read_ndjson|read_ndjson_auto|read_json_objects|read_csv|read_csv_auto";
// Comments and string literals are skipped; a reader call with a string argument (and options), or FROM/JOIN 'file', is
// rewritten.
const TOKENS = new RegExp(
  [
    String.raw`--[^\n]*`,
    String.raw`/\*[\s\S]*?\*/`,
    String.raw`\b(${READERS})\s*\(\s*'((?:[^']|'')*)'\s*(?:,(?:[^()']|'(?:[^']|'')*'|\((?:[^()']|'(?:[^']|'')*')*\))*)?\)`,
    String.raw`\b(from|join)(\s+)'((?:[^']|'')*)'`,
    String.raw`'(?:[^']|'')*'`,
    String.raw`"(?:[^"]|"")*"`,
  ].join("|"),
  "gi",
);

/**
 * The site file a path names, or null: "comparable.parquet", "data/comparable.parquet", "./_file/data/comparable.1a2b3c4d.parquet"
 * or an address on this site (`origin`). An address on another host is never the site's file.
 */
export function siteFileOf(path: string, origin = ""): string | null {
  let p = path.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(p)) {
    if (!origin || !p.startsWith(`${origin}/`)) return null;
    p = p.slice(origin.length);
  }
  p = p.replace(/[?#].*$/, "");
  let name = p.slice(p.lastIndexOf("/") + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep it as written */
  }
  name = name.replace(/\.[0-9a-f]{8}(\.(?:parquet|json|csv))$/i, "$1"); // Framework's content hash
  return Object.hasOwn(SITE_FILES, name) ? name : null;
}

export interface Rewritten {
  sql: string;
  /** site files the query reads (their tables must be loaded) */
  files: string[];
  /** paths read_* or FROM '…' names that are not the site's files */
  unknown: string[];
}

/** Replace reads of the site's files by their tables; list any other path a query tries to read. */
export function rewriteSiteReads(sql: string, origin = ""): Rewritten {
  const files = new Set<string>();
  const unknown = new Set<string>();
  const out = sql.replace(TOKENS, (whole, reader?: string, arg?: string, kw?: string, space?: string, fromArg?: string) => {
    const path = reader ? arg : kw ? fromArg : undefined;
    if (path === undefined) return whole; // a comment, a string or a quoted identifier
    const raw = path.replaceAll("''", "'");
    const file = siteFileOf(raw, origin);
    if (!file) {
      unknown.add(raw);
      return whole;
    }
    files.add(file);
    return reader ? SITE_FILES[file]! : `${kw}${space}${SITE_FILES[file]}`;
  });
  return { sql: out, files: [...files], unknown: [...unknown] };
}

/** The tables of `names` a query mentions outside comments and strings (the ones loaded only when asked for). */
export function tablesMentioned(sql: string, names: string[]): string[] {
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'/g, " ");
  return names.filter((n) => new RegExp(`(^|[^\\w"])"?${n}"?(?![\\w])`, "i").test(code));
}

export function fileList(): string {
  return Object.keys(SITE_FILES).join("、");
}

/** The message for a query naming files that are not the site's: the notebook never reads anything else. */
export function unknownFilesMessage(paths: string[]): string {
  return `本页只能读取本站自带的文件，“${paths.join("”“")}”不是其中之一（本页离线运行，不访问网络，也不读取您电脑上的文件）。可读取的文件：${fileList()}。`;
}

const JSON_HELP =
  "JSON 函数和 JSON 类型（json_extract、->>、::JSON 等）属于 DuckDB 的 json 扩展，本页离线运行、不下载任何扩展，因此不能使用。" +
  "读取本站的 JSON 文件请用 read_json('documents.json') 或 read_json('jurisdictions.json')（由浏览器解析后交给 DuckDB）；" +
  "同样的数据也可直接查询表 documents、jurisdictions，或用 read_parquet('documents.parquet')、read_csv('documents.csv')。";

/** A DuckDB error message explained in Chinese (the original is shown beside it). */
export function explainError(message: string, tables: string[] = []): string {
  const msg = String(message ?? "");
  let m: RegExpMatchArray | null;
  if ((m = msg.match(/exists in the (\w+) extension/i))) {
    const ext = m[1]!.toLowerCase();
    if (ext === "json") return JSON_HELP;
    if (ext === "parquet") return `read_parquet 只能读取本站自带的 Parquet 文件（如 read_parquet('comparable.parquet')）；本页不下载 DuckDB 的 parquet 扩展。可读取的文件：${fileList()}。`;
    if (ext === "icu") return "时区、按地区排序等函数属于 DuckDB 的 icu 扩展，本页离线运行、不下载扩展，因此不能使用。日期请按不带时区的 DATE 或 TIMESTAMP 处理。";
    return `这个功能属于 DuckDB 的 ${ext} 扩展，本页离线运行、不下载任何扩展，因此不能使用。`;
  }
  if (/function signature mismatch|extensions\.duckdb\.org|Failed to (download|load) extension|Extension .* not found/i.test(msg)) {
    return "DuckDB 试图下载一个扩展，本页离线运行，不允许下载。请只使用内置功能；读取本站文件请用 read_parquet('comparable.parquet') 或 read_json('documents.json')。";
  }
  if (/Permission Error/i.test(msg)) {
    return `本页的 DuckDB 不读写文件、不访问网络、不加载扩展：只能查询已载入的表（${tables.join("、") || "observations、documents、indicators、jurisdictions、comparable"}）和本站自带的文件（${fileList()}）。`;
  }
  if (/configuration has been locked|Cannot change configuration/i.test(msg)) return "本页的 DuckDB 设置已锁定（不下载扩展、不访问网络），不能修改。";
  if ((m = msg.match(/Table with name "?([^"!\s]+)"? does not exist/i))) {
    return `没有名为 ${m[1]} 的表。可用的表：${tables.join("、") || "observations、documents、indicators、jurisdictions、comparable"}；本站文件可用 read_parquet('…') 或 read_json('…') 读取。`;
  }
  if ((m = msg.match(/Referenced column "?([^"\s]+)"? not found/i))) return `没有名为 ${m[1]} 的列。各表的列见“下载”页的字段说明。`;
  if ((m = msg.match(/(?:Scalar|Table|Aggregate) Function with name "?(\w+)"? does not exist/i))) return `没有名为 ${m[1]} 的函数（或它需要本页不提供的扩展）。`;
  if ((m = msg.match(/syntax error at or near "([^"]*)"/i))) return `SQL 语法错误，位置在“${m[1]}”附近。`;
  if (/syntax error at end of input/i.test(msg)) return "SQL 语法错误：语句不完整。";
  if (/No function matches/i.test(msg)) return "函数的参数类型不匹配，可能需要显式转换类型（如 CAST(x AS INTEGER)）。时区函数需要本页不提供的 icu 扩展。";
  if (/Conversion Error|Could not convert/i.test(msg)) return "类型转换失败：某个值不能转换为所需的类型。";
  if (/Binder Error/i.test(msg)) return "SQL 中的名称或类型有误（如列名拼写、GROUP BY 缺少列）。";
  if (/Parser Error/i.test(msg)) return "SQL 语法错误。";
  if (/Out of Memory|memory/i.test(msg)) return "浏览器内存不足，请缩小查询范围（如加 WHERE 或 LIMIT）。";
  return "DuckDB 报告了一个错误，原文见下。";
}

/** How the browser builds one column of a JSON file's table for DuckDB. */
export type ColumnKind = "int" | "float" | "bool" | "string" | "int_list" | "float_list" | "string_list";

/** The column kind of a JSON column's values: numbers, booleans, strings, or lists of them; anything else as JSON text. */
export function columnKind(values: unknown[]): ColumnKind {
  const present = values.filter((v) => v != null);
  if (!present.length) return "string";
  if (present.every((v) => typeof v === "number")) return present.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31) ? "int" : "float";
  if (present.every((v) => typeof v === "boolean")) return "bool";
  if (present.every((v) => Array.isArray(v))) {
    const items = (present as unknown[][]).flat();
    const k = columnKind(items);
    return k === "int" ? "int_list" : k === "float" ? "float_list" : "string_list";
  }
  return "string";
}

/** A cell as a string column holds it: strings as they are, anything else as JSON text. */
export function asText(v: unknown): string | null {
  return v == null ? null : typeof v === "string" ? v : JSON.stringify(v);
}

/** The records of one of the site's JSON files: {fields, rows} expanded, an array as it is, an object as one record. */
export function jsonRecords(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.map((d) => (d && typeof d === "object" && !Array.isArray(d) ? (d as Record<string, unknown>) : { value: d }));
  if (data && typeof data === "object") {
    const t = data as { fields?: unknown; rows?: unknown };
    if (Array.isArray(t.fields) && Array.isArray(t.rows)) {
      const fields = t.fields as string[];
      return (t.rows as unknown[][]).map((r) => Object.fromEntries(fields.map((f, i) => [f, r[i] ?? null])));
    }
    return [data as Record<string, unknown>];
  }
  return [{ value: data }];
}
