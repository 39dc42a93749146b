import { defineConfig } from 'vitest/config';

// Unit, golden and other Node-side tests. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node',
		// Several tests open DuckDB (node-api and the wasm build) or run whole-dataset checks; on a busy 2-core CI
		// machine 5 s is not enough for them. Timings are never asserted.
		testTimeout: 30_000
	}
});
