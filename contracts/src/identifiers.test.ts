import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	idNumberCheckChar,
	normalizeIdentifier,
	USCC_CHARSET,
	usccCheckChar,
	validateCertificate,
	validateIdNumber,
	validateUscc,
} from './identifiers.js';

const TODAY = new Date('2026-11-28T00:00:00Z');
const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

/** A well-formed ID number: a Shanxi region, a real birth date, any sequence, the right check. */
const idNumberArb = fc
	.record({
		region: fc.constantFrom('140922', '140971', '140902', '110105', '440524'),
		birth: fc.date({
			min: new Date('1940-01-01'),
			max: new Date('2010-12-31'),
			noInvalidDate: true,
		}),
		seq: fc.integer({ min: 0, max: 999 }),
	})
	.map(({ region, birth, seq }) => {
		const first17 =
			region + birth.toISOString().slice(0, 10).replaceAll('-', '') + String(seq).padStart(3, '0');
		return first17 + idNumberCheckChar(first17);
	});

describe('validateIdNumber', () => {
	it('accepts the GB 11643 test vectors and reads region, birth date and sex', () => {
		expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
			valid: true,
			normalized: '11010519491231002X',
			errors: [],
			parsed: { regionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
		});
		// the standard's own vector, born 1880: old but a real date, so it passes
		expect(validateIdNumber('440524188001010014', TODAY).valid).toBe(true);
		expect(codes(validateIdNumber('440524180001010014', TODAY))).toEqual(['birth_date']);
		expect(validateIdNumber('140922199001011238', TODAY).parsed).toEqual({
			regionCode: '140922',
			birthDate: '1990-01-01',
			sex: 'male',
		});
	});

	it('normalises full-width digits, spaces and a lower-case x from Chinese input methods', () => {
		const r = validateIdNumber(' １１０１０５ １９４９１２３１００２ｘ ', TODAY);
		expect(r).toMatchObject({ valid: true, normalized: '11010519491231002X' });
		expect(normalizeIdentifier('９１ａｂ')).toBe('91AB');
	});

	it('says which check character was expected when one digit is wrong', () => {
		const r = validateIdNumber('140922199001011239', TODAY);
		expect(codes(r)).toEqual(['checksum_mismatch']);
		expect(r.errors[0]!.message).toContain('应为“8”');
		expect(r.parsed).not.toBeNull();
	});

	it('names the position and problem for length, characters, dates and legacy numbers', () => {
		expect(validateIdNumber('', TODAY).errors[0]!.code).toBe('required');
		expect(validateIdNumber('14092219900101123', TODAY).errors[0]!.message).toContain(
			'您填写了 17 位',
		);
		expect(validateIdNumber('1409221990O101123X', TODAY).errors[0]!.message).toContain(
			'第 11 位“O”',
		);
		expect(codes(validateIdNumber('140922199013011238', TODAY))).toEqual(['birth_date']);
		expect(codes(validateIdNumber('140922202712011238', TODAY))).toEqual(['birth_date_future']);
		expect(codes(validateIdNumber('990922199001011238', TODAY))).toEqual(['region']);
		expect(codes(validateIdNumber('140922900101123', TODAY))).toEqual(['legacy_15_digits']);
	});

	it('accepts every well-formed number and rejects every single-digit change (property)', () => {
		fc.assert(
			fc.property(
				idNumberArb,
				fc.integer({ min: 0, max: 16 }),
				fc.integer({ min: 1, max: 9 }),
				(id, pos, delta) => {
					expect(validateIdNumber(id, TODAY).valid).toBe(true);
					const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
					expect(validateIdNumber(changed, TODAY).valid).toBe(false);
				},
			),
		);
	});
});

describe('validateCertificate', () => {
	it('reads category and level from the last two digits (肢体一级)', () => {
		expect(validateCertificate('14092219900101123841', TODAY)).toEqual({
			valid: true,
			normalized: '14092219900101123841',
			errors: [],
			parsed: {
				regionCode: '140922',
				birthDate: '1990-01-01',
				sex: 'male',
				idNumber: '140922199001011238',
				category: 4,
				categoryName: '肢体残疾',
				level: 1,
				levelName: '一级',
			},
		});
	});

	it('explains a category outside 1–7, a level outside 1–4 and a bad ID part', () => {
		const r = validateCertificate('14092219900101123885', TODAY);
		expect(codes(r)).toEqual(['category', 'level']);
		expect(r.errors[0]!.message).toContain('第 19 位是残疾类别');
		const id = validateCertificate('14092219900101123941', TODAY);
		expect(codes(id)).toEqual(['checksum_mismatch']);
		expect(id.errors[0]!.message).toContain('身份证号码部分');
	});

	it('reads a longer reissue number but flags it for staff review', () => {
		const r = validateCertificate('140922199001011238411', TODAY);
		expect(r.valid).toBe(false);
		expect(codes(r)).toEqual(['nonstandard_length']);
		expect(r.parsed).toMatchObject({ category: 4, level: 1 });
	});

	it('accepts every ID with any category and level (property)', () => {
		fc.assert(
			fc.property(
				idNumberArb,
				fc.integer({ min: 1, max: 7 }),
				fc.integer({ min: 1, max: 4 }),
				(id, c, l) => {
					const r = validateCertificate(`${id}${c}${l}`, TODAY);
					expect(r.valid).toBe(true);
					expect(r.parsed).toMatchObject({ idNumber: id, category: c, level: l });
				},
			),
		);
	});
});

describe('validateUscc', () => {
	it('accepts the GB 32100 test vectors and reads authority, type and region', () => {
		expect(validateUscc('91110000101623741K')).toMatchObject({
			valid: true,
			parsed: { entityType: '91', entityTypeName: '企业', regionCode: '110000' },
		});
		expect(validateUscc('911101066976941872').valid).toBe(true);
		expect(validateUscc('91140922MA0K123454')).toMatchObject({
			valid: true,
			parsed: { registrationAuthorityName: '市场监督管理（工商）' },
		});
	});

	it('marks a real-world code with a wrong check character as checksum_mismatch, still parsed', () => {
		const r = validateUscc('91350211M0000XUF46');
		expect(codes(r)).toEqual(['checksum_mismatch']);
		expect(r.parsed).toMatchObject({ regionCode: '350211' });
		expect(r.errors[0]!.message).toContain('由工作人员复核');
	});

	it('points at letters the code never uses', () => {
		expect(validateUscc('91140922MA0K12345O').errors[0]!.message).toMatch(
			/第 18 位“O”.*不使用字母/,
		);
		expect(validateUscc('9114O922MA0K123454').errors[0]!.code).toBe('format');
		expect(validateUscc('91140922MA0K12345').errors[0]!.message).toContain('您填写了 17 位');
	});

	it('accepts any code with the computed check character and rejects a changed one (property)', () => {
		const ch = fc.constantFrom(...USCC_CHARSET);
		const digit = fc.constantFrom(...'0123456789');
		fc.assert(
			fc.property(
				fc.array(ch, { minLength: 2, maxLength: 2 }),
				fc.array(digit, { minLength: 6, maxLength: 6 }),
				fc.array(ch, { minLength: 9, maxLength: 9 }),
				(a, b, c) => {
					const first17 = a.join('') + b.join('') + c.join('');
					const code = first17 + usccCheckChar(first17);
					expect(validateUscc(code).valid).toBe(true);
					const other = USCC_CHARSET[(USCC_CHARSET.indexOf(code[17]!) + 1) % 31];
					expect(validateUscc(first17 + other).valid).toBe(false);
				},
			),
		);
	});
});
