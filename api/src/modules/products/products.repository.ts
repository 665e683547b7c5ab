import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { MakerKind } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { people, products, townships } from '@ronghe/db/schema';
import { employerExists, townshipExists } from '../../references.js';

export type NewProduct = typeof products.$inferInsert;

export type ProductFilter = {
	/** Only the published ones (the public); false lists both states (staff). */
	publishedOnly: boolean;
	township?: string | undefined;
	makerKind?: MakerKind | undefined;
	category?: string | undefined;
	/** Every word must occur in the name, description, maker's name or category. */
	words: readonly string[];
};

// LIKE's own characters are matched as typed (the default escape character is the backslash)
const like = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(f: ProductFilter): SQL | undefined {
	return and(
		f.publishedOnly ? eq(products.published, true) : undefined,
		f.township ? eq(products.townshipCode, f.township) : undefined,
		f.makerKind ? eq(products.makerKind, f.makerKind) : undefined,
		f.category ? sql`lower(${products.category}) = lower(${f.category})` : undefined,
		...f.words.map((w) =>
			or(
				ilike(products.name, like(w)),
				ilike(products.description, like(w)),
				ilike(products.makerName, like(w)),
				ilike(products.category, like(w)),
			),
		),
	);
}

/** Adds a product to the directory; a seed may call it with any db. */
export async function insertProduct(db: Db, row: NewProduct) {
	const [r] = await db.insert(products).values(row).returning();
	return r!;
}

/** The directory of products and services made by disabled people's enterprises. */
export function createProductsRepository() {
	const withTownship = (db: Db) =>
		db
			.select({ p: products, townshipName: townships.name })
			.from(products)
			.innerJoin(townships, eq(townships.code, products.townshipCode));
	return {
		async list(db: Db, f: ProductFilter, page: { offset: number; limit: number }) {
			const where = whereOf(f);
			const [rows, [total]] = await Promise.all([
				withTownship(db)
					.where(where)
					.orderBy(desc(products.updatedAt), asc(products.id))
					.offset(page.offset)
					.limit(page.limit),
				db.select({ n: count() }).from(products).where(where),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		/** The categories in use, for the filter: of the published ones, or of a township's. */
		async categories(db: Db, f: Pick<ProductFilter, 'publishedOnly' | 'township'>) {
			const rows = await db
				.selectDistinct({ category: products.category })
				.from(products)
				.where(
					and(
						f.publishedOnly ? eq(products.published, true) : undefined,
						f.township ? eq(products.townshipCode, f.township) : undefined,
					),
				)
				.orderBy(asc(products.category));
			return rows.map((r) => r.category);
		},
		async get(db: Db, id: string) {
			const [r] = await withTownship(db).where(eq(products.id, id));
			return r;
		},
		insert: insertProduct,
		async update(db: Db, id: string, row: Partial<NewProduct>) {
			const [r] = await db
				.update(products)
				.set({ ...row, updatedAt: new Date() })
				.where(eq(products.id, id))
				.returning();
			return r;
		},
		townshipExists,
		employerExists,
		async personTownship(db: Db, id: string) {
			const [r] = await db
				.select({ townshipCode: people.townshipCode })
				.from(people)
				.where(eq(people.id, id));
			return r?.townshipCode;
		},
	};
}
export type ProductsRepository = ReturnType<typeof createProductsRepository>;
