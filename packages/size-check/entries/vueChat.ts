// The same app with the Vue binding: the plugin and useTikTokLive (vue itself is not counted).
import { createApp, defineComponent, h } from 'vue';
import { TikTokLivePlugin, useTikTokLive } from '@tiktok-live-rx/vue';

const Chat = defineComponent({
  setup() {
    const live = useTikTokLive('some_creator');
    return () => h('ul', live.recentChat.value.map((m, i) => h('li', { key: i }, m.comment)));
  },
});

createApp(Chat)
  .use(TikTokLivePlugin, { options: { jwt: async ({ uniqueId }: { uniqueId: string }) => (await fetch(`/api/jwt?for=${uniqueId}`)).text() } })
  .mount('body');
