// The one small interface every platform adapter implements (DESIGN.md principle 4).
import type { LivePart } from '../core/ledger/types.ts';
import type { PlatformConfig, PlatformId, RenderedPart, Rendition } from '../core/types.ts';

/** A part that is live on a platform: the ledger records exactly this (core/ledger/types.ts). */
export type { LivePart };

/** Everything an adapter may use from the outside world, injected. */
export interface AdapterContext {
  /** Reads a repository file (media), already confined to the repository. */
  readMedia(path: string): Promise<Uint8Array>;
  /** Size in bytes of a media file without reading it, where the host can tell (lets an adapter refuse a too-large file early). */
  mediaSize?(path: string): Promise<number>;
  /** fetch to use for all HTTP (tests pass one that records or injects faults). */
  fetch: typeof globalThis.fetch;
  log(message: string): void;
  signal?: AbortSignal;
}

export interface PartRequest {
  rendition: Rendition;
  part: RenderedPart;
  index: number;
  /** Deterministic key for (post, platform, part): the same on every run. */
  key: string;
  /** The previous part of the thread when index > 0. */
  parent?: LivePart;
  /** The first part of the thread when index > 0. */
  root?: LivePart;
}

/** A live part to give a corrected text (core/corrections.ts: only where the platform can edit). */
export interface EditRequest {
  rendition: Rendition;
  /** The new text (and the media it had; adapters change the text only). */
  part: RenderedPart;
  index: number;
  live: LivePart;
  /**
   * The ledger holds this edit's intent from an earlier run without its result: the adapter checks the
   * live text first where the platform can show it, else re-sends (each adapter says why that is harmless).
   */
  recover: boolean;
}

/** edited: the platform took the new text; unchanged: it already had it (a recovered edit). */
export type EditResult = 'edited' | 'unchanged';
/** deleted: the platform removed it now; gone: it was not there any more (a 404: deleted by hand or by an earlier run). */
export type DeleteResult = 'deleted' | 'gone';

export interface PlatformAdapter {
  readonly id: PlatformId;
  /** Publish one part. Must be idempotent on `key` where the platform allows it. */
  publishPart(request: PartRequest, ctx: AdapterContext): Promise<LivePart>;
  /**
   * Find a part an interrupted earlier run may already have published under `key`
   * (recovery only: called when the ledger holds an intent without a result).
   */
  findPart(request: PartRequest, ctx: AdapterContext): Promise<LivePart | undefined>;
  /** Replace a live part's text in place. Present exactly where AFTER_PUBLISH[id].edit (tests/core/corrections.test.ts). */
  editPart?(request: EditRequest, ctx: AdapterContext): Promise<EditResult>;
  /** Delete a live part; a 404 is 'gone', never an error. Present exactly where AFTER_PUBLISH[id].delete. */
  deletePart?(live: LivePart, ctx: AdapterContext): Promise<DeleteResult>;
  /** Repost / boost an existing post by URL (the post's `repost` field). */
  repost?(url: string, key: string, ctx: AdapterContext): Promise<LivePart>;
  /** What publishPart would send, request by request, without sending (dry run). Pure. */
  describe(request: PartRequest): PlannedRequest[];
  /** Engagement of a live post, for the quarterly report; undefined where the platform has no such API. */
  metrics?(live: LivePart, ctx: AdapterContext): Promise<Engagement>;
  followers?(ctx: AdapterContext): Promise<number>;
}

export interface PlannedRequest {
  method: string;
  url: string;
  /** JSON body, or a description of a multipart upload. Secrets are never included. */
  body?: unknown;
}

export interface Engagement {
  likes?: number;
  reposts?: number;
  replies?: number;
}

/** Builds an adapter from config and environment; throws CredentialsError when secrets are missing. */
export type AdapterFactory = (config: PlatformConfig, env: Record<string, string | undefined>) => PlatformAdapter;
