/** Chat lines the scenarios draw from (mixed languages, like a real news stream). */
export const CHAT_LINES: readonly string[] = [
  'こんにちは！',
  'Hello from Brazil 🇧🇷',
  'what happened?',
  'ニュースありがとう',
  'first time here',
  'is this live?',
  '👏👏👏',
  'greetings from Osaka',
  'おはようございます',
  'can you explain that again?',
  'great coverage',
  'wow',
  'lol',
  'the weather looks bad today',
  'where is this?',
  'thanks for the update',
  '大変ですね',
  'love this channel ❤️',
  'Hi everyone!',
  'watching from Germany',
  'so interesting',
  'ありがとう',
  'good evening',
  '😂😂',
];

/** Comments that go with an emote. */
export const EMOTE_IDS: readonly string[] = ['7136812548021046062', '7136812569013512986', '7136812590240913178'];
