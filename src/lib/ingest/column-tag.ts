import { speakerLine } from './line-context.ts';

// 人民日报 prints a column's name after a story's title: `蕴乡土 重形意（非遗年集·剪纸）`,
// `新年俗，让生活更美好（今日谈）`. Sidebar tags (`（记者手记）`, `（链接）`) stand inside a story, and a
// name with a role (`王 雷（电视剧《某某》主演）`) heads a speaker's part of an interview.

const TRAILING_TAG = /[(\uFF08]([^()\uFF08\uFF09]{2,16})[)\uFF09]$/;
const SIDEBAR = /手记|链接|贴士|背景|阅读|观察|点评|短评|编后|声音|图/;

/** The column a headline line names at its end (`今日谈`), or undefined when it names none. */
export function columnTagOf(text: string): string | undefined {
	const tag = TRAILING_TAG.exec(text)?.[1];
	if (tag === undefined || speakerLine(text, tag) || SIDEBAR.test(tag)) return undefined;
	return tag;
}
