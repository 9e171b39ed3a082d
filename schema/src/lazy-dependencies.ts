import { createRequire } from 'node:module';
import type * as Momoa from '@humanwhocodes/momoa';
import type * as JsYaml from 'js-yaml';
import type * as Re2js from 're2js';
import type * as Yaml from 'yaml';

/*
 * Libraries needed only on some paths, loaded the first time they are used. Each costs 2–20 ms to
 * import, paid by every ESLint process and worker; a lint run whose plan comes from the load cache
 * needs none of them (js-yaml parses, yaml and momoa give positions for messages, re2js matches plan patterns). They are CommonJS to Node (or ship a CommonJS build), so `require` loads them at once.
 *
 * The action's bundle cannot follow createRequire: github-action/build.js removes the line below,
 * which leaves plain require() calls that esbuild bundles (and still runs on first use).
 */
const require = createRequire(import.meta.url);

let jsYamlModule: typeof JsYaml | undefined;
let yamlModule: typeof Yaml | undefined;
let momoaModule: typeof Momoa | undefined;
let re2jsModule: typeof Re2js | undefined;

export const jsYaml = (): typeof JsYaml => (jsYamlModule ??= require('js-yaml') as typeof JsYaml);
export const yaml = (): typeof Yaml => (yamlModule ??= require('yaml') as typeof Yaml);
export const momoa = (): typeof Momoa => (momoaModule ??= require('@humanwhocodes/momoa') as typeof Momoa);
export const re2js = (): typeof Re2js => (re2jsModule ??= require('re2js') as typeof Re2js);
