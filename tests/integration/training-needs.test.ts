import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
	MyTrainingWithNeeds,
	TrainingCourse,
	TrainingNeed,
	TrainingNeedList,
	TrainingNeedOverview,
} from '@ronghe/contracts';
import { auditLog } from '@ronghe/db/schema';
import { createPersonRow, createUser, grantConsent } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/** The county's calendar day, as the API counts days (UTC+8). */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * 培训需求 (issue 15 §1): staff record what a person needs to learn; a completed course in that
 * occupation meets it, whichever came first; township staff keep to their own township.
 */
describe('training needs', () => {
	const t = useApi();

	const call = (
		method: 'GET' | 'POST' | 'PUT' | 'DELETE',
		url: string,
		auth: string,
		payload?: object,
	) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: auth },
			...(payload === undefined ? {} : { payload }),
		});

	async function world() {
		const db = t.handle.db;
		const session = async (role: 'township' | 'federation', over = {}) =>
			`Bearer ${await (await createUser(db, role, over)).newSession()}`;
		const seeker = async (fullName: string, townshipCode = '140922100') => {
			const person = await createPersonRow(db, { fullName, townshipCode });
			await grantConsent(db, person.id, 'disability_data');
			const u = await createUser(db, 'seeker', { personId: person.id });
			return { person, auth: `Bearer ${await u.newSession()}` };
		};
		return {
			db,
			county: await session('federation', { displayName: '县残联 刘培训' }),
			township: await session('township'),
			otherTownship: await session('township', { townshipCode: '140922102' }),
			seeker,
		};
	}
	type World = Awaited<ReturnType<typeof world>>;

	const needs = (w: World, personId: string, auth = w.county) =>
		call('GET', `/api/people/${personId}/training-needs`, auth);
	const record = (w: World, personId: string, body: object, auth = w.county) =>
		call('POST', `/api/people/${personId}/training-needs`, auth, body);

	/** A running course in `occupationCode` with the person on it, and a way to record the result. */
	async function courseWith(w: World, personId: string, occupationCode: string) {
		const created = await call('POST', '/api/training-courses', w.county, {
			title: '手工编织培训班',
			provider: '五台县职业技术学校',
			occupationCode,
			townshipCode: '140922100',
			startDate: today(),
			endDate: today(),
			lengthClass: 'short',
			seats: 5,
		});
		expect(created.statusCode).toBe(201);
		const c = created.json() as TrainingCourse;
		const enrolled = await call(
			'POST',
			`/api/people/${personId}/training-courses/${c.id}/enrolments`,
			w.county,
		);
		expect(enrolled.statusCode).toBe(201);
		const enrolmentId = enrolled.json().enrolment.id as string;
		const result = async (r: 'completed' | 'not_completed') => {
			const res = await call(
				'PUT',
				`/api/training-courses/${c.id}/enrolments/${enrolmentId}/result`,
				w.county,
				{ result: r },
			);
			expect(res.statusCode).toBe(200);
		};
		return { course: c, result };
	}

	it('records a need, and a completion in that occupation meets it; a correction reopens it', async () => {
		const w = await world();
		const s = await w.seeker('周想学');
		const res = await record(w, s.person.id, {
			occupationCode: 'X-SGBZ',
			what: '  草编和布艺  ',
			reason: '腿脚不便，想在家里做手工挣钱',
		});
		expect(res.statusCode).toBe(201);
		const need = res.json() as TrainingNeed;
		expect(need).toMatchObject({
			occupationCode: 'X-SGBZ',
			occupationName: '手工编织工',
			what: '草编和布艺',
			recordedBy: { name: '县残联 刘培训', roleLabel: expect.any(String) },
			metAt: null,
			metByCourse: null,
		});
		const audit = await w.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, s.person.id), eq(auditLog.action, 'training.need_record')));
		expect(audit).toHaveLength(1);

		// another occupation's completion does not meet it
		const other = await courseWith(w, s.person.id, 'X-SJLR');
		await other.result('completed');
		expect(((await needs(w, s.person.id)).json() as TrainingNeedList).items[0]!.metAt).toBeNull();

		const weaving = await courseWith(w, s.person.id, 'X-SGBZ');
		await weaving.result('completed');
		const [met] = ((await needs(w, s.person.id)).json() as TrainingNeedList).items;
		expect(met!.metAt).not.toBeNull();
		expect(met!.metByCourse).toEqual({ id: weaving.course.id, title: '手工编织培训班' });

		// the seeker sees it too, read-only and without the staff member's name
		const mine = (await call('GET', '/api/me/training', s.auth)).json() as MyTrainingWithNeeds;
		expect(mine.needs.map((n) => [n.what, n.metByCourse?.title])).toEqual([
			['草编和布艺', '手工编织培训班'],
		]);
		expect(JSON.stringify(mine.needs)).not.toContain('刘培训');

		await weaving.result('not_completed');
		const [reopened] = ((await needs(w, s.person.id)).json() as TrainingNeedList).items;
		expect(reopened).toMatchObject({ metAt: null, metByCourse: null });
	});

	it('records a need as met at once when the person already completed a course in it', async () => {
		const w = await world();
		const s = await w.seeker('吴已学');
		const weaving = await courseWith(w, s.person.id, 'X-SGBZ');
		await weaving.result('completed');
		const res = await record(w, s.person.id, { occupationCode: 'X-SGBZ', what: '编织' });
		expect(res.statusCode).toBe(201);
		const need = res.json() as TrainingNeed;
		expect(need.metAt).not.toBeNull();
		expect(need.metByCourse?.id).toBe(weaving.course.id);
		// without an occupation nothing meets it
		const loose = (await record(w, s.person.id, { what: '学用手机' })).json() as TrainingNeed;
		expect(loose).toMatchObject({ occupationCode: null, metAt: null });
	});

	it('refuses to delete a met need, and deletes an open one with an audit entry', async () => {
		const w = await world();
		const s = await w.seeker('郑删除');
		const weaving = await courseWith(w, s.person.id, 'X-SGBZ');
		await weaving.result('completed');
		const met = (await record(w, s.person.id, { occupationCode: 'X-SGBZ', what: '编织' })).json();
		const refused = await call(
			'DELETE',
			`/api/people/${s.person.id}/training-needs/${met.id}`,
			w.county,
		);
		expect(refused.statusCode).toBe(422);
		expect(refused.json().code).toBe('training_need_met');

		const open = (await record(w, s.person.id, { what: '记错了' })).json() as TrainingNeed;
		const gone = await call(
			'DELETE',
			`/api/people/${s.person.id}/training-needs/${open.id}`,
			w.county,
		);
		expect(gone.statusCode).toBe(204);
		const left = ((await needs(w, s.person.id)).json() as TrainingNeedList).items;
		expect(left.map((n) => n.id)).toEqual([met.id]);
		const audit = await w.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, s.person.id), eq(auditLog.action, 'training.need_remove')));
		expect(audit.map((a) => a.detail)).toMatchObject([{ needId: open.id, what: '记错了' }]);
		// a need of someone else is not found through this person
		const other = await w.seeker('冯别人');
		const stray = await call(
			'DELETE',
			`/api/people/${other.person.id}/training-needs/${met.id}`,
			w.county,
		);
		expect(stray.statusCode).toBe(404);
	});

	it('answers a wrong occupation or an empty what next to the field', async () => {
		const w = await world();
		const s = await w.seeker('陈填错');
		const bad = await record(w, s.person.id, { occupationCode: 'NOPE-1', what: '学东西' });
		expect(bad.statusCode).toBe(400);
		expect(bad.json().errors).toEqual([
			expect.objectContaining({ pointer: '#/occupationCode', detail: '请从列表里选择职业。' }),
		]);
		const empty = await record(w, s.person.id, { what: '   ', reason: 'x'.repeat(301) });
		expect(empty.statusCode).toBe(400);
		const pointers = (empty.json().errors as { pointer: string }[]).map((e) => e.pointer).sort();
		expect(pointers).toEqual(['#/reason', '#/what']);
		const nobody = await record(w, '00000000-0000-4000-8000-000000000000', { what: '学东西' });
		expect(nobody.statusCode).toBe(404);
		expect(((await needs(w, s.person.id)).json() as TrainingNeedList).items).toEqual([]);
	});

	it('keeps township staff to their own township’s people', async () => {
		const w = await world();
		const own = await w.seeker('褚本乡');
		const away = await w.seeker('卫外乡', '140922102');
		expect((await record(w, own.person.id, { what: '学按摩' }, w.township)).statusCode).toBe(201);
		expect((await record(w, away.person.id, { what: '学按摩' }, w.township)).statusCode).toBe(404);
		expect((await needs(w, away.person.id, w.township)).statusCode).toBe(404);
		const theirs = (await record(w, away.person.id, { what: '学包装' }, w.otherTownship)).json();
		const del = await call(
			'DELETE',
			`/api/people/${away.person.id}/training-needs/${theirs.id}`,
			w.township,
		);
		expect(del.statusCode).toBe(404);
		// the list across people: township staff see only theirs, even when asking for another
		const list = async (auth: string, query = '') =>
			(
				await call('GET', `/api/training-needs?pageSize=100${query}`, auth, undefined)
			).json() as TrainingNeedOverview;
		const names = (l: TrainingNeedOverview) => l.items.map((i) => i.personName);
		expect(names(await list(w.township))).toContain('褚本乡');
		expect(names(await list(w.township, '&township=140922102'))).not.toContain('卫外乡');
		expect(names(await list(w.county, '&township=140922102'))).toContain('卫外乡');
	});

	it('lists needs across people by occupation and state, with open needs counted per occupation', async () => {
		const w = await world();
		const township = '140922105';
		const people = await Promise.all(['蒋甲', '沈乙', '韩丙'].map((n) => w.seeker(n, township)));
		for (const p of people) await record(w, p.person.id, { occupationCode: 'X-BZG', what: '包装' });
		// one person twice in the same occupation still counts once
		await record(w, people[0]!.person.id, { occupationCode: 'X-BZG', what: '分拣' });
		await record(w, people[1]!.person.id, { occupationCode: 'X-SJLR', what: '打字' });
		const done = await courseWith(w, people[2]!.person.id, 'X-BZG');
		await done.result('completed');

		const get = async (query: string) => {
			const res = await call('GET', `/api/training-needs?township=${township}${query}`, w.county);
			expect(res.statusCode).toBe(200);
			return res.json() as TrainingNeedOverview;
		};
		const open = await get('');
		expect(open.total).toBe(4);
		expect(open.summary).toEqual([
			{ occupationCode: 'X-BZG', occupationName: '包装工', people: 2 },
			{ occupationCode: 'X-SJLR', occupationName: '数据录入员', people: 1 },
		]);
		expect(open.items[0]).toMatchObject({ personName: '蒋甲', townshipCode: township });
		const met = await get('&met=met');
		expect(met.items.map((i) => [i.personName, i.metByCourse?.title])).toEqual([
			['韩丙', '手工编织培训班'],
		]);
		expect((await get('&met=all&occupation=X-BZG')).total).toBe(4);
		const paged = await get('&pageSize=2&page=2');
		expect([paged.items.length, paged.total, paged.page]).toEqual([2, 4, 2]);
		const wrong = await call('GET', '/api/training-needs?met=maybe', w.county);
		expect(wrong.statusCode).toBe(400);
	});
});
