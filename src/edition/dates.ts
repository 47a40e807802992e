/** Month names, as the edition prints them. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `[2017, 1, 28]` from `2017-01-28`. */
export function isoDateParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year, month, day];
}

/** `January 28, 2017` from `2017-01-28`: the essay's own form, and the one Chicago prints. */
export function longDate(iso: string): string {
  const [year, month, day] = isoDateParts(iso);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** A date to the precision known, as the editors write it: `1921`, `March 1921`, `20 December 1917`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  return `${day ? `${Number(day)} ` : ''}${MONTHS[Number(month) - 1]} ${year}`;
}
