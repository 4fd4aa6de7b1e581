/**
 * Data the build writes to dist/ (scripts/build-dictionary.mjs, scripts/build-validator.mjs):
 * read from the repository's dist/ when the engine runs from out/, or from beside the bundled
 * server (dist/server.mjs) in the packaged extension.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The module or JSON file at `path` under dist/, or undefined when the build has not written it. */
export function requireBuilt<T>(path: string): T | undefined {
  for (const candidate of [`../../../../dist/${path}`, `./${path}`]) {
    try {
      return require(candidate) as T;
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined;
}
