import type { z } from 'zod';
import {
	inGroup,
	MAKER_KIND_LABELS,
	STAFF,
	type Product,
	type ProductData,
	type ProductList,
	type ProductListQuerySchema,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { FieldsInvalidError, ForbiddenError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { scopeOf } from '../profile/profile.service.js';
import { createProductsRepository, type ProductsRepository } from './products.repository.js';

type Deps = { db: Db; repo?: ProductsRepository };
export type ProductsService = ReturnType<typeof createProductsService>;
type Query = z.output<typeof ProductListQuerySchema>;
type Row = NonNullable<Awaited<ReturnType<ProductsRepository['get']>>>;
type Action = 'product.create' | 'product.update' | 'product.publish' | 'product.unpublish';

/** The public shape: the maker as named, never the employer's or person's record behind it. */
const toProduct = ({ p, townshipName }: Row): Product => ({
	id: p.id,
	name: p.name,
	description: p.description,
	category: p.category,
	price: p.price,
	makerKind: p.makerKind,
	makerKindLabel: MAKER_KIND_LABELS[p.makerKind],
	makerName: p.makerName,
	townshipCode: p.townshipCode,
	townshipName,
	contactPhone: p.contactPhone,
	howToBuy: p.howToBuy,
	published: p.published,
	updatedAt: p.updatedAt.toISOString(),
});

const isStaff = (user: AuthUser | null): user is AuthUser => !!user && inGroup(user.role, STAFF);
/** County staff keep every product; township staff their own township's. */
const inScope = (user: AuthUser, townshipCode: string) => {
	const scope = scopeOf(user);
	return !scope || scope === townshipCode;
};

/**
 * 残疾人产品和服务目录 (issue 15 §6): searched by anyone, kept by staff (township staff for
 * their own township). Search is SQL (ILIKE on name, description, maker and category): the
 * directory holds tens or hundreds of entries, not the thousands the posting index serves.
 */
export function createProductsService({ db, repo = createProductsRepository() }: Deps) {
	async function check(actor: AuthUser, data: ProductData) {
		const errors: { pointer: string; detail: string }[] = [];
		if (!(await repo.townshipExists(db, data.townshipCode)))
			errors.push({ pointer: '#/townshipCode', detail: '请从列表里选择乡镇。' });
		if (data.employerId && !(await repo.employerExists(db, data.employerId)))
			errors.push({ pointer: '#/employerId', detail: '没有找到这家单位，请从列表里选。' });
		if (data.personId) {
			const township = await repo.personTownship(db, data.personId);
			if (!township || !inScope(actor, township))
				errors.push({ pointer: '#/personId', detail: '没有找到这位创业者的登记信息。' });
		}
		if (errors.length) throw new FieldsInvalidError(errors);
		if (!inScope(actor, data.townshipCode))
			throw new ForbiddenError('只能登记本乡镇的产品和服务。');
	}

	async function ownProduct(actor: AuthUser, id: string) {
		const row = await repo.get(db, id);
		if (!row) throw new NotFoundError('product', id);
		if (!inScope(actor, row.p.townshipCode))
			throw new ForbiddenError('只能修改本乡镇的产品和服务。');
		return row;
	}

	/** Runs a write and its audit entry in one transaction; answers the product as saved. */
	async function save(
		actor: AuthUser,
		action: Action,
		meta: AuditMeta,
		write: (tx: Db) => Promise<{ id: string; name: string; published: boolean }>,
	) {
		const id = await db.transaction(async (tx) => {
			const p = await write(tx);
			await writeAudit(tx, {
				actorUserId: actor.id,
				action,
				entity: 'product',
				entityId: p.id,
				detail: { name: p.name, published: p.published },
				...meta,
			});
			return p.id;
		});
		return toProduct((await repo.get(db, id))!);
	}

	const columns = (data: ProductData) => ({
		name: data.name,
		description: data.description,
		category: data.category,
		price: data.price,
		makerKind: data.makerKind,
		makerName: data.makerName,
		townshipCode: data.townshipCode,
		contactPhone: data.contactPhone,
		howToBuy: data.howToBuy,
		// left out: kept as they are
		...(data.employerId !== undefined ? { employerId: data.employerId } : {}),
		...(data.personId !== undefined ? { personId: data.personId } : {}),
	});

	return {
		async list(user: AuthUser | null, q: Query): Promise<ProductList> {
			const all = !!q.all && isStaff(user);
			const filter = {
				publishedOnly: !all,
				township: (all && user ? scopeOf(user) : undefined) ?? q.township,
				makerKind: q.makerKind,
				category: q.category,
				words: (q.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10),
			};
			const [{ rows, total }, categories] = await Promise.all([
				repo.list(db, filter, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize }),
				repo.categories(db, {
					publishedOnly: filter.publishedOnly,
					township: all && user ? scopeOf(user) : undefined,
				}),
			]);
			return { items: rows.map(toProduct), total, page: q.page, pageSize: q.pageSize, categories };
		},

		/** A product taken down is found only by the staff who keep it. */
		async get(user: AuthUser | null, id: string): Promise<Product> {
			const row = await repo.get(db, id);
			const visible =
				row && (row.p.published || (isStaff(user) && inScope(user, row.p.townshipCode)));
			if (!visible) throw new NotFoundError('product', id);
			return toProduct(row);
		},

		async create(actor: AuthUser, data: ProductData, meta: AuditMeta): Promise<Product> {
			await check(actor, data);
			return save(actor, 'product.create', meta, (tx) =>
				repo.insert(tx, { ...columns(data), createdByUserId: actor.id }),
			);
		},

		async update(actor: AuthUser, id: string, data: ProductData, meta: AuditMeta) {
			await ownProduct(actor, id);
			await check(actor, data);
			return save(
				actor,
				'product.update',
				meta,
				async (tx) => (await repo.update(tx, id, columns(data)))!,
			);
		},

		/** 下架 takes a product off the public directory; 重新发布 puts it back. */
		async setPublished(actor: AuthUser, id: string, published: boolean, meta: AuditMeta) {
			await ownProduct(actor, id);
			const action = published ? 'product.publish' : 'product.unpublish';
			return save(actor, action, meta, async (tx) => (await repo.update(tx, id, { published }))!);
		},
	};
}
