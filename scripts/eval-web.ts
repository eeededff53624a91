// `npm run eval:web [-- --split A|B|…|J] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–I are developed against (A first, then B, and
// C to I, each written blind and held out before the next; I, with its mobile views, print views,
// portal retitles under 原标题 and 学习强国 copies, is the one tuned on last); split J is held out:
// written blind, without reading A–I or the pipeline, on articles of its own (every other one of
// what E held), with page kinds of its own (an app's share page, a video player's text above the
// body, date and source in a side column after the article, attached files after the body, a 政策解读
// page) besides its own wording of the earlier splits' kinds, its failures printed only when it is
// asked for alone. The default run prints all ten side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
