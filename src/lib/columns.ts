// Column documentation for the 下载 page and README.txt, generated from pipeline/schema.ts (zod): names, types,
// nullability, enum values and the schema's own descriptions, plus a Chinese note per column written here.
import { TABLES, isNullable, sqlType, type TableName } from "../../pipeline/schema.ts";

export const TABLE_ZH: Record<string, string> = {
  documents: "报告文件：每个输入文件一行",
  observations: "数值：从报告中读出的每个数字一行，另含流水线推算的数值",
  indicators: "指标目录：每个指标一行",
  jurisdictions: "行政区划：报告涉及的地区及其上级",
  document_texts: "报告全文：规范化后的正文（observations 的 char_start/char_end 即指向此文本）",
  comparable: "可比数值：每个地区、每年、每个指标一个数值，从该地该年的全部有效文件中按既定顺序选出（看板与下载所用）",
};

export const COLUMN_ZH: Record<string, Record<string, string>> = {
  documents: {
    doc_id: "文件标识：由文件字节计算（同样的文件在任何机器上标识相同）",
    source_path: "输入文件路径",
    file_name: "文件名",
    format: "文件格式（txt、html、docx、pdf）",
    encoding: "原文件的字符编码",
    title: "报告标题（正文中有标题时）",
    jurisdiction_code: "地区代码，6 位行政区划代码（GB/T 2260），如 430203",
    jurisdiction_name: "地区名称，如 芦淞区",
    admin_level: "行政级别：province 省级（省、自治区、直辖市）· prefecture 地市级 · county 县级（县、县级市、市辖区、旗）",
    province_name: "所属省级单位，如 湖南省；直辖市的区为该直辖市",
    parent_name: "县级单位所属的地级单位，如 株洲市；其他为空",
    report_year: "报告所述年度（不是发布年份）",
    published_on: "发布日期 YYYY-MM-DD（文中写明时）",
    issuer: "发布机关",
    char_count: "规范化正文的字数",
    observation_count: "从本文件提取的数值条数",
    status: "状态：ok 正常 · quarantined 已隔离（未纳入统计）· duplicate 重复文件",
    status_reason: "状态说明（为何隔离等）",
    duplicate_of: "若为重复文件，所重复的 doc_id",
    source_url: "原文网址（如有）",
    fetched_at: "抓取时间（如有）",
    doc_kind: "文件类型：annual_report 政府法治政府建设年度报告 · department_report 部门报告 · statistics_release 统计数据发布 · report_to_congress 向人大（常委会）的报告 · enforcement_report 行政执法年报 · yearbook_entry 年鉴条目 · news 新闻 · other 其他",
    jurisdiction_source: "决定地区的线索：title 标题 · signature 落款 · opening 开头 · body 正文 · site 网站来源 · source_url 网页地址 · source_list 来源清单",
  },
  observations: {
    obs_id: "数值标识：doc_id + ':' + 序号",
    doc_id: "来源文件",
    jurisdiction_code: "地区代码",
    report_year: "报告年度",
    indicator_id: "指标标识（见 indicators）",
    value: "数值，按指标单位：件数为普通数字（1.7万 → 17000），比率为 0–100 的百分数，金额为元",
    unit: "单位，如 件、人、批、人次、%、元",
    qualifier: "限定：exact 确数 · approx 约数（余、多、近、约、左右）· at_least 不少于（以上、不低于、不少于）· more_than 超过（超过、逾）· at_most 不超过（以下、不超过）· less_than 不足（不足、低于）",
    period: "时段：full_year 全年（默认）· partial 部分时段（一季度、上半年、6月至12月…）· cumulative 累计（成立以来、多年合计）· prior_year 上年对比数",
    period_note: "决定时段的原文字词，如 一季度",
    scope: "范围：jurisdiction 全辖区（默认）· government_level 政府本级 · higher_level 上级事项 · sub_entity 下属单位 · subcategory 分类细项 · as_respondent 作为被申请人",
    scope_note: "决定范围的原文字词，如 市本级",
    is_derived: "是否为流水线推算（由计数算比率、由分项算合计）",
    is_headline: "是否为首要数值：每份报告每个指标仅一个，即看板显示的那个（全辖区、全年、原文直接给出的数值优先）",
    flags: "疑点标记，以 ; 分隔；inconsistent_with_counts 表示原文比率与由计数算出的比率不一致",
    evidence: "数值所在的原文句子或分句",
    char_start: "数字在规范化正文中的起始位置（字符序号，从 0 起）",
    char_end: "数字在规范化正文中的结束位置（不含）",
    raw_text: "数字的原文写法，含限定词和单位",
    rule: "产生此数值的规则族或推算方法",
    original_value: "分析人员更正前提取的数值",
    correction: "更正记录：谁、何时、为何",
  },
  indicators: {
    indicator_id: "指标标识",
    area: "领域（英文）",
    area_zh: "领域",
    name_zh: "中文名称",
    name_en: "英文名称",
    unit: "单位",
    kind: "类型：count 计数 · rate 比率 · money 金额 · ratio 比值",
    definition: "定义",
    formula: "计算公式（推算指标）",
    higher_is_better: "方向：true 越高越好 · false 越低越好 · 空 无方向",
    tracked: "是否为数据约定中固定跟踪的指标",
  },
  jurisdictions: {
    code: "行政区划代码",
    name: "名称",
    level: "级别：province · prefecture · county",
    parent_code: "上级代码",
    parent_name: "上级名称",
    province_code: "所属省级单位代码",
    province_name: "所属省级单位名称",
    chain: "从省到本级的名称，以 ' > ' 连接",
  },
  document_texts: {
    doc_id: "文件标识",
    text: "规范化后的报告正文",
  },
  comparable: {
    jurisdiction_code: "行政区划代码",
    report_year: "报告所述年度",
    indicator_id: "指标标识",
    value: "数值（计数为件数等，比率为百分数）",
    unit: "单位",
    qualifier: "限定：exact 确数 · approx 约数 · at_least 以上 · more_than 超过 · at_most 以下 · less_than 不足",
    period: "时段：full_year 全年 · partial 部分时段 · cumulative 累计 · prior_year 上年",
    obs_id: "所选数值在 observations 中的标识",
    doc_id: "所选数值出自的文件",
    char_start: "数字在规范化正文中的起始位置",
    char_end: "数字在规范化正文中的结束位置",
    doc_kind: "所选文件的类型（优先顺序：政府年度报告 > 统计数据发布 > 部门报告 > 执法年报 > 向人大的报告 > 年鉴 > 新闻 > 其他）",
    n_sources: "该地该年给出此指标的文件数",
    flags: "标记：conflicting_sources 另有文件给出不同的全年数值 · from_later_report 取自下一年度报告中的上年数 · 以及原数值自身的标记",
  },
};

export interface ColumnDoc {
  name: string;
  type: string;
  nullable: boolean;
  values: string[] | null;
  description: string | null;
  zh: string;
}

function enumValues(field: any): string[] | null {
  let t = field;
  while (t.def.type === "nullable" || t.def.type === "optional" || t.def.type === "default") t = t.def.innerType;
  return t.def.type === "enum" ? Object.values(t.def.entries as Record<string, string>) : null;
}

export function columnDocs(): { table: string; zh: string; columns: ColumnDoc[] }[] {
  return (Object.keys(TABLES) as TableName[]).map((table) => {
    const shape = TABLES[table].shape as Record<string, any>;
    return {
      table,
      zh: TABLE_ZH[table] ?? "",
      columns: Object.entries(shape).map(([name, field]) => ({
        name,
        type: sqlType(field),
        nullable: isNullable(field),
        values: enumValues(field),
        description: field.description ?? null,
        zh: COLUMN_ZH[table]?.[name] ?? "",
      })),
    };
  });
}

export function readmeText(): string {
  const lines = [
    "法治指标 数据文件说明",
    "======================",
    "",
    "看板数值.csv：看板所示的数值，每地每年每指标一行，列名与取值均为中文：地区、省份、级别、年度、指标、数值、单位、限定、时段、范围、原文句子、来源（可引用的报告：发布机关、标题或“原文无标题”、发布日期、网址、文件名）、备注（疑点、推算、多份文件）。与 comparable.csv 的行一一对应。",
    "comparable.csv、documents.csv、observations.csv、indicators.csv：UTF-8 编码（带 BOM，Excel 可直接打开），RFC 4180 引号规则，第一行为列名。",
    "以 = + - @ 开头的文字单元格前加了一个单引号，防止 Excel 把它当作公式执行。",
    "*.parquet：每张表一个 Parquet 文件（zstd 压缩），可用 DuckDB、pandas、Spark、Trino 等读取。",
    "数值缺失即为空，从不以 0 填充。",
    "",
  ];
  for (const t of columnDocs()) {
    lines.push(`${t.table}：${t.zh}`, "-".repeat(40));
    for (const c of t.columns) {
      const type = `${c.type}${c.nullable ? "，可为空" : ""}`;
      lines.push(`  ${c.name}（${type}）：${c.zh || c.description || ""}${c.values ? `；取值：${c.values.join(" / ")}` : ""}`);
    }
    lines.push("");
  }
  return lines.join("\r\n");
}
