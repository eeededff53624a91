// `npm run eval:web [-- --split A|B|…|O] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–N are developed against (A first, then B, and
// C to N, each written blind and held out before the next; N, with its 听新闻 players, 三审三校
// blocks, 信息公开目录 lines and re-posted 公众号 articles, is the one tuned on last); split O is
// held out: written blind, without reading A–N or the pipeline, on articles of its own (every other
// one of what B held), with page kinds of its own (a column label above the headline with a 字号
// line under the meta line, a breadcrumb that is the only line to date the page and name its outlet,
// a 关键词 block after the body, and a 扫码关注 prompt run into the last paragraph) besides its own
// wording of the earlier splits' kinds, its failures printed only when it is asked for alone. The
// default run prints all fifteen side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
