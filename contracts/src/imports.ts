import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { PersonListQuerySchema } from './people.js';

/** Largest roster file accepted (about 100,000 rows). */
export const IMPORT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Columns of the federation's roster (docs/domain.md#statistics-codes), in template order.
 * Headers are matched by name in any order; spaces are ignored and full-width brackets equal
 * half-width ones.
 */
export const ROSTER_COLUMNS = [
	{ key: 'fullName', header: '姓名', required: true, example: '王小明' },
	{ key: 'idNumber', header: '身份证号', required: true, example: '140922199001011238' },
	{
		key: 'certificateNumber',
		header: '残疾人证号',
		required: true,
		example: '14092219900101123841',
	},
	{ key: 'certificateValidUntil', header: '证件有效期至', required: false, example: '2031-06-30' },
	{ key: 'township', header: '乡镇', required: true, example: '台城镇' },
	{ key: 'village', header: '村（社区）', required: true, example: '东街村' },
	{ key: 'householdType', header: '户口类型', required: true, example: '农业' },
	{ key: 'education', header: '文化程度', required: true, example: '初中' },
	{ key: 'phone', header: '联系电话', required: true, example: '13912345678' },
	{ key: 'employmentStatus', header: '就业状况', required: true, example: '已就业' },
	{ key: 'employmentForm', header: '就业形式', required: true, example: '灵活就业' },
	{ key: 'unemployedReason', header: '未就业原因', required: false, example: '' },
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];

export const IMPORT_STATUS_LABELS = {
	queued: '排队中',
	running: '正在导入',
	done: '已完成',
	failed: '没有完成',
} as const;
export type ImportStatus = keyof typeof IMPORT_STATUS_LABELS;

/** One bad cell: the sheet row number as Excel shows it, the column header, the reason. */
export const ImportRowErrorSchema = z.object({
	row: z.number().int(),
	column: z.string(),
	message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportSummarySchema = z.object({
	id: z.uuid(),
	fileName: z.string(),
	status: z.enum(['queued', 'running', 'done', 'failed']),
	totalRows: z.number().int(),
	processedRows: z.number().int(),
	createdRows: z.number().int(),
	updatedRows: z.number().int(),
	unchangedRows: z.number().int(),
	badRows: z.number().int(),
	failureMessage: z.string().nullable(),
	createdAt: z.iso.datetime({ offset: true }),
	finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

/** An import with every row error; errors never contain an ID or certificate number. */
export const ImportSchema = ImportSummarySchema.extend({ errors: z.array(ImportRowErrorSchema) });
export type Import = z.infer<typeof ImportSchema>;

export const ImportListSchema = pageOf(ImportSummarySchema);
export type ImportList = z.infer<typeof ImportListSchema>;
export const ImportListQuerySchema = PageQuerySchema;
export const ImportIdParamsSchema = z.object({ importId: UuidSchema });

/** The registry list's filters, plus `unmasked=1` for full numbers (audited, not for township staff). */
export const PeopleExportQuerySchema = PersonListQuerySchema.omit({
	page: true,
	pageSize: true,
}).extend({
	unmasked: z
		.enum(['0', '1', 'true', 'false'], { error: 'unmasked 只能是 1 或 0。' })
		.optional()
		.transform((v) => v === '1' || v === 'true'),
});
export type PeopleExportQuery = z.infer<typeof PeopleExportQuerySchema>;

/** A file download (.xlsx), documented as binary. */
export const XlsxFileSchema = z
	.any()
	.meta({ description: 'Excel 文件（.xlsx）', type: 'string', format: 'binary' });

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
