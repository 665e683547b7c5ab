import { describe, expect, it } from 'vitest';
import { cellText, checkRosterRow, type RosterRow } from './roster.js';

const ctx = () => ({
	townships: new Map([
		['台城镇', '140922100'],
		['140922100', '140922100'],
	]),
	seen: new Map<string, number>(),
	today: new Date('2026-11-01T00:00:00Z'),
});

const row = (cells: RosterRow['cells']): RosterRow => ({
	row: 2,
	cells: {
		fullName: '王小明',
		idNumber: '140922199001011238',
		certificateNumber: '14092219900101123841',
		township: '台城镇',
		householdType: '农业',
		employmentStatus: '未就业',
		...cells,
	},
});

describe('cellText', () => {
	it('reads rich text, formula results, hyperlinks and dates as text', () => {
		expect(cellText({ richText: [{ text: '王' }, { text: '小明 ' }] })).toEqual({ text: '王小明' });
		expect(cellText({ formula: 'A1', result: '台城镇' })).toEqual({ text: '台城镇' });
		expect(cellText({ text: '东街村', hyperlink: 'http://x' })).toEqual({ text: '东街村' });
		expect(cellText(new Date(Date.UTC(2031, 5, 30)))).toEqual({ text: '2031-06-30' });
		expect(cellText({ error: '#N/A' })).toEqual({ error: expect.stringContaining('#N/A') });
	});
});

describe('checkRosterRow', () => {
	it('normalises full-width digits and a lower-case x in the numbers', () => {
		const { record, errors } = checkRosterRow(
			row({
				idNumber: '１４０９２２１９９００１０１１２３８',
				certificateNumber: '１４０９２２１９９００１０１１２３８４１',
			}),
			ctx(),
		);
		expect(errors).toEqual([]);
		expect(record).toMatchObject({ idNumber: '140922199001011238', category: 4, level: 1 });
	});

	it('reads typed dates in several spellings and Excel date serial numbers', () => {
		for (const value of ['2031/6/30', '2031.06.30', '20310630', '2031年6月30日', 48029])
			expect(checkRosterRow(row({ certificateValidUntil: value }), ctx()).record).toMatchObject({
				certificateValidUntil: '2031-06-30',
			});
	});

	it('never repeats the birth-date digits of a wrong ID number in its message', () => {
		const { errors } = checkRosterRow(row({ idNumber: '140922199002301238' }), ctx());
		expect(errors.map((e) => e.column)).toContain('身份证号');
		expect(JSON.stringify(errors)).not.toContain('19900230');
	});

	it('marks an ID number Excel turned into a number as a precision loss', () => {
		const { errors } = checkRosterRow(row({ idNumber: 1.40922199001011e17 }), ctx());
		expect(errors[0]).toMatchObject({ row: 2, column: '身份证号' });
		expect(errors[0]!.message).toMatch(/文本/);
	});
});
