import type { ImportSummary } from '@ronghe/contracts';
import type { Import as ImportRow } from '@ronghe/db/schema';

/** An import row as the API shows it: counts and times, never a row's personal data. */
export function summary(r: ImportRow): ImportSummary {
	return {
		id: r.id,
		fileName: r.fileName,
		status: r.status,
		totalRows: r.totalRows,
		processedRows: r.processedRows,
		createdRows: r.createdRows,
		updatedRows: r.updatedRows,
		unchangedRows: r.unchangedRows,
		badRows: r.badRows,
		failureMessage: r.failureMessage,
		createdAt: r.createdAt.toISOString(),
		finishedAt: r.finishedAt?.toISOString() ?? null,
	};
}
