// Moved to src/lib/dataset/columns.ts (pure, shared with the browser loader); re-exported for Node code.
export * from '../../dataset/columns';
