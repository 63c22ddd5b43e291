// The chat app reading the snapshot store as a binding does (useSyncExternalStore's contract):
// what a binding adds is measured against this, since a binding bridges the store.
import { createLiveClient } from '@tiktok-live-rx/core';

const client = createLiveClient({ jwt: async ({ uniqueId }) => (await fetch(`/api/jwt?for=${uniqueId}`)).text() });
const live = client.live('some_creator');
live.chat$.subscribe((message) => console.log(message.user?.nickname, message.comment));
live.store.subscribe(() => console.log(live.store.getSnapshot().status, live.store.getSnapshot().recentChat.length));
