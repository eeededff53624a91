// `npm run eval:web [-- --split A|B|C|D|E|F|G|H] [--pages N] [--seed S] [--show] [--write DIR]`: found /
// title / clean / date / source of the ingest pipeline on synthetic local-government web pages saved
// as text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–G are developed against (A first, then B, and
// C, D, E, F and G, each written blind and held out before the next); split H is held out: written
// blind, without reading A–G, on articles of its own (half of what A held), with layouts of its own
// (a WeChat article copied as text, hard-wrapped bodies, headlines broken in two, a 政务公开 table),
// its failures printed only when it is asked for alone. The default run prints all eight side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
