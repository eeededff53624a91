// `npm run eval:web [-- --split A|B|C] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as text,
// made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json; split A to
// develop against, split B developed against since, split C held out: written blind, its failures
// printed only when it is asked for alone).
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
