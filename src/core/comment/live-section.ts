// A live post's part of the comment: per platform what merging does to it (edited in place, with
// the live text and the new one; a correction reply, with its count; left alone; deleted), and for a
// new post where it lands among that day's posts. Text from the PR goes through escape.ts.
import type { LiveChange, LivePlatformChange } from '../after-publish.ts';
import { codeBlock, escapeInline, withCode } from './escape.ts';
import { liveLink, type LinkPolicy } from './live-links.ts';
import { countFits, countText, PLATFORM_NAMES } from './preview.ts';
import type { PlatformId } from '../types.ts';

/** Where a new post lands on one platform: the `rank`-th post of its local day there. */
export interface Landing {
  platform: PlatformId;
  rank: number;
  /** The local day, as the comment names it ("Tue 15 Dec 2026"). */
  day: string;
  /** The post goes out on merge (no publish_at): the day is today. */
  today: boolean;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "🗓️ 3rd post that day on Mastodon · 1st on Bluesky (Tue 15 Dec 2026)". */
export function landingLine(landings: Landing[]): string {
  const [first] = landings;
  if (!first) return '';
  const when = first.today ? 'today' : 'that day';
  const items = landings.map((l, i) =>
    i === 0 ? `${ordinal(l.rank)} post ${when} on ${PLATFORM_NAMES[l.platform]}` : `${ordinal(l.rank)} on ${PLATFORM_NAMES[l.platform]}`,
  );
  return `🗓️ ${items.join(' · ')} (${escapeInline(first.day)})`;
}

function link(change: LivePlatformChange, policy: LinkPolicy): string {
  return change.url ? ` · ${liveLink(change.url, 'live post', policy(change.platform, change.url))}` : '';
}

function texts(parts: string[]): string {
  return parts.length === 1 ? codeBlock(parts[0]!) : parts.map((text, i) => `${i + 1}/${parts.length}\n${codeBlock(text)}`).join('\n');
}

/** One platform: a line, and in full detail the texts. */
function platformBlock(change: LivePlatformChange, policy: LinkPolicy, full: boolean): string {
  const name = `**${PLATFORM_NAMES[change.platform]}**`;
  const at = link(change, policy);
  switch (change.kind) {
    case 'unchanged':
      return `- ${name}: unchanged${at}`;
    case 'edit': {
      const note = change.note ? ` (${escapeInline(change.note)})` : '';
      const head = `- ${name}: ✏️ edited in place${note}${at}`;
      if (!full) return head;
      const before = change.before
        ? `**Live now**\n\n${texts(change.before)}`
        : '**Live now**: not on the default branch any more (the ledger has the live post).';
      return `${head}\n\n<details open><summary>Live text and the text after merging</summary>\n\n${before}\n\n**After merging**\n\n${texts(change.after)}\n\n</details>`;
    }
    case 'reply': {
      const count = `${countFits(change.reply.count) ? '✅' : '❌'} ${countText(change.reply.count)}`;
      const head = `- ${name}: ${escapeInline(change.note)}; merging posts this correction as a reply under the live post (${count})${at}`;
      return full ? `${head}\n\n${codeBlock(change.reply.text)}` : head;
    }
    case 'leave':
      return `- ${name}: ${escapeInline(change.note)}; ${withCode('`correction: leave`')} keeps the live post as it is${at}`;
    case 'choose':
      return (
        `- ${name}: ⚠️ ${escapeInline(change.note)}, so merging changes nothing there yet${at}. Choose in the front matter: ` +
        withCode(
          '`correction: { reply: "Correction: ..." }` posts a correction in the thread, `correction: leave` keeps the live post as it is.',
        )
      );
    case 'delete':
      return `- ${name}: 🗑️ deleted${at}`;
    case 'delete-by-hand':
      return `- ${name}: ⚠️ delete by hand: ${escapeInline(change.note)}${at}`;
  }
}

/** The "already live" block of a post's section; `full` adds the texts. */
export function liveSection(change: LiveChange, policy: LinkPolicy, full: boolean): string {
  const lines = change.platforms.map((p) => platformBlock(p, policy, full));
  if (change.retract) {
    const reason = change.reason ? ` Reason: ${escapeInline(change.reason)}.` : '';
    return `**🗑️ Retraction: this post is live; merging takes it down where the platform allows it.**${reason}\n\n${lines.join('\n')}`;
  }
  return `**✏️ This post is already live: merging corrects it.**\n\n${lines.join('\n\n')}`;
}
