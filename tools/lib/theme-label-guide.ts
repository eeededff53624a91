import type { ThemeConfig } from '../../src/lib/schema/themes-yaml.ts';

/**
 * The careful reader's general conventions (../shared/dev/README.md, "Labelling conventions"),
 * stated for labellers; each theme's own boundary rules are the sentences after the first of its
 * description in themes.yaml.
 */
const CONVENTIONS = [
	'主题标文章主要报道的工作本身：标题和导语说谁做了什么，就按那件事归类；活动的名目、背景或契机（在…中、围绕…、…开展以来）不决定主题。',
	'两个主题都合适时，按各主题说明中的分界规则选主主题，另一个放入 themes。',
	'疫情防控不是单列主题：社区和村里的防控归基层治理，医疗救治归民生服务，帮企业复工复产归企业服务；同一篇两者都写时按标题和导语的重心归类。',
	'安全事故调查主主题为空，除非主要内容是干部作风或问责（形式主义、迟报瞒报归作风建设）；免职、查处归纪检监察，事故以外对具体干部的撤职、免职和处分也是。',
	'经济或产业综述（产业集群、科技创新）没有一个主题占主导时主主题为空；开发区、园区的发展综述写招商、项目和产业链，归招商引资与项目。',
	'讲述者不决定主题：第一书记、驻村干部或记者的自述，按所讲的事归类。',
];

/** The guide a labeller reads before the texts: the conventions, then every theme's description. */
export function labellingGuide(config: ThemeConfig): string {
	const themes = config.themes.map((t) => `- ${t.id}（${t.label}）：${t.description}`);
	return ['通则：', ...CONVENTIONS.map((c) => `- ${c}`), '', '主题：', ...themes].join('\n');
}
