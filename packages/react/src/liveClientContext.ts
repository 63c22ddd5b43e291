'use client';
import type { LiveSource } from '@tiktok-live-rx/core';
import { createContext } from 'react';

/** Carries the `LiveClient` (or any `LiveSource`) from `TikTokLiveProvider` to the hooks. Internal: use the provider. */
export const LiveClientContext = createContext<LiveSource | undefined>(undefined);
LiveClientContext.displayName = 'TikTokLiveClient';
