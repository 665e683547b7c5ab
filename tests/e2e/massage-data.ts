import { demoApi } from './demo-api.js';

/**
 * A 盲人医疗按摩所 with one practitioner filed there (the demo data has none), made through the
 * API as county staff, so the sweeps see a clinic's and a practitioner's page with content.
 */
export async function demoMassageIds(baseUrl: string, personId: string) {
	const staff = await demoApi(baseUrl, 'federation');
	const clinic = await staff.post<{ id: string }>('/api/massage/clinics', {
		name: '页面检查用的盲人医疗按摩所',
		kind: 'medical',
		townshipCode: '140922100',
		areaM2: 39,
		beds: 2,
		sterilisation: true,
	});
	// one record per person: a second sweep on the same database updates it
	const practitioner = await staff.put<{ id: string }>('/api/massage/practitioners', {
		personId,
		qualification: 'medical',
		practiceSince: '2015-03-01',
		registeredClinicId: clinic.id,
		registeredOn: '2024-03-01',
	});
	return { clinicId: clinic.id, practitionerId: practitioner.id };
}
