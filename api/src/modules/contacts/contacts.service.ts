import type { z } from 'zod';
import {
	COUNTY_STAFF,
	inGroup,
	SiteInfoSchema,
	type SaveServiceContactBodySchema,
	type SaveSiteInfoBodySchema,
	type ServiceContact,
	type ServiceContactKind,
	type ServiceInfo,
	type SiteInfo,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { ServiceContact as ContactRow } from '@ronghe/db/schema';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { ContactsRepository } from './contacts.repository.js';

type Deps = { db: Db; contactsRepo: ContactsRepository };
export type ContactsService = ReturnType<typeof createContactsService>;
type SaveContact = z.output<typeof SaveServiceContactBodySchema>;
type SaveSite = z.output<typeof SaveSiteInfoBodySchema>;

const EMPTY_SITE: SiteInfo = { hotline: '', address: '', icpNumber: '', policeNumber: '' };
const FIELDS = ['office', 'person', 'phone', 'address', 'hours', 'note'] as const;

/** The office a contact stands for before staff name it. */
function defaultOffice(kind: ServiceContactKind, townshipName: string | null) {
	if (kind === 'federation') return '五台县残疾人联合会';
	if (kind === 'bureau') return '五台县人力资源和社会保障局';
	return `${townshipName ?? ''}残联专职委员`;
}

/**
 * The service's contacts and footer details (issue 12 items 1 and 11). Every page reads them;
 * county staff edit every contact and the footer, township staff their own township's contact.
 * A contact that nobody has saved yet is listed with its office name and empty fields.
 */
export function createContactsService({ db, contactsRepo }: Deps) {
	type Slot = { key: string; kind: ServiceContactKind; code: string | null; name: string | null };

	async function slots(): Promise<Slot[]> {
		const towns = await contactsRepo.townships(db);
		return [
			{ key: 'federation', kind: 'federation', code: null, name: null },
			{ key: 'bureau', kind: 'bureau', code: null, name: null },
			...towns.map((t) => ({ key: t.code, kind: 'township' as const, code: t.code, name: t.name })),
		];
	}
	const present = (slot: Slot, row: ContactRow | undefined): ServiceContact => ({
		key: slot.key,
		kind: slot.kind,
		townshipCode: slot.code,
		townshipName: slot.name,
		office: row?.office || defaultOffice(slot.kind, slot.name),
		person: row?.person ?? '',
		phone: row?.phone ?? '',
		address: row?.address ?? '',
		hours: row?.hours ?? '',
		note: row?.note ?? '',
		updatedAt: row ? row.updatedAt.toISOString() : null,
	});
	async function slot(key: string): Promise<Slot> {
		if (key === 'federation' || key === 'bureau') return { key, kind: key, code: null, name: null };
		const town = await contactsRepo.township(db, key);
		if (!town) throw new NotFoundError('township', key);
		return { key, kind: 'township', code: town.code, name: town.name };
	}
	async function site(): Promise<SiteInfo> {
		const parsed = SiteInfoSchema.safeParse(await contactsRepo.siteInfo(db));
		return parsed.success ? parsed.data : EMPTY_SITE;
	}

	return {
		async info(): Promise<ServiceInfo> {
			const rows = new Map((await contactsRepo.list(db)).map((r) => [r.key, r]));
			return {
				site: await site(),
				contacts: (await slots()).map((s) => present(s, rows.get(s.key))),
			};
		},

		async saveContact(
			user: AuthUser,
			key: string,
			body: SaveContact,
			meta: AuditMeta,
		): Promise<ServiceContact> {
			const target = await slot(key);
			// township staff keep their own township's entry; the county's belong to county staff
			if (!inGroup(user.role, COUNTY_STAFF) && target.code !== user.townshipCode)
				throw new ForbiddenError('只能修改本乡镇专职委员的联系方式。');
			await db.transaction(async (tx) => {
				const before = await contactsRepo.find(tx, key);
				await contactsRepo.save(tx, {
					key,
					kind: target.kind,
					townshipCode: target.code,
					...body,
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'contact.save',
					entity: 'service_contact',
					entityId: key,
					detail: {
						created: !before,
						fields: FIELDS.filter((f) => (before?.[f] ?? '') !== body[f]),
					},
					...meta,
				});
			});
			return present(target, await contactsRepo.find(db, key));
		},

		site,

		async saveSite(user: AuthUser, body: SaveSite, meta: AuditMeta): Promise<SiteInfo> {
			await db.transaction(async (tx) => {
				const parsed = SiteInfoSchema.safeParse(await contactsRepo.siteInfo(tx));
				const before = parsed.success ? parsed.data : EMPTY_SITE;
				await contactsRepo.saveSiteInfo(tx, body);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'site_info.save',
					entity: 'setting',
					entityId: 'site',
					detail: {
						fields: (Object.keys(EMPTY_SITE) as (keyof SiteInfo)[]).filter(
							(f) => before[f] !== body[f],
						),
					},
					...meta,
				});
			});
			return site();
		},
	};
}
