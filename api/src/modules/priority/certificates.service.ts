import {
	certificateLabel,
	validCertificateKinds,
	type Certificate,
	type CertificateBody,
	type CertificateList,
} from '@ronghe/contracts';
import { maskCertificate, type Db, type FieldCipher } from '@ronghe/db';
import type { PersonCertificate } from '@ronghe/db/schema';
import { NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { auditFor, createPersonFor } from './person-scope.js';
import type { PriorityRepository } from './priority.repository.js';

type Deps = { db: Db; priorityRepo: PriorityRepository; cipher: FieldCipher; now: () => Date };
export type CertificatesService = ReturnType<typeof createCertificatesService>;

function certificateOf(r: PersonCertificate, today: string): Certificate {
	return {
		id: r.id,
		kind: r.kind,
		kindName: certificateLabel(r.kind),
		numberMasked: r.numberMasked,
		issuedOn: r.issuedOn,
		validUntil: r.validUntil,
		valid: validCertificateKinds([r], today).length > 0,
	};
}

/**
 * A seeker's certificates (证书): the seeker keeps their own, staff those of a person they act for,
 * every change audited with the kind only. The number is stored encrypted and shown masked.
 */
export function createCertificatesService({ db, priorityRepo, cipher, now }: Deps) {
	const personFor = createPersonFor(db, priorityRepo);
	const audit = auditFor;

	async function certificates(personId: string): Promise<CertificateList> {
		const today = localDay(now());
		const rows = await priorityRepo.certificates(db, personId);
		return { items: rows.map((r) => certificateOf(r, today)) };
	}

	return {
		async list(actor: AuthUser, personId?: string): Promise<CertificateList> {
			return certificates(await personFor(actor, personId));
		},

		async add(
			actor: AuthUser,
			personId: string | undefined,
			body: CertificateBody,
			meta: AuditMeta,
		): Promise<CertificateList> {
			const id = await personFor(actor, personId);
			const number = body.number?.trim() ?? '';
			await db.transaction(async (tx) => {
				await priorityRepo.insertCertificate(tx, {
					personId: id,
					kind: body.kind,
					numberEnc: number ? cipher.encrypt(number) : null,
					numberMasked: number ? maskCertificate(number) : '',
					issuedOn: body.issuedOn ?? null,
					validUntil: body.validUntil ?? null,
				});
				await writeAudit(tx, {
					...audit(actor, id, meta),
					action: 'certificate.add',
					detail: { kind: body.kind },
				});
			});
			return certificates(id);
		},

		async remove(
			actor: AuthUser,
			personId: string | undefined,
			certificateId: string,
			meta: AuditMeta,
		): Promise<CertificateList> {
			const id = await personFor(actor, personId);
			await db.transaction(async (tx) => {
				const gone = await priorityRepo.deleteCertificate(tx, id, certificateId);
				if (!gone) throw new NotFoundError('certificate', certificateId);
				await writeAudit(tx, {
					...audit(actor, id, meta),
					action: 'certificate.remove',
					detail: { kind: gone.kind },
				});
			});
			return certificates(id);
		},
	};
}
