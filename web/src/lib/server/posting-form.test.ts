import { describe, expect, it } from 'vitest';
import { readEditorValues } from './posting-form';

const formOf = (entries: [string, string][]) => {
	const form = new FormData();
	for (const [k, v] of entries) form.append(k, v);
	return form;
};

describe('readEditorValues', () => {
	it('matches each flag answer to the finding the page showed, after a phrase is deleted', () => {
		// the page showed 身体健康 as flag 0 and the age limit as flag 1; 身体健康 is now deleted
		const values = readEditorValues(
			formOf([
				['title', '理货员'],
				['description', '清点货物。年龄 18-35 岁。'],
				['flag-0-key', 'good_health|身体健康'],
				['flag-0-decision', 'removed'],
				['flag-1-key', 'age|年龄 18-35 岁'],
				['flag-1-decision', 'essential'],
				['flag-1-reason', '夜间值守需要成年人'],
			]),
		);
		expect(values.decisions).toEqual([
			{ code: 'age', phrase: '年龄 18-35 岁', decision: 'essential', reason: '夜间值守需要成年人' },
			{ code: 'good_health', phrase: '身体健康', decision: 'removed', reason: '' },
		]);
	});

	it('leaves a finding the page never showed unanswered', () => {
		const values = readEditorValues(
			formOf([
				['description', '身体健康，能吃苦。'],
				['flag-0-key', 'good_health|身体健康'],
				['flag-0-decision', 'essential'],
				['flag-0-reason', '冷库工作需要耐低温'],
			]),
		);
		expect(values.decisions).toEqual([
			{
				code: 'good_health',
				phrase: '身体健康',
				decision: 'essential',
				reason: '冷库工作需要耐低温',
			},
		]);
	});

	it('takes a phrase chosen for 删除这项要求 out of the text, and records it as removed', () => {
		// without scripts the page cannot delete it as the choice is made: the server does
		const values = readEditorValues(
			formOf([
				['title', '理货员'],
				['description', '清点货物。要求身体健康，年龄 18-35 岁。'],
				['flag-0-key', 'good_health|身体健康'],
				['flag-0-decision', 'removed'],
				['flag-1-key', 'age|年龄 18-35 岁'],
			]),
		);
		expect(values.description).toBe('清点货物。要求年龄 18-35 岁。');
		expect(values.decisions).toEqual([
			{ code: 'good_health', phrase: '身体健康', decision: 'removed', reason: '' },
		]);
	});
});
