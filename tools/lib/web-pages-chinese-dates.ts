/** Dates as Chinese papers and official documents print them: 二〇二四年五月一日, 农历甲辰年三月廿三. */

const DIGITS = '〇一二三四五六七八九';

/** A year's digits one by one (2024 → 二〇二四), as in 二〇二四年. */
export function chineseYear(year: string): string {
	return year.replace(/\d/gu, (c) => DIGITS[Number(c)]!);
}

/** A month or day number 1–31 in words (5 → 五, 12 → 十二, 21 → 二十一, 30 → 三十). */
export function chineseNumber(n: number): string {
	if (n < 10) return DIGITS[n]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/** The day of a lunar month as almanacs print it: 初一 … 初十, 十一 … 二十, 廿一 … 廿九, 三十. */
export function lunarDay(n: number): string {
	if (n <= 10) return `初${chineseNumber(n)}`;
	if (n < 20) return chineseNumber(n);
	if (n === 20) return '二十';
	if (n < 30) return `廿${DIGITS[n - 20]!}`;
	return '三十';
}

const LUNAR = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
	year: 'numeric',
	month: 'long',
	day: 'numeric',
	timeZone: 'UTC',
});

/** The lunar date of an ISO date with its cyclical year (2024-05-01 → 甲辰年三月廿三). */
export function lunarDate(iso: string): string {
	const parts = LUNAR.formatToParts(new Date(`${iso}T00:00:00Z`));
	const part = (type: string) => parts.find((p) => (p.type as string) === type)?.value ?? '';
	return `${part('yearName')}年${part('month')}${lunarDay(Number(part('day')))}`;
}
