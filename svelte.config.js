import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered (see src/routes/+layout.ts); no SPA fallback.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// DESIGN.md §8: a strict Content-Security-Policy, written into every prerendered page as a <meta> (a static host
		// sends no headers). Scripts only from this origin plus the hashes SvelteKit computes for its inline bootstrap;
		// no connection, image, font or frame from anywhere else, so neither report text nor a crafted URL can make the
		// page load or send anything off-site. 'wasm-unsafe-eval' lets DuckDB-wasm compile its module; workers are this
		// site's files (DuckDB, the report parser). Styles allow inline: Svelte style: directives, ECharts' SVG and
		// CodeMirror set style attributes and elements at run time. PNG export draws an SVG blob into a canvas (img-src
		// blob:). frame-ancestors cannot be set by <meta>, and embedding in other sites' iframes is a feature here.
		// Every page's CSS (≤ 9 KB a file) goes into its HTML: a stylesheet link blocks the first paint until it is fetched
		// (measured on the overview: ~150 ms of its first paint here, bench/first-paint.ts).
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			// The generated include already covers src/** and tests/**; add the root configs.
			config(tsconfig) {
				tsconfig.include.push('../svelte.config.js', '../vitest.config.ts', '../vitest.e2e.config.ts');
			}
		}
	}
};

export default config;
