// Pinterest API v5 in miniature (developers.pinterest.com/docs/api/v5): bearer auth, POST /v5/pins
// on a board the account owns, `{ code, message }` errors, and its rules: a pin needs an image
// (image_base64 JPEG or PNG whose bytes are one), title ≤ 100, description ≤ 800, alt_text ≤ 500,
// link ≤ 2048; GET /v5/boards/{id}/pins newest first, with a bookmark for the next page. Every
// request is checked against Pinterest's own description (../shared/api-specs/pinterest.openapi.json).
import { NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';
import { specValidator } from './openapi.ts';

export interface FakePin {
  id: string;
  boardId: string;
  title: string | null;
  description: string | null;
  link: string | null;
  altText: string | null;
  contentType: string;
  size: number;
  edits?: number;
}

export interface PinterestState {
  token: string;
  boards: string[];
  pins: FakePin[];
}

const error = (status: number, message: string, code = status === 401 ? 2 : 1): FakeReply => ({ status, json: { code, message } });
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

export async function startPinterestServer(options: FakeServerOptions = {}): Promise<FakeServer<PinterestState>> {
  const state: PinterestState = { token: 'pinterest-test-token', boards: ['549755885175'], pins: [] };
  let next = 1_000_000_000_000n;
  const server = await startFakeServer(
    state,
    (call) => route(call),
    (s, m) => error(s, m),
    { ...options, spec: specValidator('pinterest') },
  );
  const pinJson = (p: FakePin) => ({
    id: p.id,
    board_id: p.boardId,
    title: p.title,
    description: p.description,
    link: p.link,
    alt_text: p.altText,
    created_at: new Date().toISOString(),
  });

  function route(call: IncomingCall): FakeReply {
    if (call.headers.authorization !== `Bearer ${state.token}`) return error(401, 'Authentication failed.');
    if (call.method === 'POST' && call.path === '/v5/pins') return createPin(call);
    const match = /^\/v5\/boards\/(\d+)\/pins$/.exec(call.path);
    if (call.method === 'GET' && match) {
      if (!state.boards.includes(match[1]!)) return error(404, 'Board not found.', 2);
      const size = Number(call.query.get('page_size') ?? 25);
      const start = Number(call.query.get('bookmark') ?? 0);
      const newest = state.pins.filter((p) => p.boardId === match[1]).reverse();
      const items = newest.slice(start, start + size);
      return { status: 200, json: { items: items.map(pinJson), bookmark: start + size < newest.length ? String(start + size) : null } };
    }
    const pin = /^\/v5\/pins\/(\d+)$/.exec(call.path);
    if (pin && (call.method === 'PATCH' || call.method === 'DELETE')) {
      const found = state.pins.find((p) => p.id === pin[1]);
      if (!found) return error(404, 'Pin not found.', 50);
      if (call.method === 'DELETE') {
        state.pins.splice(state.pins.indexOf(found), 1);
        return { status: 204 };
      }
      const body = (call.json() ?? {}) as Record<string, unknown>;
      const limits: Record<string, [keyof FakePin, number]> = {
        title: ['title', 100],
        description: ['description', 800],
        link: ['link', 2048],
        alt_text: ['altText', 500],
      };
      for (const [name, [, max]] of Object.entries(limits)) {
        const value = body[name];
        if (value !== undefined && value !== null && (typeof value !== 'string' || [...value].length > max))
          return error(400, `Invalid parameters. ${name} is longer than ${max} characters.`);
      }
      for (const [name, [key]] of Object.entries(limits))
        if (name in body) (found as unknown as Record<string, unknown>)[key] = body[name] ?? null;
      found.edits = (found.edits ?? 0) + 1;
      return { status: 200, json: pinJson(found) };
    }
    return NOT_HANDLED;
  }

  function createPin(call: IncomingCall): FakeReply {
    const body = (call.json() ?? {}) as Record<string, unknown>;
    const boardId = typeof body['board_id'] === 'string' ? body['board_id'] : '';
    if (!state.boards.includes(boardId)) return error(404, 'Board not found.', 2);
    const source = body['media_source'] as { source_type?: string; content_type?: string; data?: string } | undefined;
    if (!source) return error(400, 'Invalid parameters. media_source is required.');
    if (source.source_type !== 'image_base64')
      return error(400, `Invalid parameters. source_type ${source.source_type} is not supported here.`);
    const bytes = Buffer.from(source.data ?? '', 'base64');
    const magic = source.content_type === 'image/png' ? PNG : source.content_type === 'image/jpeg' ? JPEG : undefined;
    if (!magic || !magic.every((b, i) => bytes[i] === b)) return error(400, 'Sorry we could not fetch the image.');
    const text = (name: string, max: number): string | null | FakeReply => {
      const value = body[name];
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string' || [...value].length > max)
        return error(400, `Invalid parameters. ${name} is longer than ${max} characters.`);
      return value;
    };
    const fields = {
      title: text('title', 100),
      description: text('description', 800),
      link: text('link', 2048),
      altText: text('alt_text', 500),
    };
    for (const value of Object.values(fields)) if (value && typeof value === 'object') return value;
    const pin: FakePin = {
      id: String((next += 1n)),
      boardId,
      ...(fields as Record<'title' | 'description' | 'link' | 'altText', string | null>),
      contentType: source.content_type!,
      size: bytes.length,
    };
    state.pins.push(pin);
    return { status: 201, json: pinJson(pin) };
  }

  return server;
}
