import { describe, expect, it } from 'vitest';
import { createMsgIdWindow, defaultMsgId } from './msgIdWindow.js';

describe('createMsgIdWindow', () => {
  it('remembers ids and evicts the oldest first once full', () => {
    const window = createMsgIdWindow(2);
    expect(['a', 'b', 'a', 'c', 'a', 'b', 'c'].map((id) => window.seen(id))).toEqual([
      false, // a remembered
      false, // b remembered
      true, // a seen
      false, // c evicts a
      false, // a is new again, evicts b
      false, // b is new again, evicts c
      false, // c is new again
    ]);
  });

  it('forgets everything on clear', () => {
    const window = createMsgIdWindow(3);
    window.seen(1);
    window.clear();
    expect(window.seen(1)).toBe(false);
    expect(window.seen(1)).toBe(true);
  });
});

describe('defaultMsgId', () => {
  it('reads common.msgId of payloads and data.common.msgId of events, skipping empty and zero ids', () => {
    expect(defaultMsgId({ common: { msgId: '7123' } })).toBe('7123');
    expect(defaultMsgId({ type: 'WebcastChatMessage', data: { common: { msgId: '7124' } } })).toBe('7124');
    expect(defaultMsgId({ common: { msgId: 42 } })).toBe('42');
    expect([{ common: { msgId: '0' } }, { common: { msgId: '' } }, { common: null }, null, 'x'].map(defaultMsgId)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
