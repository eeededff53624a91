/** The Meilisearch adapter; its modules live in `./meilisearch/`. */
export {
	openMeilisearchBackend,
	toMeilisearchQuery,
	type MeilisearchBackendOptions,
} from './meilisearch/index.ts';
