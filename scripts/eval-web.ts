// `npm run eval:web [-- --split A|B|…|R] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–Q are developed against (A first, then B, and
// C to Q, each written blind and held out before the next; Q, with its reading-time lines, today
// bars, e-paper 下转/上接 notes and page-rating widgets, is the one tuned on last); split R is held
// out: written blind, without reading A–Q or the pipeline, on articles of its own (every other one
// of what B held), with page kinds of its own (a portal's scrolling 通知公告 bar above the headline,
// other notices with their dates; a 施行日期/有效期 line under the meta line, later days than the
// page's; a 延伸阅读 box of links to other articles between two paragraphs; an e-paper's 往期回顾
// date picker, the month and its days, before or after its articles) besides its own
// wording of the earlier splits' kinds, its failures printed only when it is asked for alone. The
// default run prints all eighteen side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
