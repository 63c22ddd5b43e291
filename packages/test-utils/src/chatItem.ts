/** A v2 chat item as the service sends it, from user `n` (`user<n>`, id `100<n>`). */
export function chatItem(comment: string, n = 1): { type: string; data: Record<string, unknown> } {
  return {
    type: 'WebcastChatMessage',
    data: { comment, user: { userId: String(1000 + n), uniqueId: `user${n}`, nickname: `User ${n}` } },
  };
}
