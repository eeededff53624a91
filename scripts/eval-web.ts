// `npm run eval:web [-- --split A|B|…|P] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–O are developed against (A first, then B, and
// C to O, each written blind and held out before the next; O, with its column labels, dated
// breadcrumbs, 关键词 blocks and run-in 扫码关注 prompts, is the one tuned on last); split P is held
// out: written blind, without reading A–O or the pipeline, on articles of its own (every other one of
// what I held), with page kinds of its own (a lead picture's alt text that repeats the headline above
// or between the first paragraphs, a later 更新时间 line under the meta line, 上一篇/下一篇 links
// that print their articles' dates right after the text, and a 政务服务 box of 办理时限/咨询电话
// before or after the text) besides its own wording of the earlier splits' kinds, its failures
// printed only when it is asked for alone. The default run prints all sixteen side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
