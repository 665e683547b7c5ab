/** Field names as the error summary lists them. */
export const LABELS: Record<string, string> = {
	fullName: '姓名',
	idNumber: '身份证号码',
	certificateNumber: '残疾人证号',
	certificateValidUntil: '残疾人证有效期',
	townshipCode: '乡镇',
	village: '村（社区）',
	education: '文化程度',
	phone: '手机号',
	householdType: '户口类型',
	categoryComponents: '多重残疾的组成类别',
	consentDisabilityData: '本人同意',
};
