import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { XLSX_MIME } from '@ronghe/contracts';

/** A Chinese file name for the download, as RFC 5987 allows, with an ASCII fallback. */
export const sendXlsx = (
	reply: FastifyReply,
	data: Buffer | Readable,
	fileName: string,
	ascii: string,
) =>
	reply
		.type(XLSX_MIME)
		.header(
			'content-disposition',
			`attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
		)
		.header('cache-control', 'no-store')
		.send(data);
