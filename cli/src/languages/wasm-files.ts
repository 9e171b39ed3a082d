/**
 * Where the WebAssembly files are when this code runs from a bundle (the GitHub Action's dist/, whose
 * build replaces this module with the files' paths). Installed from npm, it is undefined and the
 * files are found in their packages.
 */
export const BUNDLED_WASM: Readonly<Record<string, string>> | undefined = undefined;
