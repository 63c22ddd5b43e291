/** Why a connection was refused by the limits. */
export type LimitRefusal = 'account' | 'jwt' | 'rate';

/**
 * Counts open sockets per account and per JWT, and connect attempts per second
 * per account (PROTOCOL.md §6.3): exceeding any → 4429.
 */
export interface ConnectionLimits {
  /** Records a connect attempt (rate limit) and says whether one more socket fits. */
  check(account: number, jwt?: { id: string; max: number }): LimitRefusal | undefined;
  /** Counts an accepted socket. */
  acquire(account: number, jwtId?: string): void;
  /** Releases a counted socket. */
  release(account: number, jwtId?: string): void;
}

/** Creates the limit counters. */
export function createConnectionLimits(options: { maxPerAccount: number; maxConnectsPerSecond: number }): ConnectionLimits {
  const byAccount = new Map<number, number>();
  const byJwt = new Map<string, number>();
  const attempts = new Map<number, number[]>();
  return {
    check(account, jwt) {
      const now = Date.now();
      if (Number.isFinite(options.maxConnectsPerSecond)) {
        const recent = (attempts.get(account) ?? []).filter((t) => now - t < 1000);
        recent.push(now);
        attempts.set(account, recent);
        if (recent.length > options.maxConnectsPerSecond) return 'rate';
      }
      if ((byAccount.get(account) ?? 0) >= options.maxPerAccount) return 'account';
      if (jwt && (byJwt.get(jwt.id) ?? 0) >= jwt.max) return 'jwt';
      return undefined;
    },
    acquire(account, jwtId) {
      byAccount.set(account, (byAccount.get(account) ?? 0) + 1);
      if (jwtId) byJwt.set(jwtId, (byJwt.get(jwtId) ?? 0) + 1);
    },
    release(account, jwtId) {
      byAccount.set(account, Math.max(0, (byAccount.get(account) ?? 0) - 1));
      if (jwtId) {
        const left = (byJwt.get(jwtId) ?? 0) - 1;
        if (left > 0) byJwt.set(jwtId, left);
        else byJwt.delete(jwtId);
      }
    },
  };
}
