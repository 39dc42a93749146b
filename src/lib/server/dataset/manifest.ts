// Moved to src/lib/dataset/manifest.ts (pure, shared with the browser loader); re-exported for Node code.
export * from '../../dataset/manifest';
