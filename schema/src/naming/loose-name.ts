/**
 * A name with case and separators removed: `User Signs Up`, `user_signs_up` and `userSignsUp` all
 * become `usersignsup`. Two names with the same loose name are the drift the plan exists to stop.
 */
export function looseName(name: string): string {
  let loose = seen.get(name);
  if (loose === undefined) {
    // Plan names are asked for again and again (every unknown name is compared with all of them).
    if (seen.size >= MAX_REMEMBERED) seen.clear();
    seen.set(name, (loose = name.toLowerCase().replace(/[\s_\-.]+/gu, '')));
  }
  return loose;
}

const MAX_REMEMBERED = 100_000;
const seen = new Map<string, string>();
