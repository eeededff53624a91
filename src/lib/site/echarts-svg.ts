import * as echarts from 'echarts';

/** Renders an ECharts option on the server as an SVG string of `width` × `height`, without animation. */
export function renderEchartsSvg(
	option: echarts.EChartsCoreOption,
	width: number,
	height: number,
): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ animation: false, ...option });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
