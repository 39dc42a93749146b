import { defineConfig } from 'vitest/config';

// End-to-end tests: serve build/ with tests/e2e/server.ts and drive Debian Chromium via playwright-core.
// Run through `npm run test:e2e`, which builds first.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
