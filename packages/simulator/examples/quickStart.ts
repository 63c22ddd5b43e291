/**
 * Runnable README example: node --conditions=@tiktok-live-rx/source --import tsx examples/quickStart.ts
 */
import WebSocket from 'ws';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';

const sim = await createSimulator({ seed: 42 }); // port 0 = any free port
const ws = new WebSocket(`${sim.wsUrl}/?uniqueId=tv_asahi_news&apiKey=${DEMO_API_KEY}`);
ws.on('message', (data) => {
  const frame = JSON.parse(String(data)); // {timestamp, messages: [{type, data}, …]}
  for (const { type, data: msg } of frame.messages) {
    if (type === 'WebcastChatMessage') console.log(`${msg.user.uniqueId}: ${msg.comment}`);
  }
});
ws.on('close', (code, reason) => console.log('closed', code, String(reason)));

setTimeout(() => sim.endStream('tv_asahi_news'), 5000); // ControlMessage 3 → tiktok.disconnect → 4005
setTimeout(() => sim.close(), 6000);
