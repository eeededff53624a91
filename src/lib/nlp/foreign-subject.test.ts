import { describe, expect, test } from 'vitest';
import { hasForeignSubject } from './foreign-subject.ts';

describe('hasForeignSubject', () => {
	test('a foreign state as the subject, after a time phrase or 据', () => {
		expect(hasForeignSubject('也门某组织3日发表声明，宣布暂停对话')).toBe(true);
		expect(hasForeignSubject('当地时间9日，意大利政府宣布延长紧急状态')).toBe(true);
		expect(hasForeignSubject('据美国媒体报道，该法案仍在审议中')).toBe(true);
		expect(hasForeignSubject('俄罗斯外交部发言人表示，双方将继续磋商')).toBe(true);
	});

	test('China, Chinese places and states named later are no foreign subject', () => {
		expect(hasForeignSubject('中国与东盟国家宣布共同启动建设合作中心')).toBe(false);
		expect(hasForeignSubject('中非合作论坛北京峰会成果落实工作推进会召开')).toBe(false);
		expect(hasForeignSubject('黑山县出台10条措施支持民营企业发展')).toBe(false);
		expect(hasForeignSubject('对原产于美国的部分进口商品加征10%关税')).toBe(false);
	});
});

test('international bodies act abroad: 国际货币基金组织近日预测…', () => {
	expect(hasForeignSubject('国际货币基金组织近日预测，全球经济今年将增长3%')).toBe(true);
	expect(hasForeignSubject('在本月例会上，欧洲央行决定维持利率不变')).toBe(true);
	expect(hasForeignSubject('中国人民银行宣布下调金融机构存款准备金率0.5个百分点')).toBe(false);
});
