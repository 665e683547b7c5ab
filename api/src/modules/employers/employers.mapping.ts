import {
	USCC_CHECKSUM_FLAG,
	validateUscc,
	type Employer,
	type EmployerSummary,
	type EmployerUser,
	type UpdateEmployer,
} from '@ronghe/contracts';
import { maskPhone } from '@ronghe/db';
import type { Employer as EmployerRow, User } from '@ronghe/db/schema';

// Row → response mappings: each response is an explicit pick, never a whole row.

export function toSummary(e: EmployerRow, townshipName: string): EmployerSummary {
	return {
		id: e.id,
		name: e.name,
		uscc: e.uscc,
		kind: e.kind,
		roles: e.roles,
		townshipCode: e.townshipCode,
		townshipName,
		status: e.status,
		reviewFlags: e.reviewFlags,
		createdAt: e.createdAt.toISOString(),
	};
}

export function toEmployer(e: EmployerRow, townshipName: string): Employer {
	return {
		...toSummary(e, townshipName),
		authorizedStaff: e.authorizedStaff,
		schoolOrKindergarten: e.schoolOrKindergarten,
		address: e.address,
		contactName: e.contactName,
		contactPhone: e.contactPhone,
		description: e.description,
		accessibility: e.accessibility,
		accessibilityNote: e.accessibilityNote,
		licenceNumber: e.licenceNumber,
		licenceValidUntil: e.licenceValidUntil,
		reviewNote: e.reviewNote,
		reviewedAt: e.reviewedAt?.toISOString() ?? null,
	};
}

export function toEmployerUser(u: User): EmployerUser {
	return {
		id: u.id,
		displayName: u.displayName,
		phoneMasked: maskPhone(u.phone),
		mustChangePassword: u.mustChangePassword === 1,
		disabled: u.disabledAt !== null,
		createdAt: u.createdAt.toISOString(),
	};
}

/** The profile columns from a validated body; the USCC normalised and its check flagged. */
export function profileColumns(body: UpdateEmployer, otherFlags: string[] = []) {
	const uscc = validateUscc(body.uscc);
	const flags = otherFlags.filter((f) => f !== USCC_CHECKSUM_FLAG);
	if (!uscc.valid) flags.push(USCC_CHECKSUM_FLAG);
	const massage = body.roles.includes('blind_medical_massage');
	return {
		name: body.name,
		uscc: uscc.normalized,
		kind: body.kind,
		roles: [...new Set(body.roles)],
		authorizedStaff: body.authorizedStaff ?? null,
		schoolOrKindergarten: body.schoolOrKindergarten,
		townshipCode: body.townshipCode,
		address: body.address,
		contactName: body.contactName,
		contactPhone: body.contactPhone,
		description: body.description,
		accessibility: [...new Set(body.accessibility)],
		accessibilityNote: body.accessibilityNote,
		licenceNumber: massage ? body.licenceNumber : '',
		licenceValidUntil: massage ? (body.licenceValidUntil ?? null) : null,
		reviewFlags: flags,
	};
}
