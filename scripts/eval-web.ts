// `npm run eval:web [-- --split A|B|…|Q] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–P are developed against (A first, then B, and
// C to P, each written blind and held out before the next; P, with its lead pictures' alt texts,
// later 更新时间 lines, dated 上一篇/下一篇 links and 政务服务 boxes, is the one tuned on last); split
// Q is held out: written blind, without reading A–P or the pipeline, on articles of its own (every
// other one of what A held), with page kinds of its own (a 全文约…字，阅读约需…分钟 line between the
// headline block and the text, a top bar that prints the day the page was opened and the weather
// above the headline, an e-paper article's 下转第…版/上接第…版 notes between two of its paragraphs,
// and a portal's 本页面对您有帮助吗/我要纠错 widget after the text) besides its own wording of the
// earlier splits' kinds, its failures printed only when it is asked for alone. The default run prints
// all seventeen side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
