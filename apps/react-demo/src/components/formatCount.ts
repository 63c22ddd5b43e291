const formatter = new Intl.NumberFormat('en');

/** `12345` → `12,345`. */
export function formatCount(value: number): string {
  return formatter.format(value);
}
