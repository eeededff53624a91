import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readIngestLines } from '../schema/ingest-lines.ts';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { isBilingualFurniture } from './bilingual-furniture.ts';
import { breadcrumbMetaTail } from './crumb-meta.ts';
import { isEpaperToolBar } from './epaper-tools.ts';
import { isFollowButton, PREV_NEXT_LABEL } from './furniture-context.ts';
import { dropWebFurniture } from './furniture-lines.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isJumpNote } from './jump-note.ts';
import { isGalleryNumber } from './media-shapes.ts';
import { menuRuns } from './menus.ts';
import { isNavigationLine } from './navigation-line.ts';
import { isLabelWithEditors, isPageLabel } from './page-label.ts';
import { isColumnLabel, isPhraseFurniture, LEAD } from './phrase-furniture.ts';
import { isDatedLink } from './related-list.ts';
import { isRevisionNote } from './revision-note.ts';
import { isRunningText } from './running-text.ts';
import { isAppBarName, isSiteHeader } from './site-header.ts';
import { isSiteBar } from './site-name.ts';

const furniture = readPageFurniture();
const { maxRelatedListHead } = readIngestLines().furniture;

/**
 * Every rule by which `dropWebFurniture` drops a line of a page's body, or keeps it rewritten (a
 * breadcrumb's fields), as it asks them: the lines the gate passes must fail every one.
 */
const RULES: Array<[string, (text: string) => boolean]> = [
	['breadcrumb fields', (t) => breadcrumbMetaTail(t) !== undefined],
	[
		'list head',
		(t) =>
			(t.length <= maxRelatedListHead &&
				furniture.relatedListHeads.some((h) => t.replace(LEAD, '').startsWith(h))) ||
			PREV_NEXT_LABEL.test(t),
	],
	['follow button', (t) => isFollowButton(t.replace(LEAD, ''))],
	[
		'channel label',
		(t) =>
			furniture.portalChannels.includes(
				t
					.replace(LEAD, '')
					.replace(/[】\]]$/, '')
					.trim(),
			) || isColumnLabel(t, furniture.columnHeads),
	],
	[
		'menu item',
		(t) => menuRuns(['首页', '新闻', t, '政务'].map((text, line) => ({ text, line }))).has(2),
	],
	['phrase', (t) => isPhraseFurniture(t, furniture)],
	[
		'e-paper tools',
		(t) => isEpaperToolBar(t, furniture.epaperToolWords, furniture.epaperToolParts),
	],
	['shape', isShapeFurniture],
	['dated link', isDatedLink],
	['gallery number', (t) => isGalleryNumber(t, undefined)],
	['navigation', isNavigationLine],
	['page label', isPageLabel],
	['jump note', isJumpNote],
	['revision note', isRevisionNote],
	['label with editors', isLabelWithEditors],
	['site bar', isSiteBar],
	['site header', isSiteHeader],
	['app bar name', (t) => isAppBarName(t, '打开APP')],
	['bilingual', (t) => isBilingualFurniture(t, furniture)],
];

/** The furniture families' own test lines: every line of every Chinese string their tests quote. */
function familyLines(): string[] {
	const dir = new URL('.', import.meta.url);
	const files = readdirSync(dir).filter((f) =>
		/^(?:furniture|web-(?:page|body|tail|title)|epaper|crumb|jump|revision|menus|page-label|phrase|prompt|read-aloud|box-label).*\.test\.ts$/.test(
			f,
		),
	);
	const lines = new Set<string>();
	for (const file of files) {
		const source = readFileSync(new URL(file, dir), 'utf8');
		for (const [, quoted] of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`([^`]*)`/g))
			for (const line of (quoted ?? '').replace(/\\n/g, '\n').split('\n'))
				if (/[\u3400-\u9fff]/.test(line)) lines.add(line.trim());
	}
	return [...lines];
}

/** A sentence of running text, long enough by itself to pass the gate. */
const PROSE =
	'今年以来，全县聚焦群众反映强烈的突出问题，组织开展专项整治行动，累计排查各类隐患一千二百余处，整改完成一千一百余处，推动解决了一批群众急难愁盼的问题，全县群众的获得感和满意度明显提升。';

/** Letters and figures: a long line of few Han characters. */
const LATIN = 'ABCDEFGHIJ0123456789'.repeat(3);

test('正文长句过闸，不问任何家具规则；短行、分隔的行、家具规则读其开头的行不过闸', () => {
	expect(isRunningText(PROSE, furniture)).toBe(true);
	expect(isRunningText(`“${PROSE}”`, furniture)).toBe(true);
	expect(isRunningText(`本报北京1月31日电 （记者某某）${PROSE}`, furniture)).toBe(true);
	for (const line of [
		'今年以来，全县组织开展专项整治行动，群众满意度明显提升。',
		`${PROSE.slice(0, -1)}`,
		`首页 > 新闻 > ${PROSE}`,
		`【${PROSE}】`,
		`${PROSE.replace(/[，。]/g, ' ')}……`,
		`您是第1234567位访问者，${PROSE}`,
		`下载某某客户端，${PROSE}`,
		`温馨提示：本文阅读约需3分钟，${PROSE}`,
		`本文阅读约需3分钟，${PROSE}`,
		`全县${LATIN}${LATIN}。`,
		`声明：${PROSE}`,
		`打印（关闭）${PROSE}`,
	])
		expect(isRunningText(line, furniture), line).toBe(false);
});

test('闸放过的每一行，各家具家族自己测试里的行前后接上正文也好，每条规则都不认作家具', () => {
	const passed: string[] = [];
	for (const line of familyLines())
		for (const text of [
			line,
			`${line}${PROSE}`,
			`${line}，${PROSE}`,
			`${PROSE}${line}`,
			`${line}${LATIN}。`,
			`${line}${PROSE.replace(/，/g, '').slice(-70)}`,
			`${line}${PROSE.slice(0, 52)}${LATIN.slice(0, 20)}。`,
			...['|', '>', '·', '#'].map((mark) => `${line.replace(/\s+/g, mark)}${mark}${PROSE}`),
		])
			if (isRunningText(text, furniture)) passed.push(text);
	// The gate passes lines that open with the families' own furniture: the check is not empty.
	expect(passed.length).toBeGreaterThan(1000);
	for (const text of passed)
		for (const [name, fires] of RULES) expect(fires(text), `${name}: ${text}`).toBe(false);
});

test('闸放过的行留在页上，原样', () => {
	const head = ['某某县人民政府', '首页 | 新闻 | 政务公开', '标题'].map((text, line) => ({
		text,
		line,
	}));
	const page = [...head, { text: PROSE, line: 3 }];
	expect(dropWebFurniture(page, furniture).lines.map((l) => l.text)).toContain(PROSE);
});
