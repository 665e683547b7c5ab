export type ZipLimits = { maxUncompressedBytes: number; maxEntries: number };
export type ZipEntry = {
	name: string;
	method: number;
	compressedSize: number;
	uncompressedSize: number;
	localOffset: number;
};
export class ZipLimitError extends Error {
	code: 'broken' | 'too_many_entries' | 'too_large';
}
export function zipEntries(buf: Buffer, maxEntries: number): ZipEntry[];
export function checkDeclared(buf: Buffer, limits: ZipLimits): ZipEntry[];
export function checkInflated(buf: Buffer, limits: ZipLimits): void;
