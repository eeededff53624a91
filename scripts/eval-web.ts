// `npm run eval:web [-- --split A|B|…|I] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–H are developed against (A first, then B, and
// C to H, each written blind and held out before the next; H, with its WeChat copies, hard-wrapped
// bodies, broken headlines and 政务公开 tables, is the one tuned on last); split I is held out:
// written blind, without reading A–H or the pipeline, on articles of its own (half of what B held),
// with views of its own (a page saved from a site's mobile pages, one saved from its print view, a
// portal reprint under a shorter headline keeping the outlet's as 原标题, a reprint copied from
// 学习强国), its failures printed only when it is asked for alone. The default run prints all nine
// side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
