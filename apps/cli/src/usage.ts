/** The `--help` text. Keep it in step with README.md. */
export const USAGE = `tiktok-live: TikTok LIVE events in the terminal, as NDJSON, recorded and replayed.

Usage:
  tiktok-live watch <creator...> [--json] [--types <list>] [--until-live] [--seconds <n>]
  tiktok-live record <creator> -o <file.ndjson> [--until-live] [--seconds <n>]
  tiktok-live replay <file.ndjson> [--json] [--types <list>] [--speed <n|instant>] [--seconds <n>]

Options:
  --json              one NDJSON event per line on stdout: {"t","uniqueId","type","data"}
  --types <list>      only these event types, comma-separated: chat, gift, giftFinal, like, member,
                      social, viewers, control, emote, subscribe, roomInfo, state, or any wire type
                      name (WebcastPollMessage, …). In the terminal view gift shows final gifts.
  --until-live        wait for offline creators to go live (and for the next stream after an end)
  -o, --output <file> where record writes (overwritten)
  --speed <n>         replay pace: 1 = as recorded (default), 10 = ten times faster, instant
  --seconds <n>       stop after n seconds
  -h, --help          this help
  -v, --version       the version

Without EULER_API_KEY everything runs against an embedded simulator (creators tv_asahi_news,
gift_storm, ending_creator, offline_creator, quiet_creator). With EULER_API_KEY set, watch and
record connect to Euler Stream (EULER_WS_URL overrides the service URL). replay always uses the
embedded simulator.

Exit codes: 0 done (Ctrl-C, --seconds, stream ended, closed pipe); 1 a creator failed or was not
live; 2 bad arguments.`;
