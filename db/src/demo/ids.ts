// Identifier algorithms from docs/domain.md#identifiers: 公民身份号码 (GB 11643-1999, ISO 7064 MOD 11-2),
// 残疾人证号 (ID + category + level) and 统一社会信用代码 (GB 32100-2015, with the GB 11714
// organisation-code check inside the subject identifier).
// The checksums themselves live in @ronghe/contracts (identifiers.ts), which the forms and the
// importer validate with; this file only builds well-formed demo numbers from them.
import {
	idNumberCheckChar,
	USCC_CHARSET,
	usccCheckChar,
	validateCertificate,
	validateIdNumber,
	validateUscc,
} from '@ronghe/contracts';

export { USCC_CHARSET, usccCheckChar };

/** The 18th character of a 公民身份号码 for its first 17 digits (the contracts' checksum). */
export function idCheckChar(first17: string): string {
	if (!/^\d{17}$/.test(first17)) throw new Error(`not 17 digits: ${first17}`);
	return idNumberCheckChar(first17);
}

/** Format, real birth date and MOD 11-2 check of an 18-character 公民身份号码. */
export function isValidIdNumber(value: string): boolean {
	return /^\d{17}[\dX]$/.test(value) && validateIdNumber(value).valid;
}

export type IdNumberParts = {
	/** 6-digit address code, e.g. `140922`. */
	region: string;
	/** `YYYY-MM-DD` or `YYYYMMDD`. */
	birthDate: string;
	/** 1–999; odd for men, even for women. */
	sequence: number;
};

export function makeIdNumber({ region, birthDate, sequence }: IdNumberParts): string {
	const date = birthDate.replaceAll('-', '');
	if (!/^\d{6}$/.test(region)) throw new Error(`bad region code: ${region}`);
	if (!isRealDate(date)) throw new Error(`bad birth date: ${birthDate}`);
	if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
		throw new Error(`bad sequence: ${sequence}`);
	}
	const first17 = region + date + String(sequence).padStart(3, '0');
	return first17 + idCheckChar(first17);
}

/** The sex the sequence digits encode (odd = male, even = female). */
export function sexOfIdNumber(value: string): 'male' | 'female' {
	return Number(value[16]) % 2 === 1 ? 'male' : 'female';
}

/** 残疾人证号: the 18-character ID number, category digit 1–7 and level digit 1–4. */
export function makeCertificateNumber(idNumber: string, category: number, level: number): string {
	if (!isValidIdNumber(idNumber)) throw new Error('invalid ID number');
	if (!isCategory(category) || !isLevel(level)) throw new Error('bad category or level');
	return `${idNumber}${category}${level}`;
}

export function isValidCertificateNumber(value: string): boolean {
	return (
		value.length === 20 && isValidIdNumber(value.slice(0, 18)) && validateCertificate(value).valid
	);
}

const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function isValidUscc(value: string): boolean {
	return USCC_PATTERN.test(value) && validateUscc(value).valid;
}

/** GB 11714 check character of an 8-character organisation code body (digits and A–Z). */
export function orgCodeCheckChar(body8: string): string {
	const weights = [3, 7, 9, 10, 5, 8, 4, 2];
	if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error(`bad organisation code body: ${body8}`);
	let sum = 0;
	for (let i = 0; i < 8; i++) {
		const c = body8[i] as string;
		const v = c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
		sum += v * (weights[i] as number);
	}
	const check = 11 - (sum % 11);
	return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export type UsccParts = {
	/** 登记管理部门代码 + 机构类别代码, e.g. `91` 企业, `92` 个体工商户, `11` 机关. */
	prefix: string;
	/** 6-digit 登记管理机关行政区划码. */
	region: string;
	/** 8-character body of the 主体标识码; its GB 11714 check character is appended. */
	subject: string;
};

export function makeUscc({ prefix, region, subject }: UsccParts): string {
	const first17 = prefix + region + subject + orgCodeCheckChar(subject);
	const code = first17 + usccCheckChar(first17);
	if (!USCC_PATTERN.test(code)) throw new Error(`malformed USCC: ${code}`);
	return code;
}

function isRealDate(yyyymmdd: string): boolean {
	if (!/^\d{8}$/.test(yyyymmdd)) return false;
	const y = Number(yyyymmdd.slice(0, 4));
	const m = Number(yyyymmdd.slice(4, 6));
	const d = Number(yyyymmdd.slice(6, 8));
	const date = new Date(Date.UTC(y, m - 1, d));
	return (
		y >= 1800 &&
		date.getUTCFullYear() === y &&
		date.getUTCMonth() === m - 1 &&
		date.getUTCDate() === d
	);
}

function isCategory(n: number): boolean {
	return Number.isInteger(n) && n >= 1 && n <= 7;
}

function isLevel(n: number): boolean {
	return Number.isInteger(n) && n >= 1 && n <= 4;
}
