/**
 * What the lint of one version of a note computed from stretches of its text (a line, a
 * paragraph), kept for the next version. The language server keeps one per open document: an
 * edit re-reads the stretches it changed, not the whole note. A value must depend on its
 * stretch's text and its part alone (a part is one computation: the spell check's reading of a
 * line with its vocabulary, the matches of one pattern). It is never changed once made; it may
 * remember what is derived from it alone (the spell check's judgement of its line).
 *
 * Only what one version used is kept for the next: memory follows the note's size, however long
 * the editing session.
 */
export class NoteMemo {
  private previous = new Map<object, Map<string, unknown>>();
  private current = new Map<object, Map<string, unknown>>();

  /** A new version of the note is being linted: what the version before it did not use is dropped. */
  nextVersion(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The value of `part` for a stretch of text, computed once for this text. */
  get<T>(part: object, stretch: string, compute: () => T): T {
    let now = this.current.get(part);
    if (!now) this.current.set(part, (now = new Map()));
    if (now.has(stretch)) return now.get(stretch) as T;
    const before = this.previous.get(part);
    const value = before?.has(stretch) ? (before.get(stretch) as T) : compute();
    now.set(stretch, value);
    return value;
  }
}
