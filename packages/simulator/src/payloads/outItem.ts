import type { WireItem } from '@tiktok-live-rx/protocol';
import { translateSchema } from './translateSchema.js';
import { usersOf, type SimEvent, type SimMeta, type SimUser } from './simEvent.js';
import { toV2Item } from './v2.js';
import { toV3Item } from './v3.js';

/** The two JSON schemas the simulator serialises to (`v1` sockets get v2). */
export type WireSchema = 'v2' | 'v3';

/** One item on its way out, rendered lazily (and once) per schema. */
export interface OutItem {
  /** True for TikTok messages (they reset the 4006 inactivity timer); false for custom items. */
  readonly tiktok: boolean;
  /** Users the item mentions (synthetic presence). */
  readonly users: readonly SimUser[];
  /** The wire item in `schema`. */
  render(schema: WireSchema): WireItem;
}

/** A generated TikTok event with its assigned envelope. */
export function eventItem(event: SimEvent, meta: SimMeta): OutItem {
  return memo(true, usersOf(event), (schema) => (schema === 'v3' ? toV3Item(event, meta) : toV2Item(event, meta)));
}

/** A custom (non-TikTok) item: the same data in every schema. */
export function customItem(type: string, data: unknown): OutItem {
  const item: WireItem = { type, data };
  return { tiktok: false, users: [], render: () => item };
}

/** Injected data given in `schema`, translated for sockets using the other one. */
export function injectedItem(type: string, data: unknown, schema: WireSchema, tiktok: boolean, users: SimUser[]): OutItem {
  return memo(tiktok, users, (target) => ({ type, data: translateSchema(type, data, schema, target) }));
}

function memo(tiktok: boolean, users: readonly SimUser[], make: (schema: WireSchema) => WireItem): OutItem {
  let v2: WireItem | undefined;
  let v3: WireItem | undefined;
  return {
    tiktok,
    users,
    render: (schema) => (schema === 'v3' ? (v3 ??= make('v3')) : (v2 ??= make('v2'))),
  };
}
