import { expect, test } from 'vitest';
import { readHtmlMeta } from './html-meta.ts';

const page = (date: string) =>
	`<html><head><meta name="PubDate" content="${date}"><meta property="og:site_name" content="某某县人民政府"></head></html>`;

test('HTML 元数据的发布日期按同一套日期语法读，日历上没有的日子不读', () => {
	expect(readHtmlMeta(page('2020-05-06 08:30:00'))).toEqual({
		date: '2020-05-06',
		source: '某某县人民政府',
	});
	expect(readHtmlMeta(page('2020年5月6日')).date).toBe('2020-05-06');
	expect(readHtmlMeta(page('2020-05-06T08:30:00+08:00')).date).toBe('2020-05-06');
	expect(readHtmlMeta(page('2020-00-06')).date).toBeUndefined();
	expect(readHtmlMeta(page('2021-02-30')).date).toBeUndefined();
});
