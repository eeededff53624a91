// `npm run eval:web [-- --split A|B|…|N] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–M are developed against (A first, then B, and
// C to M, each written blind and held out before the next; M, with its floating 无障碍 toolbars,
// headlines echoed in the browser title line, 组图 pages, pages saved twice and reposts naming their
// outlet after the text, is the one tuned on last); split N is held out: written blind, without
// reading A–M or the pipeline, on articles of its own (every other one of what G held), with page
// kinds of its own (a 听新闻 player's text between the headline and the body, a 三审三校 block after
// the body, a 信息公开目录 entry run across one line above the headline, sometimes the only line that
// dates the page, and a 公众号 article re-posted with the account's follow prompts) besides its own
// wording of the earlier splits' kinds, its failures printed only when it is asked for alone. The
// default run prints all fourteen side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
