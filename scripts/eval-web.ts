// `npm run eval:web [-- --split A|B|…|T] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–S are developed against (A first, then B, and
// C to S, each written blind and held out before the next; S, with its WeChat 已修改 notices,
// 收录于合集 tags, portal link directories and e-paper desk lines, is the last of them); split T
// is held out: written blind, without reading A–S or the pipeline, on articles of its own (every
// other one of what H held), with page kinds of its own (an opened 展开全文 fold left between a
// portal's or reprint's first paragraphs, with the share of the text it hid; a 原文链接 line after a
// reprint's or WeChat post's text, its address dated the article's day; an e-paper page's 今日导读
// box of other pages' stories with their page numbers, before or after its articles; a portal's
// strip of 专题 banners' alt texts under its menus or above its footer) besides its own wording of
// the earlier splits' kinds, its failures printed only when it is asked for alone. The default run
// prints all twenty side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
