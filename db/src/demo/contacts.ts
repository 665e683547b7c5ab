import type { Db } from '../client.js';
import { serviceContacts, type NewServiceContact } from '../schema/contacts.js';
import type { NewPosting } from '../schema/postings.js';
import { settings } from '../schema/settings.js';
import { PLACES } from './places.js';

/*
 * Demo contacts for 五台县 (issue 12 item 1). Every number here is FICTIONAL: local numbers in
 * China never start with 0, so "0350-0000-…" cannot be dialled to a real line in 忻州 (area code
 * 0350). Addresses use 某某路 for the same reason. A real install has staff type the real ones
 * at /staff/contacts.
 */

const HOURS = '周一至周五 8:00–12:00，14:30–17:30（法定节假日除外）';

/** 县残联, 县人社局 and one 专职委员 per township, numbered 0350-0000-001 … */
export const DEMO_CONTACTS: readonly NewServiceContact[] = [
	{
		key: 'federation',
		kind: 'federation',
		office: '五台县残疾人联合会',
		phone: '0350-0000-001',
		address: '五台县台城镇某某路 1 号（演示地址）',
		hours: HOURS,
		note: '可以帮您登记、代办申请岗位；需要手语翻译，请提前一天打电话。',
	},
	{
		key: 'bureau',
		kind: 'bureau',
		office: '五台县人力资源和社会保障局',
		phone: '0350-0000-002',
		address: '五台县台城镇某某路 2 号（演示地址）',
		hours: HOURS,
		note: '用人单位招聘、社会保险和招聘会的事，可以问这里。',
	},
	...PLACES.map((p, i) => ({
		key: p.code,
		kind: 'township' as const,
		townshipCode: p.code,
		office: `${p.name}残联专职委员`,
		person: `${p.name.slice(0, 1)}委员（演示）`,
		phone: `0350-0000-${String(101 + i).padStart(3, '0')}`,
		address: `五台县${p.name}人民政府（演示地址）`,
		hours: HOURS,
		note: '',
	})),
];

/** The footer: a fictional hotline and 备案 numbers in the real format, all zeros. */
export const DEMO_SITE_INFO = {
	hotline: '0350-0000-000',
	address: '五台县台城镇某某路 1 号（演示地址）',
	icpNumber: '晋ICP备00000000号（演示）',
	policeNumber: '晋公网安备14092200000000号（演示）',
};

/**
 * Every third posting names the employer's HR contact (a fictional number); the rest go
 * through 县残联. Drawn from the index, not the random stream, so other columns stay as they were.
 */
export function demoPostingContact(index: number): Partial<NewPosting> {
	// every row has the same keys: the bulk insert takes its columns from the first row
	if (index % 3 !== 1) return { contactMode: 'federation', contactName: '', contactPhone: '' };
	return {
		contactMode: 'direct',
		contactName: '人事部（演示）',
		contactPhone: `0350-0000-${String(500 + (index % 500)).padStart(3, '0')}`,
	};
}

/** The demo's contacts and footer details (fictional numbers); staff edits are left alone. */
export async function seedDemoContacts(db: Db) {
	await db
		.insert(serviceContacts)
		.values([...DEMO_CONTACTS])
		.onConflictDoNothing();
	await db
		.insert(settings)
		.values({ key: 'site', value: DEMO_SITE_INFO, description: '网站页脚：服务电话、地址、备案号' })
		.onConflictDoNothing();
}
