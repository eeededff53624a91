// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

/**
 * Server-rendered site: every page reads the search backend at request time, so a re-index is
 * live without a rebuild. Serve the build with `npm run serve` (scripts/serve.ts; HOST/PORT env).
 * @see https://docs.astro.build/en/guides/integrations-guide/node/
 */
export default defineConfig({
	output: 'server',
	adapter: node({ mode: 'standalone' }),
	server: { port: 4321, host: true },
	// Forms must work without JavaScript; GET forms need no origin check, POST is not used.
	security: { checkOrigin: true },
	devToolbar: { enabled: false },
	vite: {
		// Native addons and node:sqlite stay outside the bundle.
		ssr: { external: ['nodejieba', '@xenova/transformers', 'sharp', 'onnxruntime-node'] },
	},
});
