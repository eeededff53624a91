// `npm run eval:web [-- --split A|B|C|D|E|F|G] [--pages N] [--seed S] [--show] [--write DIR]`: found /
// title / clean / date / source of the ingest pipeline on synthetic local-government web pages saved
// as text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–F are developed against (A first, then B, and
// C, D, E and F, each written blind and held out before the next); split G is held out: written blind,
// without reading A–F, on articles of its own (half of what C held), with layouts of its own, its
// failures printed only when it is asked for alone. The default run prints all seven side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
