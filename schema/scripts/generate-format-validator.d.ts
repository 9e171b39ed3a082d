/** The generated validator module's text, as the script would write it. */
export function formatValidatorModule(): string;
