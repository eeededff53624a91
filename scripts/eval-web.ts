// `npm run eval:web [-- --split A–Z] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–Y are developed against (A first, then B, and
// C to Y, each written blind and held out before the next; Y, with its 分享海报 texts, WeChat reader
// lines, 作者简介 cards and e-paper 版面导航, is the last of them); split Z is held out: written
// blind, without reading A–Y or the pipeline, on articles of its own (every other one of what N
// held), with its own wording of the earlier kinds it fills and page kinds of its own (a 相关文件
// list after a portal page's text, each document with its 文号 of an earlier year; a 政民互动 card
// above the footer, a resident's 留言 and an office's 回复 both dated after the article; a 领导信箱
// box with the month's letters received and answered; the badges under a portal's footer: 党政机关,
// 政府网站找错, IPv6, 适老化), its failures printed only when it is asked for alone. The default run
// prints all twenty-six side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
