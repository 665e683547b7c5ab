/**
 * Certificate kinds (issue 13 §1, docs/matching.md#data): one code list for the certificates a
 * posting requires and the ones a seeker holds. 保健按摩师 has grades; a higher grade meets a
 * posting that asks for a lower one.
 */
export const CERTIFICATE_KINDS = {
	blind_medical_massage: '盲人医疗按摩人员从事医疗按摩资格证书',
	health_massage_junior: '保健按摩师（初级）',
	health_massage_intermediate: '保健按摩师（中级）',
	health_massage_senior: '保健按摩师（高级）',
	health_certificate: '健康证',
	domestic_service: '家政服务员证书',
	driving_licence: '机动车驾驶证',
	// certificates that completed courses give (the county's training list)
	ecommerce_service: '电商客服培训合格证书',
	computer_basics: '计算机操作培训合格证书',
	handicraft: '手工编织培训合格证书',
	agriculture: '农业实用技术培训合格证书',
} as const;
export type CertificateKind = keyof typeof CERTIFICATE_KINDS;
export const CERTIFICATE_KIND_CODES = Object.keys(CERTIFICATE_KINDS) as [
	CertificateKind,
	...CertificateKind[],
];

/** The label of a certificate kind; an unknown code is shown as it is. */
export function certificateLabel(code: string): string {
	return (CERTIFICATE_KINDS as Record<string, string>)[code] ?? code;
}

/** 保健按摩师 grades in order: a held grade meets a required grade at or below it. */
export const HEALTH_MASSAGE_GRADES: readonly CertificateKind[] = [
	'health_massage_junior',
	'health_massage_intermediate',
	'health_massage_senior',
];

/** The words postings stored before the code list, and the kind each became (migration 0016). */
export const LEGACY_CERTIFICATE_CODES: Readonly<Record<string, CertificateKind>> = {
	盲人医疗按摩人员从事医疗按摩资格证书: 'blind_medical_massage',
	'保健按摩师职业资格（技能等级）证书': 'health_massage_junior',
	健康证: 'health_certificate',
	家政服务员证书: 'domestic_service',
	家政服务员: 'domestic_service',
	机动车驾驶证: 'driving_licence',
};

export type CertificateRecord = { kind: string; validUntil: string | null };

/**
 * The kinds a seeker's certificates give on `today` (YYYY-MM-DD): a certificate counts until the
 * end of its valid-until day; one without an end date counts always. Expired ones do not count.
 */
export function validCertificateKinds(
	records: readonly CertificateRecord[],
	today: string,
): string[] {
	return [
		...new Set(
			records.filter((r) => r.validUntil === null || r.validUntil >= today).map((r) => r.kind),
		),
	];
}

/** Whether the kinds a seeker holds meet one required kind (a higher 保健按摩师 grade meets a lower). */
export function certificateMet(required: string, held: readonly string[]): boolean {
	if (held.includes(required)) return true;
	const need = HEALTH_MASSAGE_GRADES.indexOf(required as CertificateKind);
	return need >= 0 && held.some((k) => HEALTH_MASSAGE_GRADES.indexOf(k as CertificateKind) >= need);
}

/**
 * The occupation (职业分类大典 code of the occupations table) whose training a valid certificate
 * shows the seeker completed: the course certificates, and the qualifications one gets only after
 * training. Matching counts these as completed training (docs/matching.md, "certificates and
 * training"); there is no enrolment record yet.
 */
export const CERTIFICATE_TRAINED_OCCUPATIONS: Readonly<Record<string, readonly string[]>> = {
	blind_medical_massage: ['X-YLMA'],
	health_massage_junior: ['4-10-04-02'],
	health_massage_intermediate: ['4-10-04-02'],
	health_massage_senior: ['4-10-04-02'],
	domestic_service: ['4-10-01-06'],
	ecommerce_service: ['4-01-02-02'],
	computer_basics: ['X-SJLR'],
	handicraft: ['X-SGBZ'],
	agriculture: ['X-NYG', '5-05-01-00'],
};

/**
 * Occupations named in free-text training certificates (`people.training_certificates`, e.g.
 * "手工编织培训结业证"): an occupation counts when its name or an alias of two characters or more
 * appears in the text.
 */
export function occupationsInText(
	texts: readonly string[],
	occupations: readonly { code: string; name: string; aliases: readonly string[] }[],
): string[] {
	const found = new Set<string>();
	for (const text of texts)
		for (const o of occupations)
			if ([o.name, ...o.aliases].some((w) => w.length >= 2 && text.includes(w))) found.add(o.code);
	return [...found];
}
