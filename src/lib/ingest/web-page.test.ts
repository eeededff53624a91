import { expect, test } from 'vitest';
import { htmlToLines } from './html-to-text.ts';
import { webPageToLines } from './web-page.ts';

const paragraph = (i: number) =>
	`<p>第${i}项措施：县里组建专班，对全县重点企业逐一走访，建立问题清单，实行台账管理，承诺在15个工作日内办结企业反映的用工、融资和审批问题，并由县纪委监委跟踪督办，确保件件有回音、事事有着落。</p>`;
const links = Array.from(
	{ length: 8 },
	(_, i) => `<div><a href="/n/${i}.html">某地召开第${i}次营商环境专题会议</a></div>`,
).join('');
const page = `<!DOCTYPE html><html><head><title>县里推出助企服务十项措施_某某县人民政府</title>
<meta name="PubDate" content="2024-04-02 10:00"></head><body>
<div><a href="/">首页</a><a href="/zw">政务公开</a><a href="/fw">政务服务</a></div>
<div><h1>县里推出助企服务十项措施</h1><div>2024-04-02 10:00 来源：县发展和改革局</div>
<div>${[1, 2, 3, 4].map(paragraph).join('')}</div></div>
<div><div>热点新闻</div>${links}</div></body></html>`;

test('Readability 找出正文：无 class 的链接列表不进正文，标题和日期来源行保留', () => {
	const whole = htmlToLines(page).map((l) => l.text);
	expect(whole.some((t) => t.includes('营商环境专题会议'))).toBe(true);
	const lines = webPageToLines(page);
	const texts = lines.map((l) => l.text);
	expect(texts.some((t) => t.includes('营商环境专题会议'))).toBe(false);
	expect(lines.find((l) => l.heading === 1)?.text).toBe('县里推出助企服务十项措施');
	expect(texts).toContain('2024-04-02 10:00 来源：县发展和改革局');
	expect(texts.filter((t) => t.includes('项措施：'))).toHaveLength(4);
});

test('找不到足够正文的页面整页交给原来的读法', () => {
	const list = `<html><body><h1>新闻列表</h1><div><a href="/1">县里召开春耕会</a></div><div><a href="/2">县里举办招聘会</a></div></body></html>`;
	expect(webPageToLines(list)).toEqual(htmlToLines(list));
});
