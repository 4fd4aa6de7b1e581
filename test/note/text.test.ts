import { strict as assert } from 'node:assert';
import {
  anchored,
  anchoredMatches,
  ClaimedRanges,
  execWord,
  indexesOf,
  LineIndex,
  literalAnchorHits,
  wordRegex,
} from '../../server/src/note/text.js';
import { lint } from '../../server/src/lint.js';

describe('line index', () => {
  it('maps offsets and positions for LF, CRLF and CR alike', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const index = new LineIndex(text);
    assert.deepEqual(index.lines.map((l) => text.slice(l.start, l.end)), ['ab', 'cd', 'ef', 'gh']);
    assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 1, character: 1 });
    assert.equal(index.offsetAt({ line: 3, character: 1 }), text.indexOf('h'));
    assert.deepEqual(index.positionAt(text.length), { line: 3, character: 2 });
  });

  it('keeps findings on the right characters after a BOM, tabs, no-break spaces and emoji', () => {
    const text = '\uFEFF\tPatient 🙂\u00a0: imatinib 400mg/j';
    const [f] = lint(text);
    assert.equal(text.slice(f.range.start, f.range.end), '400mg');
  });
});

describe('claimed ranges', () => {
  it('claims a range only when no claimed range overlaps it, whatever the order of the passes', () => {
    const claimed = new ClaimedRanges();
    const claim = (start: number, end: number) => claimed.claim({ start, end });
    // first pass, in text order
    assert.deepEqual([claim(10, 20), claim(30, 40), claim(35, 45), claim(50, 60)], [true, true, false, true]);
    // second pass starts over: gaps are free, overlaps with either pass are not
    assert.deepEqual([claim(0, 10), claim(19, 21), claim(20, 30), claim(40, 50), claim(55, 70), claim(60, 61)], [true, false, true, true, false, true]);
    // third pass
    assert.deepEqual([claim(0, 1), claim(9, 10), claim(45, 46), claim(61, 100)], [false, false, false, true]);
  });

  it('agrees with a naive check on random claims', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const claimed = new ClaimedRanges();
    const taken: { start: number; end: number }[] = [];
    for (let i = 0; i < 3000; i++) {
      const start = random(5000);
      const range = { start, end: start + 1 + random(20) };
      const free = !taken.some((t) => t.start < range.end && range.start < t.end);
      if (free) taken.push(range);
      assert.equal(claimed.claim(range), free, `claim ${i}`);
    }
  });
});

describe('anchored patterns', () => {
  /** What a wordRegex scan finds: the reference the anchored search must agree with. */
  const scan = (body: string, text: string) => {
    const re = wordRegex(body);
    const out: [number, string][] = [];
    for (let m = execWord(re, text); m; m = execWord(re, text)) out.push([m.index, m[0]]);
    return out;
  };
  const found = (pattern: ReturnType<typeof anchored>, text: string) => anchoredMatches(text, pattern).map((m): [number, string] => [m.index, m[0]]);
  const YEAR = `(?:en|depuis|de|l['’]année)\\s+((?:19|20)\\d{2})(?!\\d)`;
  const PATIENT = `(?:le|du|notre)\\s+patient(?:e)?(?![a-zà-öø-ÿœæ])`;

  it('finds what the word scan finds, at word starts only, in order and without overlaps', () => {
    const year = anchored(/(?:19|20)\d{2}/, YEAR, 16);
    const text = "en 2010, puis depuis 2012 et l'année 2019 ; aen 2011 (dans un mot) ; en 20123 ; de  2020 de 2021";
    assert.deepEqual(found(year, text), scan(YEAR, text));
    assert.deepEqual(found(year, text).map(([, t]) => t), ['en 2010', 'depuis 2012', "l'année 2019", 'de  2020', 'de 2021']);
  });

  it('misses a match whose anchor lies farther than the lead from its start, and only that', () => {
    const year = anchored(/(?:19|20)\d{2}/, YEAR, 4);
    assert.deepEqual(found(year, 'en 2010 et depuis 2012').map(([, t]) => t), ['en 2010']);
  });

  it('agrees with the word scan on random texts', () => {
    const pieces = ['le', 'du', 'notre', 'patient', 'patiente', 'de', 'en', '2010', '1999', '20', 'l’année', "l'année", 'xen', 'à', ' ', '  ', '\n', ',', '-', 'é'];
    const year = anchored(/(?:19|20)\d{2}/, YEAR, 16);
    const patient = anchored(/patient/, PATIENT, 12);
    // Literal anchors, searched one by one, their hits overlapping ('patient' inside 'patiente').
    const literals = anchored(['patiente', 'patient', 'du'], PATIENT, 12);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 2 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.7 ? ' ' : '');
      assert.deepEqual(found(year, text), scan(YEAR, text), text);
      assert.deepEqual(found(patient, text), scan(PATIENT, text), text);
      assert.deepEqual(found(literals, text), scan(PATIENT, text), text);
    }
  });

  it('finds, in one scan, each literal anchor where a string search finds it, overlapping ones too', () => {
    anchored(['nouveau-né', 'nouveau-nés', 'né', 'aa'], PATIENT, 0);
    const pieces = ['n', 'é', 'né', 'nouveau-', 'nouveau-né', 's', 'patient', 'e', 'du', 'a', 'aa', ' '];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + random(20) }, () => pieces[random(pieces.length)]).join('');
      const hits = literalAnchorHits(text);
      for (const literal of ['nouveau-né', 'nouveau-nés', 'né', 'aa', 'patient', 'patiente', 'du']) assert.deepEqual(hits.get(literal), indexesOf(text, literal), `${literal} in ${text}`);
    }
  });
});
