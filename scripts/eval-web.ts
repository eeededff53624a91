// `npm run eval:web [-- --split A|B|…|K] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–J are developed against (A first, then B, and
// C to J, each written blind and held out before the next; J, with its app share pages, video
// players' text, side columns of metadata, attachment lists and 政策解读 pages, is the one tuned on
// last); split K is held out: written blind, without reading A–J or the pipeline, on articles of its
// own (every other one of what D held), with page kinds of its own (a page saved from a search
// engine's cache or a browser's reader mode, a page saved with its readers' comments, source and
// date in a table row under the headline, an 编者按 or 导语 box before the body) besides its own
// wording of the earlier splits' kinds, its failures printed only when it is asked for alone. The
// default run prints all eleven side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
