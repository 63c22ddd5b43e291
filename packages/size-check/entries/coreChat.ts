// The smallest real app: one creator's chat in the browser (JWT from your backend).
import { createLiveClient } from '@tiktok-live-rx/core';

const client = createLiveClient({ jwt: async ({ uniqueId }) => (await fetch(`/api/jwt?for=${uniqueId}`)).text() });
client.live('some_creator').chat$.subscribe((message) => console.log(message.user?.nickname, message.comment));
