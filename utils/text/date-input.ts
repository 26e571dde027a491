/** The hour of the day a follow-up reminder for a chosen date goes off (local time). */
export const REMINDER_HOUR = 8;

/** A date input's value (`YYYY-MM-DD`, the local calendar day) for a timestamp. */
export function toDateInput(at: number | undefined): string {
  if (at === undefined) return '';
  const day = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * The timestamp for a date input's value: that local day at REMINDER_HOUR,
 * so the reminder greets the teacher in the morning. Undefined when empty or
 * not a real date.
 */
export function fromDateInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day, REMINDER_HOUR, 0, 0);
  return date.getMonth() === month && date.getDate() === day ? date.getTime() : undefined;
}
