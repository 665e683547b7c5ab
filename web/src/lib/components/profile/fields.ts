import type { StepOptions } from './types';

type Step = 'basic' | 'employment' | 'wishes' | 'ability' | 'passport';

/** Each step's fields in form order, with the label the error summary uses. */
export function fieldLabels(step: Step, options: StepOptions): Record<string, string> {
	switch (step) {
		case 'basic':
			return {
				village: '村（社区）',
				education: '文化程度',
				phone: '手机号',
				householdType: '户口类型',
				certificateValidFrom: '残疾人证发证日期',
				certificateValidUntil: '残疾人证有效期至',
			};
		case 'employment':
			return {
				employmentStatus: '现在是否就业',
				employmentForm: '就业形式',
				employedSince: '开始工作的日期',
				unemployedReason: '没有就业的主要原因',
			};
		case 'wishes':
			return {
				desiredOccupations: '想做的工作',
				desiredOccupationsNote: '其他想法',
				desiredWorkModes: '工作方式',
				expectedPayMin: '期望每月收入',
				maxTravelKm: '上班最远能去多远',
				skills: '会的技能',
				trainingCertificates: '培训证书',
			};
		case 'ability':
			return Object.fromEntries(options.abilityItems.map((o) => [o.value, o.label]));
		case 'passport':
			return {
				preferredContact: '希望怎样联系您',
				needs: '工作和面试时需要的帮助',
				otherNeeds: '其他需要',
				largeText: '大字号',
				highContrast: '高对比度',
				disclosure: '谁能看到您的资料',
			};
	}
}

/** Where the error summary jumps for fields that are groups: their first choice. */
export function fieldAnchors(step: Step, options: StepOptions): Record<string, string> {
	const groups: Record<Step, string[]> = {
		basic: ['householdType'],
		employment: ['employmentStatus'],
		wishes: ['desiredOccupations', 'desiredWorkModes'],
		ability: options.abilityItems.map((o) => o.value),
		passport: ['preferredContact', 'needs', 'disclosure'],
	};
	return Object.fromEntries(groups[step].map((name) => [name, `${name}-0`]));
}
