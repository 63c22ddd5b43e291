/** `@tiktok-live-rx/core/operators`: composable RxJS operators for live streams. */
export {};
