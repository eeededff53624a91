// `npm run eval:web [-- --split A|B|C|D] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as text,
// made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the formats of
// tools/lib/web-pages-formats.ts; split A to develop against, splits B and C developed against since,
// split D held out: written blind, without reading A, B or C, on articles of its own, its failures
// printed only when it is asked for alone).
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
