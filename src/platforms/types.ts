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

export interface PlatformAdapter {
  readonly id: PlatformId;
  /** Publish one part. Must be idempotent on `key` where the platform allows it. */
  publishPart(request: PartRequest, ctx: AdapterContext): Promise<LivePart>;
  /**
   * Find a part an interrupted earlier run may already have published under `key`
   * (recovery only: called when the ledger holds an intent without a result).
   */
  findPart(request: PartRequest, ctx: AdapterContext): Promise<LivePart | undefined>;
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
