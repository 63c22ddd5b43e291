/**
 * Test helper: every message currently stored in a stream (optionally filtered), read
 * with an ordered consumer from the first sequence.
 */
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { decodeBody } from '../relayWire.js';

/** One stored message. */
export interface StoredMessage {
  readonly seq: number;
  readonly subject: string;
  readonly msgId: string | undefined;
  readonly body: unknown;
}

/** Reads `stream` from the start up to its last message now. */
export async function readStream(nc: NatsConnection, stream: string, filter?: string): Promise<StoredMessage[]> {
  const js = jetstream(nc);
  const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.All, ...(filter ? { filter_subjects: filter } : {}) });
  const info = await consumer.info(true);
  const out: StoredMessage[] = [];
  if (info.num_pending === 0) return out;
  const messages = await consumer.consume();
  for await (const message of messages) {
    out.push({ seq: message.seq, subject: message.subject, msgId: message.headers?.get('Nats-Msg-Id') || undefined, body: decodeBody(message.data) });
    if (message.info.pending === 0) break;
  }
  await messages.close();
  return out;
}

/** The `common.msgId` of a relayed TikTok item. */
export function tiktokMsgId(message: StoredMessage): string | undefined {
  return (message.body as { common?: { msgId?: string } } | undefined)?.common?.msgId;
}

/** How many `common.msgId`s occur more than once. */
export function countDuplicates(messages: readonly StoredMessage[]): number {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const message of messages) {
    const id = tiktokMsgId(message);
    if (id === undefined) continue;
    if (seen.has(id)) duplicates++;
    seen.add(id);
  }
  return duplicates;
}
