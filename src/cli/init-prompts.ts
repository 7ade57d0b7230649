// The questions `herald init` asks on a terminal for what the flags left out (@inquirer/prompts).
import { checkbox, input } from '@inquirer/prompts';
import { PLATFORM_IDS, type PlatformId } from '../core/types.ts';
import { PLATFORM_SETTINGS, type InitAnswers, type InitMember } from '../init/scaffold.ts';
import { checkTimezone, parseMember, type Prompter } from './init-command.ts';

const valid = (check: (value: string) => unknown) => (value: string) => {
  try {
    check(value);
    return true;
  } catch (error) {
    return (error as Error).message;
  }
};

export const inquirer: Prompter = {
  async ask(known, defaults) {
    const group = known.group ?? (await input({ message: "The group's name", default: defaults.group }));
    const platforms =
      known.platforms ??
      (await checkbox<PlatformId>({
        message: 'Platforms the group posts to',
        choices: PLATFORM_IDS.map((id) => ({ value: id, name: id })),
        required: true,
      }));
    const settings: InitAnswers['settings'] = structuredClone(known.settings ?? {});
    for (const platform of platforms) {
      for (const s of PLATFORM_SETTINGS[platform] ?? []) {
        if (settings[platform]?.[s.key]) continue;
        const value = await input({
          message: `${s.question} (e.g. ${s.example})`,
          required: true,
          ...(s.key === 'server' ? { validate: (v: string) => /^https:\/\/\S+$/.test(v) || 'an https:// URL' } : {}),
        });
        (settings[platform] ??= {})[s.key] = value.trim();
      }
    }
    let members: InitMember[] = known.members ?? [];
    while (!known.members) {
      const answer = await input({
        message: members.length
          ? 'Another member (login[:roles], empty to finish)'
          : 'A member of the roster, e.g. ada:chair or grace:co-chair+board-liaison',
        validate: (v) => (v.trim() === '' && members.length ? true : valid(parseMember)(v)),
      });
      if (!answer.trim()) break;
      members = [...members, parseMember(answer)];
    }
    const timezone =
      known.timezone ?? (await input({ message: 'Time zone (IANA)', default: defaults.timezone, validate: valid(checkTimezone) }));
    return { group, platforms, settings, members, timezone };
  },
};
