/**
 * Worker thread of regexes.test.ts: checks the regexes it is sent with recheck, one at a time.
 * Each worker's recheck starts its own native agent, so two workers keep two cores busy (one
 * agent handles its requests one after another).
 */
import { parentPort } from 'node:worker_threads';
import { check, type Diagnostics, type Parameters } from 'recheck';

export interface RecheckRequest {
  id: number;
  source: string;
  flags: string;
  params: Parameters;
}

export interface RecheckResponse {
  id: number;
  diagnostics: Diagnostics;
  ms: number;
}

parentPort?.on('message', async ({ id, source, flags, params }: RecheckRequest) => {
  const started = Date.now();
  const diagnostics = await check(source, flags, params);
  parentPort!.postMessage({ id, diagnostics, ms: Date.now() - started } satisfies RecheckResponse);
});
