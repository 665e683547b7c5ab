import { describe, expect, it } from 'vitest';
import {
	CERTIFICATE_KIND_CODES,
	CERTIFICATE_KINDS,
	certificateMet,
	LEGACY_CERTIFICATE_CODES,
	validCertificateKinds,
} from './certificates.js';
import { acceptsCategory, acceptsLevel } from './eligibility.js';

describe('certificate kinds', () => {
	it('have the kinds the county needs, each with a Chinese label', () => {
		expect(CERTIFICATE_KINDS.blind_medical_massage).toBe('盲人医疗按摩人员从事医疗按摩资格证书');
		for (const code of Object.values(LEGACY_CERTIFICATE_CODES))
			expect(CERTIFICATE_KIND_CODES).toContain(code);
	});
});

describe('validCertificateKinds', () => {
	const today = '2026-12-04';
	it('counts a certificate until the end of its valid-until day, and one without an end', () => {
		expect(
			validCertificateKinds(
				[
					{ kind: 'blind_medical_massage', validUntil: '2026-12-04' },
					{ kind: 'driving_licence', validUntil: null },
				],
				today,
			),
		).toEqual(['blind_medical_massage', 'driving_licence']);
	});

	it('does not count an expired 健康证', () => {
		expect(
			validCertificateKinds([{ kind: 'health_certificate', validUntil: '2026-12-03' }], today),
		).toEqual([]);
	});

	it('counts a kind once when a renewed certificate sits beside the expired one', () => {
		expect(
			validCertificateKinds(
				[
					{ kind: 'health_certificate', validUntil: '2025-01-01' },
					{ kind: 'health_certificate', validUntil: '2027-01-01' },
				],
				today,
			),
		).toEqual(['health_certificate']);
	});
});

describe('certificateMet', () => {
	it('a 中级 保健按摩师 meets a posting asking for 初级, not the other way round', () => {
		expect(certificateMet('health_massage_junior', ['health_massage_intermediate'])).toBe(true);
		expect(certificateMet('health_massage_senior', ['health_massage_intermediate'])).toBe(false);
	});

	it('a 保健按摩师 certificate does not meet 盲人医疗按摩 (a separate qualification)', () => {
		expect(certificateMet('blind_medical_massage', ['health_massage_senior'])).toBe(false);
		expect(certificateMet('blind_medical_massage', ['blind_medical_massage'])).toBe(true);
	});
});

describe('acceptsCategory', () => {
	const visualAndHearing = { category: 7, components: [1, 2] };
	it('accepts 多重残疾 when the posting accepts every component', () => {
		expect(acceptsCategory({ acceptedCategories: [1, 2, 4] }, visualAndHearing)).toBe(true);
	});
	it('refuses it when one component is not accepted', () => {
		expect(acceptsCategory({ acceptedCategories: [1, 4] }, visualAndHearing)).toBe(false);
	});
	it('accepts it when the posting accepts category 7', () => {
		expect(acceptsCategory({ acceptedCategories: [7] }, visualAndHearing)).toBe(true);
	});
	it('refuses 多重残疾 with no recorded components unless 7 is accepted', () => {
		expect(
			acceptsCategory({ acceptedCategories: [1, 2, 3, 4, 5, 6] }, { category: 7, components: [] }),
		).toBe(false);
	});
	it('treats other categories plainly', () => {
		expect(acceptsCategory({ acceptedCategories: [4] }, { category: 4, components: [] })).toBe(
			true,
		);
		expect(acceptsCategory({ acceptedCategories: [4] }, { category: 1, components: [] })).toBe(
			false,
		);
	});
});

describe('acceptsLevel', () => {
	it('empty accepted levels means every level', () => {
		expect(acceptsLevel({ acceptedLevels: [] }, 1)).toBe(true);
		expect(acceptsLevel({ acceptedLevels: [3, 4] }, 1)).toBe(false);
		expect(acceptsLevel({ acceptedLevels: [3, 4] }, 4)).toBe(true);
	});
});
