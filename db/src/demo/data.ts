// Word lists for believable demo people and places in 五台县. Every name here is invented; any
// likeness to a real person is chance. Villages are plausible inventions, a few use real names.
// The tables are prettier-ignored so that they stay one entry (or a few short ones) per line.

import type { Accommodation, EducationLevel } from '@ronghe/contracts';

/** Common surnames in 山西 and northern China, with rough relative frequency. */
// prettier-ignore
export const SURNAMES: readonly (readonly [string, number])[] = [
	['王', 12], ['李', 9], ['张', 9], ['刘', 7], ['赵', 5], ['杨', 4], ['郭', 4], ['高', 3],
	['武', 3], ['梁', 2], ['田', 2], ['范', 2], ['段', 2], ['薛', 2], ['贾', 2], ['闫', 2],
	['韩', 2], ['任', 2], ['温', 2], ['郝', 2], ['徐', 2], ['孙', 2], ['胡', 2], ['冯', 2],
	['牛', 1], ['白', 1], ['史', 1], ['乔', 1], ['侯', 1], ['崔', 1], ['宋', 1], ['杜', 1],
	['苏', 1], ['康', 1], ['程', 1], ['马', 1], ['周', 1], ['邢', 1], ['智', 1], ['阎', 1],
	['吴', 1], ['秦', 1], ['霍', 1], ['吕', 1], ['曹', 1], ['陈', 1], ['贺', 1], ['岳', 1],
];

/** Given names by sex and generation (born before / from 1985); single characters make 2-char names. */
// prettier-ignore
export const GIVEN_NAMES = {
	male: {
		older: [
			'建国', '建军', '建平', '志强', '志刚', '志明', '国庆', '国平', '海平', '晋生', '福贵',
			'保平', '玉明', '文斌', '俊峰', '永红', '卫东', '爱国', '春生', '二虎', '满仓', '银锁',
			'金锁', '拴柱', '树林', '新民', '秋生', '双喜', '润生', '平', '军', '斌', '勇', '明',
			'忠', '刚', '林', '华', '东', '生',
		],
		younger: [
			'浩然', '宇航', '子豪', '嘉乐', '俊杰', '鹏飞', '晓东', '博文', '浩宇', '晨阳', '泽宇',
			'梓轩', '一鸣', '建宇', '振华', '佳豪', '文博', '晋鹏', '志远', '国栋', '伟', '磊', '鑫',
			'瑞', '凯', '帅', '超', '涛', '亮', '杰', '昊', '阳',
		],
	},
	female: {
		older: [
			'秀英', '桂英', '玉兰', '桂兰', '秀兰', '凤英', '淑芬', '美英', '爱英', '翠花', '润英',
			'改莲', '改梅', '粉梅', '俊梅', '红梅', '丽萍', '晓红', '彩霞', '春梅', '瑞英', '巧云',
			'金花', '月娥', '小娥', '桂花', '建芳', '秀珍', '萍', '红', '英', '梅', '芳', '霞', '燕',
			'娟',
		],
		younger: [
			'欣怡', '佳怡', '雨涵', '诗涵', '梦琪', '晓雪', '丽娜', '婷婷', '丹丹', '佳琪', '思雨',
			'可欣', '晓琳', '雪晴', '宇欣', '慧敏', '亚楠', '静', '敏', '娜', '慧', '艳', '琳', '倩',
			'瑶', '悦', '璐', '颖',
		],
	},
} as const;

/** Villages per township code. */
// prettier-ignore
export const VILLAGES: Readonly<Record<string, readonly string[]>> = {
	'140922100': ['东街村', '西街村', '南街村', '北街村', '槐荫村', '城关村'],
	'140922102': ['耿镇村', '河口村', '南大兴村', '西营村', '槐树底村'],
	'140922103': ['豆村', '佛光村', '北大兴村', '西坡村', '南庄村', '东峪村'],
	'140922104': ['白家庄村', '五级村', '南坡村', '柳院村', '上庄村'],
	'140922105': ['东冶村', '永安村', '槐荫村', '沱阳村', '北庄村', '西大兴村'],
	'140922107': ['大建安村', '小建安村', '神西村', '西河村', '下庄村'],
	'140922200': ['沟南村', '善文村', '北沟村', '东坡村'],
	'140922201': ['东雷村', '西雷村', '北庄村', '石盆村'],
	'140922202': ['高洪口村', '山底村', '河湾村', '红土岭村'],
	'140922203': ['门限石村', '湾子村', '老保沟村', '石湾村'],
	'140922204': ['陈家庄村', '南峪村', '西庄村', '柏树村'],
	'140922207': ['蒋坊村', '龙王堂村', '东庄村', '北峪村'],
	'140922209': ['阳白村', '大营村', '岭底村', '南坡村', '新庄村'],
	'140922210': ['茹村', '兴旺村', '北茹村', '坪上村'],
	'140971100': ['台怀村', '杨柏峪村', '东庄村', '光明村'],
	'140971101': ['石咀村', '铺上村', '南梁村', '下寺村'],
	'140971200': ['金岗库村', '白头庵村', '东峪口村', '南峪村'],
};

/** Streets of the county seat, for employer addresses in 台城镇. */
export const SEAT_STREETS = [
	'新建路',
	'文昌路',
	'东大街',
	'西大街',
	'北大街',
	'南关街',
	'育才路',
	'滨河路',
];

/** Relative share of the registry per township (the county seat and large towns first). */
// prettier-ignore
export const TOWNSHIP_WEIGHTS: Readonly<Record<string, number>> = {
	'140922100': 18, '140922102': 7, '140922103': 10, '140922104': 6, '140922105': 10,
	'140922107': 7, '140922200': 4, '140922201': 4, '140922202': 4, '140922203': 3,
	'140922204': 4, '140922207': 4, '140922209': 5, '140922210': 4, '140971100': 4,
	'140971101': 3, '140971200': 3,
};

/** 残疾类别 1–7 (docs/domain.md#disability-certificate): 肢体 most common, then 视力 and 听力. */
// prettier-ignore
export const CATEGORY_WEIGHTS: readonly (readonly [number, number])[] = [
	[1, 14], [2, 13], [3, 3], [4, 48], [5, 9], [6, 8], [7, 5],
];

/** 残疾等级 1–4: the milder levels 3 and 4 are the most common. */
// prettier-ignore
export const LEVEL_WEIGHTS: readonly (readonly [number, number])[] = [
	[1, 12], [2, 20], [3, 30], [4, 38],
];

// prettier-ignore
export const EDUCATION: readonly (readonly [EducationLevel, number])[] = [
	['小学', 25], ['初中', 40], ['高中/中专', 20], ['大专', 10], ['本科', 5],
];

/** Address codes of the ID number besides 140922: born elsewhere in 山西. */
export const OTHER_REGIONS = ['140902', '140921', '140923', '140924', '140981', '140105'] as const;

/** Mobile prefixes (the 11-digit numbers are fake but well-formed). */
// prettier-ignore
export const MOBILE_PREFIXES = [
	'130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152',
	'153', '155', '156', '157', '158', '159', '166', '177', '180', '181', '182', '183', '187',
	'188', '189', '198', '199',
];

/** 忻州 landlines: area code 0350, 7-digit numbers. */
export const LANDLINE_PREFIX = '0350-6';

/** Skills by 残疾类别, plus a common pool. */
export const SKILLS_BY_CATEGORY: Readonly<Record<number, readonly string[]>> = {
	1: ['保健按摩', '医疗按摩', '盲文', '读屏软件操作', '电话客服', '推拿'],
	2: ['手语', '电脑打字', '手工编织', '服装缝纫', '平面设计', '面点制作'],
	3: ['电脑打字', '手工编织', '服装缝纫', '数据录入', '面点制作'],
	4: ['电脑操作', '电商客服', '数据录入', '手工编织', '修鞋', '家电维修', '会计', '直播带货'],
	5: ['简单包装', '串珠', '清洁', '农作物种植'],
	6: ['简单包装', '手工编织', '农作物种植', '清洁'],
	7: ['手工编织', '简单包装', '串珠'],
};
export const COMMON_SKILLS = [
	'农作物种植',
	'养殖',
	'食用菌种植',
	'烹饪',
	'驾驶',
	'小米加工',
	'保洁',
];

/** Accommodations that fit almost any post; templates add these on top of their own. */
export const GENERIC_ACCOMMODATIONS = [
	'flexible_hours',
	'rest_breaks',
	'mentor',
	'picture_instructions',
	'text_communication',
] as const satisfies readonly Accommodation[];

/** Names of schools contain one of these words; later rules may exclude schools. */
export const SCHOOL_NAME_PATTERN = /学校|中学|小学|幼儿园/;
