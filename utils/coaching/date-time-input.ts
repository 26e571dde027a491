/**
 * A visit's date and time in a `datetime-local` field (`YYYY-MM-DDTHH:MM`,
 * local time), which is what a tablet's date and time pickers fill in.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The field's value for a timestamp; empty for none. */
export function toDateTimeInput(at: number | undefined): string {
  if (at === undefined) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The timestamp of a field's value; undefined when empty or not a real moment. */
export function fromDateTimeInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hours, minutes);
  return date.getMonth() === month - 1 && date.getDate() === day ? date.getTime() : undefined;
}
