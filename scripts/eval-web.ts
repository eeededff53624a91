// `npm run eval:web [-- --split A–Y] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–X are developed against (A first, then B, and
// C to X, each written blind and held out before the next; X, with its 更正 notices, 媒体聚焦
// boxes, 天气预报 boxes and e-paper 报尾, is the last of them); split Y is held out: written blind,
// without reading A–X or the pipeline, on articles of its own (every other one of what K held),
// with its own wording of every earlier kind and page kinds of its own (a 分享海报's text after a
// portal or reprint page's story, repeating its headline with its outlet and day; the WeChat
// reader's interface lines (预览时标签不可点, 赞, 在看 …) after a post's credits; a 作者简介 card
// naming the writer's unit, not the outlet, after a portal, reprint or WeChat page's text; an
// e-paper page's 版面导航 of the pages and their sections), its failures printed only when
// it is asked for alone. The default run prints all twenty-five side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
