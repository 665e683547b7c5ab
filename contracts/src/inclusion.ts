/**
 * Inclusion checker: finds requirements in a posting that often shut out disabled people without
 * being needed for the work. Pure and shared: the API runs it on save and submit, the web editor
 * shows the same findings next to the description.
 */

export type InclusionFinding = {
	/** Stable rule code, e.g. `good_health`. */
	code: string;
	/** The words as the employer wrote them. */
	phrase: string;
	/** Why it may exclude disabled people, and what to write instead. Plain Chinese. */
	explanation: string;
};

export type InclusionInput = {
	title?: string | undefined;
	description?: string | undefined;
	requirements?: string | undefined;
	postType?: string | undefined;
	occupationCode?: string | null | undefined;
};

type Rule = {
	code: string;
	pattern: RegExp;
	explanation: string;
	/** Extra test on the match; return false to skip it (false-positive guards). */
	keep?: (phrase: string, input: InclusionInput) => boolean;
};

// 不要求身体健康 / 无需驾照: a negated requirement is not a requirement.
const NEGATION_BEFORE = /(?:不要求|不需要|无需|不需|不必|不用|不限|无须)[^，。；,;！!？?\n]{0,4}$/;

const DESK_OCCUPATIONS = new Set([
	'4-04-05-03',
	'4-04-05-05',
	'4-01-02-02',
	'4-01-02-07',
	'X-SJLR',
]);
const DESK_TITLE = /客服|文员|录入|话务|外呼|行政|会计|出纳|前台|办公室|数据标注|统计员|档案/;

function isDeskJob(input: InclusionInput): boolean {
	if (input.postType === 'home_based') return true;
	if (input.occupationCode && DESK_OCCUPATIONS.has(input.occupationCode)) return true;
	return DESK_TITLE.test(input.title ?? '');
}

function ageBound(phrase: string): number {
	return Number(/(\d{2})/.exec(phrase)?.[1] ?? 0);
}

/** The rules, in the order findings are reported. */
export const INCLUSION_RULES: readonly Rule[] = [
	{
		code: 'no_disability',
		pattern: /无残疾|非残疾人?|肢体健全|四肢健全|身体健全|身体无残疾|无身体缺陷/g,
		explanation:
			'这句话直接把残疾人排除在外，违反《残疾人保障法》关于就业不得歧视残疾人的规定。请删掉，改为写清楚这份工作具体要做什么（例如“需要每天走动巡查约 2 小时”）。',
	},
	{
		code: 'no_illness',
		pattern: /无传染病|无重大疾病|无疾病史|无病史|无精神病史|无精神疾病|无慢性病/g,
		explanation:
			'笼统要求“无病史”会排除精神残疾人和有慢性病但完全能胜任工作的人。食品、公共场所等行业按法律需要健康证的，请直接写“需办理健康证”；其他岗位请删掉。',
	},
	{
		code: 'good_health',
		pattern: /身体(?:健康|素质(?:良好|好|佳)|强壮|健壮|状况良好)/g,
		explanation:
			'“身体健康”说得太笼统，很多残疾人身体健康却会因此不敢投递。请写清楚工作中真正需要的能力，例如“能连续站立 2 小时”。食品行业依法需要健康证的，写“需办理健康证”即可，不需要这句。',
	},
	{
		code: 'appearance',
		pattern: /五官端正|相貌端正|容貌端正|形象(?:气质)?(?:佳|好|良好)|气质佳|长相(?:好|甜美|端正)/g,
		explanation:
			'外貌要求和能否做好工作无关，会排除面部有疤痕、斜视等残疾的人。请删掉；如果需要接待顾客，可以写“待人有礼貌，着装整洁”。',
	},
	{
		code: 'height',
		pattern:
			/身高[^，。；、,;\n\d]{0,6}\d[\d.]*\s*(?:cm|CM|厘米|公分|米|m)?\s*(?:以上|以下|之间)?/g,
		explanation:
			'身高要求会排除身材矮小的人（包括侏儒症等肢体残疾），而大多数工作并不需要。如果确实要够到高处，请写具体的动作，例如“需要取放 1.8 米高货架上的物品”，单位也可以提供踏凳。',
	},
	{
		code: 'hearing',
		pattern: /(?:双耳)?听力(?:正常|良好|好|健全)/g,
		explanation:
			'听力要求会排除聋人和听障人士，而很多工作可以用文字、手势或震动提示沟通。请删掉，或写出具体需要听到什么（例如“需要接听电话”）。',
	},
	{
		code: 'vision',
		pattern:
			/(?:双眼|矫正)?视力(?:正常|良好|好|健全|\s*\d(?:\.\d)?\s*以上)|无色盲|非色盲|无色弱|辨色(?:力)?正常/g,
		explanation:
			'视力要求会排除盲人和低视力人士，而读屏软件、大字屏幕和放大镜可以帮助很多人完成工作。请删掉，或写出具体要看清什么（例如“需要分辨电线颜色”）。',
	},
	{
		code: 'speech',
		pattern: /口齿(?:清晰|清楚|伶俐)|吐字清(?:晰|楚)|语言表达(?:能力)?(?:流利|清晰)|表达流利/g,
		explanation:
			'要求口齿清晰会排除言语残疾人和聋人，而很多沟通可以用文字、微信或手语完成。如果工作确实要打电话，请写“需要电话沟通”；否则请删掉。',
	},
	{
		code: 'mandarin',
		pattern: /普通话(?:流利|标准|清楚|二级甲等|二甲|良好|水平)/g,
		explanation:
			'普通话要求会排除聋人、言语残疾人和说方言的本地人。只有播音、电话客服等必须说普通话的工作才需要；否则请删掉，或写“能和顾客正常沟通（文字也可以）”。',
	},
	{
		code: 'age',
		pattern:
			/年龄[^，。；,;\n\d]{0,6}\d{2}\s*(?:周岁|岁)?\s*(?:-|—|–|~|～|至|到)\s*\d{2}\s*(?:周岁|岁)|(?:年龄)?(?:不超过|不大于|不高于|小于)\s*\d{2}\s*(?:周岁|岁)|\d{2}\s*(?:周岁|岁)\s*(?:以下|以内|以上)/g,
		explanation:
			'年龄限制会把很多大龄残疾人挡在门外，他们往往是最难找到工作的人。除非法律另有规定，请删掉年龄要求；如需达到法定就业年龄，写“年满 16 周岁”即可。',
		// 年满 18 岁 / 18 岁以上 only restates the age of majority
		keep: (phrase) => !/以上$/.test(phrase) || ageBound(phrase) > 18,
	},
	{
		code: 'sex',
		pattern: /(?<!不)(?:仅限|只限|限|只招)(?:男|女)(?:性|士|生)?|(?:男|女)(?:性|士)?优先/g,
		explanation:
			'限定性别属于就业歧视（《就业促进法》第二十七条）。请删掉，写清楚工作内容，让每个人自己判断能不能做。',
	},
	{
		code: 'hardship',
		pattern: /能?吃苦耐劳|能吃苦|肯吃苦/g,
		explanation:
			'“能吃苦”说得太笼统，有些残疾人会以为自己不行而放弃。请写具体的工作条件，例如“夏天在户外工作”“每天站立 6 小时”，让求职者自己判断。',
	},
	{
		code: 'overtime',
		pattern: /(?:能|可以|愿意)?(?:适应|接受|服从)(?:经常性?|长期)?加班/g,
		explanation:
			'要求能加班会排除需要按时服药、休息或由家人接送的残疾人。请写清楚平时的工作时间；如果旺季确实要加班，写明大约多少、有没有加班费。',
	},
	{
		code: 'lifting_if_needed',
		pattern:
			/(?:必要时|偶尔|有时|需要时)(?:需要|要|需)?(?:协助)?(?:搬运|搬抬|搬|扛|抬)(?:重物|货物|东西)?/g,
		explanation:
			'“必要时搬重物”这类偶尔的要求，常常让肢体残疾人以为整份工作都做不了。如果搬运不是主要工作，请删掉，由同事分担；如果是，请写明重量和频率（例如“每天搬 10 公斤的箱子约 20 次”）。',
	},
	{
		code: 'driving_licence',
		pattern: /(?:C1|C2|B1|B2|A1)?(?:驾照|驾驶证|驾驶执照)|会开车/g,
		explanation:
			'坐办公室或在家做的工作不需要开车，驾照要求会排除不能开车的视力、肢体和癫痫等残疾人。请删掉；如果偶尔要外出办事，可以写“单位安排车辆或报销交通费”。',
		keep: (_phrase, input) => isDeskJob(input),
	},
];

/**
 * Runs every rule over the title, description and requirements. Each distinct (code, phrase)
 * is reported once, in rule order, so the API and the web page number findings the same way.
 */
export function checkInclusion(input: InclusionInput): InclusionFinding[] {
	const texts = [input.title, input.description, input.requirements].filter(
		(t): t is string => typeof t === 'string' && t.length > 0,
	);
	const found: InclusionFinding[] = [];
	const seen = new Set<string>();
	for (const rule of INCLUSION_RULES) {
		for (const text of texts) {
			for (const m of text.matchAll(rule.pattern)) {
				const phrase = m[0].trim();
				const before = text.slice(Math.max(0, (m.index ?? 0) - 10), m.index);
				if (NEGATION_BEFORE.test(before)) continue;
				if (rule.keep && !rule.keep(phrase, input)) continue;
				const key = `${rule.code}|${phrase}`;
				if (seen.has(key)) continue;
				seen.add(key);
				found.push({ code: rule.code, phrase, explanation: rule.explanation });
			}
		}
	}
	return found;
}

/** Key of a finding; decisions are matched to findings by it. */
export const findingKey = (f: { code: string; phrase: string }) => `${f.code}|${f.phrase}`;
