export type { LedgerEntry, LedgerPart, PartState } from './types.ts';
export { parseLedger, serialiseLedger } from './format.ts';
export { mergeLedger } from './merge.ts';
export { contentHash, ledgerPath, LEDGER_DIR, partKey, postIdOfFile, postIdOfLedgerPath } from './keys.ts';
export { findPart, hasLive, livePart, liveUrls, recordIntent, recordLive } from './record.ts';
