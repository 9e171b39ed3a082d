import { distance } from 'fastest-levenshtein';
import { looseName } from './naming/loose-name.js';

/**
 * The candidates closest to `name`, best first: those equal but for case and separators, then
 * those within a small edit distance. Empty when nothing is close enough to be a likely typo.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const loose = looseName(name);
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const candidateLoose = looseName(candidate);
    if (candidateLoose === loose) {
      scored.push({ candidate, score: 0 });
      continue;
    }
    const allowed = maxTypoDistance(Math.max(loose.length, candidateLoose.length));
    // The edit distance is at least the difference in length: most candidates end here.
    if (Math.abs(loose.length - candidateLoose.length) > allowed) continue;
    const d = distance(loose, candidateLoose);
    if (d <= allowed) scored.push({ candidate, score: d });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** Edits that still look like a typo: none for one letter, 1 for two, then a third of the length (at least 2). */
const maxTypoDistance = (length: number): number => (length <= 2 ? length - 1 : Math.max(2, Math.floor(length / 3)));

/** " (did you mean `a`?)", or "" when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const [best] = closestNames(name, candidates, 1);
  return best === undefined ? '' : ` (did you mean \`${best}\`?)`;
}
