import type { WeatherBox } from '../schema/tail-notices.ts';
import { alternation } from '../schema/media-words.ts';
import type { SourceLine } from './types.ts';
import { oncePer } from '../once-per.ts';

// A weather box a site or account prints under a post's text, whatever its wording: a short label
// (天气预报, 今日天气) over rows of days, each opening with its date and holding the sky and the
// temperatures. The days run from the post's day on, so no date tells it from the text: its shape does.

/** A day opening a row: a date with or without its year, or a day named relative to today. */
const DAY =
	/^(?:(?:\d{4}\s*[年./-]\s*)?\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?|(?:今|明|后)(?:天|日)|今[夜晚]|(?:星期|周)[一二三四五六日天])/;
/** A temperature: figures and a degree sign or 摄氏度. */
const TEMPERATURE = /-?\d{1,2}\s*(?:℃|°C|°|摄氏度)/;
/** A sentence's close: no row of a box holds one. */
const SENTENCE = /[。！？!?]/;

const sky = oncePer((box: WeatherBox) => new RegExp(alternation(box.skyWords)));

/** True for a row of a weather box: a day first, the sky and a temperature, no sentence's close. */
export function isWeatherRow(text: string, box: WeatherBox | undefined): boolean {
	return (
		box !== undefined &&
		text.length <= box.maxRow &&
		DAY.test(text) &&
		TEMPERATURE.test(text) &&
		sky(box).test(text) &&
		!SENTENCE.test(text)
	);
}

/** True for a weather box's label: a short line naming the weather (天气预报, 出行看天气, 气象台发布). */
function isWeatherLabel(text: string, box: WeatherBox): boolean {
	return (
		text.length <= box.maxLabel &&
		!/[，。；！？,;]/.test(text) &&
		box.labelWords.some((w) => text.includes(w))
	);
}

/**
 * The line numbers of the weather boxes among `lines`: each run of rows (`isWeatherRow`) with the
 * label right over it, unless the line over the box leads into it with a colon (`预报如下：`): then the
 * rows are the text's own forecast.
 */
export function weatherBoxLines(lines: SourceLine[], box: WeatherBox | undefined): Set<number> {
	const out = new Set<number>();
	if (box === undefined) return out;
	for (let i = 0; i < lines.length; i++) {
		if (!isWeatherRow(lines[i]!.text, box)) continue;
		let start = i;
		while (start > 0 && isWeatherRow(lines[start - 1]!.text, box)) start--;
		if (start < i) continue;
		let end = i;
		while (end + 1 < lines.length && isWeatherRow(lines[end + 1]!.text, box)) end++;
		if (start > 0 && isWeatherLabel(lines[start - 1]!.text, box)) start--;
		if (start > 0 && /[:：]\s*$/.test(lines[start - 1]!.text)) continue;
		for (let j = start; j <= end; j++) out.add(lines[j]!.line);
		i = end;
	}
	return out;
}
