const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese numeral below 一万 (十 → 10, 二十三 → 23, 一百零五 → 105, 两千 → 2000);
 * undefined when `text` is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | undefined {
	if (text === '') return undefined;
	let total = 0;
	let digit: number | undefined;
	let lastUnit = 10_000;
	for (const ch of text) {
		if (ch in DIGITS) {
			if (digit !== undefined && digit !== 0) return undefined;
			digit = DIGITS[ch];
		} else if (ch in UNITS) {
			const unit = UNITS[ch] as number;
			if (unit >= lastUnit) return undefined;
			total += (digit ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit;
			if (Number.isNaN(total)) return undefined;
			digit = undefined;
			lastUnit = unit;
		} else return undefined;
	}
	return total + (digit ?? 0);
}
