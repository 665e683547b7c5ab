import {
	PersonSupportSchema,
	ProductListSchema,
	ProductSchema,
	SelfEmployedListSchema,
	type ProductInput,
	type SupportInput,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

/** The directory's filters as the address carries them. */
export type ProductListParams = {
	q?: string | undefined;
	makerKind?: string | undefined;
	township?: string | undefined;
	category?: string | undefined;
	page?: number;
	pageSize?: number;
	all?: '1';
};

const product = (id: string) => `/api/products/${encodeId(id)}`;
const support = (personId: string) => `/api/people/${encodeId(personId)}/self-employment-support`;

/**
 * Self-employment with its support, and the public directory of products and services made by
 * disabled people's enterprises (issue 15 §6).
 */
export function enterpriseApi({ get, post, put, del }: Transport) {
	return {
		products: {
			list: (query: ProductListParams = {}) => get('/api/products', ProductListSchema, query),
			get: (id: string) => get(product(id), ProductSchema),
			create: (body: ProductInput) => post('/api/products', ProductSchema, body),
			update: (id: string, body: ProductInput) => put(product(id), ProductSchema, body),
			publish: (id: string) => post(`${product(id)}/publish`, ProductSchema),
			unpublish: (id: string) => post(`${product(id)}/unpublish`, ProductSchema),
		},
		selfEmployment: {
			list: (query: { township?: string | undefined; page?: number } = {}) =>
				get('/api/self-employment', SelfEmployedListSchema, query),
			support: (personId: string) => get(support(personId), PersonSupportSchema),
			addSupport: (personId: string, body: SupportInput) =>
				post(support(personId), PersonSupportSchema, body),
			removeSupport: (personId: string, supportId: string) =>
				del(`${support(personId)}/${encodeId(supportId)}`),
		},
	};
}
