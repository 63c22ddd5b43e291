'use client';
import { useInsertionEffect, useRef } from 'react';

/**
 * A ref that always holds the value of the latest committed render, so effects can call
 * the newest callback without listing it as a dependency (an inline handler then never
 * resubscribes). Written in an insertion effect: it runs before any layout or passive
 * effect of the same commit, and never during render (render may be thrown away).
 */
export function useLatestRef<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
