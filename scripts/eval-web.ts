// `npm run eval:web [-- --split A|B|…|L] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–K are developed against (A first, then B, and
// C to K, each written blind and held out before the next; K, with its search-engine cache and
// reader-mode copies, readers' comments, source and date in a table row and 编者按/导语 boxes, is the
// one tuned on last); split L is held out: written blind, without reading A–K or the pipeline, on
// articles of its own (every other one of what F held), with page kinds of its own (an article
// inside a 专题 section under its banner and menu, an article split over several pages saved as one
// with its pagers, a page printed from a browser with the print header and footer on every sheet)
// besides its own wording of the earlier splits' kinds, its failures printed only when it is asked
// for alone. The default run prints all twelve side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
