import { products, selfEmploymentSupport } from '@ronghe/db/schema';
import {
	A,
	NOT_TOWN_A,
	person,
	privateRead,
	privateWrite,
	type Entry,
	type World,
} from './tenants.js';

/*
 * The access-matrix entries of self-employment support and the products directory (issue 15 §6):
 * support belongs to a person of township A; a product of township A is kept by township A's
 * staff (and the county), and the directory itself is public. Spread into RECORDS_MATRIX.
 */

/** A published product of township A, written straight into the table. */
async function productOf(w: World) {
	const [p] = await w.db
		.insert(products)
		.values({
			name: '矩阵测试小米',
			category: '农产品',
			makerKind: 'support_base',
			makerName: '矩阵测试基地',
			townshipCode: A,
		})
		.returning();
	return p!.id;
}

const PRODUCT = {
	name: '矩阵测试手工布鞋',
	category: '手工艺品',
	makerKind: 'auxiliary_workshop',
	makerName: '矩阵测试工坊',
	townshipCode: A,
	contactPhone: '0350-6541234',
};

export const ENTERPRISE_MATRIX: Record<string, Entry> = {
	listSelfEmployed: {
		resource: 'self-employed people (township staff see their own)',
		check: async (w, h) => {
			const url = '/api/self-employment';
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url });
			await h.owner('townA', { method: 'GET', url });
		},
	},
	getSelfEmploymentSupport: {
		resource: 'self-employment support (township of the person)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/self-employment-support`),
	},
	addSelfEmploymentSupport: {
		resource: 'self-employment support (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/self-employment-support`,
			payload: { kind: 'subsidy', amount: 2000, grantedOn: '2025-03-01' },
		})),
	},
	removeSelfEmploymentSupport: {
		resource: 'self-employment support (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => {
			const [s] = await w.db
				.insert(selfEmploymentSupport)
				.values({ personId: w.personA.id, kind: 'other', grantedOn: '2025-01-01' })
				.returning();
			return { method: 'DELETE', url: `${person(w)}/self-employment-support/${s!.id}` };
		}),
	},
	listProducts: { scope: 'open' },
	getProduct: { scope: 'open' },
	createProduct: {
		resource: 'products directory entry (township staff add their own township’s)',
		check: privateWrite('townA', NOT_TOWN_A, async () => ({
			method: 'POST',
			url: '/api/products',
			payload: PRODUCT,
		})),
	},
	updateProduct: {
		resource: 'products directory entry (township of the product)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'PUT',
			url: `/api/products/${await productOf(w)}`,
			payload: PRODUCT,
		})),
	},
	unpublishProduct: {
		resource: 'products directory entry (township of the product)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `/api/products/${await productOf(w)}/unpublish`,
		})),
	},
	publishProduct: {
		resource: 'products directory entry (township of the product)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `/api/products/${await productOf(w)}/publish`,
		})),
	},
};
