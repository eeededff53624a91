// `npm run eval:web [-- --split A|B|…|U] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–T are developed against (A first, then B, and
// C to T, each written blind and held out before the next; T, with its opened 展开全文 folds,
// dated 原文链接 lines, e-paper 今日导读 boxes and strips of 专题 banners, is the last of them);
// split U is held out: written blind, without reading A–T or the pipeline, on articles of its own
// (every other one of what J held), with page kinds of its own (a 摘要 box that repeats the text's
// first sentence between the headline block and the text; a 点击排行 column of other articles
// ranked by reads, above the headline or after the text; a portal's 意见征集 box with its opening and
// closing days, later than the page's, before or after the text; a portal pop-up's text, 满意度调查
// or 浏览器版本过低, first or last in the copy) besides its own wording of the earlier splits' kinds,
// its failures printed only when it is asked for alone. The default run prints all twenty-one side
// by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
