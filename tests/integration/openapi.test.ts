import { describe, expect, it } from 'vitest';
import { useApi } from '../support/app.js';

type Op = { operationId?: string; tags?: string[]; responses?: Record<string, unknown> };

describe('GET /api/openapi.json', () => {
	const t = useApi();

	it('describes every route with an operationId, tags and a problem response', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
		expect(res.statusCode).toBe(200);
		const doc = res.json();
		expect(doc.openapi).toBe('3.1.0');
		const ops: Op[] = Object.values(doc.paths as Record<string, Record<string, Op>>).flatMap((m) =>
			Object.values(m),
		);
		expect(ops.length).toBeGreaterThanOrEqual(6);
		const ids = ops.map((o) => o.operationId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const op of ops) {
			expect(op.operationId).toBeTruthy();
			expect(op.tags?.length).toBeGreaterThan(0);
			expect(JSON.stringify(op.responses?.['4XX'] ?? op.responses?.['4xx'])).toContain('Problem');
		}
	});

	it('matches the committed api/openapi.json (review contract changes as a diff)', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
		const doc = { ...res.json(), info: { ...res.json().info, version: 'x' } };
		await expect(JSON.stringify(doc, null, 2) + '\n').toMatchFileSnapshot('../../api/openapi.json');
	});

	it('is rendered at /api/docs as a Chinese HTML reference listing the operations', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toContain('text/html');
		expect(res.body).toContain('<html lang="zh-CN">');
		expect(res.body).toContain('GET /api/postings');
		expect(res.body).toContain('<main id="main">');
	});
});
