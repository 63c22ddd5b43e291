/**
 * Bench client, run in a child process so the simulator and the client do not
 * share a core. It parses every frame (as a real client would) and counts items.
 * Modes:
 *   single <url>                     one socket
 *   many <wsBase> <apiKey> <n> <creators>   n sockets spread over creators bench_0..bench_{creators-1}
 * Parent → child IPC: 'report' → { items, frames, bytes, open, errors, closes }.
 */
import WebSocket from 'ws';

const [mode, ...rest] = process.argv.slice(2);
let items = 0;
let frames = 0;
let bytes = 0;
let open = 0;
let errors = 0;
const closes: Record<string, number> = {};

function attach(ws: WebSocket): void {
  ws.on('open', () => open++);
  ws.on('message', (data: Buffer) => {
    frames++;
    bytes += data.length;
    const parsed = JSON.parse(data.toString()) as { messages?: unknown[] };
    items += Array.isArray(parsed.messages) ? parsed.messages.length : 1;
  });
  ws.on('error', () => errors++);
  ws.on('close', (code) => {
    open--;
    closes[code] = (closes[code] ?? 0) + 1;
  });
}

const sockets: WebSocket[] = [];
if (mode === 'single') {
  const ws = new WebSocket(rest[0] as string, { perMessageDeflate: false });
  sockets.push(ws);
  attach(ws);
} else if (mode === 'many') {
  const [base, apiKey, n, creators] = rest as [string, string, string, string];
  for (let i = 0; i < Number(n); i++) {
    const ws = new WebSocket(`${base}/?uniqueId=bench_${i % Number(creators)}&apiKey=${apiKey}&features.closeInactiveWebSocketAfter=3600`, { perMessageDeflate: false });
    sockets.push(ws);
    attach(ws);
  }
} else {
  process.stderr.write('usage: client.ts single <url> | many <wsBase> <apiKey> <n> <creators>\n');
  process.exit(2);
}

process.on('message', (msg) => {
  if (msg === 'report') {
    const mem = process.memoryUsage();
    process.send?.({ items, frames, bytes, open, errors, closes, cpu: process.cpuUsage(), rss: mem.rss });
  } else if (msg === 'exit') {
    for (const ws of sockets) ws.terminate();
    process.disconnect();
    process.exit(0);
  }
});
