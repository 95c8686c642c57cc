// The indicator catalog: every indicator's names, unit, definition, formula and the ways reports state it, in one
// place. Tracked ids are fixed by shared/CONTRACT.md; the rest follow shared/notes/domain.md §2.
import { DEPARTMENTS_AS_RESPONDENT, SUBORDINATE_RESPONDENT } from "../extract/context.ts";
import type { Indicator } from "./types.ts";

const CASES = ["件", "宗", "起", "件次"] as const;
const PEOPLE = ["人", "名"] as const;
const RATE = ["%"] as const;
const ITEMS = ["项", "个", "件", "条"] as const;

// Reconsideration and litigation counts mean nothing when the subject is a legal adviser who "helped with" cases.
const ADVISER = /法律顾问|公职律师|律师|协助|代理律师|法律援助/;
// Visitors received by lawyers or a legal-service programme are not the region's petition volume.
const PETITION_HELPERS = /律师|法律顾问|法律援助|公共法律服务|调解工作室|调解室|调委会|来访咨询/;
// Leaders' own receptions ("区领导接待群众来访86批次") are a share of the volume, not the volume.
const LEADERS = /领导|书记|负责人|(?<![社城])[省市区县州]长(?![效期远足久])/;
// "以纠错、调解、和解等方式化解行政争议388件": corrections and settlements together (综合化解), not settlements.
const WITH_CORRECTIONS = /纠错[^,;。\d]{0,6}(调解|和解)|(调解|和解)[^,;。\d]{0,6}纠错/;
// Lawsuits brought after a reconsideration decision (复议后起诉) are a breakdown, and legal advisers' cases not the region's.
const AFTER_RECON = new RegExp(`${ADVISER.source}|复议[^,;。\\d]{0,8}后|不服[^,;。\\d]{0,8}复议`);
// "法院诉前调解纠纷1482件,调解成功863件": the court's pre-litigation mediation, not people's mediation
const COURT_MEDIATION = /(诉前|诉调|行政调解)[^;。]{0,16}$/;
// Pre-acceptance and dismissal steps are not the headline flows.
const NOT_ACCEPTED = /不予受理|不予立案|告知|转送|退回|补正/;

/** "<measure>…的案件占审结案件的N%": the measure's share of the concluded cases (rates of correction, settlement). */
function OF_CONCLUDED(measure: RegExp): RegExp {
  return new RegExp(`(${measure.source})[^,;。\\d]{0,24}占[^,;。\\d]{0,4}(审结|办结|结案)[^,;。\\d]{0,6}$`);
}

// "立案169件,合并处理11件,…实际应提交承办142件": the count handed on after merging (extract lets earlier counts give way)
export const MERGED = /(并案|合并|归并)(后|处理后)[,，]?(共|实际)?(交办|办理|承办|立案)[^,;。\d]{0,3}$|^实际(应)?(提交|交由)?[^,;。\d]{0,6}(交办|承办|办理)[^,;。\d]{0,3}$/;
const COMBINED_ITEMS = /(建议|议案)[和、及与](政协)?(委员)?提案[^。\d]{0,3}\d+\s*件[^。]*$/;
const HEAD_ATTENDED = /^(?![^,;。]{0,20}负责人[^,;。]{0,4}出庭)/;
// "县行政争议协调化解中心受理行政争议案件21件": a dispute centre's docket, not the reconsideration body's
const DISPUTE_CENTRE = /行政争议[^,;。\d]{0,8}中心[^。]*$/;
// a court's or an administrative-dispute centre's mediation, or a bureau's rulings on ownership ("依法调处土地、林地权属
// 争议58起,调处成功51起"): not people's mediation
const NOT_PEOPLES_MEDIATION = new RegExp(`${COURT_MEDIATION.source}|${DISPUTE_CENTRE.source}|(权属|确权)[^。;]{0,30}$`);
export const APPEARANCE_SHARE = /负责人[^,;。]{0,6}出庭[^,;。\d]{0,8}\d+\s*(件|次|起|人次|宗)[,，]?占[^,;。\d]{0,12}$/;
// a sentence about a court, unless it turns to people's mediation: "县人民法院诉前调解…", "区法院与区司法局诉调对接,…调解…"
const COURT_SENTENCE = /法院(?:(?!人民调解)[^。])*$/;
// "在网上公开办理结果14件,其中省人大代表建议1件、市人大代表建议8件": replies published, broken down by kind
// "会上,交办了市人大代表建议215件": the coming year's items, assigned at a meeting, not items handled
// "全省法院共受理各类行政诉讼案件7729件": a court's docket of every instance, not the lawsuits against the region's organs
// (one basic court's 各类 are its first-instance cases: "该院共受理各类行政诉讼案件69件")
const COURTS = "(全省|全市|全区|全州|两级|三级|各级|省|自治区|市)[^,;。\\d]{0,4}法院";
const COURT_ALL_KINDS = new RegExp(`${COURTS}[^,;。\\d]{0,12}各类[^,;。\\d]{0,10}$|${COURTS}[^。]{0,40}[,;]\\s*(共)?受理各类(行政)?诉讼案件$`);
const ASSIGNED_AT_MEETING = /(会上|(?<!次)会议)[^。]{0,8}交办[^。]*$/; // (not a session: "人大一次会议交办的代表建议")
const PUBLISHED_SPLIT = /(公开|公布|答复|回复)[^,;。\d]{0,8}\d+[件条项],其中[^;。]*$/;

export const INDICATORS: Indicator[] = [
  // ── 行政复议 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "recon_as_respondent", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: false,
    name_zh: "被复议案件数", name_en: "Reconsideration cases with this government as respondent",
    definition: "本级政府（或其部门）作为被申请人、由上级复议机关审理的复议案件数，不是本级政府自己办理的案件。",
    rules: [
      // "以市政府为被申请人、由河南省人民政府审理的行政复议案件23件": the reviewing body may come between
      // "办理复议区政府案件7件": the cases brought against the government itself
      { lead: /复议(本级|[区县市州旗]|[区县市州旗]人民)政府(的)?案件[^,;。\d]{0,3}$/, units: CASES, priority: 30 },
      { lead: /(被复议|(作|成)?为[^,;。\d]{0,6}被申请人|被申请复议|被申请行政复议)[^,;。]{0,20}$/, units: CASES, priority: 30, not: new RegExp(`${SUBORDINATE_RESPONDENT.source}|${DEPARTMENTS_AS_RESPONDENT.source}|(镇|乡|街道)(人民政府|政府)?(作)?为被申请人`) },
      // "以市政府为被申请人的行政复议案件,郑州市人民政府共受理9件": the cases named first, the reviewing body's intake after
      { lead: /^[^,;。\d]{0,14}?(共|依法)?(受理|收到|办理|审理|接收)(了)?$/, before: /(作)?为被申请人的[^,;。\d]{0,10}案件[,:][^,;。\d]{0,18}$/, units: CASES, topics: ["recon"], priority: 30, notBefore: new RegExp(`${SUBORDINATE_RESPONDENT.source}|${DEPARTMENTS_AS_RESPONDENT.source}|(镇|乡|街道)(人民政府|政府)?(作)?为被申请人`) },
    ],
  },
  {
    id: "recon_settled", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: true,
    name_zh: "行政复议调解和解结案数", name_en: "Reconsideration cases settled by mediation or conciliation",
    definition: "通过调解、和解（含和解后撤回、和解终止）方式结案的行政复议案件数。",
    rules: [
      { lead: /(调解|和解|调撤)[^,;。率]{0,12}(结案|终止|办结|化解|撤回|方式)[^,;。率]{0,6}$/, units: CASES, topics: ["recon"], priority: 20, not: WITH_CORRECTIONS },
      { lead: /(调解|和解)(结案|终止|撤回)?$/, units: CASES, topics: ["recon"], priority: 20, not: /受理前|案前|立案前|诉前/ },
      // "终止13件,其中经调解后达成和解协议的4件", "当事人自愿达成和解的6件": the parties' agreement ended the case
      { lead: /达成(和解|调解)(协议)?[^,;。率\d]{0,3}$/, units: CASES, topics: ["recon"], priority: 20, not: /受理前|案前|立案前|诉前/ },
      // "调解和解结案132件": the pair 调解和解 is reconsideration's word even where 调解 makes the topic 调解
      { lead: /调解[、和]?和解(方式)?(结案|终止)[^,;。率]{0,4}$/, units: CASES, notTopics: ["litig", "court", "labor"], not: WITH_CORRECTIONS, priority: 19 },
      // "另有3件经调解后申请人撤回申请", "(3)56件通过调解和解方式结案", "224件因调解成功,申请人撤回申请": the way the
      // cases ended comes after the number
      { trail: /^(案件)?(经|通过|以|因)[^,;。\d]{0,8}(调解|和解)([^,;。\d]{0,12}(撤回|终止|结案)|成功|达成)/, units: CASES, topics: ["recon"], priority: 20, not: /受理前|案前|立案前/ },
      // "全市共调解行政复议案件154件": cases the reconsideration bodies mediated
      { lead: /(调解|和解)(了)?(行政)?复议(案件)?[^,;。\d]{0,2}$/, units: CASES, topics: ["recon"], priority: 20, not: /受理前|案前|立案前|调解员|调解室|调解中心/ },
    ],
  },
  {
    id: "recon_pre_acceptance_resolved", area: "recon", unit: "件", kind: "count", higher_is_better: true,
    name_zh: "受理前化解行政争议数", name_en: "Disputes resolved before acceptance",
    definition: "受理前（案前）调解化解的行政争议数，不计入受理数。",
    rules: [
      // ("另有63件行政争议在申请复议前经…调解中心化解")
      { lead: /(受理前|案前|立案前|申请复议前|复议申请前)[^,;。]{0,20}$/, units: CASES, topics: ["recon"], priority: 25 },
      // ("…复议后起诉率8.1%;3.受理前调解化解行政争议23件": 受理前 is the reconsideration body's word, whatever the topic)
      { lead: /受理前[^,;。]{0,14}$/, units: CASES, topics: ["litig"], priority: 25 },
    ],
  },
  {
    id: "recon_received", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "行政复议申请收到数", name_en: "Reconsideration applications received",
    definition: "年度内收到（新收）的行政复议申请数，与受理数不同。",
    rules: [
      { lead: /(收到|新收|接收|收案|共收|接到)[^,;。]{0,14}$/, units: CASES, topics: ["recon"], not: /受理|审结|办结|不予|转送|告知/, priority: 10 },
      // "申请总数:148件" in a statistics release's label lines
      // (not a milestone: "申请数量首次突破200件")
      { lead: /^(复议)?(申请|收案)(总数|总量|数量)[^,;。\d]{0,3}$/, units: CASES, topics: ["recon"], not: /首次|突破/, priority: 10 },
      { lead: /复议申请[^,;。]{0,3}$/, units: CASES, topics: ["recon"], not: /受理|审结|办结|不予|转送|告知|办理|撤回|撤销|审查/, priority: 5 },
      // "收到的行政复议案件中,县级政府部门作为被申请人的案件有1388件": the cases received, split by respondent
      { lead: new RegExp(`${DEPARTMENTS_AS_RESPONDENT.source}的(行政复议)?(案件)?(有|为|共)?$`), before: /收到/, units: CASES, topics: ["recon"], priority: 30 },
      // "向市公安局申请行政复议案件3件", "群众申请行政复议58件": the applications the body was asked to decide
      { lead: /(向[^,;。\d]{1,12}|群众|当事人|申请人|公民)申请(行政)?复议(的)?(案件)?[^,;。\d]{0,3}$/, units: CASES, topics: ["recon"], not: /受理|审结|办结|不予|撤回|告知/, priority: 9 },
    ],
  },
  {
    id: "recon_not_accepted", area: "recon", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "行政复议不予受理数", name_en: "Reconsideration applications not accepted",
    definition: "经审查不予受理（含告知、转送）的申请数。",
    rules: [{ lead: /(不予受理|不予立案|告知|转送)[^,;。]{0,8}$/, units: CASES, topics: ["recon"], priority: 15 }],
  },
  {
    id: "recon_accepted", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "行政复议受理数", name_en: "Reconsideration applications accepted",
    definition: "依法受理的行政复议申请数。受理率 = 受理 / 收到。",
    rules: [
      { lead: /受理[^,;。]{0,14}$/, units: CASES, topics: ["recon"], not: /(不予|未予|未)受理|受理前|不(符合|属于)[^,;。\d]{0,2}受理/, notBefore: DISPUTE_CENTRE, priority: 10 },
      // "收到行政复议申请58件,依法收案51件": docketed after review, the applications accepted
      { lead: /(依法|经审查(后)?[,，]?|予以)收案[^,;。\d]{0,3}$/, units: CASES, topics: ["recon"], priority: 12 },
    ],
  },
  {
    id: "recon_concluded", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: true,
    name_zh: "行政复议审结数", name_en: "Reconsideration cases concluded",
    definition: "年度内审结（办结、结案）的行政复议案件数，可能含上年结转。",
    rules: [
      // (not "在已结案件中撤销9件": an outcome named after the concluded cases is that outcome's count)
      // (not case files reviewed: "评查已结案卷320宗"; nor the cases carried over among them: "审结案件中含2021年结转11件"; but "审结(含上年结转)" is all of them)
      { lead: /(审结|办结|结案|审理终结|作出复议决定|作出行政复议决定)[^,;。]{0,10}$/, units: CASES, topics: ["recon"], not: /调解|和解|调撤|(审结|办结|结案)[^,;。\d]{0,6}(撤销|维持|驳回|确认|责令|变更|终止|纠错)|未(审结|办结|结案|结)|其他(方式|形式)|案卷|卷宗|评查|(?<!(含|包括)[^,;。\d]{0,5})(结转|旧存)|终止[^,;。\d]{0,4}(方式)?(结案|审结)|法定期限|按期|如期|(简易|普通)程序/, priority: 10 },
    ],
  },
  {
    id: "recon_handled", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "行政复议办理数", name_en: "Reconsideration cases handled",
    definition: "文中只说“办理”（既未说收到也未说受理）的行政复议案件数，可能含上年结转。",
    rules: [
      { lead: /(办理|处理|审理|审查|承办|共有|发生)[^,;。]{0,14}$/, units: CASES, topics: ["recon"], not: /被复议|被申请人|审结|办结|结案|尚在|正在|在审|未审结|未办结|结转|参与|听证|(简易|普通)程序|繁简/, notBefore: ADVISER, priority: 5 },
      { lead: /行政复议(案件)?[^,;。]{0,3}$/, units: CASES, topics: ["recon"], not: /被复议|收到|受理|审结|办结|结案/, notBefore: ADVISER, priority: 2 },
    ],
  },
  {
    id: "recon_upheld", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议维持数", name_en: "Decisions upholding the act", definition: "决定维持原行政行为的案件数。",
    rules: [
      { lead: /维持(原行政行为|原具体行政行为|原决定)?[^,;。]{0,3}$|维持[^,;。\d率]{0,10}(决定|行为)[^,;。\d率]{0,2}$/, units: CASES, topics: ["recon"], priority: 10 },
      { trail: /^(决定)?维持/, units: CASES, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_rejected", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议驳回数", name_en: "Applications rejected", definition: "决定驳回复议申请（或驳回复议请求）的案件数。",
    rules: [
      { lead: /驳回[^,;。]{0,6}$|驳回[^,;。\d率]{0,12}(请求|申请)[^,;。\d率]{0,2}$/, units: CASES, topics: ["recon"], priority: 10 },
      { trail: /^(决定)?驳回/, units: CASES, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_revoked", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议撤销数", name_en: "Acts revoked", definition: "决定撤销原行政行为的案件数（纠错的一种）。",
    rules: [
      // "撤销被申请机关具体行政行为2件"
      { lead: /撤销(被申请(人|机关|单位)的?)?(原)?(具体)?(行政行为|决定)?[^,;。]{0,3}$/, units: CASES, topics: ["recon"], not: /撤回|事业单位|登记|许可|资质/, priority: 10 },
      { trail: /^(决定)?撤销/, units: CASES, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_altered", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议变更数", name_en: "Acts altered", definition: "决定变更原行政行为的案件数（纠错的一种）。",
    rules: [
      { lead: /变更(原行政行为|原决定)?[^,;。]{0,3}$/, units: CASES, topics: ["recon"], not: /登记|事项/, priority: 10 },
      { trail: /^(决定)?变更/, units: CASES, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_confirmed_illegal", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议确认违法数", name_en: "Acts confirmed illegal", definition: "决定确认原行政行为违法（或无效）的案件数（纠错的一种）。",
    rules: [
      { lead: /确认(违法|无效)[^,;。]{0,3}$/, units: CASES, topics: ["recon"], priority: 10 },
      { trail: /^(决定)?确认(违法|无效)/, units: CASES, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_ordered_to_perform", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议责令履行数", name_en: "Ordered to perform", definition: "决定责令被申请人履行法定职责的案件数（纠错的一种）。",
    rules: [
      // "责令被申请人依法履职4件"
      // (not "决定撤销并责令履职4件": revoked and ordered at once, which neither count alone holds)
      { lead: /责令(被申请(人|机关|单位))?(依法|限期)?(履行|履职)[^,;。]{0,6}$/, units: CASES, topics: ["recon"], not: /撤销(并|且|同时)责令/, priority: 10 },
      { trail: /^(决定)?责令(限期)?(履行|履职)/, units: CASES, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_terminated", area: "recon", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议终止数", name_en: "Cases terminated", definition: "终止审理的案件数（不含和解终止）。",
    rules: [{ lead: /(?<!和解|调解)终止(审理|审查)?[^,;。]{0,3}$/, units: CASES, topics: ["recon"], priority: 8 }],
  },
  {
    id: "recon_corrected", area: "recon", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "复议纠错数", name_en: "Acts corrected", formula: "recon_revoked + recon_altered + recon_confirmed_illegal + recon_ordered_to_perform",
    definition: "撤销、变更、确认违法、责令履行之和（直接纠错）；文中未说时由各项相加得出。",
    rules: [
      { lead: /(直接纠错|纠错|纠正违法(或|或者|和|及)不当(的)?(具体)?行政行为|纠正)(案件|决定)?[^,;。率类型]{0,3}$|(直接纠错|直接纠正)[^,;。率类型\d]{0,10}(决定|行为|案件)[^,;。率类型\d]{0,2}$/, units: CASES, topics: ["recon"], not: /确认违法|撤销|变更|责令|维持|驳回/, priority: 12 },
      { trail: /^(的)?(直接)?(被)?纠错/, units: CASES, topics: ["recon"], priority: 12 },
      // Wordings only reconsideration uses: they name their topic even at the start of a paragraph.
      { lead: /纠正违法(或|或者|和|及)不当(的)?(具体)?行政行为[^,;。率]{0,3}$|直接纠错[^,;。率]{0,3}$|作出纠错决定[^,;。率]{0,3}$/, units: CASES, notTopics: ["litig", "court"], priority: 11 },
    ],
  },
  {
    id: "recon_correction_rate", area: "recon", tracked: true, unit: "%", kind: "rate", higher_is_better: null,
    name_zh: "复议纠错率", name_en: "Correction rate", formula: "recon_corrected / recon_concluded * 100",
    definition: "纠错案件占审结案件的百分比（直接纠错率或综合纠错率，分母以文中为准）。",
    rules: [
      // (not a disclosure office's: "办理政府信息公开申请1,384件,被纠错率0.9%")
      { lead: /纠错率[^,;。\d]{0,4}$/, units: RATE, notTopics: ["disclosure"], priority: 10 },
      { lead: OF_CONCLUDED(/纠错|纠正/), units: RATE, topics: ["recon"], priority: 10 },
      // "作出纠错决定的191件,纠错为4.1%": the share said with 为 after the word for corrections
      { lead: /(纠错|直接纠错|纠正)(为|达|达到)$/, units: RATE, topics: ["recon"], priority: 10 },
      // "直接纠错案件占比为11.6%": the corrections' share, said as 占比
      { lead: /纠错(案件)?(数)?(占比|比例)(为|达)?$/, units: RATE, topics: ["recon"], priority: 10 },
      // "其中53.1%的行政行为因为违法或不当而被纠正": the share corrected, said before its noun
      { trail: /^的[^,;。\d]{0,20}(被纠正|被纠错|予以纠正|被撤销或变更|被依法纠正)/, units: RATE, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_settlement_rate", area: "recon", tracked: true, unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "复议调解和解率", name_en: "Settlement rate", formula: "recon_settled / recon_concluded * 100",
    definition: "调解、和解结案占审结案件的百分比。",
    rules: [
      // (not the share settled before acceptance: "受理前调解化解率24.6%")
      { lead: /(调解|和解|调撤)[^,;。]{0,6}率[^,;。\d]{0,4}$/, units: RATE, topics: ["recon"], not: /受理前|案前|立案前|申请前/, notBefore: DISPUTE_CENTRE, priority: 10 },
      { lead: /(调解和解(结案)?率|调撤率)[^,;。\d]{0,4}$/, units: RATE, notTopics: ["litig", "court", "mediation", "labor"], priority: 9 },
      // "调解后申请人撤回复议请求的案件占审结案件的15.5%": a share of the concluded cases is the rate itself
      { lead: OF_CONCLUDED(/调解|和解|撤回/), units: RATE, topics: ["recon"], priority: 10 },
      // "审结案件中,…调解和解终止的占12.1%": the share of the concluded cases that ended by agreement
      { lead: /(调解|和解)[^,;。\d率]{0,6}(终止|结案|撤回)?的?(占|占比)(比)?(为|达)?$/, units: RATE, topics: ["recon"], priority: 10 },
    ],
  },
  {
    id: "recon_resolution_rate", area: "recon", unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "复议综合化解率", name_en: "Substantive resolution rate",
    definition: "（直接纠错 + 调解和解）/ 审结，即实质性化解率、综合化解率。",
    rules: [{ lead: /(综合化解率|实质性化解率|实质化解率|化解率)[^,;。\d]{0,4}$/, units: RATE, topics: ["recon"], priority: 9 }],
  },
  {
    id: "recon_on_time_rate", area: "recon", tracked: true, unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "复议法定期限内结案率", name_en: "Concluded within the legal time limit",
    definition: "在法定期限内审结的案件占审结案件的百分比。",
    rules: [
      { lead: /(期限内|按期|按时|及时)(结案|办结|审结)(的)?(率|比例|比率)[^,;。\d]{0,4}$|结案及时率[^,;。\d]{0,4}$/, units: RATE, topics: ["recon"], priority: 10 },
      { lead: /法定期限内(结案|办结|审结)率[^,;。\d]{0,4}$/, units: RATE, notTopics: ["litig", "court", "petition", "labor"], priority: 9 },
    ],
    // "行政复议案件均在法定期限内审结", "全部在法定期限内办结": every case on time
    zero: [{ pattern: /(案件)?(均|全部|全都|都)(已)?在法定期限内(审结|办结|结案|作出)/, value: 100, topics: ["recon"] }],
  },
  {
    id: "recon_opinion_letters", area: "recon", unit: "份", kind: "count", higher_is_better: null,
    name_zh: "复议意见书建议书", name_en: "Reconsideration opinion/suggestion letters",
    definition: "制发行政复议意见书、建议书的份数。",
    rules: [{ lead: /(复议)?(意见书|建议书)[^,;。]{0,4}$/, units: ["份", "件"], topics: ["recon"], priority: 10 }],
  },

  // ── 行政应诉 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "litig_head_appearance_rate", area: "litig", tracked: true, unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "行政机关负责人出庭应诉率", name_en: "Head-of-organ court appearance rate",
    definition: "行政机关负责人出庭应诉的案件占应出庭（开庭审理）案件的百分比。",
    // (not "复议应诉率" / "复议后应诉率": the share of reconsidered cases that went to court)
    rules: [
      // (not the heads who attend reconsideration hearings: "对38件案件组织召开听证会,…行政机关负责人出庭率达100%")
      // (nor the staff's: "被诉行政机关工作人员出庭应诉率为91.87%")
      { lead: /(出庭应诉率|出庭率|应诉率|出庭(应诉)?的?(比例|比率|占比))[^,;。\d]{0,6}$/, units: RATE, not: /复议(后)?(被)?(应诉|起诉)率|正职|(?<!负责人[^,;。\d]{0,6})工作人员出庭/, notBefore: /(听证|行政复议)(?![^。]*(诉讼|应诉率?|法院|庭审|被告))[^。]*$/, priority: 20 },
      // "行政机关负责人出庭应诉的87件,占诉讼案件的21.75%": the share of cases a head attended is the rate
      { lead: /^[,，]?占[^,;。\d]{0,12}$/, units: RATE, before: APPEARANCE_SHARE, priority: 21 },
    ],
    zero: [{ pattern: /负责人出庭(应诉)?(率)?(实现|达到)?全覆盖/, value: 100 }],
  },
  {
    id: "litig_head_appearance_cases", area: "litig", unit: "件", kind: "count", higher_is_better: true,
    name_zh: "负责人出庭应诉件数", name_en: "Cases with the organ head in court",
    definition: "行政机关负责人出庭应诉的案件数（或件次）。",
    rules: [{ lead: /负责人[^,;。率]{0,8}出庭[^,;。率]{0,8}$/, units: [...CASES, "次", "人次"], priority: 20 }],
  },
  {
    id: "litig_lost", area: "litig", tracked: true, unit: "件", kind: "count", higher_is_better: false,
    name_zh: "行政诉讼败诉数", name_en: "Lawsuits lost", definition: "判决行政机关败诉的一审案件数；“无败诉”“零败诉”记为 0。",
    rules: [
      // (not the lawsuits lost after reconsideration: "复议后起诉败诉3件")
      { lead: /败诉[^,;。率]{0,4}$/, units: CASES, topics: ["litig", "court"], not: /复议后/, priority: 15 },
      // "审结的31件中仅有1件判决行政机关败诉"
      { trail: /^(的)?(案件)?(被)?(判决|裁判)?(行政机关|政府|我县|我市|我区)?败诉/, units: CASES, topics: ["litig", "court"], priority: 15 },
      // "行政机关败诉案件共计122件" after a sentence on how cases ended: only lawsuits are lost, whatever topic is in force
      { lead: /败诉(案件|案)?[^,;。率\d]{0,4}$/, units: CASES, notTopics: ["recon"], not: /复议后|复议[^,;。]{0,6}败诉/, priority: 14 },
      // "判决撤销、确认违法、变更以及判决其履行的案件共计1309件": the judgments against the government, together
      { lead: /判决[^,;。\d]{0,30}?(撤销|确认违法|变更|无效|履行)[^,;。\d]{0,30}?(撤销|确认违法|变更|无效|履行)[^,;。\d]{0,20}的(案件|案)(共计|共|合计|总计|总数)?(为|达)?$/, units: CASES, topics: ["litig", "court"], priority: 15 },
    ],
    zero: [{ pattern: /(无|零|未发生|没有|未出现)(一起|一件|一|任何)?(行政诉讼|行政应诉|行政)?(案件)?败诉|败诉(案件)?(数)?(为零|为0|清零)/, value: 0 }],
  },
  {
    id: "litig_loss_rate", area: "litig", tracked: true, unit: "%", kind: "rate", higher_is_better: false,
    name_zh: "行政诉讼败诉率", name_en: "Loss rate", formula: "litig_lost / litig_concluded * 100",
    definition: "败诉案件占审结（或判决）案件的百分比。",
    // ("涉我区行政机关案件的败诉比例为13.9%"; not the lawsuits lost after reconsideration)
    rules: [{ lead: /败诉(率|比例|比率)[^,;。\d]{0,4}$/, units: RATE, not: /复议后/, priority: 15 }],
  },
  {
    id: "litig_win_rate", area: "litig", unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "行政诉讼胜诉率", name_en: "Win rate", definition: "胜诉（常含撤诉）案件占审结案件的百分比。",
    rules: [{ lead: /胜诉率[^,;。\d]{0,4}$/, units: RATE, priority: 15 }],
  },
  {
    id: "litig_concluded", area: "litig", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "行政诉讼审结数", name_en: "Lawsuits concluded", definition: "年度内审结的行政应诉（诉讼）案件数。",
    rules: [
      { lead: /(审结|办结|结案)[^,;。]{0,8}$/, units: CASES, topics: ["litig"], not: /未(审结|办结|结案|结)|(?<!审[、和及与])二审|再审|其他(方式|形式|原因)/, notBefore: ADVISER, priority: 10 },
      // A court's count of administrative cases it concluded is the region's lawsuits concluded ("全市法院审结一审行政案件"),
      // not its appeals ("审结二审行政案件339件")
      // ("该院共审结县内行政机关涉讼案件39件": the organs' lawsuits the court concluded)
      { lead: /(审结|结案)[^,;。]{0,6}(行政(诉讼)?案件|行政机关[^,;。\d]{0,4}涉[讼诉]案件)[^,;。]{0,3}$/, units: CASES, topics: ["court"], not: /(?<!审[、和及与])二审|再审/, priority: 10 },
      // "全年审结涉我区行政机关一审案件137件": a court's count of the cases of the region's organs it concluded
      { lead: /(审结|结案)涉[^,;。\d]{0,6}行政机关[^,;。\d]{0,4}(一审)?(行政)?(诉讼)?案件[^,;。]{0,3}$/, units: CASES, topics: ["court", "litig", "recon"], not: /(?<!审[、和及与])二审|再审/, priority: 12 },
      // "应诉一审行政诉讼案件143件,法院已审结119件": the court's judgments on the lawsuits just counted
      { lead: /法院[^,;。\d]{0,3}(已)?(审结|结案)[^,;。\d]{0,2}$/, units: CASES, topics: ["court"], before: /应诉|行政诉讼|被诉|为被告/, priority: 10 },
      // "法院审结一审案件139件" in a passage on the government's lawsuits
      { lead: /(审结|结案)[^,;。\d]{0,3}一审(行政)?(诉讼)?案件[^,;。]{0,3}$/, units: CASES, topics: ["court"], priority: 10 },
      // "新收各类一审行政案件1120件,审结962件": the court's first-instance cases, concluded
      { lead: /^[、,]?(已|共)?(审结|结案|办结)$/, before: /一审[^,;。\d]{0,4}?(行政)?(诉讼)?案件\s*[\d,]+\s*件[,、]?(已|共)?(审结|结案|办结)$/, units: CASES, topics: ["court"], priority: 10 },
    ],
  },
  {
    id: "litig_cases", area: "litig", tracked: true, unit: "件", kind: "count", higher_is_better: false,
    name_zh: "行政应诉案件数", name_en: "Administrative lawsuits (as defendant)",
    definition: "本地区行政机关作为被告的行政诉讼（应诉）案件数，以一审为主。",
    rules: [
      // (not "共有383件行政案件被告行政机关的负责人出庭应诉": the cases a head attended)
      // (nor the cases heard in court, the base of the appearance rate: "共开庭审理涉及…的行政诉讼案件141件")
      { lead: /(办理|代理|发生|新增|新收|收到|受理|受案|共有|涉及|应诉|被诉|被起诉|为[^,;。\d]{0,6}被告)[^,;。]{0,16}$/, trail: HEAD_ATTENDED, units: CASES, topics: ["litig"], not: /开庭|负责人|出庭|审结|办结|结案|败诉|胜诉|撤诉|调撤|二审|推进会|协调|审查|备案|文件|培训|旁听|案例|讲座|建议/, notBefore: new RegExp(`${AFTER_RECON.source}|${COURT_ALL_KINDS.source}`), priority: 8 },
      { lead: /(行政应诉|行政诉讼|被诉)(案件)?[^,;。]{0,3}$/, trail: HEAD_ATTENDED, units: CASES, topics: ["litig"], not: /开庭|负责人|出庭|审结|办结|结案|败诉|胜诉|撤诉|调撤|二审/, notBefore: new RegExp(`${AFTER_RECON.source}|${COURT_ALL_KINDS.source}`), priority: 6 },
      // "…行政诉讼案件47件,其中一审39件、二审8件": the first-instance count is the indicator (extract keeps it over the total)
      { lead: /^[(（]?(其中)?一审(行政)?(诉讼)?(案件)?$/, units: CASES, topics: ["litig"], priority: 9 },
    ],
  },
  {
    id: "litig_court_new", area: "litig", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "法院新收一审行政案件", name_en: "First-instance administrative cases filed in court",
    definition: "法院（两级法院）新收一审行政案件数：法院口径，不等于政府口径的应诉案件。",
    // (appeals and retrials are not first-instance intake: "新收二审行政案件361件")
    // (nor a court's other dockets: "新收民事案件3,200件")
    // (nor a docket with the cases carried over: "受理各类行政案件2203件(含旧存245件)")
    rules: [
      { lead: /(新收|受理|收案|受案)[^,;。]{0,14}$/, trail: /^(?![(（]?(含|包括)(旧存|上年|结转|往年))/, units: CASES, topics: ["court"], not: /(?<!审[、和及与])二审|再审|民事|民商事|刑事|商事|执行|家事|知识产权|破产|国家赔偿|各类(行政)?案件/, priority: 8 },
      // "受理各类行政案件1599件,其中诉讼案件1087件": the lawsuits among all the administrative cases (the rest are
      // reviews of non-litigation enforcement)
      { lead: /^其中[,:]?(行政)?诉讼案件$/, before: /法院[^,;。\d]{0,10}(受理|收案|受案)各类(行政)?案件\s*[\d,]+\s*件[,，]其中[,:]?(行政)?诉讼案件$/, units: CASES, topics: ["court", "litig"], priority: 8 },
    ],
  },

  // ── 矛盾纠纷化解 ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "mediation_succeeded", area: "dispute", tracked: true, unit: "件", kind: "count", higher_is_better: true,
    name_zh: "人民调解成功数", name_en: "Disputes mediated successfully", definition: "人民调解（调处）成功的纠纷数。",
    rules: [
      // (not an administrative-dispute centre's: "区行政争议调解中心…调处行政争议248件,调解成功117件")
      { lead: /((调解|调处)成功|成功(调解|调处))[^,;。率]{0,10}$/, units: CASES, notTopics: ["recon", "litig", "labor", "court"], not: /诉前|诉调|行政调解/, notBefore: NOT_PEOPLES_MEDIATION, priority: 14 },
      // "调解矛盾纠纷1286件,成功1279件"; "…,调成1.24万件"; "受理…2,418件,…;达成调解协议2,371件" (not the written
      // agreements among them: "其中达成书面协议2,100件")
      { lead: /^(其中)?((调解|调处)?成功(的)?|调成)$|^(共)?达成(调解)?协议(的)?$/, units: CASES, topics: ["mediation"], priority: 13, notBefore: NOT_PEOPLES_MEDIATION },
    ],
  },
  {
    id: "mediation_success_rate", area: "dispute", tracked: true, unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "人民调解成功率", name_en: "Mediation success rate", formula: "mediation_succeeded / mediation_cases * 100",
    definition: "调解成功的纠纷占调解纠纷总数的百分比。调处率（已调处/发生）是另一个指标。",
    rules: [
      { lead: /((调解|调处)成功率|成功(调解|调处)率|调成率)[^,;。\d]{0,4}$/, units: RATE, notTopics: ["recon", "litig", "labor", "court"], notBefore: NOT_PEOPLES_MEDIATION, priority: 14 },
      // (not "化解成功率": disputes resolved by any means, as 化解矛盾纠纷 is not mediation)
      { lead: /成功率[^,;。\d]{0,4}$/, units: RATE, topics: ["mediation"], not: /化解成功率/, notBefore: NOT_PEOPLES_MEDIATION, priority: 12 },
      // "临海市99.97%的调解成功率": the rate before its noun
      { trail: /^的(人民)?调解成功率/, units: RATE, notTopics: ["recon", "litig", "labor", "court"], priority: 14 },
    ],
  },
  {
    id: "mediation_cases", area: "dispute", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "人民调解纠纷数", name_en: "Disputes taken up by people's mediation",
    definition: "人民调解组织调解（调处）的矛盾纠纷数。只说“化解矛盾纠纷”而未说调解的，是 dispute_resolved。",
    rules: [
      // (not a bureau's rulings on ownership: "依法调处土地、林地权属争议58起")
      { lead: /(调解|调处)[^,;。]{0,10}$/, units: CASES, notTopics: ["recon", "litig", "labor", "court", "petition"], not: /行政争议|权属|确权|成功|发现|预防|率|调解员[^,;。]{0,2}$|人员$|中心$|委员会$|平台|调解室[^,;。调]{0,3}$|机制|和解|协议|司法确认|诉前|诉调|行政调解|治安调解|受理前|案前|立案前|撤诉|撤回起诉|原告|协调解决/,
        // "区人民法院与区司法局深化诉调对接,2025年已先行调解矛盾纠纷7186件": a court's mediation, not people's
        notBefore: COURT_SENTENCE, priority: 10 },
      // "诉前调委会共受理法院委派案件1102件": cases a court handed on to the mediators
      { lead: /(受理|调解|接收|承接)[^,;。\d]{0,6}(委派|委托|移交|转交|分流)(的)?(案件|纠纷)[^,;。]{0,3}$/, units: CASES, topics: ["mediation"], priority: 10 },
      // (not "受理化解各类矛盾纠纷9.8万余件" at a 综治中心: every channel's, dispute_resolved)
      { lead: /(受理|排查受理)[^,;。]{0,4}(矛盾)?纠纷[^,;。]{0,3}$/, units: CASES, topics: ["mediation"], not: /化解/, priority: 9 },
    ],
  },
  {
    id: "dispute_resolved", area: "dispute", unit: "件", kind: "count", higher_is_better: true,
    name_zh: "化解矛盾纠纷数", name_en: "Disputes resolved through all channels",
    definition: "各渠道（大调解、诉源治理、信访等）化解的矛盾纠纷总数，不等于人民调解数。",
    rules: [{ lead: /化解[^,;。]{0,10}$/, units: CASES, not: /调解|调处|受理前|案前|信访积案|积案/, notTopics: ["recon"], priority: 4 }],
  },
  {
    id: "petition_batches", area: "dispute", tracked: true, unit: "批", kind: "count", higher_is_better: null,
    name_zh: "信访批次", name_en: "Letters and visits (batches)", definition: "接待、受理的信访批次。",
    // (not "已成功化解15批": batches resolved, a part of those received)
    rules: [{ units: ["批", "批次"], topics: ["petition"], not: /会议|培训|检查|督查|化解/, notClause: LEADERS, notBefore: PETITION_HELPERS, priority: 10 }],
  },
  {
    id: "petition_persons", area: "dispute", tracked: true, unit: "人次", kind: "count", higher_is_better: null,
    name_zh: "信访人次", name_en: "Letters and visits (person-times)", definition: "接待、受理的信访人次。",
    rules: [
      // (not "开展“三跟踪”回访3,100余人次": follow-up visits the office made)
      { units: ["人次"], topics: ["petition"], not: /培训|会议|宣讲|参训|学习|出动|检查|回访|走访|下访/, notClause: LEADERS, notBefore: PETITION_HELPERS, priority: 10 },
      // "接待来访群众3批5人": the people of the batches, counted right after them
      { lead: /^$/, before: /\d\s*批次?$/, units: ["人"], topics: ["petition"], notClause: LEADERS, notBefore: PETITION_HELPERS, priority: 10 },
    ],
  },
  {
    id: "petition_cases", area: "dispute", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "信访事项数", name_en: "Petition matters", definition: "受理、办理的信访事项（件）数。",
    rules: [{ lead: /(受理|办理|接待|登记|交办)?[^,;。]{0,6}信访(事项|件|案件)?[^,;。]{0,4}$/, units: ["件"], topics: ["petition"], not: /积案|化解/, notClause: LEADERS, priority: 8 }],
  },
  {
    id: "petition_backlog_resolved", area: "dispute", unit: "件", kind: "count", higher_is_better: true,
    name_zh: "化解信访积案数", name_en: "Petition backlog cases resolved", definition: "化解的信访积案（存量）数。",
    rules: [{ lead: /(化解|办结)[^,;。]{0,6}(积案|信访案件)[^,;。]{0,3}$/, units: ["件"], priority: 9 }],
  },
  {
    id: "labor_arbitration_cases", area: "dispute", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "劳动人事争议仲裁受理数", name_en: "Labour dispute arbitration cases accepted",
    definition: "受理的劳动人事争议（仲裁）案件数。",
    rules: [{ lead: /(受理|办理|立案|处理|调处)[^,;。]{0,14}$/, units: CASES, topics: ["labor"], priority: 8 }],
  },
  {
    id: "legal_aid_cases", area: "dispute", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "法律援助案件数", name_en: "Legal aid cases", definition: "办理的法律援助案件数。",
    rules: [{ lead: /法律援助(案件|事项)?[^,;。]{0,4}$/, units: CASES, priority: 8 }],
  },

  // ── 行政执法 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "enforce_officers_new", area: "enforce", unit: "人", kind: "count", higher_is_better: null,
    name_zh: "新增执法人员", name_en: "Law-enforcement officers newly certified",
    definition: "年内新增、新办证的执法人员数（流量，不是总数）。",
    rules: [
      { lead: /(新增|新办|新申领|新取得|新领)[^,;。]{0,6}执法(人员|证)[^,;。]{0,4}$/, units: [...PEOPLE, "个", "本"], priority: 22 },
    ],
  },
  {
    id: "enforce_officers", area: "enforce", tracked: true, unit: "人", kind: "count", higher_is_better: null,
    name_zh: "持证行政执法人员", name_en: "Certified law-enforcement officers",
    definition: "本地区持证行政执法人员总数（存量），不含新增、注销人数，也不是培训人次。",
    rules: [
      { lead: /(持证|持有[^,;。]{0,8}证件?的?|在岗|在编|共有|现有|全[市区县省州旗][^,;。]{0,4}|备案)[^,;。]{0,6}(行政)?执法(持证)?人员(总数|共|数量)?[^,;。\d]{0,3}$/, units: PEOPLE, not: /新增|新办|新申领|注销|培训|参训|考试|参加|出动|组织|辅助|协管/, priority: 20 },
      // "局机关执法岗位设置13个,执法人员27人": a clause of its own that counts the officers (an enforcement report's roll)
      { lead: /^(在岗|在编)?(行政)?执法人员(总数|数量|合计|共计|共)?(为|有)?$/, units: PEOPLE, priority: 20 },
      // "行政执法人员,持有执法证件的有1,096名"
      { lead: /^(行政)?执法人员(持有|持)[^,;。\d]{0,8}证件?的?有?$/, units: PEOPLE, priority: 20 },
      { trail: /^(的)?(持证)?(行政)?执法人员/, lead: /(全[市区县省州旗]|共有|现有|持证|备案|全部|所有)[^,;。]{0,3}$/, units: PEOPLE, priority: 20 },
      // "行政执法人员3265名全部持证上岗", "执法证件持证人员3265人".
      { lead: /(行政)?执法人员[^,;。\d]{0,2}$/, trail: /^[^,;。]{0,4}持证/, units: PEOPLE, not: /新增|新办|注销|培训|参训|考试|参加|出动|辅助|协管/, priority: 20 },
      { lead: /(执法证件?|执法资格)[^,;。\d]{0,2}(持证|持有|取得)(的)?人员[^,;。\d]{0,3}$/, units: PEOPLE, not: /新增|新办|注销|培训/, priority: 20 },
      // "全县取得行政执法证件的人员共1,027名": the people who hold the certificate, named before the count
      { lead: /(取得|持有|领取)(了)?(行政)?执法(证|证件|资格)(证)?的?(人员|干部|工作人员)[^,;。\d]{0,4}$/, units: PEOPLE, not: /新增|新办|新申领|注销|培训|参训|考试|参加/, priority: 20 },
      // "行政执法人员5,120名,其中持证人员4,986名", "(执法一段)截至年底,持证人员共计12,480名": the holders, named short
      { lead: /^(截至年底|年底)?[,，]?(其中)?[,，]?(持证|持有执法证件?的?)(上岗)?(人员|的)?(共计|共|总数|合计)?(为|达)?$/, units: PEOPLE, topics: ["enforce"], priority: 20 },
      { lead: /^(其中)?[,，]?(持证|持有执法证件?的?)(上岗)?(人员|的)?(共计|共|总数|合计)?(为|达)?$/, before: /执法人员/, units: PEOPLE, priority: 20 },
      // "行政执法人员1284人,其中取得吉林省行政执法证件的1196人": the holders, the issuing province between
      { lead: /^(其中)?[,，]?(取得|持有|领取)(了)?[^,;。\d]{0,8}执法(证|证件|资格)(证)?的$/, units: PEOPLE, not: /新增|新办|新申领|注销|培训/, priority: 20 },
      // "全乡共27人持有行政执法证", "全县现有312名干部取得行政执法资格": the count before the certificate it holds
      { trail: /^[^,;。\d]{0,4}(持有|持|取得|领取|获得)(了)?(行政)?执法(证|证件|资格)/, lead: /(全[市区县省州旗乡镇]|共有|现有|共|合计|总计)[^,;。\d]{0,3}$/, units: PEOPLE, not: /新增|新办|新申领|注销|培训|参训|考试|参加/, priority: 20 },
      // "全局持证民警312名": a police bureau's officers holding enforcement certificates
      { lead: /持证(民警|干警|警察)[^,;。\d]{0,3}$/, units: PEOPLE, not: /新增|新办|注销|培训/, priority: 20 },
      // "全市持证执法民警4,326名", "全市行政执法人员持证总数为12,857名"
      { lead: /持证执法(民警|人员|队员)[^,;。\d]{0,3}$|执法人员[^,;。\d]{0,2}持证(总数|人数|人员)[^,;。\d]{0,3}$/, units: PEOPLE, not: /新增|新办|新申领|注销|培训|换发/, priority: 20 },
      // "全区持有效行政执法证件人员1,286名", "持有浙江省行政执法证件的人员2,061名"
      { lead: /持有?[^,;。\d]{0,8}执法(证件?|资格证)[^,;。\d]{0,2}(的)?人员[^,;。\d]{0,3}$/, units: PEOPLE, not: /新增|新办|新申领|注销|培训|换发/, priority: 20 },
      // A list after 共有: "全市共有行政执法主体156个、行政执法人员4562人".
      { lead: /^、(持证)?(行政)?执法人员[^,;。\d]{0,3}$/, units: PEOPLE, priority: 19, clause: /(共有|现有|拥有)/ },
    ],
  },
  {
    id: "enforce_trained", area: "enforce", unit: "人次", kind: "count", higher_is_better: null,
    name_zh: "执法人员培训人次", name_en: "Law-enforcement training (person-times)", definition: "执法人员培训的人次。",
    rules: [{ lead: /培训[^,;。]{0,8}$/, units: ["人次"], topics: ["enforce"], priority: 6 }],
  },
  {
    id: "penalty_cases", area: "enforce", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "行政处罚案件数", name_en: "Administrative penalty cases", definition: "办理的行政处罚案件数（简易与一般程序）。",
    // (not "从案件类别来看,行政处罚30件": a kind of reconsideration or lawsuit case, broken down)
    rules: [{ lead: /(行政处罚|处罚)(案件|决定)?[^,;。]{0,3}$/, units: CASES, not: /不予|减轻|从轻|免予|信息|涉及|不服|针对/, notBefore: /(类别|类型|案由|种类|领域)[^。\d]{0,6}(来看|看|分|上)[^。]*$/, priority: 6 }],
  },
  {
    id: "penalty_exempted", area: "enforce", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "不予/减轻/从轻处罚数", name_en: "Penalties waived or reduced", definition: "包容审慎监管下不予、减轻、从轻处罚的案件数。",
    rules: [{ lead: /(不予|减轻|从轻|免予)(行政)?处罚[^,;。]{0,3}$/, units: CASES, priority: 7 }],
  },
  {
    id: "penalty_amount", area: "enforce", unit: "元", kind: "money", higher_is_better: null,
    name_zh: "罚没金额", name_en: "Fines and confiscations", definition: "行政处罚罚没金额（元）。",
    rules: [{ lead: /(罚没|罚款|处罚金额|罚没款)[^,;。]{0,6}$/, units: ["元"], priority: 7 }],
  },
  {
    id: "admin_inspections", area: "enforce", unit: "次", kind: "count", higher_is_better: null,
    name_zh: "行政检查次数", name_en: "Administrative inspections", definition: "开展行政检查（含双随机抽查）的次数。",
    rules: [{ lead: /(行政检查|执法检查|抽查|双随机检查)[^,;。]{0,4}$/, units: ["次", "户次"], priority: 6 }],
  },
  {
    id: "case_files_reviewed", area: "enforce", unit: "卷", kind: "count", higher_is_better: null,
    name_zh: "评查执法案卷数", name_en: "Enforcement case files reviewed", definition: "评查的行政执法案卷数（“评查2次”是轮次，不计）。",
    rules: [{ lead: /评查[^,;。]{0,10}$/, units: ["卷", "件", "本", "宗"], priority: 6 }],
  },

  // ── 制度建设与决策 ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: "normative_docs_reviewed", area: "rules", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "规范性文件合法性审核数", name_en: "Normative documents reviewed for legality",
    definition: "合法性审核（审查）的规范性文件及其他文件数。",
    rules: [{ lead: /(审查|审核)[^,;。]{0,16}(文件|规范性文件)[^,;。]{0,4}$|文件(合法性)?(审查|审核)[^,;。]{0,4}$/, units: ["件", "份"], priority: 6 }],
  },
  {
    id: "normative_docs_filing_rate", area: "rules", unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "规范性文件报备率", name_en: "Normative documents filing rate", definition: "按规定报备的规范性文件占应报备文件的百分比。",
    rules: [{ lead: /(报备率|备案率)[^,;。\d]{0,6}$/, units: RATE, priority: 6 }],
  },
  {
    id: "legality_reviews", area: "rules", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "合法性审查事项数", name_en: "Legality reviews (decisions, contracts, documents)", definition: "重大决策、合同、文件等合法性审查事项数。",
    rules: [{ lead: /合法性审查(事项)?[^,;。]{0,4}$/, units: ["件", "项", "件次"], priority: 5 }],
  },
  {
    id: "legal_opinions_issued", area: "rules", unit: "条", kind: "count", higher_is_better: null,
    name_zh: "提出法律/修改意见", name_en: "Legal or amendment opinions given", definition: "审查中提出的法律意见、修改意见条数。",
    rules: [{ lead: /(提出|出具)[^,;。]{0,6}(法律|修改|审查)?意见(书)?[^,;。]{0,2}$/, units: ["条", "份", "件"], priority: 5 }],
  },
  {
    id: "contracts_reviewed", area: "rules", unit: "份", kind: "count", higher_is_better: null,
    name_zh: "合同合法性审查数", name_en: "Contracts reviewed", definition: "审查、审核、修改的合同份数。",
    rules: [{ lead: /(审查|审核|审阅|修改)[^,;。]{0,6}合同[^,;。]{0,2}$/, units: ["份", "件", "个"], priority: 5 }],
  },

  // ── 监督与公开 ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "npc_cppcc_total", area: "oversight", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "建议提案合计", name_en: "Suggestions and proposals handled (combined)", definition: "只给出人大代表建议与政协提案合计数时的合计。",
    rules: [{ lead: /人大[^,;。]{0,8}(和|与|及|、)[^,;。]{0,4}政协[^,;。]{0,8}$/, units: ["件", "条", "项"], priority: 30 }],
  },
  {
    id: "npc_suggestions", area: "oversight", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "人大代表建议办理数", name_en: "People's congress deputies' suggestions handled",
    definition: "办理的人大代表建议（含议案）件数；上级人大交办的单列为 higher_level。",
    // (a session may stand between: "十三届全国人大五次会议代表建议46件")
    rules: [{ lead: /人大(代表)?(意见)?建议[^,;。]{0,4}$|代表(意见)?建议[^,;。]{0,4}$|(人大|代表)[^,;。\d]{0,3}(建议|议案)[^,;。\d]{0,3}建议[^,;。]{0,4}$|人大[^,;。\d]{0,10}会议[^,;。\d]{0,2}(代表)?(意见)?建议[^,;。]{0,4}$|人大[^,;。\d]{0,16}代表(提出|所提|提交)的?建议[^,;。]{0,4}$|人大(代表)?[^,;。\d]{0,4}(涉及|关于|围绕|聚焦|有关)[^,;。\d]{0,30}?建议[^,;。]{0,4}$|人大(代表)?[^,;。\d]{0,30}?方面的?建议[^,;。]{0,4}$/, units: ["件", "条", "项"], not: /协办|会办/, notBefore: new RegExp(`${PUBLISHED_SPLIT.source}|${ASSIGNED_AT_MEETING.source}`), priority: 25 },
      // "政府系统共承办人大议案3件、建议139件": a bare 建议 in a passage on the congress
      { lead: /^[、和及与]?(代表)?(意见)?建议[^,;。\d]{0,3}$/, units: ["件", "条", "项"], topics: ["npc"], notBefore: new RegExp(`${PUBLISHED_SPLIT.source}|${ASSIGNED_AT_MEETING.source}`), priority: 24 },
      { lead: /(并案|合并|归并)(后|处理后)[,，]?(共|实际)?(交办|办理|承办)[^,;。\d]{0,3}$/, units: ["件"], topics: ["npc"], priority: 26 },
      // "经市人大常委会交办,由市政府系统承办的289件": the suggestions the government handled, in a passage on them
      { lead: /^(其中)?[,，]?由[^,;。\d]{0,8}政府(系统)?[^,;。\d]{0,4}(承办|办理|主办)(的)?$/, units: ["件"], topics: ["npc"], priority: 24 },
      // "办理区人大、区政协转交的建议和提案224件,其中建议73件、提案151件": the combined count broken down
      { lead: /^(其中)?[,，]?(人大)?(代表)?(议案)?建议$/, before: COMBINED_ITEMS, units: ["件", "条", "项"], priority: 26 },
      // "市六届人大二次会议以来,全市政府系统共收到建议1284件": a bare 建议 received or handled, in a passage on the congress
      // (not the public's comments on a draft: "公开征求意见,收到意见建议41条")
      { lead: /(收到|承办|办理|交办|办复|答复)(代表)?(意见)?建议[^,;。\d]{0,3}$/, units: ["件", "条", "项"], before: /人大|代表/, not: /政协|提案/, notBefore: /征求[^。;]{0,8}意见[^。;]{0,12}$/, priority: 23 },
      // "代表共提出建议、批评和意见(下称建议)1034件": the suggestions by their full name
      { lead: /建议、?批评和意见([(（]下称[^)）]{1,6}[)）])?[^,;。\d]{0,3}$/, units: ["件", "条", "项"], before: /人大|代表/, not: /政协|提案/, priority: 24 },
      // "229位市人大代表对我市各方面工作提出的建议445件", "代表共提出建议238件"
      { lead: /代表[^,;。\d]{0,12}(提出|所提|提交|反映)(的)?(意见)?建议[^,;。\d]{0,3}$/, units: ["件", "条", "项"], before: /人大/, not: /政协|提案/, priority: 23 },
      // "445件建议已全部办结并答复代表": the count before its noun, its handling after
      { trail: /^(人大)?(代表)?(意见)?建议[^,;。\d]{0,4}(已|均|全部)[^,;。\d]{0,4}(办结|办理|答复|办复)/, units: ["件", "条", "项"], before: /人大|代表/, priority: 23 },
      { trail: /^(意见)?建议[^,;。\d]{0,4}(已|均|全部)[^,;。\d]{0,4}(办结|办理|答复|办复)[^,;。\d]{0,4}(并)?(答复|反馈)?代表/, units: ["件", "条", "项"], priority: 23 },
      // "归属省政府系统组织办理的778件建议已全部办理完毕": the count before its noun
      { trail: /^(人大)?(代表)?(意见)?建议(?!书)/, lead: /(办理|承办|交办|答复|办结|主办)[^,;。\d]{0,12}$/, units: ["件", "条", "项"], topics: ["npc"], not: /上年|去年|上一年|往年|列入/, priority: 24 },
      // "省十四届人大二次会议的782件代表建议…已全部办复": the session's suggestions, counted before their noun
      { trail: /^(人大)?代表(意见)?建议(?!书)/, lead: /人大[^,;。\d]{0,12}会议(期间)?(的|上)?$/, units: ["件", "条", "项"], not: /上年|去年|上一年|往年/, priority: 24 },
      // "代表会议期间所提140件建议、批评、意见", "代表们提出了…并案处理后的90件建议": the count before its noun
      { trail: /^(人大)?(代表)?(意见)?建议(?!书)/, lead: /(提交|所提|提出|并案(处理)?后|合并(处理)?后)(了)?的?$/, units: ["件", "条", "项"], before: /人大|代表/, not: /上年|去年|上一年|往年|政协|委员|会后/, priority: 24 },
      { trail: /^人大(代表)?(意见)?建议(?!书)/, lead: /(办理|承办|交办|答复|办结|主办)[^,;。\d]{0,12}$/, units: ["件", "条", "项"], not: /上年|去年|上一年|往年|列入/, priority: 24 }],
  },
  {
    id: "cppcc_proposals", area: "oversight", tracked: true, unit: "件", kind: "count", higher_is_better: null,
    name_zh: "政协提案办理数", name_en: "CPPCC proposals handled", definition: "办理的政协委员提案件数。",
    rules: [{ lead: /政协(委员)?(转交|交办|移交|交由)?(办理)?(的)?提案[^,;。]{0,4}$|委员提案[^,;。]{0,4}$|政协[^,;。\d]{0,12}会议[^,;。\d]{0,2}(委员)?提案[^,;。]{0,4}$|政协(委员)?[^,;。\d]{0,4}(涉及|关于|围绕|聚焦|有关)[^,;。\d]{0,30}?提案[^,;。]{0,4}$|政协(委员)?[^,;。\d]{0,30}?方面的?提案[^,;。]{0,4}$/, units: ["件", "条", "项"], not: /协办|会办/, notBefore: new RegExp(`${PUBLISHED_SPLIT.source}|${ASSIGNED_AT_MEETING.source}`), priority: 25 },
      // "…分别办理建议128件、138件、146件,提案172件、185件、181件": proposals by their short name, the CPPCC in force
      { lead: /^(办理|承办|办复|收到)?提案[^,;。\d]{0,3}$/, units: ["件"], topics: ["cppcc"], priority: 20 },
      // "全年共提交提案254件。经审查,立案236件": the proposals registered are the ones handled
      // ("经过市政协提案委员会审查,确定立案588件")
      // ("经审查立案交有关单位办理的621件": registered and handed on)
      { lead: /(^|经审查(后)?[,，]?(共)?(予以)?|^(确定|审查)|^予以)立案([^,;。\d]{0,4}|[^,;。\d]{0,10}(办理|承办)的?)$|^集体提案[^,;。\d]{0,4}$/, units: ["件"], topics: ["cppcc"], priority: 25 },
      // "立案180件,并案后共交办161件": merged, the proposals handled (extract lets the earlier count give way)
      // ("…合并处理11件,立案率为92%,实际应提交承办142件")
      { lead: MERGED, units: ["件"], topics: ["cppcc"], priority: 26 },
      // "政协宜良县委员会第十届三次全会交办提案5件"; "40件人大建议和5件政协提案": the count before its noun
      { lead: /政协[^,;。\d]{0,20}(会议|全会|全体会议)(期间|上)?(交办|提出|立案|转交)?(的)?(委员)?提案[^,;。]{0,4}$/, units: ["件", "条", "项"], not: /协办|会办/, priority: 25 },
      // (before the reading of "人大建议和" as the suggestions' list going on)
      { trail: /^政协(委员)?提案/, units: ["件", "条", "项"], not: /协办|会办/, priority: 26 },
      // "省政协十三届二次会议的916件委员提案已全部办复"
      { trail: /^(委员)?提案(?!委员会)/, lead: /政协[^,;。\d]{0,12}会议(期间)?(的|上)?$/, units: ["件", "条", "项"], priority: 26 },
      { lead: /^[、和及与,，]?(其中)?[,，]?(政协)?(委员)?提案$/, before: COMBINED_ITEMS, units: ["件", "条", "项"], priority: 26 },
      // "圆满完成120件提案的办理答复工作": the count before its noun, the handling after
      // (after a verb of the handling: not "会后提出的1件提案均已办理" in a list, nor a headline's restatement)
      { trail: /^(委员)?提案(的)?(办理|答复|办复|已|均|全部)/, lead: /(完成|办理|承办|收到|交办|共)[^,;。\d]{0,16}$/, units: ["件", "条", "项"], topics: ["cppcc"], not: /上年|去年|往年|不予/, priority: 24 },
      // "该区政协七届一次会议以来提交的145件提案全部办复", "并案处理后的100件提案": the count before its noun
      // (not the ones sent in after the session: "会后提出的1件提案")
      { trail: /^(委员)?提案(?!委|工作)/, lead: /(提交|所提|提出|并案(处理)?后|合并(处理)?后|立案)的?$/, units: ["件", "条", "项"], before: /政协|委员/, not: /上年|去年|往年|不予|会后/, priority: 24 }],
  },
  {
    id: "suggestion_satisfaction_rate", area: "oversight", unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "建议提案满意率", name_en: "Satisfaction with handling of suggestions", definition: "代表委员对办理结果满意（含基本满意）的比例。",
    rules: [{ lead: /满意率[^,;。\d]{0,6}$/, units: RATE, topics: ["npc", "cppcc"], priority: 10 }],
  },
  {
    id: "disclosure_items", area: "oversight", unit: "条", kind: "count", higher_is_better: null,
    name_zh: "主动公开信息数", name_en: "Items proactively disclosed", definition: "主动公开的政府信息条数。",
    rules: [{ lead: /(主动公开|公开|发布)[^,;。]{0,6}信息[^,;。]{0,4}$/, units: ["条", "件"], not: /依申请/, priority: 4 }],
  },
  {
    id: "disclosure_requests", area: "oversight", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "依申请公开办理数", name_en: "Information disclosure requests handled", definition: "受理、办理的政府信息依申请公开件数。",
    rules: [{ lead: /依申请公开[^,;。]{0,8}$/, units: ["件", "条"], priority: 6 }],
  },
  {
    id: "audit_projects", area: "oversight", unit: "个", kind: "count", higher_is_better: null,
    name_zh: "审计项目数", name_en: "Audit projects", definition: "实施的审计（监督）项目个数。",
    rules: [{ lead: /审计[^,;。]{0,6}项目[^,;。]{0,2}$/, units: ["个", "项"], priority: 6 }],
  },
  {
    id: "accountability_persons", area: "oversight", unit: "人", kind: "count", higher_is_better: null,
    name_zh: "追责问责人数", name_en: "Officials held accountable", definition: "追责问责、处理的干部人数。",
    rules: [{ lead: /(问责|追责|处理干部|处理)[^,;。]{0,6}$/, units: PEOPLE, topics: ["enforce"], priority: 3 }],
  },

  // ── 政务服务 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "power_list_items", area: "service", unit: "项", kind: "count", higher_is_better: null,
    name_zh: "权责清单事项数", name_en: "Items on the power and responsibility list", definition: "权责（权力）清单保留事项数（存量）。",
    rules: [{ lead: /权责清单[^,;。]{0,8}$|权力清单[^,;。]{0,8}$/, units: ITEMS, priority: 6 }],
  },
  {
    id: "licensing_items_list", area: "service", unit: "项", kind: "count", higher_is_better: null,
    name_zh: "行政许可事项清单数", name_en: "Items on the licensing list", definition: "行政许可事项清单所列事项数（存量）。",
    rules: [{ lead: /(行政许可事项清单|许可事项)[^,;。]{0,6}$/, units: ["项"], priority: 6 }],
  },
  {
    id: "licensing_cases", area: "service", unit: "件", kind: "count", higher_is_better: null,
    name_zh: "行政许可办理数", name_en: "Licensing applications handled", definition: "办理的行政许可件数。",
    rules: [{ lead: /(办理|受理|作出)行政许可(决定)?[^,;。]{0,2}$/, units: ["件"], priority: 6 }],
  },
  {
    id: "online_handling_rate", area: "service", unit: "%", kind: "rate", higher_is_better: true,
    name_zh: "网上可办率", name_en: "Share of services available online", definition: "可网上办理的政务服务事项比例（全程网办率是另一指标）。",
    rules: [{ lead: /(网上可办率|可网办率|网办率|网上办理率|全程网办率)[^,;。\d]{0,4}$/, units: RATE, priority: 6 }],
  },

  // ── 学法普法与组织 ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: "exec_meeting_law_study_sessions", area: "study", unit: "次", kind: "count", higher_is_better: true,
    name_zh: "常务会议会前学法次数", name_en: "Law study sessions before executive meetings", definition: "政府常务会议会前学法的次数。",
    rules: [{ lead: /会前学法[^,;。]{0,6}$/, units: ["次", "场"], priority: 6 }],
  },
  {
    id: "rule_of_law_agenda_count", area: "study", unit: "次", kind: "count", higher_is_better: true,
    name_zh: "研究法治议题次数", name_en: "Rule-of-law items on leadership agendas", definition: "常委会、常务会议研究法治建设议题的次数。",
    rules: [{ lead: /(研究|审议|听取)[^,;。]{0,16}(法治|依法治)[^,;。]{0,12}$/, units: ["次", "个", "项"], priority: 5 }],
  },
  {
    id: "law_exam_participants", area: "study", unit: "人", kind: "count", higher_is_better: null,
    name_zh: "学法考法参考人数", name_en: "Officials taking the law exam", definition: "参加国家工作人员学法考法的人数。",
    rules: [{ lead: /[^,;。]{0,16}(参考|参加考试|参学)$/, units: PEOPLE, priority: 4 }, { trail: /^参考/, units: PEOPLE, priority: 4 }],
  },
  {
    id: "law_training_participants", area: "study", unit: "人次", kind: "count", higher_is_better: null,
    name_zh: "法治培训宣传覆盖人次", name_en: "People reached by law training and publicity", definition: "普法、法治培训覆盖的人次。",
    rules: [{ lead: /(覆盖|参训|培训|受教育|受众)[^,;。]{0,8}$/, units: ["人次"], notTopics: ["petition", "enforce"], priority: 3 }],
  },
];

export const INDICATOR_BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export const TRACKED_IDS = INDICATORS.filter((i) => i.tracked).map((i) => i.id);
