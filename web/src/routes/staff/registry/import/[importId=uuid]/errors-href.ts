import type { PathnameWithSearchOrHash } from '$app/types';

/** A page of the bad-row table, scrolled to the table. */
export const errorsPageHref = (importId: string, page: number) =>
	`/staff/registry/import/${importId}?page=${page}#bad-rows` as PathnameWithSearchOrHash;
