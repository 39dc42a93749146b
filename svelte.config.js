import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered (see src/routes/+layout.ts); no SPA fallback.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		typescript: {
			// The generated include already covers src/** and tests/**; add the root configs.
			config(tsconfig) {
				tsconfig.include.push('../svelte.config.js', '../vitest.config.ts', '../vitest.e2e.config.ts');
			}
		}
	}
};

export default config;
