import { describe, expect, test } from 'vitest';
import { htmlToLines } from './html-to-text.ts';

const page = `<!DOCTYPE html>
<html><head><title>峄城区新闻发布会</title><style>p{color:red}</style>
<script>var share = "分享到微信";</script></head>
<body>
<header><a href="/">首页</a> 鲁网</header>
<nav><a>新闻</a><a>政务</a></nav>
<div class="breadcrumb">当前位置:首页 > 枣庄</div>
<h1>枣庄市峄城区召开新闻发布会</h1>
<article>
  <p>鲁网5月10日讯(记者 杜伟)5月10日,枣庄市峄城区召开新闻发布会。</p>
  <h2>第一个方面</h2>
  <p>一是活动开展有声有色。<br>二是疫情防控扎实有效。</p>
  <div class="share-bar">分享到:微信 微博</div>
  <noscript>请开启脚本</noscript>
</article>
<aside>热点推荐</aside>
<div id="comments">网友评论</div>
<footer>版权所有 鲁网</footer>
</body></html>`;

describe('htmlToLines', () => {
	test('keeps the 峄城区 story and drops script, nav, share widgets and comments', () => {
		expect(
			htmlToLines(page).map(({ text, heading }) => (heading ? `h${heading} ${text}` : text)),
		).toEqual([
			'h1 枣庄市峄城区召开新闻发布会',
			'鲁网5月10日讯(记者 杜伟)5月10日,枣庄市峄城区召开新闻发布会。',
			'h2 第一个方面',
			'一是活动开展有声有色。',
			'二是疫情防控扎实有效。',
		]);
	});

	test('gives each block its line in the source', () => {
		const lines = htmlToLines(page);
		expect(lines[1]).toMatchObject({ line: 10 });
	});

	test('drops a list of related-news links at the end of the story', () => {
		const html =
			'<article><p>截至目前,已查找问题48个。</p><ul><li><a href="/1">巨野县启动“局长走流程”活动</a> 11-30</li><li><a href="/2">东明县开展营商环境大比武</a></li></ul><ol><li>一是优化审批流程。</li></ol></article>';
		expect(htmlToLines(html).map((l) => l.text)).toEqual([
			'截至目前,已查找问题48个。',
			'一是优化审批流程。',
		]);
	});

	test('reads the body when there is no <article>', () => {
		const html =
			'<html><body><div class="nav-menu">导航</div><div><p>第一段。</p><p>第二段。</p></div></body></html>';
		expect(htmlToLines(html).map((l) => l.text)).toEqual(['第一段。', '第二段。']);
	});

	test('keeps the headline in the <header> of an <article> but not the site header', () => {
		const html =
			'<body><header><h1 class="logo">鲁网</h1></header><article><header><h1>峄城区召开新闻发布会</h1></header><p>鲁网5月10日讯,峄城区召开发布会。</p></article></body>';
		expect(htmlToLines(html).map((l) => l.text)).toEqual([
			'峄城区召开新闻发布会',
			'鲁网5月10日讯,峄城区召开发布会。',
		]);
	});

	test('takes the <title>, without the site name, when the page prints no headline', () => {
		const html =
			'<html><head><title>宝安区组织591名干部挂点走访企业_深圳新闻网</title></head><body><p>近段时间,企业负责人有些烦恼。</p></body></html>';
		expect(htmlToLines(html)[0]).toMatchObject({
			text: '宝安区组织591名干部挂点走访企业',
			heading: 1,
		});
	});
});
