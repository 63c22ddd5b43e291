const formatter = new Intl.NumberFormat('en');

/** `12345` → `12,345`. */
export function formatCount(value: number): string {
  return formatter.format(value);
}

/** `plural(1, 'gift')` → `1 gift`, `plural(2, 'gift')` → `2 gifts` (counts formatted). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`;
}
