// `npm run eval:web [-- --split A|B|…|X] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–W are developed against (A first, then B, and
// C to W, each written blind and held out before the next; W, with its 刊发 lines, 免责声明, 往年今日
// boxes and e-paper 分类广告, is the last of them); split X is held out: written blind, without
// reading A–W or the pipeline, on articles of its own (every other one of what O held), with page
// kinds of its own (a 更正 notice dated days after the story, after a portal or reprint page's text;
// a 媒体聚焦 box of national and provincial outlets' stories with their days, after a desktop portal
// page's text; a 天气预报 box dated from the post's day on, after a WeChat or portal page's text; an
// e-paper page's 报尾 of 社址, 定价 and 印刷 after its last story) besides its own wording of the
// earlier splits' kinds, its failures printed only when it is asked for alone. The default run
// prints all twenty-four side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
