import { describe, expect, it } from 'vitest';
import { heldKinds, trainedOccupationsOf } from './vocabulary.js';

// rows of the occupations table (db/src/reference/occupations.ts)
const OCCUPATIONS = [
	{ code: '4-10-04-02', name: '保健按摩师', aliases: ['按摩', '推拿', '足疗', '盲人按摩'] },
	{ code: 'X-YLMA', name: '盲人医疗按摩人员', aliases: ['医疗按摩', '盲人医疗按摩', '盲人按摩'] },
	{ code: 'X-SGBZ', name: '手工编织工', aliases: ['编织', '手工', '草编', '布艺'] },
	{ code: '4-01-02-02', name: '电子商务师', aliases: ['电商', '网店运营', '电商客服'] },
	{ code: '4-10-01-06', name: '家政服务员', aliases: ['家政', '保姆', '育婴', '育婴员'] },
];

describe('completed training, until enrolment records exist', () => {
	it('reads the occupations of valid certificates a course or training gives', () => {
		const held = heldKinds(
			[
				{ kind: 'blind_medical_massage', validUntil: null },
				{ kind: 'handicraft', validUntil: '2027-01-01' },
				// expired: it shows no training either
				{ kind: 'ecommerce_service', validUntil: '2026-11-30' },
			],
			'2026-12-01',
		);
		expect(trainedOccupationsOf(held, [], OCCUPATIONS).sort()).toEqual(['X-SGBZ', 'X-YLMA']);
	});

	it('reads occupations named in free-text training certificates, by name or alias', () => {
		expect(
			trainedOccupationsOf([], ['电子商务师（四级）', '育婴员', '驾驶培训'], OCCUPATIONS).sort(),
		).toEqual(['4-01-02-02', '4-10-01-06']);
		expect(trainedOccupationsOf([], [], OCCUPATIONS)).toEqual([]);
	});
});
