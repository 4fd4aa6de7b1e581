/** Worker thread entry: lints a run of files per task. */
import type { LintOptions } from '../lint.js';
import { lintFile, type FileTask } from './lint-file.js';
import type { FileResult } from './result.js';

export default function run(tasks: FileTask[]): FileResult[] {
  const seen = new Map<object, object>();
  return tasks.map((t) => lintFile({ ...t, options: withListsInterned(t.options, seen) }));
}

/**
 * A workspace's glossary and dictionary by content. The engine indexes such a list once per
 * identity, and every task message brings fresh copies: without this, each run of files would
 * index the dictionary again and judge every word anew (measured: a batch with a dictionary took
 * twice as long on two threads as on one).
 */
const interned = new Map<string, object>();
/** A run has one list per configuration folder; past this many, the oldest are forgotten. */
const INTERNED_KEPT = 16;

export function withListsInterned(options: LintOptions, seen: Map<object, object>): LintOptions {
  const { glossary, dictionary } = options;
  if (!glossary && !dictionary) return options;
  return { ...options, glossary: glossary && intern(glossary, seen), dictionary: dictionary && intern(dictionary, seen) };
}

function intern<T extends object>(list: T, seen: Map<object, object>): T {
  // Within one message the copies keep the sharing of the originals: keyed once per message.
  let same = seen.get(list);
  if (!same) {
    const key = JSON.stringify(list);
    same = interned.get(key);
    if (!same) {
      if (interned.size >= INTERNED_KEPT) interned.delete(interned.keys().next().value!);
      interned.set(key, (same = list));
    }
    seen.set(list, same);
  }
  return same as T;
}
