import type { ServiceContact, ServiceInfo } from '@ronghe/contracts';

/**
 * A `tel:` link for a phone number as staff typed it: digits and a leading +; an extension
 * after “转” is dialled after a pause (a comma), as phones understand it.
 */
export function telHref(phone: string): string {
	const [main = '', ext] = phone.split('转');
	const digits = main.replace(/[^\d+]/g, '');
	const extension = ext?.replace(/\D/g, '');
	return `tel:${digits}${extension ? `,${extension}` : ''}`;
}

/** The contact with this key (`federation`, `bureau` or a township code), if the list has it. */
export function contactFor(
	service: ServiceInfo | null | undefined,
	key: string | null | undefined,
): ServiceContact | undefined {
	return key ? service?.contacts.find((c) => c.key === key) : undefined;
}
