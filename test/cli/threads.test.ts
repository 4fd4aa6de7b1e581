/** How the command shares a batch among worker threads (the runs themselves: inputs.test.ts). */
import { strict as assert } from 'node:assert';
import { BYTES_PER_THREAD, chunksOf, threadsFor } from '../../server/src/cli/main.js';
import { withListsInterned } from '../../server/src/cli/worker.js';

describe('clinlint command: worker threads', () => {
  it('lints a batch of a few megabytes in its own thread, a larger one on up to a thread per core', () => {
    assert.equal(threadsFor(249, 550_000, undefined, 8), 0, 'the corpus: no worker');
    assert.equal(threadsFor(4000, 2 * BYTES_PER_THREAD - 1, undefined, 8), 0);
    assert.equal(threadsFor(4000, 2 * BYTES_PER_THREAD, undefined, 8), 2);
    assert.equal(threadsFor(4000, 100 * BYTES_PER_THREAD, undefined, 8), 8, 'no more threads than cores');
    assert.equal(threadsFor(4000, 100 * BYTES_PER_THREAD, undefined, 1), 0);
  });

  it('obeys --jobs whatever the size, with no more threads than files', () => {
    assert.equal(threadsFor(40, 0, 4, 2), 4);
    assert.equal(threadsFor(3, 0, 4, 2), 3);
    assert.equal(threadsFor(40, 100 * BYTES_PER_THREAD, 1, 8), 0, '-j 1: this thread');
    assert.equal(threadsFor(1, 100 * BYTES_PER_THREAD, 4, 8), 0);
  });

  it('hands the files over in runs, in order, eight or more per thread', () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => i);
    for (const threads of [2, 3, 8]) {
      const chunks = chunksOf(tasks, threads);
      assert.deepEqual(chunks.flat(), tasks, 'every file once, in order');
      assert.ok(chunks.length >= threads * 8, `${chunks.length} runs for ${threads} threads`);
      assert.ok(chunks.every((c) => c.length >= 1 && c.length <= 64));
    }
    assert.deepEqual(chunksOf([1, 2, 3], 4), [[1], [2], [3]]);
    assert.equal(chunksOf(Array.from({ length: 100_000 }, (_, i) => i), 2)[0].length, 64, 'at most 64 files a run');
  });

  it("gives the engine one copy of a workspace's lists across the runs a worker receives", () => {
    const options = { dictionary: ['tumerectomie', 'propanolol'], glossary: [{ term: 'XYZ', expansion: 'exemple', definition: 'Un exemple.', category: 'autre' }] };
    // What two messages bring: copies equal in content, distinct in identity.
    const first = withListsInterned(structuredClone(options) as never, new Map());
    const second = withListsInterned(structuredClone(options) as never, new Map());
    assert.notEqual(first, second);
    assert.equal(first.dictionary, second.dictionary);
    assert.equal(first.glossary, second.glossary);
    const other = withListsInterned({ dictionary: ['propanolol'] }, new Map());
    assert.notEqual(other.dictionary, first.dictionary, 'other words, another list');
    assert.deepEqual(other.dictionary, ['propanolol']);
    const none = { rules: {} };
    assert.equal(withListsInterned(none, new Map()), none);
  });
});
