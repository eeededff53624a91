// `npm run eval:web [-- --split A|B|…|M] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–L are developed against (A first, then B, and
// C to L, each written blind and held out before the next; L, with its 专题 pages, articles split
// over several pages and browser prints, is the one tuned on last); split M is held out: written
// blind, without reading A–L or the pipeline, on articles of its own (every other one of what C
// held), with page kinds of its own (a floating 无障碍 toolbar and 智能问答 widget, a headline echoed
// in the browser title line and the breadcrumb, 组图 pages with a picture after each paragraph, a
// page saved twice into one file, a repost naming its outlet only after the text) besides its own
// wording of the earlier splits' kinds, its failures printed only when it is asked for alone. The
// default run prints all thirteen side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
