import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditActionLabel, auditEntityLabel } from './audit.js';

describe('audit labels', () => {
	it('gives every action and entity a Chinese label', () => {
		for (const labels of [AUDIT_ACTIONS, AUDIT_ENTITIES])
			for (const [code, label] of Object.entries(labels))
				expect(label, code).toMatch(/\p{Script=Han}/u);
	});

	it('labels the seeker actions that used to show as raw codes', () => {
		expect(auditActionLabel('profile.update')).toBe('修改求职资料');
		expect(auditActionLabel('consent.grant')).toBe('同意授权');
		expect(auditActionLabel('consent.withdraw')).toBe('撤回授权');
	});

	it('shows a code it does not know (from an older release) as itself', () => {
		expect(auditActionLabel('legacy.thing')).toBe('legacy.thing');
		expect(auditActionLabel('toString')).toBe('toString');
		expect(auditEntityLabel('posting')).toBe('岗位');
		expect(auditEntityLabel('gadget')).toBe('gadget');
	});
});
