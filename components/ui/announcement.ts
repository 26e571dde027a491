/** Appended to a message said twice in a row, so its text changes and it is said again. */
const REPEAT_MARK = '\u00a0';

/**
 * The text the live region shows next. Screen readers speak a polite live
 * region only when its text changes, so a message equal to the one shown
 * (a second save, the same insert result) gets a trailing no-break space,
 * which nobody hears, and loses it the time after.
 */
export function nextAnnouncement(shown: string, message: string): string {
  if (message === '') return '';
  return shown === message ? `${message}${REPEAT_MARK}` : message;
}
