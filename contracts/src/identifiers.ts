/**
 * Identifier checks (docs/domain.md#identifiers): 公民身份号码 (GB 11643-1999), 残疾人证号 (ID number +
 * category + level) and 统一社会信用代码 (GB 32100-2015). Pure functions with no dependencies,
 * shared by the API, the web forms and the importer. Every message says what is wrong and where.
 */

import { CATEGORY_LABELS, LEVEL_LABELS } from './labels.js';

export type IdentifierKind = 'id-number' | 'disability-certificate' | 'uscc';
export type IdentifierError = { code: string; message: string };

export type ParsedIdNumber = { regionCode: string; birthDate: string; sex: 'male' | 'female' };
export type ParsedCertificate = ParsedIdNumber & {
	idNumber: string;
	category: number;
	categoryName: string;
	level: number;
	levelName: string;
};
export type ParsedUscc = {
	registrationAuthority: string;
	registrationAuthorityName: string;
	entityType: string;
	entityTypeName: string;
	regionCode: string;
};

export type IdentifierResult<P> = {
	valid: boolean;
	normalized: string;
	errors: IdentifierError[];
	/** Present whenever the structure could be read, even if the check character is wrong. */
	parsed: P | null;
};

const FULLWIDTH_OFFSET = 0xfee0;

/** A verdict with one error and nothing readable in it. */
function failure(normalized: string, code: string, message: string) {
	return { valid: false, normalized, errors: [{ code, message }], parsed: null };
}

/** Trim, drop inner spaces, full-width → half-width (Chinese input methods), upper-case letters. */
export function normalizeIdentifier(value: string): string {
	return value
		.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET))
		.replace(/[\s\u3000]+/g, '')
		.toUpperCase();
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
// GB/T 2260 province-level codes (first two digits of the address code)
const PROVINCES = new Set([
	11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
	53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

export function idNumberCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
	return ID_CHECK[sum % 11] ?? '?';
}

function realDate(yyyymmdd: string): string | null {
	const y = Number(yyyymmdd.slice(0, 4));
	const m = Number(yyyymmdd.slice(4, 6));
	const d = Number(yyyymmdd.slice(6, 8));
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return null;
	return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function checkIdNumber(v: string, label: string, today: Date): IdentifierResult<ParsedIdNumber> {
	const errors: IdentifierError[] = [];
	const fail = (code: string, message: string) => failure(v, code, message);
	if (v === '') return fail('required', `请填写${label}。`);
	if (/^\d{15}$/.test(v))
		return fail('legacy_15_digits', `这是 15 位的旧身份证号码，请填写 18 位的新号码。`);
	if (v.length !== 18) return fail('length', `${label}应为 18 位，您填写了 ${v.length} 位。`);
	const bad = [...v].findIndex((c, i) => (i < 17 ? !/\d/.test(c) : !/[\dX]/.test(c)));
	if (bad >= 0) {
		return fail(
			'format',
			`${label}第 ${bad + 1} 位“${v[bad]}”不对：前 17 位只能是数字，最后一位是数字或 X。`,
		);
	}
	const regionCode = v.slice(0, 6);
	if (!PROVINCES.has(Number(v.slice(0, 2)))) {
		errors.push({
			code: 'region',
			message: `${label}前 6 位是地区代码，“${regionCode}”不是有效的地区代码。`,
		});
	}
	const birthDate = realDate(v.slice(6, 14));
	if (!birthDate || birthDate < '1850-01-01') {
		errors.push({
			code: 'birth_date',
			message: `${label}第 7 到 14 位是出生日期，“${v.slice(6, 14)}”不是有效的日期。`,
		});
	} else if (birthDate > today.toISOString().slice(0, 10)) {
		errors.push({
			code: 'birth_date_future',
			message: `${label}里的出生日期 ${birthDate} 还没有到，请核对。`,
		});
	}
	const expected = idNumberCheckChar(v.slice(0, 17));
	if (errors.length === 0 && expected !== v[17]) {
		errors.push({
			code: 'checksum_mismatch',
			message: `${label}最后一位校验码应为“${expected}”，您填写的是“${v[17]}”。请逐位核对，可能有一位抄错了。`,
		});
	}
	const structural = errors.some((e) => e.code !== 'checksum_mismatch');
	return {
		valid: errors.length === 0,
		normalized: v,
		errors,
		parsed:
			structural || !birthDate
				? null
				: { regionCode, birthDate, sex: Number(v[16]) % 2 === 1 ? 'male' : 'female' },
	};
}

/** 公民身份号码: 18 characters, real birth date, ISO 7064 MOD 11-2 check character. */
export function validateIdNumber(
	value: string,
	today = new Date(),
): IdentifierResult<ParsedIdNumber> {
	return checkIdNumber(normalizeIdentifier(value), '身份证号码', today);
}

/**
 * 残疾人证号: the holder's 18-character ID number, the category digit (1–7) and the level digit
 * (1–4). Longer numbers (reissues) are read but marked `nonstandard_length` for staff review.
 */
export function validateCertificate(
	value: string,
	today = new Date(),
): IdentifierResult<ParsedCertificate> {
	const v = normalizeIdentifier(value);
	const fail = (code: string, message: string) => failure(v, code, message);
	if (v === '') return fail('required', '请填写残疾人证号。');
	if (v.length < 20)
		return fail(
			'length',
			`残疾人证号应为 20 位（18 位身份证号码加 2 位类别和等级），您填写了 ${v.length} 位。`,
		);
	const id = checkIdNumber(v.slice(0, 18), '残疾人证号前 18 位（身份证号码部分）', today);
	const errors = [...id.errors];
	const cat = v[18] ?? '';
	const lvl = v[19] ?? '';
	if (!/^[1-7]$/.test(cat))
		errors.push({
			code: 'category',
			message: `残疾人证号第 19 位是残疾类别，应为 1 到 7，您填写的是“${cat}”。`,
		});
	if (!/^[1-4]$/.test(lvl))
		errors.push({
			code: 'level',
			message: `残疾人证号第 20 位是残疾等级，应为 1 到 4，您填写的是“${lvl}”。`,
		});
	if (v.length > 20) {
		errors.push({
			code: 'nonstandard_length',
			message: `残疾人证号一般为 20 位，这个号码有 ${v.length} 位，可能是换证或补证号码，需要工作人员核对。`,
		});
	}
	const parsed =
		id.parsed && /^[1-7]$/.test(cat) && /^[1-4]$/.test(lvl)
			? {
					...id.parsed,
					idNumber: v.slice(0, 18),
					category: Number(cat),
					categoryName: CATEGORY_LABELS[Number(cat) as keyof typeof CATEGORY_LABELS] ?? '',
					level: Number(lvl),
					levelName: LEVEL_LABELS[Number(lvl) as keyof typeof LEVEL_LABELS] ?? '',
				}
			: null;
	return { valid: errors.length === 0, normalized: v, errors, parsed };
}

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const AUTHORITIES: Record<string, string> = {
	'1': '机构编制',
	'2': '外交',
	'3': '司法行政',
	'4': '文化',
	'5': '民政',
	'6': '旅游',
	'7': '宗教',
	'8': '工会',
	'9': '市场监督管理（工商）',
	A: '中央军委改革和编制办公室',
	N: '农业',
	Y: '其他',
};
const ENTITY_TYPES: Record<string, string> = {
	'11': '机关',
	'12': '事业单位',
	'13': '中央编办直接管理机构编制的群众团体',
	'19': '其他（机构编制）',
	'51': '社会团体',
	'52': '民办非企业单位',
	'53': '基金会',
	'59': '其他（民政）',
	'91': '企业',
	'92': '个体工商户',
	'93': '农民专业合作社',
};

export function usccCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++)
		sum += USCC_CHARSET.indexOf(first17[i] ?? '') * (USCC_WEIGHTS[i] ?? 0);
	return USCC_CHARSET[(31 - (sum % 31)) % 31] ?? '?';
}

/**
 * 统一社会信用代码. A wrong check character gives `checksum_mismatch` with `parsed` filled in:
 * real codes exist that fail it, so registration accepts them with a staff review flag.
 */
export function validateUscc(value: string): IdentifierResult<ParsedUscc> {
	const v = normalizeIdentifier(value);
	const fail = (code: string, message: string) => failure(v, code, message);
	if (v === '') return fail('required', '请填写统一社会信用代码。');
	if (v.length !== 18)
		return fail('length', `统一社会信用代码应为 18 位，您填写了 ${v.length} 位。`);
	const bad = [...v].findIndex((c) => !USCC_CHARSET.includes(c));
	if (bad >= 0) {
		const hint = /[IOZSV]/.test(v[bad] ?? '')
			? '（代码里不使用字母 I、O、Z、S、V，可能是数字 1、0、2、5 或字母 U 抄错了）'
			: '';
		return fail('format', `统一社会信用代码第 ${bad + 1} 位“${v[bad]}”不对${hint}。`);
	}
	const regionCode = v.slice(2, 8);
	if (!/^\d{6}$/.test(regionCode)) {
		return fail(
			'region',
			`统一社会信用代码第 3 到 8 位是登记机关的地区代码，应为 6 位数字，您填写的是“${regionCode}”。`,
		);
	}
	const parsed = {
		registrationAuthority: v[0] ?? '',
		registrationAuthorityName: AUTHORITIES[v[0] ?? ''] ?? '未知',
		entityType: v.slice(0, 2),
		entityTypeName: ENTITY_TYPES[v.slice(0, 2)] ?? '未知',
		regionCode,
	};
	const expected = usccCheckChar(v.slice(0, 17));
	if (expected !== v[17]) {
		return {
			valid: false,
			normalized: v,
			errors: [
				{
					code: 'checksum_mismatch',
					message: `统一社会信用代码最后一位校验码应为“${expected}”，您填写的是“${v[17]}”。请核对；如果营业执照上确实如此，可以提交，由工作人员复核。`,
				},
			],
			parsed,
		};
	}
	return { valid: true, normalized: v, errors: [], parsed };
}

export function validateIdentifier(kind: IdentifierKind, value: string, today = new Date()) {
	switch (kind) {
		case 'id-number':
			return validateIdNumber(value, today);
		case 'disability-certificate':
			return validateCertificate(value, today);
		case 'uscc':
			return validateUscc(value);
	}
}
