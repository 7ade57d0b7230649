// tracking-parameters, link-shortener
import { describe, expect, it } from 'vitest';
import { config, only, part, post } from '../fixtures.ts';

const text = (t: string) => post({ parts: [part(t, 5)] });

describe('tracking-parameters', () => {
  const cfg = config({}, { trackingParameters: ['ref', 'mkt_*'] });
  it.each([
    ['https://example.com/?page=2', []],
    ['See https://example.com/?a=1&utm_source=x&b=2.', [[5, 30, "link has the tracking parameter 'utm_source'"]]],
    ['https://example.com/?ref=home', [[5, 22, "link has the tracking parameter 'ref'"]]],
    ['https://example.com/?mkt_tok=1&fbclid=2', [[5, 22, "link has the tracking parameter 'mkt_tok'"], [5, 32, "link has the tracking parameter 'fbclid'"]]],
    ['[notes](https://example.com/?utm_medium=x)', [[5, 30, "link has the tracking parameter 'utm_medium'"]]],
  ])('%j', async (t, expected) => {
    expect((await only('tracking-parameters', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});

describe('link-shortener', () => {
  const cfg = config({}, { shorteners: ['djang.o'] });
  it.each([
    ['https://www.djangoproject.com/', []],
    ['Go to https://bit.ly/abc now', [[5, 7, 'link uses the shortener bit.ly']]],
    ['https://djang.o/x', [[5, 1, 'link uses the shortener djang.o']]],
    ['https://notbit.ly/x', []],
  ])('%j', async (t, expected) => {
    expect((await only('link-shortener', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});
