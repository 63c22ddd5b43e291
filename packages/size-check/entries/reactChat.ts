// The same app with the React binding: a provider and useTikTokLive (react itself is not counted).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { TikTokLiveProvider, useTikTokLive } from '@tiktok-live-rx/react';

function Chat() {
  const live = useTikTokLive('some_creator');
  return createElement('ul', null, live.recentChat.map((m, i) => createElement('li', { key: i }, m.comment)));
}

createRoot(document.body).render(
  createElement(TikTokLiveProvider, { options: { jwt: async ({ uniqueId }) => (await fetch(`/api/jwt?for=${uniqueId}`)).text() } }, createElement(Chat)),
);
