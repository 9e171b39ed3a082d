import { relative } from 'node:path';
import { painter } from './paint.js';
import { visibleText, type Diagnostic } from '@trackplan/schema';

/** `path:line:column: error: message`, the form editors and CI logs turn into links. */
export function formatDiagnostic(diagnostic: Diagnostic, cwd: string, color: boolean): string {
  const paint = painter(color);
  const { file, line, column } = diagnostic.location;
  const where = paint('bold', `${displayPath(file, cwd)}:${line}:${column}`);
  const severity = diagnostic.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
  return `${where}: ${severity}: ${visibleText(diagnostic.message)}`;
}

/** Relative to the working directory when the file is below it; absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return visibleText(rel === '' || rel.startsWith('..') ? file : rel);
}

export const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;
