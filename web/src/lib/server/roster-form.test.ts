import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@ronghe/contracts';
import {
	EMPTY_EMPLOYEE,
	parseEmployeeUpdate,
	parseNewEmployee,
	readEmployeeForm,
} from './roster-form';

const first17 = '14092219880305357';
const certificate = `${first17}${idNumberCheckChar(first17)}43`;

describe('roster form', () => {
	it('reads what was typed and turns 3,000 元 and full-width digits into numbers', () => {
		const form = new FormData();
		for (const [k, v] of Object.entries({
			displayName: ' 钱某 ',
			certificateKind: 'disability',
			certificateNumber: certificate,
			contractStart: '2024-01-01',
			monthlyWage: '3,000',
			insuranceMonths: '１２',
			monthsCounted: '12',
		}))
			form.set(k, v);
		const values = readEmployeeForm(form);
		expect(values.displayName).toBe('钱某');
		const parsed = parseNewEmployee(values);
		expect(parsed).toMatchObject({
			ok: true,
			body: { monthlyWage: 3000, insuranceMonths: 12, monthsCounted: 12 },
		});
	});

	it('gives Chinese messages by field, and lets an edit leave the number empty', () => {
		const failed = parseNewEmployee({ ...EMPTY_EMPLOYEE, monthsCounted: '13' });
		expect(failed.ok).toBe(false);
		if (failed.ok) return;
		expect(failed.errors.displayName).toEqual(['请填写姓名。']);
		expect(failed.errors.certificateNumber).toEqual(['请填写证号。']);
		expect(failed.errors.monthsCounted).toEqual(['在岗月数一年最多 12 个月。']);
		const edit = parseEmployeeUpdate({
			...EMPTY_EMPLOYEE,
			displayName: '钱某',
			contractStart: '2024-01-01',
			monthlyWage: '2600',
		});
		expect(edit.ok).toBe(true);
	});
});
