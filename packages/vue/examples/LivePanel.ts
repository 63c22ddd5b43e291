/**
 * A small live panel: status, room title, viewers, the last chat lines, finished gift streaks
 * and a diamond total. Written with a render function so it runs without an SFC compiler; in
 * an app you would use a .vue file with the same setup. `quickStart.ts` mounts it against the
 * local simulator.
 */
import { computed, defineComponent, h, ref } from 'vue';
import { useLiveEvent, useLiveEvents, useTikTokLive } from '@tiktok-live-rx/vue';

export const LivePanel = defineComponent({
  props: { creator: { type: String, required: true } },
  setup(props) {
    const { status, roomInfo, viewerCount, likeTotal, recentChat, error, connection, reconnect } = useTikTokLive(() => props.creator, {
      onStreamEnd: () => console.log(`${props.creator}'s stream ended`),
    });
    // One final gift per streak.
    const gifts$ = computed(() => connection.value?.giftFinal$);
    const recentGifts = useLiveEvents(gifts$, { limit: 5 });
    const diamonds = ref(0);
    useLiveEvent(gifts$, (gift) => (diamonds.value += gift.totalDiamonds));

    return () =>
      status.value === 'error'
        ? h('p', [error.value?.message, ' ', h('button', { onClick: reconnect }, 'Retry')])
        : h('section', [
            h('h2', `${roomInfo.value?.raw?.title ?? props.creator} (${status.value})`),
            h('p', `${viewerCount.value ?? '–'} viewers · ${likeTotal.value ?? 0} likes · ${diamonds.value} diamonds`),
            h('ul', recentChat.value.slice(-5).map((m, i) => h('li', { key: m.common?.msgId ?? i }, `${m.user?.nickname}: ${m.content}`))),
            h('p', recentGifts.value.map((g) => `${g.repeatCount}× ${g.message.gift?.name ?? 'gift'}`).join(' · ')),
          ]);
  },
});
