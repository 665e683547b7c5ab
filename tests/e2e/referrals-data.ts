import { demoApi } from './demo-api.js';

/**
 * A referral (to a service, so it stays open) and a graduate entry of `personId`, made through
 * the API as county staff, so the sweeps see both pages with content. One graduate entry per
 * person: a second sweep on the same database finds the one there is.
 */
export async function demoReferralIds(baseUrl: string, personId: string) {
	const staff = await demoApi(baseUrl, 'federation');
	const referral = await staff.post<{ id: string }>('/api/referrals', {
		personId,
		fromKind: 'special_school',
		fromName: '五台县特殊教育学校',
		toKind: 'service',
		toName: '页面检查用的县康复中心',
		reason: '需要康复评估',
	});
	const list = await staff.get<{ items: { id: string; personId: string }[] }>(
		'/api/graduates?pageSize=100',
	);
	const known = list.items.find((g) => g.personId === personId);
	const graduate =
		known ??
		(await staff.post<{ id: string }>('/api/graduates', {
			personId,
			school: '山西大学',
			major: '会计学',
			degree: 'bachelor',
			graduationYear: 2025,
		}));
	return { referralId: referral.id, graduateId: graduate.id };
}
