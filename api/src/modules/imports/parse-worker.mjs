/**
 * Reads an uploaded roster off the main thread: the one process serves the API and the pages, so a
 * big or hostile workbook must not block it or exhaust its memory. Inflation is capped first
 * (zip-entries.mjs); the worker's heap is capped by the parent (resourceLimits). Answers the first
 * sheet with content as [row number, cell values] pairs, or a refusal code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { checkInflated, ZipLimitError } from './zip-entries.mjs';

// a title row and the header may sit above the data (roster.ts looks at the first five rows)
const HEADER_ROWS = 5;

async function parse({ data, limits }) {
	const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	try {
		checkInflated(buf, limits);
	} catch (err) {
		return { ok: false, code: err instanceof ZipLimitError ? err.code : 'broken' };
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(buf);
	} catch {
		return { ok: false, code: 'broken' };
	}
	const ws = workbook.worksheets.find((w) => w.rowCount > 0);
	if (!ws) return { ok: false, code: 'empty' };
	if (ws.actualRowCount > limits.maxRows + HEADER_ROWS)
		return { ok: false, code: 'too_many_rows', rows: ws.actualRowCount - 1 };
	const rows = [];
	ws.eachRow((row, r) => rows.push([r, row.values]));
	return { ok: true, rows };
}

parentPort.postMessage(await parse(workerData));
