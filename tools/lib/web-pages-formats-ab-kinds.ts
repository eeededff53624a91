import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's own page kinds (written blind): 网站纠错 box, visit counter, 投票 card, login box. */
export const AB_KINDS: Pick<CodeFormats, 'errorReport' | 'visitCounter' | 'voteCard' | 'loginBox'> =
	{
		errorReport: {
			rate: 0.14,
			boxes: [
				'【我要纠错】\n本页内容如有错漏，欢迎指正。纠错电话：0{n}',
				'网站纠错  |  发现错别字、链接失效或信息过期，请点此反馈',
				'纠错反馈\n请描述您发现的问题：\n联系方式（选填）：\n提 交    重 置',
				'页面纠错：如发现本页信息有误，请发送邮件至 jiucuo{n}@{place}.gov.cn',
			],
		},
		visitCounter: {
			rate: 0.16,
			aboveFooter: 0.3,
			counters: [
				'您是本站第 {n} 位访问者',
				'今日访问量：{n}    累计访问量：{n}',
				'本站访问统计：总访问 {n} 人次 | 本月 {n} 人次',
				'访问人数 {n}',
				'当前在线 {nn} 人  今日浏览 {n} 次',
			],
		},
		voteCard: {
			rate: 0.12,
			heads: [
				'投票｜您对{place}这项工作满意吗？（单选）\n已有 {votes} 人参与',
				'参与投票 · 您最关心哪一项民生实事？\n{votes}人已投票',
				'【网络投票】你最期待哪项便民举措落地？（{votes}人参与）',
			],
			options: [
				['非常满意', '比较满意', '一般', '不满意'],
				['教育', '医疗', '养老', '交通出行', '就业'],
				['口袋公园', '老旧小区改造', '农村公路提档', '便民菜市场'],
			],
			optionLines: ['○ {option}  {count}票', '{option}  ({count})', '□ {option}……{count}票'],
			closes: ['投票截止：{close}', '本次投票将于{close}结束', '截止时间 {close}'],
			closeDates: ['YYYY年M月D日', 'YYYY-MM-DD HH:mm', 'M月D日 HH:mm'],
			days: [3, 20],
		},
		loginBox: {
			rate: 0.2,
			boxes: [
				'会员登录\n用户名：\n密  码：\n验证码：    看不清？换一张\n登录  注册  忘记密码',
				'数字报登录 | 免费注册 | 找回密码',
				'账号：        密码：        [登 录]\n还没有账号？立即注册',
				'读者登录\n手机号/用户名\n请输入密码\n记住我  忘记密码？\n登录',
			],
		},
	};
