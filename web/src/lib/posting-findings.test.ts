import { describe, expect, it } from 'vitest';
import { withoutPhrase } from './posting-findings';

describe('withoutPhrase', () => {
	it('takes the comma after the phrase with it, so the sentence still reads', () => {
		expect(withoutPhrase('要求身体健康，能吃苦。', '身体健康')).toBe('要求能吃苦。');
		expect(withoutPhrase('身体健康、五官端正', '身体健康')).toBe('五官端正');
	});

	it('takes the comma before it when the phrase ends the sentence', () => {
		expect(withoutPhrase('能吃苦，年龄 18-35 岁。', '年龄 18-35 岁')).toBe('能吃苦。');
	});

	it('removes every time the phrase appears, and reads it as plain text', () => {
		expect(withoutPhrase('身体健康。身体健康', '身体健康')).toBe('。');
		expect(withoutPhrase('年龄 (18+) 以上', '(18+)')).toBe('年龄 以上');
		expect(withoutPhrase('不变', '')).toBe('不变');
	});
});
