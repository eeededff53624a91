// `npm run eval:web [-- --split A|B|…|S] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–R are developed against (A first, then B, and
// C to R, each written blind and held out before the next; R, with its scrolling 通知公告 bars,
// 施行日期/有效期 lines, 延伸阅读 boxes and e-paper 往期回顾 pickers, is the last of them); split S
// is held out: written blind, without reading A–R or the pipeline, on articles of its own (every
// other one of what C held), with page kinds of its own (a WeChat post's 已修改 notice, a later day
// than the article's, under its header or after its text; its 收录于合集 tags between its header and
// its text; a portal's block of links to other governments', departments' and towns' sites above
// its footer; an e-paper page's desk line, 本版编辑/美编/校对, under its page bar or after its last
// article) besides its own wording of the earlier splits' kinds, its failures printed only when it
// is asked for alone. The default run prints all nineteen side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
