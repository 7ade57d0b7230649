// A public file host on loopback for platforms that fetch media themselves by URL (Threads, Instagram).
import { startFakeServer, type FakeServer, type FakeServerOptions } from './base.ts';
import { mimeType } from '../../../src/platforms/media.ts';

export async function startMediaHost(
  files: Record<string, Uint8Array>,
  options: FakeServerOptions = {},
): Promise<FakeServer<{ files: Record<string, Uint8Array> }>> {
  return startFakeServer(
    { files },
    (call) => {
      const bytes = files[decodeURIComponent(call.path.slice(1))];
      if (call.method !== 'GET' || !bytes) return { status: 404, text: 'Not Found' };
      return { status: 200, bytes, headers: { 'content-type': mimeType(call.path) } };
    },
    (status, message) => ({ status, text: message }),
    options,
  );
}
