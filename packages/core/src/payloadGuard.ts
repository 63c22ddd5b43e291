/**
 * TikTok payload types come from `tiktok-live-connector` (AGPL-3.0; type-only imports, a
 * required peer dependency). A project without it that sets `skipLibCheck` (the Vite
 * default) would see every one of them silently become `any`. {@link Payload} turns that
 * `any` into {@link PayloadTypesMissing}, so reading a payload fails to compile with a
 * message that says what to install, instead of accepting anything.
 */

/** What a payload is typed as when `tiktok-live-connector` is not installed: nothing can be read from it. */
export interface PayloadTypesMissing {
  readonly 'TikTok payload types missing: npm install tiktok-live-connector (types only, AGPL-3.0)': never;
}

/** `T`, or {@link PayloadTypesMissing} when `T` is `any` (its type package did not resolve). */
export type Payload<T> = 0 extends 1 & T ? PayloadTypesMissing : T;
