/**
 * A name with case and separators removed: `User Signs Up`, `user_signs_up` and `userSignsUp` all
 * become `usersignsup`. Two names with the same loose name are the drift the plan exists to stop.
 */
export const looseName = (name: string): string => name.toLowerCase().replace(/[\s_\-.]+/gu, '');
