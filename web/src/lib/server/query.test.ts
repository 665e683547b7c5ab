import { describe, expect, it } from 'vitest';
import { AuditQuerySchema, PersonListQuerySchema } from '@ronghe/contracts';
import { parseQuery } from './query';

describe('parseQuery', () => {
	it('drops a bad value and names it, while the good ones stay', () => {
		const params = new URLSearchParams('level=9&q=张&township=440781101&page=2');
		const { query, dropped } = parseQuery(PersonListQuerySchema, params);
		expect(query).toMatchObject({ q: '张', township: '440781101', page: 2 });
		expect(query.level).toBeUndefined();
		expect(dropped).toEqual(['残疾等级应为 1 到 4。']);
	});

	it('reads a good query as the schema does, with its defaults', () => {
		const params = new URLSearchParams('from=2026-11-01&to=2026-11-30');
		expect(parseQuery(AuditQuerySchema, params)).toEqual({
			query: AuditQuerySchema.parse({ from: '2026-11-01', to: '2026-11-30' }),
			dropped: [],
		});
	});

	it('treats empty values as not set and ignores fields the schema does not know', () => {
		const params = new URLSearchParams('from=&to=2026-13-45&entity=&foo=bar');
		const { query, dropped } = parseQuery(AuditQuerySchema, params);
		expect(query).toEqual(AuditQuerySchema.parse({}));
		expect(dropped).toEqual(['结束日期请写成 2026-11-30 这样的格式。']);
	});
});
