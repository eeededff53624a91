// `npm run eval:web [-- --split A|B|C|D|E] [--pages N] [--seed S] [--show] [--write DIR]`: found /
// title / clean / date / source of the ingest pipeline on synthetic local-government web pages saved
// as text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–D are developed against (A first, then B, and
// C and D, each written blind and held out before the next); split E is held out: written blind,
// without reading A–D, on articles of its own (a third of what A held), its failures printed only
// when it is asked for alone. The default run prints all five side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
