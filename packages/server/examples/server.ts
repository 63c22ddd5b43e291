import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createJwtHandler, createRoomVideoHandler, toNodeHandler } from '@tiktok-live-rx/server';

const apiKey = process.env.EULER_API_KEY ?? '';
const accountId = Number(process.env.EULER_ACCOUNT_ID);
const restUrl = process.env.EULER_REST_URL; // optional; https://tiktok.eulerstream.com when unset

const jwt = toNodeHandler(
  createJwtHandler({
    apiKey,
    accountId,
    restUrl,
    // Your authorisation: who may watch which creator. Here: anyone, any creator.
    allowCreator: (uniqueId, request) => true,
  }),
);
const roomVideo = toNodeHandler(createRoomVideoHandler({ apiKey, restUrl }));

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/api/jwt') return jwt(req, res);
  if (pathname === '/api/room-video') return roomVideo(req, res);
  res.writeHead(404).end();
});
server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`POST http://127.0.0.1:${(server.address() as AddressInfo).port}/api/jwt {"uniqueId": "…"}`);
});
