import { describe, expect, it } from 'vitest';
import type { Clinic, Practitioner } from '@ronghe/contracts';
import { personCertificates } from '@ronghe/db/schema';
import { createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const year = () => Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

/**
 * Blind massage (issue 15 §5): practitioners with their qualification, filing and continuing
 * education, and clinics checked against 《盲人医疗按摩管理办法》第六条.
 */
describe('blind massage practitioners and clinics (/api/massage)', () => {
	const t = useApi();

	const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: auth },
			...(payload ? { payload } : {}),
		});

	it('flags what a clinic and a practitioner lack until every condition is met', async () => {
		const db = t.handle.db;
		const county = `Bearer ${await (await createUser(db, 'federation')).newSession()}`;
		const township = `Bearer ${await (await createUser(db, 'township')).newSession()}`;
		const master = await createPersonRow(db, { fullName: '郑师傅', category: 1 });
		const clinicBody = {
			name: '五台县郑氏盲人医疗按摩所',
			kind: 'medical',
			townshipCode: '140922100',
			operatorPersonId: master.id,
			areaM2: 39,
			beds: 2,
			sterilisation: true,
		};
		const made = await call('POST', '/api/massage/clinics', county, clinicBody);
		expect(made.statusCode).toBe(201);
		const clinic = made.json() as Clinic;
		expect(clinic.shortfalls).toEqual([
			'面积 39 平方米，不到 40 平方米。',
			'还没有按摩人员在这里执业备案。',
			'开办人不是盲人医疗按摩人员。',
			'没有一位执业满 5 年的盲人医疗按摩人员。',
		]);

		// the operator becomes a practitioner with 6 years' practice, filed at the clinic
		const saved = await call('PUT', '/api/massage/practitioners', county, {
			personId: master.id,
			qualification: 'medical',
			examYear: 2015,
			practiceSince: `${year() - 6}-03-01`,
			title: 'physician',
			registeredClinicId: clinic.id,
			registeredOn: `${year() - 1}-05-01`,
		});
		expect(saved.statusCode).toBe(200);
		const p = saved.json() as Practitioner;
		expect(p.shortfalls).toEqual([
			'没有有效的《盲人医疗按摩人员从事医疗按摩资格证书》。',
			'今年继续教育 0 学时，不到 20 学时。',
		]);
		await db
			.insert(personCertificates)
			.values({ personId: master.id, kind: 'blind_medical_massage' });
		const hours = await call('PUT', `/api/massage/practitioners/${p.id}/hours/${year()}`, county, {
			hours: 20,
		});
		expect((hours.json() as Practitioner).shortfalls).toEqual([]);

		const fixed = await call('PUT', `/api/massage/clinics/${clinic.id}`, county, {
			...clinicBody,
			areaM2: 40,
		});
		expect((fixed.json() as Clinic).shortfalls).toEqual([]);
		expect((fixed.json() as Clinic).practitioners.map((x) => x.name)).toEqual(['郑师傅']);

		// a wrong number is answered next to its field; township staff do not keep these records
		const wrong = await call('POST', '/api/massage/clinics', county, {
			...clinicBody,
			areaM2: '四十',
		});
		expect(wrong.json().errors).toMatchObject([{ pointer: '#/areaM2' }]);
		expect((await call('GET', '/api/massage/clinics', township)).statusCode).toBe(403);
	});
});
