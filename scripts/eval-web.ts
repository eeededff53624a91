// `npm run eval:web [-- --split A–Z or AA] [--pages N] [--seed S] [--show] [--write DIR]`: found /
// title / clean / date / source of the ingest pipeline on synthetic local-government web pages saved
// as text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–Z are developed against (A first, then B, and
// C to Z, each written blind and held out before the next; Z, with its 相关文件 lists, 政民互动
// cards, 领导信箱 boxes and footer badges, is the last of them); split AA (the first with a
// two-letter name: `--split AA` or `--split aa`) is held out: written blind, without reading A–Z or
// the pipeline, on articles of its own (every other one of what P held), with its own wording of
// every earlier kind and page kinds of its own (a red 预警信息 bar across a portal's top, its warning
// issued after the article; a 新闻发布会 header between the headline block and the text, dated the
// article's day; a 政务新媒体矩阵 box of the government's accounts above the footer; an e-paper's
// 征订启事 for the next year, with its 邮发代号 and price), its failures printed only when it is asked
// for alone. The default run prints all twenty-seven side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
