export const BUNDLE_OPTIONS: import('esbuild').BuildOptions;
