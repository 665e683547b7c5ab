import { describe, expect, it } from 'vitest';
import type { FairDetail } from '@ronghe/contracts';
import { keepValue, readKept } from './fair-allocation';
import { fairValues, newFairValues, parseFair, type FairValues } from './fair-form';
import { interpreterRows, parseInterpreters, readInterpreterRows } from './fair-interpreters';

const filled: FairValues = {
	...newFairValues(),
	title: '2027年就业援助月专场招聘会',
	theme: 'employment_aid_month',
	mode: 'hybrid',
	startsAt: '2027-01-12',
	endsAt: '2027-01-16',
	boothDeadline: '2027-01-09',
};

const messages = (v: FairValues) => {
	const parsed = parseFair(v);
	if (parsed.success) throw new Error('expected the form to be refused');
	return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('parseFair', () => {
	it('sends the days at the opening and closing time in China, and one zone a line', () => {
		const parsed = parseFair({ ...filled, zones: '民营企业\n\n 按摩机构 \n民营企业', desks: '' });
		expect(parsed.success && parsed.data).toMatchObject({
			startsAt: '2027-01-12T09:00:00+08:00',
			endsAt: '2027-01-16T17:00:00+08:00',
			boothDeadline: '2027-01-09T17:00:00+08:00',
			opensAtMinute: 540,
			closesAtMinute: 1020,
			zones: ['民营企业', '按摩机构'],
			desks: [],
		});
	});

	it('names the missing title, theme, mode and days of a new fair in Chinese', () => {
		expect(messages(newFairValues())).toEqual({
			title: '请填写招聘会名称（至少 2 个字）。',
			theme: '请选择主题。',
			mode: '请选择举办方式。',
			startsAt: '请填写开始日期。',
			endsAt: '请填写结束日期。',
		});
	});

	it('refuses a last day before the first, an empty opening time and a desk named as a zone', () => {
		const v = { ...filled, endsAt: '2027-01-10', opensAtMinute: '', desks: '民营企业' };
		expect(messages(v)).toEqual({
			endsAt: '结束日期不能早于开始日期。',
			opensAtMinute: '请填写每天开始时间。',
			desks: '咨询台的名称不能和展区相同。',
		});
	});

	it('shows a saved fair in China time', () => {
		const fair = {
			...filled,
			startsAt: '2027-01-12T01:00:00.000Z',
			endsAt: '2027-01-16T09:00:00.000Z',
			boothDeadline: '2027-01-08T16:30:00.000Z',
			opensAtMinute: 540,
			closesAtMinute: 1020,
			zones: [
				{ id: 'a', kind: 'zone', name: '国有企业', description: '' },
				{ id: 'b', kind: 'desk', name: '法律援助', description: '' },
			],
		} as unknown as FairDetail;
		expect(fairValues(fair)).toMatchObject({
			startsAt: '2027-01-12',
			endsAt: '2027-01-16',
			boothDeadline: '2027-01-09',
			opensAtMinute: '09:00',
			zones: '国有企业',
			desks: '法律援助',
		});
	});
});

describe('the interpreter pool form', () => {
	const form = (fields: Record<string, string>) => {
		const f = new FormData();
		for (const [k, v] of Object.entries({
			rows: '2',
			'i0-periods': '2',
			'i1-periods': '1',
			...fields,
		}))
			f.set(k, v);
		return f;
	};

	it('saves named interpreters with their whole periods and leaves empty rows out', () => {
		const rows = readInterpreterRows(
			form({
				'i0-name': '王芳',
				'i0-p1-day': '2027-01-12',
				'i0-p1-from': '9:00',
				'i0-p1-to': '10:00',
			}),
		);
		const { body, origin, errors } = parseInterpreters(rows);
		expect(errors).toEqual({});
		expect(body.interpreters).toEqual([
			{
				name: '王芳',
				hours: [{ startsAt: '2027-01-12T09:00:00+08:00', endsAt: '2027-01-12T10:00:00+08:00' }],
			},
		]);
		expect(origin).toEqual([[0, [1]]]);
	});

	it('asks for a name and for the end after the start, on the rows they belong to', () => {
		const rows = readInterpreterRows(
			form({ 'i1-p0-day': '2027-01-12', 'i1-p0-from': '10:00', 'i1-p0-to': '09:00' }),
		);
		expect(parseInterpreters(rows).errors).toEqual({
			'i1-name': '请填写翻译的姓名。',
			'i1-p0': '结束时间要晚于开始时间。',
		});
	});

	it('gives every saved interpreter room for one more period, and empty rows for new ones', () => {
		const hours = Array.from({ length: 3 }, (_, h) => ({
			startsAt: `2027-01-1${h + 2}T01:00:00.000Z`,
			endsAt: `2027-01-1${h + 2}T02:00:00.000Z`,
		}));
		const rows = interpreterRows([{ id: 'x', name: '王芳', hours }]);
		expect(rows.map((r) => r.periods.length)).toEqual([4, 3, 3]);
		expect(rows[0]?.periods[0]).toEqual({ day: '2027-01-12', from: '09:00', to: '10:00' });
	});
});

describe('readKept', () => {
	it('reads the ticked interviews, an empty interpreter as none', () => {
		const f = new FormData();
		f.append('keep', keepValue({ personId: 'p', slotId: 's', interpreterId: null }));
		f.append('keep', 'p2|s2|i2');
		f.append('keep', 'broken');
		expect(readKept(f).assignments).toEqual([
			{ personId: 'p', slotId: 's', interpreterId: null },
			{ personId: 'p2', slotId: 's2', interpreterId: 'i2' },
		]);
	});
});
