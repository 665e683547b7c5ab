import type { NewTownship } from '../schema/townships.js';

/**
 * The 17 townships the platform covers (docs/domain.md#townships): the 6 镇 + 8 乡 of 五台县
 * (140922) and the three administered by 五台山风景名胜区 (140971). Coordinates are rough
 * estimates (no authoritative source); staff can correct them.
 */
const RAW: NewTownship[] = [
	{
		code: '140922100',
		name: '台城镇',
		kind: 'town',
		countyCode: '140922',
		latitude: 38.7283,
		longitude: 113.2553,
		note: '县城所在地',
	},
	{
		code: '140922102',
		name: '耿镇镇',
		kind: 'town',
		countyCode: '140922',
		latitude: 38.705,
		longitude: 113.36,
	},
	{
		code: '140922103',
		name: '豆村镇',
		kind: 'town',
		countyCode: '140922',
		latitude: 38.87,
		longitude: 113.37,
	},
	{
		code: '140922104',
		name: '白家庄镇',
		kind: 'town',
		countyCode: '140922',
		latitude: 38.62,
		longitude: 113.4,
	},
	{
		code: '140922105',
		name: '东冶镇',
		kind: 'town',
		countyCode: '140922',
		latitude: 38.63,
		longitude: 113.19,
	},
	{
		code: '140922107',
		name: '建安镇',
		kind: 'town',
		countyCode: '140922',
		latitude: 38.78,
		longitude: 113.17,
	},
	{
		code: '140922200',
		name: '沟南乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.66,
		longitude: 113.27,
	},
	{
		code: '140922201',
		name: '东雷乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.55,
		longitude: 113.38,
	},
	{
		code: '140922202',
		name: '高洪口乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.73,
		longitude: 113.55,
	},
	{
		code: '140922203',
		name: '门限石乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.8,
		longitude: 113.78,
		note: '驼梁风景区所在地',
	},
	{
		code: '140922204',
		name: '陈家庄乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.67,
		longitude: 113.48,
	},
	{
		code: '140922207',
		name: '蒋坊乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.6,
		longitude: 113.3,
	},
	{
		code: '140922209',
		name: '阳白乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.8,
		longitude: 113.3,
		note: '阳白现代农业循环园区',
	},
	{
		code: '140922210',
		name: '茹村乡',
		kind: 'township',
		countyCode: '140922',
		latitude: 38.9,
		longitude: 113.47,
	},
	{
		code: '140971100',
		name: '台怀镇',
		kind: 'town',
		countyCode: '140971',
		latitude: 39.01,
		longitude: 113.6,
		note: '由五台山风景名胜区管理',
	},
	{
		code: '140971101',
		name: '石咀镇',
		kind: 'town',
		countyCode: '140971',
		latitude: 38.93,
		longitude: 113.65,
		note: '由五台山风景名胜区管理',
	},
	{
		code: '140971200',
		name: '金岗库乡',
		kind: 'township',
		countyCode: '140971',
		latitude: 38.95,
		longitude: 113.53,
		note: '由五台山风景名胜区管理',
	},
];

export const TOWNSHIPS: readonly NewTownship[] = RAW.map((t, i) => ({ ...t, sortOrder: i + 1 }));

/** Default settings (docs/domain.md#defaults); staff can change each value. */
export const DEFAULT_SETTINGS: readonly { key: string; value: unknown; description: string }[] = [
	{
		key: 'county',
		value: {
			code: '140922',
			name: '五台县',
			city: '忻州市',
			province: '山西省',
			latitude: 38.7283,
			longitude: 113.2553,
		},
		description: '平台服务的县（区）',
	},
	{
		key: 'certificate.length',
		value: { exact: 20, acceptLongerWithReview: true },
		description: '残疾人证号长度；更长的换补证号码需人工复核',
	},
	{
		key: 'uscc.checksumMismatch',
		value: 'warn',
		description: '统一社会信用代码校验位不符时：提示并标记人工复核',
	},
	{
		key: 'disclosure.objectionDays',
		value: 7,
		description: '按比例就业情况公示的异议期（天）',
	},
	{
		key: 'quota.placementTarget',
		value: { agencyMinAuthorizedStaff: 50, institutionMinAuthorizedStaff: 67, byYear: 2027 },
		description:
			'编制达到这个人数的机关、事业单位（中小学、幼儿园除外）须在该年底前至少安排 1 名残疾人',
	},
];
