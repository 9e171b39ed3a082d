type Style = 'red' | 'yellow' | 'green' | 'bold' | 'dim';

// ANSI codes (open, close). util.styleText would do, but on some Node versions it also checks the
// stream and env itself; whether to colour is decided once, by wantsColor.
const CODES: Record<Style, [number, number]> = { red: [31, 39], yellow: [33, 39], green: [32, 39], bold: [1, 22], dim: [2, 22] };

/** Styles text when colour is on; the identity otherwise, so piped output stays plain. */
export const painter =
  (color: boolean) =>
  (style: Style, text: string): string =>
    color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text;
