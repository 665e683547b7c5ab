import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';

type Role = (typeof DEMO_ACCOUNTS)[number]['role'];

/** A demo account's calls to the API with a bearer token of its own (no browser involved). */
export async function demoApi(baseUrl: string, role: Role) {
	const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
	const login = await fetch(`${baseUrl}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ phone: account.phone, password: DEMO_PASSWORD }),
	});
	const { token } = (await login.json()) as { token: string };
	const authorization = `Bearer ${token}`;
	return {
		get: async <T>(path: string) =>
			(await (await fetch(`${baseUrl}${path}`, { headers: { authorization } })).json()) as T,
		post: async <T>(path: string, body: object = {}, headers: Record<string, string> = {}) => {
			const res = await fetch(`${baseUrl}${path}`, {
				method: 'POST',
				headers: { ...headers, authorization, 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
			// 204 No Content has no body
			const text = await res.text();
			return (text ? JSON.parse(text) : undefined) as T;
		},
		put: async <T>(path: string, body: object) => {
			const res = await fetch(`${baseUrl}${path}`, {
				method: 'PUT',
				headers: { authorization, 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
			return (await res.json()) as T;
		},
	};
}

/**
 * A fresh published posting of the demo HR's employer (the demo gives that employer none):
 * written, submitted and approved through the API as the people would.
 */
export async function publishDemoPosting(baseUrl: string, title: string): Promise<string> {
	const hr = await demoApi(baseUrl, 'employer');
	const { id } = await hr.post<{ id: string }>('/api/employer/postings', {
		postType: 'quota',
		occupationCode: 'X-SJLR',
		title,
		description: '把纸质单据录入电脑系统并核对，每天在办公室完成。',
		headcount: 3,
		payMin: 2000,
		payMax: 2600,
		workMode: 'full_time',
		townshipCode: '140922100',
		address: '台城镇新建路 8 号',
		acceptedCategories: [2, 4],
		closingDate: '2030-06-30',
	});
	await hr.post(`/api/employer/postings/${id}/submit`);
	const staff = await demoApi(baseUrl, 'federation');
	await staff.post(`/api/reviews/postings/${id}/approve`);
	return id;
}

/** The demo seeker applies to a posting through the API; returns the application's id. */
export async function demoApply(baseUrl: string, postingId: string): Promise<string> {
	const seeker = await demoApi(baseUrl, 'seeker');
	const { id } = await seeker.post<{ id: string }>(
		`/api/postings/${postingId}/applications`,
		{ note: '' },
		{ 'idempotency-key': randomUUID() },
	);
	return id;
}
