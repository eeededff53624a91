import { isPublisherValue } from './outlets.ts';

/**
 * A post's author line under its headline: the original-post mark (原创, in brackets or not), the
 * body that wrote the text, and the person who edited it after a dot or a bar
 * (`【原创】某某县融媒体中心 · 王某`). The mark says the body wrote the text, so the line keys it as the
 * source, for the field reader (`labelledMetaForm`).
 */
const ORIGINAL_AUTHOR_LINE =
	/^\s*(?:[[【［]\s*原创\s*[\]】］]|原创)\s*(\S{2,40}?)\s*[·•|｜丨]\s*[\u3400-\u9fff·]{2,5}\s*$/u;

/** `来源：` and the body a post's author line names after its 原创 mark, or undefined. */
export function originalAuthorLine(text: string): string | undefined {
	const name = ORIGINAL_AUTHOR_LINE.exec(text)?.[1];
	return name !== undefined && isPublisherValue(name) ? `来源：${name}` : undefined;
}
