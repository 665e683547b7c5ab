import { describe, expect, it } from 'vitest';
import {
	idCheckChar,
	isValidCertificateNumber,
	isValidIdNumber,
	isValidUscc,
	makeCertificateNumber,
	makeIdNumber,
	makeUscc,
	orgCodeCheckChar,
	sexOfIdNumber,
	usccCheckChar,
} from './ids.js';
import { createRandom } from './random.js';

describe('公民身份号码 (GB 11643-1999)', () => {
	it('accepts the test vectors of docs/domain.md#id-number', () => {
		expect(isValidIdNumber('11010519491231002X')).toBe(true);
		expect(isValidIdNumber('440524188001010014')).toBe(true);
		expect(idCheckChar('11010519491231002')).toBe('X');
	});

	it('rejects a wrong check character, an impossible date and a lower-case x', () => {
		expect(isValidIdNumber('110105194912310021')).toBe(false);
		expect(isValidIdNumber('140922199002301238')).toBe(false);
		expect(isValidIdNumber('11010519491231002x')).toBe(false);
		expect(isValidIdNumber('14092219900101123')).toBe(false);
	});

	it('builds the synthetic 五台县 example and encodes sex in the sequence', () => {
		const id = makeIdNumber({ region: '140922', birthDate: '1990-01-01', sequence: 123 });
		expect(id).toBe('140922199001011238');
		expect(sexOfIdNumber(id)).toBe('male');
		expect(
			sexOfIdNumber(makeIdNumber({ region: '140922', birthDate: '19900101', sequence: 124 })),
		).toBe('female');
	});

	it('refuses bad parts', () => {
		expect(() => makeIdNumber({ region: '14092', birthDate: '1990-01-01', sequence: 1 })).toThrow();
		expect(() =>
			makeIdNumber({ region: '140922', birthDate: '1990-02-30', sequence: 1 }),
		).toThrow();
		expect(() =>
			makeIdNumber({ region: '140922', birthDate: '1990-01-01', sequence: 0 }),
		).toThrow();
	});

	it('makes only valid numbers for random parts', () => {
		const rng = createRandom(7);
		for (let i = 0; i < 5000; i++) {
			const birthDate = `${rng.int(1930, 2010)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
			const id = makeIdNumber({ region: '140922', birthDate, sequence: rng.int(1, 999) });
			expect(isValidIdNumber(id)).toBe(true);
		}
	});
});

describe('残疾人证号', () => {
	it('appends category and level to the ID number (20 characters)', () => {
		const cert = makeCertificateNumber('140922199001011238', 4, 1);
		expect(cert).toBe('14092219900101123841');
		expect(isValidCertificateNumber(cert)).toBe(true);
	});

	it('rejects category 8, level 5 and longer reissue forms', () => {
		expect(isValidCertificateNumber('14092219900101123881')).toBe(false);
		expect(isValidCertificateNumber('14092219900101123845')).toBe(false);
		expect(isValidCertificateNumber('140922199001011238410')).toBe(false);
		expect(() => makeCertificateNumber('140922199001011238', 0, 1)).toThrow();
	});
});

describe('统一社会信用代码 (GB 32100-2015)', () => {
	it('accepts the test vectors of docs/domain.md#uscc', () => {
		expect(isValidUscc('91110000101623741K')).toBe(true);
		expect(isValidUscc('911101066976941872')).toBe(true);
		expect(usccCheckChar('91110000101623741')).toBe('K');
	});

	it('rejects a wrong check character and characters outside the set', () => {
		expect(isValidUscc('91110000101623741L')).toBe(false);
		expect(isValidUscc('91110000I01623741K')).toBe(false);
		expect(isValidUscc('9111000010162374K')).toBe(false);
	});

	it('computes the GB 11714 check inside the subject identifier', () => {
		expect(orgCodeCheckChar('10162374')).toBe('1');
		expect(orgCodeCheckChar('69769418')).toBe('7');
	});

	it('builds valid codes for every prefix the demo uses', () => {
		const rng = createRandom(11);
		for (const prefix of ['11', '12', '51', '52', '91', '92', '93']) {
			for (let i = 0; i < 200; i++) {
				const subject = String(rng.int(0, 99_999_999)).padStart(8, '0');
				const code = makeUscc({ prefix, region: '140922', subject });
				expect(code.startsWith(`${prefix}140922`)).toBe(true);
				expect(isValidUscc(code)).toBe(true);
			}
		}
		expect(isValidUscc(makeUscc({ prefix: '91', region: '140922', subject: 'MA0K1234' }))).toBe(
			true,
		);
	});
});

describe('createRandom', () => {
	it('repeats its sequence for the same seed and differs for another', () => {
		const draw = (seed: number) => {
			const rng = createRandom(seed);
			return Array.from({ length: 20 }, () => rng.uint32());
		};
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
	});

	it('keeps int() within bounds and makes v4-shaped uuids', () => {
		const rng = createRandom(1);
		const seen = new Set<number>();
		for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 6));
		expect([...seen].sort()).toEqual([3, 4, 5, 6]);
		expect(rng.uuid()).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
	});
});
