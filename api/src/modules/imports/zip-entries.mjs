/**
 * Bounds for an uploaded .xlsx (a zip), checked before anything is inflated for real: the central
 * directory's declared sizes first, then every entry inflated with a hard cap on its output, so a
 * lying directory cannot make us inflate more than the limit. Plain JavaScript: the parse worker
 * loads it without a TypeScript loader (tests, `tsx` and a compiled start alike).
 */
import { inflateRawSync } from 'node:zlib';

/** Why an upload is refused: `code` for the caller, no file content in the message. */
export class ZipLimitError extends Error {
	/** @param {'broken' | 'too_many_entries' | 'too_large'} code */
	constructor(code) {
		super(`xlsx refused: ${code}`);
		this.code = code;
	}
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the zip's central directory, as declared. */
export function zipEntries(buf, maxEntries) {
	let eocd = -1;
	for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--)
		if (buf.readUInt32LE(i) === EOCD) {
			eocd = i;
			break;
		}
	if (eocd < 0) throw new ZipLimitError('broken');
	const count = buf.readUInt16LE(eocd + 10);
	const offset = buf.readUInt32LE(eocd + 16);
	// zip64 markers: no roster comes near 4 GB or 65,535 parts
	if (count === 0xffff || offset === 0xffffffff) throw new ZipLimitError('too_large');
	if (count > maxEntries) throw new ZipLimitError('too_many_entries');
	const entries = [];
	let p = offset;
	for (let k = 0; k < count; k++) {
		if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipLimitError('broken');
		const nameLength = buf.readUInt16LE(p + 28);
		entries.push({
			name: buf.toString('utf8', p + 46, p + 46 + nameLength),
			method: buf.readUInt16LE(p + 10),
			compressedSize: buf.readUInt32LE(p + 20),
			uncompressedSize: buf.readUInt32LE(p + 24),
			localOffset: buf.readUInt32LE(p + 42),
		});
		p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
	}
	return entries;
}

/** Refuses on the declared sizes alone: cheap, nothing inflated. */
export function checkDeclared(buf, limits) {
	const entries = zipEntries(buf, limits.maxEntries);
	const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
	if (declared > limits.maxUncompressedBytes) throw new ZipLimitError('too_large');
	return entries;
}

function inflatedSize(data, budget) {
	try {
		return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
	} catch (err) {
		throw new ZipLimitError(err instanceof RangeError ? 'too_large' : 'broken');
	}
}

/**
 * Inflates every entry with the remaining budget as a hard output cap (zlib stops there), so the
 * real total is within the limit whatever the directory claims. Each output is dropped at once.
 */
export function checkInflated(buf, limits) {
	let budget = limits.maxUncompressedBytes;
	for (const e of checkDeclared(buf, limits)) {
		const at = e.localOffset;
		if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ZipLimitError('broken');
		const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
		const data = buf.subarray(start, start + e.compressedSize);
		if (e.method !== 0 && e.method !== 8) throw new ZipLimitError('broken');
		budget -= e.method === 0 ? data.length : inflatedSize(data, budget);
		if (budget < 0) throw new ZipLimitError('too_large');
	}
}
