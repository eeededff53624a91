// `npm run eval:web [-- --split A|B|…|V] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–U are developed against (A first, then B, and
// C to U, each written blind and held out before the next; U, with its 摘要 boxes, 点击排行
// columns, 意见征集 boxes and pop-up texts, is the last of them); split V is held out: written
// blind, without reading A–U or the pipeline, on articles of its own (every other one of what L
// held), with page kinds of its own (a 公益广告 slogan a portal or reprint sets between two
// paragraphs; a WeChat post's embedded 视频号, 小程序 or account card between two paragraphs; a
// county outlet's 新闻热线/投稿 block after the text of a portal, reprint or WeChat page; an
// e-paper page bar's 上一期/下一期 buttons with the neighbouring issues' days) besides its own
// wording of the earlier splits' kinds, its failures printed only when it is asked for alone. The
// default run prints all twenty-two side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
