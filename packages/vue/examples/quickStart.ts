/**
 * Mounts <LivePanel> into a happy-dom document against the local simulator and prints the
 * panel's text every second for eight seconds.
 *
 *   node --conditions=@tiktok-live-rx/source --import tsx examples/quickStart.ts
 *
 * In a real app you skip the happy-dom part and pass a JWT provider that calls your backend.
 */
import { Window } from 'happy-dom';

// A browser-like global environment for Vue's DOM renderer in Node (a real app has one already).
const window = new Window();
Object.assign(globalThis, { window, document: window.document, navigator: window.navigator, SVGElement: window.SVGElement, Element: window.Element });

const { createSimulator } = await import('@tiktok-live-rx/simulator');
const { createApp, h } = await import('vue');
const { TikTokLivePlugin } = await import('@tiktok-live-rx/vue');
const { LivePanel } = await import('./LivePanel.js');

const sim = await createSimulator({ seed: 42 });
const app = createApp({ render: () => h(LivePanel, { creator: '@tv_asahi_news' }) }).use(TikTokLivePlugin, {
  // Browser-style auth: a short-lived JWT per connect attempt (here minted by the simulator;
  // in production, fetch it from your backend, which holds the API key).
  options: {
    url: sim.wsUrl,
    jwt: ({ uniqueId }) => sim.createJwt({ expireAfter: 60, websockets: { allowedCreators: [uniqueId], maxWebSockets: 1 } }),
  },
});
const container = window.document.createElement('div');
window.document.body.append(container);
app.mount(container as unknown as Element);

const timer = setInterval(() => console.log(container.innerText.replaceAll('\n', ' | ')), 1000);
setTimeout(async () => {
  clearInterval(timer);
  app.unmount(); // also closes the client the plugin created
  await sim.close();
  await window.happyDOM.close();
}, 8000);
