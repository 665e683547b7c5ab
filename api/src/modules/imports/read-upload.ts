/**
 * The roster upload's bounds (docs/domain.md#roster-import-limits) and the worker that reads it.
 * The declared sizes are checked on the request (a 4xx at once); the worker inflates under a hard
 * cap and reads the sheet off the main thread, with its heap capped so a hostile file ends the
 * worker, never the process.
 */
import { Worker } from 'node:worker_threads';
import type { CellValue } from 'exceljs';
import { BadRequestError, PayloadTooLargeError } from '../../errors.js';
import { checkDeclared, ZipLimitError } from './zip-entries.mjs';

export type ImportLimits = {
	/** Sum of the inflated sizes of every part of the .xlsx. */
	maxUncompressedBytes: number;
	/** Parts in the zip (a real workbook has a few dozen). */
	maxEntries: number;
	/** Data rows in one file. */
	maxRows: number;
	/** Row problems kept with the import; the rest are counted. */
	maxErrors: number;
	/** Heap of the parse worker. */
	workerHeapMb: number;
};
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
	maxUncompressedBytes: 200 * 1024 * 1024,
	maxEntries: 1000,
	maxRows: 50_000,
	maxErrors: 1000,
	workerHeapMb: 1024,
};

/** [sheet row number, cell values by column number (1-based, holes for empty cells)]. */
export type SheetRows = [number, CellValue[]][];
export type UploadRead =
	| { ok: true; rows: SheetRows }
	| {
			ok: false;
			code: 'broken' | 'too_many_entries' | 'too_large' | 'empty' | 'too_many_rows' | 'crashed';
			rows?: number;
	  };

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
export const tooManyRows = (rows: number, max: number) =>
	`名单有 ${rows} 行，一次最多导入 ${max} 行。请把名单分成几个文件上传。`;

/** What staff are told when a file is refused; never a 5xx, never the file's content. */
export function refusal(
	code: Exclude<UploadRead, { ok: true }>['code'],
	limits: ImportLimits,
	rows = 0,
) {
	switch (code) {
		case 'too_large':
		case 'too_many_entries':
		case 'crashed':
			return `这个文件解压后太大了（超过 ${mb(limits.maxUncompressedBytes)} MB），不像是一份名单。请用 Excel 或 WPS 打开后另存为 .xlsx，或把名单分成几个文件上传。`;
		case 'too_many_rows':
			return tooManyRows(rows, limits.maxRows);
		case 'empty':
			return '文件里没有任何内容。';
		default:
			return '这个文件打不开，可能已经损坏，或者不是 Excel（.xlsx）文件。请用 Excel 或 WPS 另存为 .xlsx 后再上传。';
	}
}

/** On the request: the zip's own directory, before the upload is accepted. */
export function checkUpload(data: Buffer, limits: ImportLimits) {
	try {
		checkDeclared(data, limits);
	} catch (err) {
		if (!(err instanceof ZipLimitError)) throw err;
		if (err.code === 'broken') throw new BadRequestError('xlsx_broken', refusal('broken', limits));
		throw new PayloadTooLargeError(refusal(err.code, limits));
	}
}

/** In the background: the worker reads the file; its death (out of memory) is a refusal too. */
export function readUpload(data: Buffer, limits: ImportLimits): Promise<UploadRead> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), {
			workerData: { data, limits },
			resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb },
			// the worker is plain JavaScript: no TypeScript loader needed, whatever started us
			execArgv: [],
		});
		let settled = false;
		const done = (r: UploadRead) => {
			if (!settled) resolve(r);
			settled = true;
		};
		worker.once('message', (r: UploadRead) => done(r));
		worker.once('error', () => done({ ok: false, code: 'crashed' }));
		worker.once('exit', () => done({ ok: false, code: 'crashed' }));
	});
}
