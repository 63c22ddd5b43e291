/**
 * Benchmark server (runs in its own child process so its CPU is not measured):
 * a plain `ws` server on 127.0.0.1 that, on the parent's `burst` command, pushes
 * N precomputed bundles to every connected socket, then a `bench.done` item.
 * Every bundle of a burst is distinct (`argv[2]` bundles are precomputed, one per
 * frame of a burst), so no msgId repeats within a run and the client's msgId
 * de-duplication drops nothing: every scenario does the full work. `argv[3]`
 * `v3` sends v3 field names (and says so in the session's first item, workerInfo).
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { DONE_FRAME, createBundles, workerInfoFrame, type BenchSchema } from './frames.js';

type Command = { cmd: 'burst'; frames: number } | { cmd: 'stop' };

const schema: BenchSchema = process.argv[3] === 'v3' ? 'v3' : 'v2';
const bundles = createBundles(Math.max(1, Number(process.argv[2] ?? 200)), schema);
const sockets = new Set<WebSocket>();
const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });

server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  // As the service does: the session starts with workerInfo, which echoes the schema.
  socket.send(workerInfoFrame(schema));
  process.send?.({ event: 'connected', sockets: sockets.size });
});

server.on('listening', () => {
  const address = server.address();
  process.send?.({ event: 'listening', port: typeof address === 'object' && address !== null ? address.port : 0, bytes: bundles.reduce((n, b) => n + b.length, 0) / bundles.length });
});

process.on('message', (message: Command) => {
  if (message.cmd === 'stop') {
    for (const socket of sockets) socket.terminate();
    server.close(() => process.exit(0));
    return;
  }
  for (const socket of sockets) {
    for (let i = 0; i < message.frames; i++) socket.send(bundles[i % bundles.length]!);
    socket.send(DONE_FRAME);
  }
});
