/**
 * Characters that can drive a terminal or reorder what a reader sees: C0 and C1 control characters
 * (ESC starts colour, clipboard (OSC 52) and title sequences; BEL rings), DEL, and the bidirectional
 * overrides and isolates that make text display in another order than it is read (U+202A–U+202E,
 * U+2066–U+2069, and the marks U+200E, U+200F, U+061C).
 */
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text from a plan or a server as it may be shown: every such character written out visibly (`\u001b`). */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE_OR_CONTROL, escape);
}

/** Like `visibleText`, but keeping line breaks and tabs (for multi-line output). */
export function visibleLines(text: string): string {
  return text.replace(INVISIBLE_OR_CONTROL, (char) => (char === '\n' || char === '\t' ? char : escape(char)));
}
