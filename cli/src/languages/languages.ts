import type { LanguageRecognizer } from './language.js';
import { java } from './java.js';
import { kotlin } from './kotlin.js';
import { python } from './python.js';
import { ruby } from './ruby.js';
import { swift } from './swift.js';

/** The languages read through tree-sitter grammars, one recogniser file each. */
export const LANGUAGES: readonly LanguageRecognizer[] = [swift, kotlin, java, ruby, python];
