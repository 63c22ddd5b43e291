'use client';
import type { LiveClient } from '@tiktok-live-rx/core';
import { createContext } from 'react';

/** Carries the `LiveClient` from `TikTokLiveProvider` to the hooks. Internal: use the provider. */
export const LiveClientContext = createContext<LiveClient | undefined>(undefined);
LiveClientContext.displayName = 'TikTokLiveClient';
