/** A position in a plan file, 1-based like every editor and compiler shows it. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type DiagnosticSeverity = 'error' | 'warning';

/** One problem found in a plan: what is wrong, where, and (when obvious) how to fix it. */
export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  readonly location: SourceLocation;
}

export const error = (location: SourceLocation, message: string): Diagnostic => ({
  severity: 'error',
  message,
  location,
});

export const warning = (location: SourceLocation, message: string): Diagnostic => ({
  severity: 'warning',
  message,
  location,
});

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');

/** Orders diagnostics by file, then position, so output is stable whatever order checks ran in. */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.location.file.localeCompare(b.location.file) ||
  a.location.line - b.location.line ||
  a.location.column - b.location.column ||
  a.message.localeCompare(b.message);
