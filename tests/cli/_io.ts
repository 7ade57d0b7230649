// An in-memory CliIO for running herald commands inside a test.
import type { CliIO } from '../../src/cli/io.ts';
import { PLAIN } from '../../src/cli/style.ts';

export interface CapturedIO extends CliIO {
  stdout(): string;
  stderr(): string;
}

export function captureIO(cwd: string, now = new Date('2026-11-21T12:00:00Z')): CapturedIO {
  let out = '';
  let err = '';
  return {
    cwd,
    env: {},
    // Hermetic by default: a test that wants servers' limits read passes its own `net`.
    net: { offline: true },
    now,
    style: PLAIN,
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdout: () => out,
    stderr: () => err,
  };
}
