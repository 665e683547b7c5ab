import { describe, expect, it } from 'vitest';
import { parseNumber } from './form-values';
import {
	fieldKey,
	monthlyStaffBody,
	readLevyForm,
	readMonthlyStaff,
	toLevyBody,
} from './levy-form';

const form = (entries: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(entries)) f.set(k, v);
	return f;
};

describe('levy form', () => {
	it('reads numbers typed with full-width digits, commas and units', () => {
		expect(parseNumber('１６,２５０,０００元')).toBe(16_250_000);
		expect(parseNumber(' 250 人')).toBe(250);
		expect(parseNumber('')).toBeUndefined();
		expect(parseNumber('很多')).toBe('很多');
	});

	it('leaves empty employee rows out and remembers which row each employee came from', () => {
		const values = readLevyForm(
			form({
				rows: '3',
				collectionYear: '2025',
				employerKind: 'enterprise',
				averageStaff: '250',
				wageBill: '16250000',
				'rows.2.certificate': 'military',
				'rows.2.level': '3',
				'rows.2.months': '12',
			}),
		);
		const { body, rowOf } = toLevyBody(values);
		expect(body).toMatchObject({
			collectionYear: 2025,
			averageStaff: 250,
			monthlyStaff: undefined,
			disabledEmployees: [{ certificate: 'military', level: 3, months: 12 }],
		});
		expect(fieldKey(['disabledEmployees', 0, 'level'], rowOf)).toBe('rows.2.level');
		expect(fieldKey(['monthlyStaff', 3], rowOf)).toBe('monthlyStaff.3');
	});

	it('adds one more empty row when asked, and keeps what was typed', () => {
		const values = readLevyForm(form({ rows: '3', 'rows.0.level': '2' }), 1);
		expect(values.rows).toHaveLength(4);
		expect(values.rows[0]).toEqual({ certificate: 'disability', level: '2', months: '' });
		expect(values.rows[3]).toEqual({ certificate: 'disability', level: '', months: '' });
	});

	it('sends the monthly headcounts only when one was typed, keeping empty months to be named', () => {
		expect(monthlyStaffBody(readMonthlyStaff(form({})))).toBeUndefined();
		const months = readMonthlyStaff(
			form({ 'monthlyStaff.0': '２４５', 'monthlyStaff.11': '250 人' }),
		);
		expect(months).toHaveLength(12);
		const body = monthlyStaffBody(months);
		expect(body?.[0]).toBe(245);
		expect(body?.[11]).toBe(250);
		expect(body?.slice(1, 11)).toEqual(Array(10).fill(''));
	});
});
