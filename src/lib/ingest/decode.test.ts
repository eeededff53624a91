import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSource, detectFormat } from './decode.ts';

const seed = readFileSync(
	new URL('../../../content/sources/002_6b241039d71ad9d0.txt', import.meta.url),
	'utf8',
);
const utf8 = (s: string) => new TextEncoder().encode(s);

function decodedText(result: ReturnType<typeof decodeSource>): string {
	if (!result.ok) throw new Error(result.diagnostic.reason);
	return result.text;
}

describe('decodeSource', () => {
	test('reads UTF-8 without BOM', () => {
		const result = decodeSource('a.txt', utf8(seed));
		expect(result).toMatchObject({ ok: true, encoding: 'utf-8', format: 'txt' });
		expect(decodedText(result)).toBe(seed);
	});

	test('reads UTF-8 with BOM and drops the BOM', () => {
		const result = decodeSource(
			'a.txt',
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('本报讯 今天下雨。')]),
		);
		expect(result).toMatchObject({ ok: true, encoding: 'utf-8-bom', text: '本报讯 今天下雨。' });
	});

	test('reads UTF-16LE with BOM', () => {
		const bytes = Buffer.concat([
			Buffer.from([0xff, 0xfe]),
			Buffer.from('宝安区组织591名干部', 'utf16le'),
		]);
		expect(decodeSource('a.txt', bytes)).toMatchObject({
			ok: true,
			encoding: 'utf-16le',
			text: '宝安区组织591名干部',
		});
	});

	test('reads a GB18030-encoded copy of the 人民日报 seed page', () => {
		const result = decodeSource('gb.txt', iconv.encode(seed, 'gb18030'));
		expect(result).toMatchObject({ ok: true, encoding: 'gb18030' });
		expect(decodedText(result)).toBe(seed);
	});

	test('reads GBK text', () => {
		const text = '司法部、中国残疾人联合会印发意见,进一步加强残疾人法律服务工作。'.repeat(3);
		expect(decodeSource('gbk.txt', iconv.encode(text, 'gbk'))).toMatchObject({
			ok: true,
			encoding: 'gb18030',
			text,
		});
	});

	test('converts CRLF line ends', () => {
		expect(decodedText(decodeSource('a.txt', utf8('标题\r\n正文。\r\n')))).toBe('标题\n正文。\n');
	});

	test('rejects an empty file', () => {
		expect(decodeSource('empty.txt', new Uint8Array())).toMatchInlineSnapshot(`
			{
			  "diagnostic": {
			    "fatal": true,
			    "file": "empty.txt",
			    "reason": "the file is empty (no bytes); remove it or put the page text in it.",
			    "ruleId": "empty-file",
			  },
			  "ok": false,
			}
		`);
	});

	test('rejects a file of only whitespace (ideographic spaces included)', () => {
		const result = decodeSource('blank.txt', utf8(' \n\u3000\u3000\n\t'));
		expect(result.ok ? '' : result.diagnostic.reason).toMatchInlineSnapshot(
			`"the file is empty (only whitespace); remove it or put the page text in it."`,
		);
	});

	test('rejects a binary file with NUL bytes', () => {
		const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const result = decodeSource('photo.png', bytes);
		expect(
			result.ok ? '' : `${result.diagnostic.ruleId}: ${result.diagnostic.reason}`,
		).toMatchInlineSnapshot(
			`"binary-file: the file looks like a binary file (it contains NUL bytes), not text; give ingest .txt, .md or .html files."`,
		);
	});

	test('rejects UTF-8 truncated in the middle of a character, naming the line', () => {
		const bytes = utf8('第一行。\n第二行:推动干部队伍建设能力大幅提升');
		const result = decodeSource('cut.txt', bytes.subarray(0, bytes.length - 1));
		expect(result.ok ? undefined : result.diagnostic).toMatchInlineSnapshot(`
			{
			  "fatal": true,
			  "file": "cut.txt",
			  "line": 2,
			  "reason": "the file ends in the middle of a character (truncated) at line 2; re-export or re-download the file as UTF-8.",
			  "ruleId": "invalid-multibyte",
			}
		`);
	});

	test('rejects truncated GB18030', () => {
		const bytes = iconv.encode(seed.slice(0, 3000), 'gb18030');
		const result = decodeSource('cut-gb.txt', bytes.subarray(0, bytes.length - 1));
		expect(result.ok ? '' : result.diagnostic.ruleId).toBe('invalid-multibyte');
	});

	test('rejects an encoding it does not read (Big5)', () => {
		const bytes = iconv.encode(
			'司法部、中國殘疾人聯合會印發意見,進一步加強殘疾人法律服務工作。'.repeat(4),
			'big5',
		);
		const result = decodeSource('big5.txt', bytes);
		expect(result.ok ? '' : result.diagnostic.reason).toMatchInlineSnapshot(
			`"the file is not UTF-8, UTF-16 or GB18030/GBK (it looks like Big5); convert it to UTF-8, e.g. \`iconv -f <encoding> -t UTF-8\`."`,
		);
	});

	test('rejects a 50 MB file before decoding it, naming the option that raises the limit', () => {
		const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x41);
		const result = decodeSource('huge.txt', bytes);
		expect(result.ok ? '' : result.diagnostic.reason).toMatchInlineSnapshot(
			`"the file is 50.0 MB, over the 20.0 MB limit; split it into smaller files or raise the limit with \`--max-mb 50\`."`,
		);
	});

	test('rejects text without any Chinese', () => {
		const result = decodeSource('en.txt', utf8('Press release: the city opened a new park.\n'));
		expect(
			result.ok ? '' : `${result.diagnostic.ruleId}: ${result.diagnostic.reason}`,
		).toMatchInlineSnapshot(
			`"no-chinese-text: the file contains no Chinese text; ingest only reads Chinese press releases, so check that this is the right file."`,
		);
	});
});

describe('detectFormat', () => {
	test('uses the extension', () => {
		expect(detectFormat('a.md', '# 标题')).toBe('md');
		expect(detectFormat('a.markdown', '# 标题')).toBe('md');
		expect(detectFormat('a.HTM', '<p>正文</p>')).toBe('html');
	});

	test('sniffs HTML saved as .txt', () => {
		expect(detectFormat('page.txt', '<!DOCTYPE html><html><body><p>正文</p></body></html>')).toBe(
			'html',
		);
		expect(detectFormat('page.txt', '# 打造一支高素质干部队伍\n\n**本报讯**')).toBe('txt');
	});

	test.each(['utf-16le', 'utf-16be'] as const)(
		'reads a sample page saved as %s without a BOM',
		(encoding) => {
			const bytes = iconv.encode(seed, encoding);
			const result = decodeSource('page.txt', new Uint8Array(bytes));
			expect(result).toMatchObject({ ok: true, encoding });
			expect(decodedText(result)).toBe(seed);
		},
	);

	test('reads HTML whose Chinese is written as &#x…; and &#…; references', () => {
		const escape = (s: string) =>
			[...s]
				.map((c, i) => (i % 2 ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.codePointAt(0)};`))
				.join('');
		const html = `<html><body><h1>${escape('干部作风建设')}</h1><p>${escape(seed.slice(0, 200))}</p></body></html>`;
		expect(decodeSource('page.html', utf8(html))).toMatchObject({ ok: true, format: 'html' });
	});

	test('a file over the limit names the option that raises it', () => {
		const result = decodeSource('big.txt', utf8(seed), { maxBytes: 100 });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.diagnostic.reason).toContain('--max-mb');
	});
});
