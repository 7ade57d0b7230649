// The Threads Graph API (graph.threads.net/v1.0) through the shared Graph HTTP layer (../graph-api.ts).
import { graphApi, graphMessage, type GraphApi, type GraphCall } from '../graph-api.ts';

export { graphError, MAX_PAGES, PAGE_SIZE, type GraphError } from '../graph-api.ts';
export const API_VERSION = 'v1.0';
export const threadsMessage = graphMessage;
export type ThreadsCall = GraphCall;
export type ThreadsApi = GraphApi;

export function threadsApi(server: string, token: string): ThreadsApi {
  return graphApi('threads', `${server.replace(/\/+$/, '')}/${API_VERSION}`, token, 'THREADS_ACCESS_TOKEN');
}
