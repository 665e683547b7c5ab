import type { TownshipList } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { TownshipsRepository } from './townships.repository.js';

type Deps = { db: Db; townshipsRepo: TownshipsRepository };
export type TownshipsService = ReturnType<typeof createTownshipsService>;

export function createTownshipsService({ db, townshipsRepo }: Deps) {
	return {
		async list(): Promise<TownshipList> {
			const rows = await townshipsRepo.list(db);
			return {
				items: rows.map((t) => ({
					code: t.code,
					name: t.name,
					kind: t.kind,
					countyCode: t.countyCode,
					latitude: t.latitude,
					longitude: t.longitude,
					coordinatesApproximate: t.coordinatesApproximate === 1,
				})),
			};
		},
	};
}
