import { describe, expect, it } from 'vitest';
import { isTid, tidForKey } from '../../../src/platforms/bluesky/tid.ts';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const decode = (tid: string) => [...tid].reduce((value, char) => (value << 5n) | BigInt(ALPHABET.indexOf(char)), 0n);

describe('tidForKey', () => {
  it('is the same for the same key and a valid TID', () => {
    const tid = tidForKey('django-6-0/bluesky/0');
    expect(tid).toBe(tidForKey('django-6-0/bluesky/0'));
    expect(isTid(tid)).toBe(true);
  });

  it('differs between keys (no collisions over 10,000 parts)', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `post-${i}/bluesky/${i % 5}`);
    const tids = new Set(keys.map(tidForKey));
    expect(tids.size).toBe(keys.length);
    expect([...tids].every(isTid)).toBe(true);
  });

  it('encodes a 2023 timestamp, so keys look like ordinary past record keys', () => {
    for (const key of ['a', 'b', 'c', 'a much longer key with ünïcode ✨']) {
      const micros = decode(tidForKey(key)) >> 10n;
      const date = new Date(Number(micros / 1000n));
      expect(date.getUTCFullYear()).toBe(2023);
    }
  });

  it('recognises TID syntax', () => {
    expect(isTid('3kabcdefghij2')).toBe(true);
    expect(isTid('kkabcdefghij2')).toBe(false); // top bit set
    expect(isTid('3kabcdefghij')).toBe(false);
    expect(isTid('3kabcdefghij1')).toBe(false);
  });
});
