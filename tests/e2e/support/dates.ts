/** One day in milliseconds. */
export const DAY = 86_400_000;

/** A date input's value for a day relative to today, as the teacher would pick it. */
export function dateInputDay(offset: number): string {
  const date = new Date(Date.now() + offset * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day as an item shows it in English ("11 Dec"), with the year only when it is not this year's. */
export function shortDay(at: Date): string {
  const sameYear = at.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at);
}
