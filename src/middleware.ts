import { defineMiddleware } from 'astro:middleware';
import { withReasonPhrase } from './lib/site/status-text.ts';

/** Every response carries the reason phrase of its status (`404 Not Found`, never `404 OK`). */
export const onRequest = defineMiddleware(async (_context, next) => withReasonPhrase(await next()));
