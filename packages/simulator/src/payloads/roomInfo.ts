import type { CreatorInfo, RoomCounters } from '../types.js';

/** Stream pull URLs of a creator, served by the simulator itself. */
export interface StreamUrls {
  hls_sd: string;
  hls_ld: string;
  flv_sd: string;
  flv_ld: string;
}

/** The stream URLs the simulator serves for `uniqueId`. */
export function streamUrls(httpUrl: string, uniqueId: string): StreamUrls {
  const base = `${httpUrl}/media/${encodeURIComponent(uniqueId)}`;
  return {
    hls_sd: `${base}/hls_sd/index.m3u8`,
    hls_ld: `${base}/hls_ld/index.m3u8`,
    flv_sd: `${base}/flv_sd.flv`,
    flv_ld: `${base}/flv_ld.flv`,
  };
}

/**
 * The `roomInfo` item data: `{ raw }` holding a TikTok-style room object
 * (snake_case, like TikTok's room-info response that JAVA reads from
 * `data.raw`, PROTOCOL.md §2.4). The shape beyond `raw` is [I].
 * Ids are strings to avoid int64 precision loss.
 */
export function roomInfoData(creator: CreatorInfo, counters: RoomCounters, urls: StreamUrls, live: boolean, startedAt: number): object {
  const avatar = (size: string) => ({
    uri: `tos-maliva-avt-0068/${creator.userId.slice(-12)}`,
    url_list: [creator.avatarUrl.replace('100x100', size)],
  });
  return {
    raw: {
      id: creator.roomId,
      id_str: creator.roomId,
      status: live ? 2 : 4,
      status_str: live ? 'live' : 'finished',
      title: creator.title,
      create_time: Math.floor(startedAt / 1000),
      start_time: Math.floor(startedAt / 1000),
      user_count: counters.viewers,
      like_count: counters.totalLikes,
      owner_user_id: creator.userId,
      owner: {
        id: creator.userId,
        id_str: creator.userId,
        display_id: creator.uniqueId,
        nickname: creator.nickname,
        sec_uid: `MS4wLjABAAAA${creator.userId.slice(-16)}`,
        bio_description: `${creator.nickname} official`,
        avatar_thumb: avatar('100x100'),
        avatar_medium: avatar('720x720'),
        avatar_large: avatar('1080x1080'),
        follow_info: { follower_count: counters.followers, following_count: 12, follow_status: 0 },
        verified: true,
      },
      stats: {
        total_user: counters.totalViewers,
        like_count: counters.totalLikes,
        share_count: counters.shares,
        follow_count: 0,
        enter_count: counters.totalViewers,
        user_count_composition: { my_follow: 0.12, other: 0.88 },
      },
      cover: { url_list: [creator.avatarUrl.replace('100x100', '720x1280')] },
      stream_url: {
        default_resolution: 'HD1',
        candidate_resolution: ['SD1', 'SD2', 'HD1'],
        hls_pull_url: urls.hls_sd,
        hls_pull_url_map: { HD1: urls.hls_sd, SD1: urls.hls_ld, SD2: urls.hls_sd },
        flv_pull_url: { HD1: urls.flv_sd, SD1: urls.flv_ld, SD2: urls.flv_sd },
        rtmp_pull_url: urls.flv_sd,
      },
      hashtag: { id: 5, title: 'News' },
      room_auth: { Chat: true, Gift: true, Digg: true, Share: true },
      age_restricted: { restricted: false },
    },
  };
}
