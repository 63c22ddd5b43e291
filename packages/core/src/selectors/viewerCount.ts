/**
 * The one reading of "how many viewers", shared by the store snapshot, `viewerCount$` and
 * `sessionTotals`: viewer-count messages and room info both count.
 */

/**
 * The viewer count an item carries: `WebcastRoomUserSeqMessage.total` (or v2's `viewerCount`),
 * or room info's `user_count` (`raw.user_count` as the service forwards it). `undefined` for
 * other items and for values that are not finite counts ≥ 0 (int64 counts may be strings).
 *
 * @example
 * live.events$.pipe(map((e) => viewerCountOf(e.type, e.data)), filter((n) => n !== undefined));
 */
export function viewerCountOf(type: string, data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  if (type === 'WebcastRoomUserSeqMessage') {
    const record = data as { total?: unknown; viewerCount?: unknown };
    return toCount(record.total ?? record.viewerCount);
  }
  if (type === 'roomInfo') {
    const info = data as { raw?: { user_count?: unknown } | null; user_count?: unknown };
    const raw = typeof info.raw === 'object' && info.raw !== null ? info.raw : info;
    return toCount(raw.user_count);
  }
  return undefined;
}

/** int64 counts arrive as strings (v3) or numbers (v2). */
function toCount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
