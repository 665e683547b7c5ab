import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@ronghe/contracts';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';
import { changedTables, databaseFingerprint } from '../support/fingerprint.js';
import {
	resolver,
	seeded,
	variantsOf,
	type JsonSchema,
	type Operation,
	type Variant,
} from '../support/hostile.js';

/*
 * Walks the OpenAPI document and sends every operation, as every role and anonymously, a seeded
 * sample of hostile variants (see tests/support/hostile.ts). Whatever comes in, the API must
 * answer below 500, every 4xx must be problem+json with a Chinese detail, and a rejected request
 * must leave every stored row as it was.
 */

type Caller = 'anonymous' | Role | 'employer-unapproved';
const CALLERS: Caller[] = [
	'anonymous',
	'admin',
	'bureau',
	'federation',
	'township',
	'employer',
	'employer-unapproved',
	'seeker',
];
/**
 * Variants per operation and caller: a caller that is turned away at the door needs fewer.
 * RONGHE_FUZZ_SAMPLE=1000 sends every variant (about 30,000 requests), for a deep run by hand.
 */
const SAMPLE_ALLOWED = Number(process.env.RONGHE_FUZZ_SAMPLE ?? 10);
const SAMPLE_DENIED = 3;
const SEED = 11;
const HAN = /[\u4e00-\u9fff]/;

type Finding = { op: string; caller: Caller; variant: string; problem: string };

describe('fuzzing every operation as every role', () => {
	const t = useApi();
	const ops: Operation[] = [];
	const sessions = new Map<Caller, () => Promise<string>>();
	const real = new Map<string, string>();
	let resolve: ReturnType<typeof resolver>;

	beforeAll(async () => {
		const db = t.handle.db;
		const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
			paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'> & RawOp>>;
			components?: { schemas?: Record<string, JsonSchema> };
		};
		resolve = resolver(doc);
		for (const [path, methods] of Object.entries(doc.paths)) {
			for (const [method, op] of Object.entries(methods)) {
				ops.push({
					operationId: op.operationId,
					method: method.toUpperCase(),
					path,
					parameters: op.parameters ?? [],
					body: op.requestBody?.content?.['application/json']?.schema,
				});
			}
		}
		// real records for path parameters, so a valid-looking request reaches the service
		const employer = await createEmployer(db);
		const pending = await createEmployer(db, { status: 'pending' });
		const other = await createEmployer(db);
		// sealed with the app's key, so unmasking it works as for a registered person
		const person = await createPersonRow(db, {
			idNumberEnc: t.cipher.encrypt('140922199506010021'),
		});
		const seekerPerson = await createPersonRow(db);
		const draft = await createPosting(db, employer.id, { status: 'draft' });
		const colleague = await createUser(db, 'employer', { employerId: employer.id });
		for (const caller of CALLERS) {
			if (caller === 'anonymous') continue;
			const role: Role = caller === 'employer-unapproved' ? 'employer' : caller;
			const overrides =
				caller === 'employer'
					? { employerId: employer.id }
					: caller === 'employer-unapproved'
						? { employerId: pending.id }
						: caller === 'seeker'
							? { personId: seekerPerson.id }
							: {};
			sessions.set(caller, (await createUser(db, role, overrides)).newSession);
		}
		real.set('postingId', draft.id);
		real.set('personId', person.id);
		real.set('userId', colleague.user.id);
		real.set('employerId', other.id);
		real.set('year', '2025');
		real.set('collectionYear', '2025');
		real.set('kind', 'disability_data');
		real.set('areaCode', '14');
		real.set('provinceCode', '14');
	});

	it('has a fingerprint that notices a changed row and a write mark that moves with it', async () => {
		const fp = databaseFingerprint(t.handle.db);
		const [before, mark] = [await fp.take(), await fp.writeMark()];
		expect(await fp.writeMark()).toBe(mark);
		await createPosting(t.handle.db, (await createEmployer(t.handle.db)).id, { status: 'draft' });
		expect(await fp.writeMark()).not.toBe(mark);
		expect(changedTables(before, await fp.take())).toEqual(['employers', 'postings']);
	});

	it(
		'never answers 5xx, always problem+json with a Chinese detail, and a refusal writes nothing',
		async () => {
			const db = t.handle.db;
			const fp = databaseFingerprint(db);
			const rnd = seeded(SEED);
			const findings: Finding[] = [];
			let sent = 0;
			let rejected = 0;
			let baseline = await fp.take();
			let mark: string;
			const validPath = (name: string, schema: JsonSchema) =>
				real.get(name) ?? (schema.format === 'uuid' ? randomUUID() : '2025');

			for (const op of ops) {
				const all = variantsOf(op, resolve, validPath);
				for (const caller of CALLERS) {
					// a fresh session each time: a fuzzed logout may have ended the last one
					const token = caller === 'anonymous' ? undefined : await sessions.get(caller)!();
					mark = await fp.writeMark();
					const picked = rnd.sample(all, SAMPLE_ALLOWED);
					let denied = false;
					for (const [i, v] of picked.entries()) {
						if (denied && i >= SAMPLE_DENIED) break;
						const res = await send(v, token, sent);
						sent += 1;
						const note = (problem: string) =>
							findings.push({ op: op.operationId, caller, variant: v.label, problem });
						const ownCredential = 'authorization' in v.headers || 'cookie' in v.headers;
						if ((res.statusCode === 401 || res.statusCode === 403) && !ownCredential) denied = true;
						if (res.statusCode >= 500) note(`answered ${res.statusCode}`);
						if (res.statusCode >= 400 && res.statusCode < 500) {
							rejected += 1;
							const type = String(res.headers['content-type'] ?? '');
							const body = safeJson(res.body);
							if (!type.includes('application/problem+json')) note(`${res.statusCode} as ${type}`);
							else if (!HAN.test(String(body?.detail ?? '')))
								note(`${res.statusCode} without a Chinese detail: ${res.body.slice(0, 200)}`);
							else if (body?.status !== res.statusCode) note(`problem status ${body?.status}`);
						}
						const now = await fp.writeMark();
						if (now === mark) continue;
						const after = await fp.take();
						if (res.statusCode >= 400 && res.statusCode < 500) {
							const changed = changedTables(baseline, after);
							if (changed.length) note(`${res.statusCode} but changed ${changed.join(', ')}`);
						}
						baseline = after;
						mark = await fp.writeMark();
					}
				}
			}
			console.info(
				`fuzz: ${ops.length} operations × ${CALLERS.length} callers, ${sent} requests, ${rejected} rejected, ${findings.length} findings`,
			);
			expect(sent).toBeGreaterThan(ops.length * CALLERS.length * SAMPLE_DENIED);
			expect(findings.map((f) => `${f.op} as ${f.caller}, ${f.variant}: ${f.problem}`)).toEqual([]);
		},
		SAMPLE_ALLOWED > 10 ? 3_600_000 : 240_000,
	);

	async function send(v: Variant, token: string | undefined, n: number) {
		return t.app.inject({
			method: v.method as 'GET',
			url: v.url,
			headers: {
				...(token ? { authorization: `Bearer ${token}` } : {}),
				// a variant that brings its own credential replaces the caller's
				...v.headers,
			},
			// every request from its own address, so the per-address limits let the fuzz through
			remoteAddress: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
			...(v.payload === undefined ? {} : { payload: v.payload }),
		});
	}
});

type RawOp = {
	parameters?: Operation['parameters'];
	requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

function safeJson(text: string): { detail?: unknown; status?: unknown } | undefined {
	try {
		return JSON.parse(text) as { detail?: unknown; status?: unknown };
	} catch {
		return undefined;
	}
}
