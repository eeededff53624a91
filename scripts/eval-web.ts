// `npm run eval:web [-- --split A–Z, AA or AB] [--pages N] [--seed S] [--show] [--write DIR]`: found /
// title / clean / date / source of the ingest pipeline on synthetic local-government web pages saved
// as text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–Z and AA are developed against (A first, then
// B, and C to AA, each written blind and held out before the next; AA, the first with a two-letter
// name, with its 预警信息 bars, 新闻发布会 headers, 政务新媒体矩阵 boxes and e-paper 征订启事, is the
// last of them); split AB (`--split AB` or `--split ab`) is held out: written blind, without reading
// A–AA or the pipeline, on articles of its own (every other one of what Q held), with its own wording
// of the lists and of the code formats whose types live in the generator's shared files, and page
// kinds of its own (a portal's 网站纠错 box above the footer; its 访问统计 counter above or under
// the footer; a WeChat post's 投票 card after its credits, closing some days after the post; an
// e-paper's 会员登录 box before its stories), its failures printed only when it is asked for alone.
// The default run prints all twenty-eight side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
