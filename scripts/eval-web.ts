// `npm run eval:web [-- --split A|B|…|W] [--pages N] [--seed S] [--show] [--write DIR]`: found / title /
// clean / date / source of the ingest pipeline on synthetic local-government web pages saved as
// text, made from ../shared/corpus articles wrapped in furniture (eval/web-furniture.json and the
// formats of tools/lib/web-pages-formats*.ts). Splits A–V are developed against (A first, then B, and
// C to V, each written blind and held out before the next; V, with its 公益广告 slogans, embedded
// 视频号/小程序 cards, 新闻热线 blocks and e-paper 上一期/下一期 buttons, is the last of them); split W
// is held out: written blind, without reading A–V or the pipeline, on articles of its own (every
// other one of what M held), with page kinds of its own (a 刊发 line naming the paper, issue day and
// page that printed the story first, above or after a portal or reprint page's text; a 免责/版权声明
// after a reprint's or WeChat post's text; a 往年今日 box of the site's stories of the same day in
// earlier years; an e-paper page's 分类广告 notices before its first story or after its last) besides
// its own wording of the earlier splits' kinds, its failures printed only when it is asked for
// alone. The default run prints all twenty-three side by side.
import { runMain } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

runMain(() => runWebEval(process.argv.slice(2)));
