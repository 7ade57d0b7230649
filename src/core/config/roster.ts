// The `roster:` section: who votes, in which role, for which term, and who admins which platform.
import type { Node } from 'yaml';
import type { PlatformId, Role, RosterMember } from '../types.ts';
import type { YamlReader } from '../yaml/read.ts';
import { platformId } from '../post/fields.ts';
import { isCalendarDate, termEnd } from './dates.ts';

export const ROLES: readonly Role[] = ['chair', 'co-chair', 'board-liaison', 'member'];
export const MEMBER_KEYS = ['login', 'name', 'role', 'roles', 'term', 'admins'] as const;
const MEMBER_ALIASES = { github: 'login', user: 'login', username: 'login', platforms: 'admins', admin: 'admins' };
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

function readDate(reader: YamlReader, node: Node, field: string): string | undefined {
  const text = reader.string(node, field, 'a date YYYY-MM-DD, e.g. 2026-11-01');
  if (text === undefined) return undefined;
  if (isCalendarDate(text.trim())) return text.trim();
  reader.error(node, `${field}: expected a date YYYY-MM-DD, e.g. 2026-11-01 (got "${text.slice(0, 40)}")`);
  return undefined;
}

function readRoles(reader: YamlReader, node: Node, field: string, list: boolean): Role[] {
  if (!list) {
    const role = reader.oneOf(node, field, ROLES);
    return role ? [role] : [];
  }
  const items = reader.seq(node, field, '[chair, board-liaison]') ?? { items: [] };
  const roles: Role[] = [];
  items.items.forEach((raw, index) => {
    const item = reader.deref(raw as Node);
    const role = item && reader.oneOf(item, `${field}[${index}]`, ROLES);
    if (role && !roles.includes(role)) roles.push(role);
  });
  return roles;
}

function readTerm(reader: YamlReader, node: Node, field: string, termMonths: number): { start?: string; end?: string } {
  const map = reader.map(node, field, '{ start: 2026-11-01, end: 2027-04-30 }');
  if (!map) return {};
  const term: { start?: string; end?: string } = {};
  let endNode: Node | undefined;
  for (const { key, value } of reader.entries(map, field, ['start', 'end'])) {
    const date = readDate(reader, value, `${field}.${key}`);
    if (key === 'end') endNode = value;
    if (date) term[key as 'start' | 'end'] = date;
  }
  if (!term.start) {
    if (!map.items.some((p) => (p.key as { value?: unknown } | null)?.value === 'start')) {
      reader.error(map, `${field}.start: required: the first day of the term, e.g. start: 2026-11-01`);
    }
    return term;
  }
  term.end ??= termEnd(term.start, termMonths);
  if (term.end < term.start) reader.error(endNode, `${field}.end: the term ends (${term.end}) before it starts (${term.start})`);
  return term;
}

function readMember(reader: YamlReader, node: Node, index: number, termMonths: number): RosterMember | undefined {
  const field = `roster[${index}]`;
  const map = reader.map(node, field, '{ login: octocat, role: member, term: { start: 2026-11-01 } }');
  if (!map) return undefined;
  const member: Partial<RosterMember> = { line: reader.position(map).line, admins: [] };
  let roleNode: Node | undefined;
  let term: { start?: string; end?: string } = {};
  for (const { key, value, keyNode } of reader.entries(map, field, MEMBER_KEYS, MEMBER_ALIASES)) {
    const path = `${field}.${key}`;
    if (key === 'login') {
      const login = reader.string(value, path, 'a GitHub login, e.g. octocat');
      if (login !== undefined && GITHUB_LOGIN.test(login.trim())) member.login = login.trim();
      else if (login !== undefined)
        reader.error(value, `${path}: "${login.slice(0, 40)}" is not a GitHub login (letters, digits and single hyphens, up to 39)`);
    } else if (key === 'name') member.name = reader.string(value, path, "the member's name")?.trim();
    else if (key === 'role' || key === 'roles') {
      if (roleNode) reader.error(keyNode, `${path}: use either role or roles, not both`);
      roleNode = keyNode;
      member.roles = readRoles(reader, value, path, key === 'roles');
    } else if (key === 'term') term = readTerm(reader, value, path, termMonths);
    else if (key === 'admins') {
      const list = reader.seq(value, path, '[mastodon, bluesky]');
      const admins: PlatformId[] = [];
      list?.items.forEach((raw, i) => {
        const item = reader.deref(raw as Node);
        const id = item && platformId(reader, item, `${path}[${i}]`);
        if (id && !admins.includes(id)) admins.push(id);
      });
      member.admins = admins;
    }
  }
  if (!member.login) {
    if (!map.items.some((p) => (p.key as { value?: unknown } | null)?.value === 'login'))
      reader.error(map, `${field}.login: required: the member's GitHub login`);
    return undefined;
  }
  if (!term.start) {
    if (!map.items.some((p) => (p.key as { value?: unknown } | null)?.value === 'term')) {
      reader.error(map, `${field}.term: required: when the term starts (and optionally ends), e.g. term: { start: 2026-11-01 }`);
    }
    return undefined;
  }
  if (!member.roles || member.roles.length === 0) member.roles = roleNode ? [] : ['member'];
  if (member.name === undefined) delete member.name;
  return { ...(member as RosterMember), termStart: term.start, termEnd: term.end! };
}

export function readRoster(reader: YamlReader, node: Node, termMonths: number): RosterMember[] {
  const list = reader.seq(node, 'roster', '- { login: octocat, role: chair, term: { start: 2026-11-01 } }');
  if (!list) return [];
  const roster: RosterMember[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((raw, index) => {
    const item = reader.deref(raw as Node);
    const member = item && readMember(reader, item, index, termMonths);
    if (!member) return;
    const key = member.login.toLowerCase();
    if (seen.has(key)) {
      reader.error(item, `roster[${index}].login: ${member.login} is already on the roster (line ${seen.get(key)}): list each member once`);
      return;
    }
    seen.set(key, member.line);
    roster.push(member);
  });
  return roster;
}
