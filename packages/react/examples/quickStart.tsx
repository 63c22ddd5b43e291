/**
 * Renders <LivePanel> with react-dom into a happy-dom document, against the local simulator,
 * and prints the panel's text every second for eight seconds.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx examples/quickStart.tsx
 *
 * In a real app you skip the happy-dom part and pass a JWT provider that calls your backend.
 */
import { Window } from 'happy-dom';

// A browser-like global environment for react-dom in Node (a real app has one already).
const window = new Window();
Object.assign(globalThis, { window, document: window.document, navigator: window.navigator, HTMLElement: window.HTMLElement });

const { createSimulator } = await import('@tiktok-live-rx/simulator');
const { StrictMode, createElement } = await import('react');
const { createRoot } = await import('react-dom/client');
const { createLiveClient, TikTokLiveProvider } = await import('@tiktok-live-rx/react');
const { LivePanel } = await import('./App.js');

const sim = await createSimulator({ seed: 42 });
// Browser-style auth: a short-lived JWT per connect attempt (here minted by the simulator;
// in production, fetch it from your backend, which holds the API key).
const client = createLiveClient({
  url: sim.wsUrl,
  jwt: ({ uniqueId }) => sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 1 } }),
});

const container = window.document.createElement('div');
window.document.body.append(container);
const root = createRoot(container as unknown as Element);
root.render(
  createElement(StrictMode, null, createElement(TikTokLiveProvider, { client }, createElement(LivePanel, { creator: '@tv_asahi_news' }))),
);

const timer = setInterval(() => console.log(container.innerText.replaceAll('\n', ' | ')), 1000);
setTimeout(async () => {
  clearInterval(timer);
  root.unmount();
  client.close();
  await sim.close();
  await window.happyDOM.close();
}, 8000);
