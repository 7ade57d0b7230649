// What a repository gets without a config, and the word lists every config starts from.
import { defaultPublishPolicy } from './publish.ts';
import { PLATFORM_IDS, type HeraldConfig, type PlatformConfig, type PlatformId } from '../types.ts';

/** Link shorteners hide where a link goes; always flagged, the config can add more. */
const DEFAULT_SHORTENERS = [
  'bit.ly',
  'bitly.com',
  't.co',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'buff.ly',
  'is.gd',
  'v.gd',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
  'bl.ink',
  'lnkd.in',
  'dlvr.it',
  'trib.al',
  'soo.gd',
  's.id',
  'shorte.st',
  'adf.ly',
  'qr.ae',
  'amzn.to',
  'youtu.be',
  'fb.me',
  'wp.me',
  'ift.tt',
  't.ly',
  'short.io',
] as const;

/** Query parameters that only track readers; `*` at the end matches any suffix. */
const DEFAULT_TRACKING_PARAMETERS = [
  'utm_*',
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_hsenc',
  '_hsmi',
  'hsCtaTracking',
  'mkt_tok',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'wickedid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'epik',
  'ref_src',
  'ref_url',
  'si',
] as const;

/** Platforms that post only somewhere the config names (a Page, account, subreddit, board): off until configured. */
export const NEEDS_DESTINATION: Partial<Record<PlatformId, string>> = {
  facebook: 'page',
  instagram: 'user',
  reddit: 'subreddit',
  pinterest: 'board',
};

export function defaultPlatform(id: PlatformId, enabled = true): PlatformConfig {
  return { id, enabled, limits: {}, options: {} };
}

export function defaultConfig(file = '.github/herald.yml'): HeraldConfig {
  return {
    file,
    timezone: 'UTC',
    platforms: PLATFORM_IDS.map((id) => defaultPlatform(id, NEEDS_DESTINATION[id] === undefined)),
    roster: [],
    approval: {
      staleApprovals: 'ignore',
      authorApproves: true,
      outsideGoalsLabel: 'outside-goals',
      reviewedElsewhere: [],
      requestReviews: false,
    },
    governance: { termMonths: 6, renewalNoticeDays: 14 },
    rules: {},
    words: {
      acronyms: [],
      hashtags: [],
      sponsors: [],
      shorteners: [...DEFAULT_SHORTENERS],
      trackingParameters: [...DEFAULT_TRACKING_PARAMETERS],
      sensitiveTopics: {},
      inclusiveIgnore: [],
    },
    feeds: [],
    publish: defaultPublishPolicy(),
  };
}
