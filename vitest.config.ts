import { defineConfig } from 'vitest/config';

// Unit, golden and other Node-side tests. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node'
	}
});
