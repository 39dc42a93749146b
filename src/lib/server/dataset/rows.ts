// Moved to src/lib/dataset/rows.ts (pure, shared with the browser loader); re-exported for Node code.
export * from '../../dataset/rows';
