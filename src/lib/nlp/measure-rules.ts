/**
 * Grammar of the press-release genre used to tell a concrete measure (举措) from everything else
 * in an article. Each rule is a pattern over one clause; `extract-measures.ts` combines them.
 */

/** Verbs that by themselves announce an institutional action: set up, issue, dispatch, hold. */
export const STRONG_ACTION =
	/开展|建立|推行|选派|设立|实施(?!意见|方案|细则|办法|以来)|出台|印发|制定|组建|搭建|抽调|评选|举办|成立(?![\d一二三四五六七八九十百]+周年|以来|之初)|创建|推出|开通|开设|设置|下发|编发|选树|配备|启动|启用|实行|推广|(?<!胜利|顺利)召开|(?<!社会|党|基层|群团|国际|经济|合作|集体|自治|志愿)组织(?!部|生活|架构|体系|保障|优势|振兴|力|覆盖|者)|挂点|包联|签订|发放|兑现|建成(?!后)|投用|下达|开行/;

/** Verbs of steering and improving: count as action only with concrete content. */
export const WEAK_ACTION =
	/推进|推动|构建|加强|加大|强化|优化|深化|完善|健全|落实|规范|严格|统筹|整合|引导|鼓励|支持|探索|创新|走访|对接|收集|排查|督导|督查|整治|清理|精简|合并|注销|解散|调整|培训|轮岗|交流|挂职|下沉|帮助|协调|解决|提供|聘请|建设|打造|吸纳|纳入|选拔|考核|提升/;

/**
 * Policy instruments: grant, waive, defer, cut, extend … (给予最高50万元奖励, 压减1/3). Like `WEAK_ACTION`
 * they count as action only with concrete content.
 */
/** The instruments among them that grant or waive something (给予, 减免, 缓缴): with an amount, a measure's own action. */
export const GRANT_ACTION = /给予(?![^，,。；;]*处分)|减免|免征|减征|缓缴|奖补|补助|补贴/;

export const POLICY_ACTION =
	/给予(?![^，,。；;]*处分)|减免|免征|减征|缓缴|降低|取消|放宽|延长|简化|压缩|拨付|投入|安排[^，,。]{0,6}资金|扩大|补助|奖补|压减|(?:减少|增加)(?=[^，,。]{0,4}[\d一二三四五六七八九十半])/;

/**
 * A service commitment with a time limit: 3个工作日内响应, 15个工作日内办结, 24小时内答复, 限时办结.
 * Such a clause is a measure by itself.
 */
export const TIME_LIMIT =
	/(?:\d+|[一二两三四五六七八九十半]+)个?(?:工作日|小时|分钟|天|日|周|个月)(?:之)?内[^，,。；;]{0,8}?(?:响应|受理|答复|回复|回应|办结|办理|办完|反馈|解决|处置|处理|到场|到达|审结|出件|完成|联系|上门)|限时办结|即来即办|一次办好|首问负责/;

/**
 * Exhortation: the modal 要 (各地要…, 二要坚持…) states what should be done, not what was decided.
 * Without a strong action of its own such a clause is no measure. 主要, 需要, 要求 are no modal.
 */
export const EXHORTATION = /(?<![主重需必只首纪摘提简概])要(?![求素点件闻])/;

/** A document's ideological preamble: 坚持以…思想为指导, 深入贯彻…. */
export const BOILERPLATE = /^[^，,。]{0,12}坚持以[^，,。]{2,80}为指导|坚决拥护|以实际行动迎接/;

/**
 * A document or announcement as the subject of a report (公告称：, 《意见》明确，): what follows is
 * its content, not speech; the clause is scored without it.
 */
export const DOCUMENT_LEAD =
	/^[^，,。；;“”]{0,30}?(?:公告|通告|通知|意见|办法|方案|规划|纲要|条例|规定|决定|文件|》)中?(?:称|指出|强调|明确|提出|要求|规定)[，,：:]\s*/;

/**
 * Hard marks of concreteness: how many, by when, for whom, how often, by which rule or document.
 * A clause with only a steering verb (推进, 完善, 加强) needs one of them to be a measure.
 */
export const HARD_CONCRETE = [
	/\d|[两二三四五六七八九十百千万]+(?:名|个|项|条|次|批|期|场|家|人|支|天|年|轮|类|所|座|处|套)/,
	/(?:工作日|小时|分钟|天|日|周|个月)(?:之)?内|时限|限时/,
	// A deadline or period of validity: 6月底前, 年底前, 自2020年1月1日起, 至3月31日.
	/\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:之)?前|年底前|年内|自[^，,。]{2,14}(?:起|至)/,
	// A target group opening the clause: 对符合条件的小微企业，…
	/^对[^，,。]{2,30}的[^，,。]{0,10}[，,]/,
	// Normative wording makes a rule: 一律压减, 不得要求, 严禁, 应当交流.
	/一律|不得|严禁|必须|应当|原则上/,
	/每(?:年|季度|季|月|周|天|日|半年|名|位|户|[一二两三四五六七八九十\d]+(?:年|个月|周|天))|定期|常态化|全覆盖|均已/,
	/《[^》]+》/,
	// How: 通过内部轮岗、横向交流…, 采取“四不两直”方式.
	/通过[^，,。；;]{2,16}、|采取[^，,。；;]{2,24}(?:方式|办法|形式|措施)|以[^，,。；;]{2,16}为(?:突破口|抓手|载体)/,
];

/** Marks of concreteness: who/what/how often/how many, the hard ones and softer ones (a purpose, a formula, an institution). */
export const CONCRETE = [
	...HARD_CONCRETE,
	// A purpose opening the clause, the genre's way to announce a measure: 为方便记者采访，….
	/^为了?[^，,。；;]{2,24}[，,]/,
	// A commitment: 将于7月开展, 将开通.
	new RegExp(`将(?:于[^，,。]{1,16})?(?:${STRONG_ACTION.source})`),
	/“[^”]{2,20}”|「[^」]{2,20}」/,
	/机制|制度|平台|清单|台账|专班|小组|检查组|督导组|指导组|巡视组|工作组|活动|行动|工作队|中心|热线|窗口|库|方案|办法|细则|意见|通知|工程|计划|基金|补贴|奖励|考核|大会|会议|培训班|研讨班|专栏|试点/,
];

/** Speech: a quotation followed by its speaker (“……”某某说), or a speaker introducing one. */
export const SPEECH =
	/[”"」][，,]?[^，,。；;“”]{0,24}?(?:说|表示|坦言|感慨|介绍说|告诉记者|笑着说|感叹|直言|回忆|谈道|提到)|(?:说|表示|坦言|感慨|告诉记者)[：:，,]?[“"「]|^[“"「][^”"」]*$|^“.*”$|^「.*」$/;

/** Reported speech: 习近平指出，…, 阿祖莱表示，…, 全会强调，… */
export const REPORTED_SPEECH =
	/^[^，,。；;“”]{0,80}?(?:指出|强调|表示|认为|称|说|谈到|期待|欢迎|希望|呼吁|告诉记者|坦言|介绍)[，,：:]|[，,][^，,。；;“”]{2,40}?(?:指出|强调|表示|认为|谈到|告诉记者|坦言)[，,：:]|^[\u4e00-\u9fff·]{2,5}[：:]|[，,](?:他|她|其)(?:指出|强调|表示|认为|说)[，,：:]/;

/**
 * A speaker in the first person: 我们将…, 我也期待…, 我谨代表…. 我国 and a local body's own voice
 * (我市, 我区, 我局) are the report's subject, not a speaker.
 */
export const FIRST_PERSON = /我们|我(?![国市区县省州盟旗镇乡村局委院厅部校所队团])/;

/** Anecdote markers: a scene of one person or firm, not a rule or programme. */
export const ANECDOTE =
	/来到|前往|得知|一番|随后|当场|萌生|一拍即合|感慨|高兴地|笑着|坦言|原来|没想到|眼前一亮|竖起大拇指|负责人[^，,。]{0,6}(?:说|表示)|该(?:公司|企业|村民|户|书|集团)|有些烦恼|回忆|看望|慰问|^(?:[^，,。]{0,10}[，,])?[^，,。]{2,20}?(?:有限公司|公司|集团|分行|基金会)(?!党委|纪委|工会)/;

/** Meta text about the press event or the report itself, not about the work. */
export const META =
	/会见|会谈|两国|双方|中方|愿同|愿与|愿为|代表团|使节|审议通过|全会|议程|议案|总统|首相|欧盟|北约|联合国|外交部发言人|主持召开|并讲话|讲话中|(?:强调|指出|表示|要求)[，,]?要|特别节目|节目《|频道|总台|新闻发布会|发布会|记者(?:提问|问)|致发布辞|答记者|出席|责任编辑|来源[:：]|据介绍|介绍了|通报了?[^，,。]{0,20}情况/;

/** Evaluations: what was achieved, never a measure whatever verbs the clause has. */
export const EVALUATION =
	/取得[^，,。]{0,4}(?:成效|成绩|进展)|成效(?:明显|显著)|开局良好|扎实有效|有声有色|交上了|书写了|新局面|显著增强|不断增强|持续净化|明显改善|显著提升|获评|获批|批示|刊发|刊\(播\)发|涌现出|居[^，,。]{0,8}第|位居|名列|位列|排名第?\d|引人注目|当属|走出了?一条|新路子|不断完善|日益完善|坚实(?:的)?保障|生根发芽|基本完成|把舵定向|引领开启|总抓手|重大决策|有助于|显著成效|重要作用|^如今|^(?:根据规划[，,])?到\d{4}年|^预计|[是为][^，,。]{0,30}(?:战略工程|重要举措|重要抓手|关键所在|重要基础|之年|第一次|首次)/;

/** Outcome statistics: a clause made of them is a measure only with an institutional verb. */
export const OUTCOME =
	/^截至|^截止|同比(?:增长|下降)|增长\d|增速|生产总值|全市第[一二三四五]|全省第[一二三四五]|得到[^，,。]{0,6}(?:提升|增强|改善|加强|解决)|提升至|下降至|达到\d|率达|率为|共收到|收到[^，,。]{0,6}\d|(?:增强|提升|提高|激发|调动|改善|释放)了|已(?:经)?有\d|率(?:均)?(?:在|超过?)\d/;

/**
 * Reports of an event rather than of the work: who attended (近700人参加了会议, 出席启动仪式), who
 * chaired. A programme's training or activity that people join (组织300名干部参加培训) is not this.
 */
export const EVENT_REPORT =
	/(?:会|会议|大会|论坛|仪式|典礼)[^，,。]{0,12}?(?:\d{1,2}日)?(?:在[^，,。]{1,12})?(?:召开|举行|举办|开幕|闭幕)$|(?:参加|出席|参与|列席)了?(?:会议|大会|仪式|开幕式|闭幕式|座谈会|发布会|推进会|启动仪式|签约仪式|开班式|典礼|会)(?:$|[，,])|(?:会议|大会|仪式|座谈会)由[^，,。]{1,30}主持|^[^，,。]{0,30}(?:等|和)[^，,。]{0,20}(?:参加|出席)(?:会议|活动|仪式)?$|(?:^|[，,])[^，,。]{2,80}?(?:会|节|展|展览|赛|论坛|活动|仪式|典礼|讲坛)[”」]?[^，,。]{0,16}?(?:召开|举行|举办|开幕|闭幕|启幕|落幕|启动)(?:$|[，,])|展[”」]?(?:在[^，,。]{1,16})?开展(?:$|[，,])/;

/**
 * Events as what is held: 举办…博览会, 组织开展…座谈会, 期间还将举办…. Holding a forum, an exhibition
 * or a gala is a report of the event, not a measure (a training course or campaign is not this).
 */
export const EVENT_HELD =
	/(?:举办|举行|召开|开展)了?[^，,。；;]{0,30}(?:座谈会|研讨会|论坛|展览|展销会|博览会|交易会|洽谈会|发布会|音乐会|晚会|招待会|嘉年华|成果展|建设展)(?:$|[，,、和及])|^(?:本届|第[一二三四五六七八九十百\d]+届)|其间[，,]?[^，,。]{0,12}?(?:还)?(?:将)?(?:举办|举行|组织)|期间[，,]?[^，,。]{0,12}?还(?:将)?(?:举办|举行|组织)/;

/** Background: where a place lies and how large it is, what a thing is, when it was founded, what statistics show. */
export const BACKGROUND =
	/位于|地处|总面积|总人口|常住人口|下辖\d|辖[\d一二三四五六七八九十]+个(?:乡|镇|街道|村)|^据了解[，,]这是|^这是|以[^，,。]{1,12}为例|^所谓|是指|历任|曾任|出生于|是[：:]|^【案情】|成立于|至今已|(?:数据|统计|调查|报告》?|白皮书》?|指数》?)显示/;

/**
 * What opens a report rather than its content: a dateline with its reporters (本报北京1月18日电（记者…）),
 * an outlet tag (央视网消息（新闻联播）：), 记者从…获悉：. `extractMeasures` drops it from a clause.
 */
export const LEAD_IN =
	/^(?:据?(?:本报|新华社|中新社)[\u4e00-\u9fa5]{0,12}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯)|[\u4e00-\u9fa5]{2,6}消息[(（][^)）]{1,12}[)）][：:]?)\s*(?:[(（](?:记者|通讯员)[^)）]*[)）])?\s*(?:(?:(?:日前|近日)[，,]?)?记者(?:日前|近日)?(?:从|在)[^，,：:。]{2,40}(?:获悉|了解到|获得)[：:，,])?\s*/;

/** Section openers read out at press events: 第二个方面,…情况. */
export const SECTION_OPENER = /^第[一二三四五六七八九十]+个?(?:方面|部分)/;

/** A heading or section slogan: short, no sentence punctuation, often 4+4 characters with a space. */
export function looksLikeHeading(paragraph: string): boolean {
	const text = paragraph.trim();
	if (/[。；;！!？?]$/.test(text)) return false;
	return text.length <= 30 && !/[，,]/.test(text.replace(/[“"][^”"]*[”"]/g, ''));
}
