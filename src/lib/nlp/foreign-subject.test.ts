import { describe, expect, test } from 'vitest';
import { hasForeignSubject } from './foreign-subject.ts';

describe('hasForeignSubject', () => {
	test('a foreign state as the subject, after a time phrase or 据', () => {
		expect(hasForeignSubject('也门某武装24日发表声明，宣布将继续开展军事行动')).toBe(true);
		expect(hasForeignSubject('当地时间9日，意大利政府宣布延长紧急状态')).toBe(true);
		expect(hasForeignSubject('据美国媒体报道，此次行动是回应的一部分')).toBe(true);
		expect(hasForeignSubject('俄罗斯外交部发言人表示，俄方从未拒绝谈判')).toBe(true);
	});

	test('China, Chinese places and states named later are no foreign subject', () => {
		expect(hasForeignSubject('中国与东盟国家宣布共同启动建设合作中心')).toBe(false);
		expect(hasForeignSubject('中非合作论坛北京峰会成果落实工作推进会召开')).toBe(false);
		expect(hasForeignSubject('黑山县出台10条措施支持民营企业发展')).toBe(false);
		expect(hasForeignSubject('对原产于美国的部分进口商品加征10%关税')).toBe(false);
	});
});

test('international bodies act abroad: 国际货币基金组织近日预测…', () => {
	expect(hasForeignSubject('国际货币基金组织近日预测，今明两年欧元区经济将分别增长1.2%')).toBe(
		true,
	);
	expect(hasForeignSubject('在9月份货币政策例会上，欧洲央行理事会出台了新一轮宽松措施')).toBe(true);
	expect(hasForeignSubject('中国人民银行宣布下调金融机构存款准备金率0.5个百分点')).toBe(false);
});
