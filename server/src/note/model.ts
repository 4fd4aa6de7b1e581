/** The note model: the text parsed once, read by every rule. */
import { glossaryWith, type Glossary, type GlossaryEntry } from '../knowledge/glossary.js';
import { PLAN_TITLE, sectionKind } from '../knowledge/sections.js';
import { englishTailAfterUnit, englishUnitWord } from '../knowledge/english.js';
import { bindAnalytes, type AnalyteMention } from './analytes.js';
import { dateAfter, findDates, frontMatterDate, titleLineEnd, toldAsPlanned, type DateMention } from './dates.js';
import { findDirectives, type Directive } from './directives.js';
import { foreignQuotations, isEnglishLine, isReferenceLine, REFERENCES_TITLE } from './foreign.js';
import { notProseRanges } from './markup.js';
import type { Range } from '../findings.js';
import type { NoteMemo } from './memo.js';
import { buildPatientSegments, statedSex, type PatientProfile, type PatientSegment } from './patient.js';
import { countConventions, scanQuantities, shiftQuantity, type Conventions, type Quantity } from './quantities.js';
import { findSections, flattenSections, type Section } from './sections.js';
import { paragraphRanges, parseParagraphs, type Paragraph } from './sentences.js';
import { findTimeExpressions, type TimeExpression } from './timex.js';
import { findWordsWithCapital, type WrittenWord } from './terms.js';
import { anchoredMatches, execWord, fold, foldSameLength, indexesOf, isLetter, lastStartingBefore, LineIndex, literalAnchorHits, wordOffsets, type AnchoredPattern } from './text.js';

/** Headings of what is to be done (folded): their dates to come are planned. */
/**
 * Opening a line, before a day: a later part of the note written on that day (an addendum, a
 * follow-up visit recorded in the same document: 'Évolution (addendum du 20/05/2026)', 'Évolution
 * (note complétée le 05/09/2025)', 'Consultation du 06/11/2025 :', 'Revue le 12/12/2025').
 */
const UPDATE_BEFORE = /^[\s#*>-]*(?:(?:évolution|suivi)(?:\s*[(:–-])?\s*)?(?:addendum|mise\s+à\s+jour|complément|(?:note\s+)?(?:complétée?|actualisée?)|(?:télé)?consultation(?:\s+de\s+(?:suivi|contrôle))?|visite(?:\s+de\s+(?:suivi|contrôle))?|revue?|vue?\s+en\s+consultation|réévaluation)\s+(?:du|le)\s+$/i;

/** Before a volume or a mass in its clause (folded text): what was measured, not a dose given ('Poids 70 kg, dose de 5,0 mg' is a dose). */
const MEASURED_BEFORE = /(?:^|[^a-z])(?:volume|residu|poids|pesant|pese|pesait|pesee|mesure\w*|diurese|saignement|pertes?|drainage|redons?|epanchement|ascite|liquide|piece|echantillon|recueil|contenu)(?![a-z])[^.;,()]{0,25}$/;

/** Before a title's date, the first day of a period ('semaine du', 'période du'), not the day the note was written (a stay's 'séjour du' dates its report). */
const PERIOD_START_BEFORE = /(?:semaine|période|mois|stage|cure)\s+du\s+$/i;

export class NoteModel {
  readonly index: LineIndex;
  readonly quantities: Quantity[];
  readonly sections: Section[];
  readonly directives: Directive[];
  private patientSegments?: PatientSegment[];
  private analyteMap?: Map<Quantity, AnalyteMention>;
  private paragraphList?: Paragraph[];
  private flatSections?: Section[];
  private writingConventions?: Conventions;
  private lowered?: string;
  private folded?: string;
  private dateList?: DateMention[];
  private timexList?: TimeExpression[];
  private capitalWords?: WrittenWord[];
  private wordList?: Int32Array;
  private readonly upperCaseLines = new Map<number, boolean>();
  private readonly matchLists = new Map<RegExp | AnchoredPattern, RegExpExecArray[]>();
  private blockList?: Range[];
  private notProseList?: Range[];
  private unitRangeList?: Range[];
  private readonly blockTexts: string[] = [];
  private literalHits?: Map<string, number[]>;

  constructor(
    readonly text: string,
    private readonly options: { patientSex?: 'homme' | 'femme'; referenceDate?: string; glossary?: GlossaryEntry[]; dictionary?: string[]; memo?: NoteMemo } = {},
  ) {
    options.memo?.nextVersion();
    this.index = new LineIndex(text);
    this.quantities = this.findQuantities();
    this.sections = findSections(this.index);
    this.directives = findDirectives(text);
  }

  /** The paragraphs' ranges (text between blank lines), where the per-paragraph searches run. */
  private get paragraphSpans(): Range[] {
    this.blockList ??= paragraphRanges(this.index);
    return this.blockList;
  }

  /**
   * The value of `part` (a computation on one stretch of text alone: a line, a paragraph) for a
   * stretch: from the memo of the note's previous version when the stretch is unchanged (the
   * language server keeps one, see NoteMemo), else computed.
   */
  memoized<T>(part: object, stretch: string, compute: () => T): T {
    return this.options.memo ? this.options.memo.get(part, stretch, compute) : compute();
  }

  /**
   * The quantities. A quantity and what is read around it never run over a blank line: with a
   * memo, the note is read paragraph by paragraph and an unchanged paragraph is not read again.
   */
  private findQuantities(): Quantity[] {
    const memo = this.options.memo;
    if (!memo) return scanQuantities(this.text);
    const all: Quantity[] = [];
    for (const { start, end } of this.paragraphSpans) {
      const paragraph = this.text.slice(start, end);
      for (const q of memo.get(scanQuantities, paragraph, () => scanQuantities(paragraph))) all.push(shiftQuantity(q, start));
    }
    return all;
  }

  /**
   * The matches of a wordRegex (text.ts) in the lower-cased text (lowerText), in order, found
   * paragraph by paragraph: no match runs over a blank line, and an unchanged paragraph is not
   * searched again (NoteMemo). Read only.
   */
  wordRegexMatches(re: RegExp): RegExpExecArray[] {
    return this.paragraphMatches(re, (paragraph) => {
      const found: RegExpExecArray[] = [];
      re.lastIndex = 0;
      for (let m = execWord(re, paragraph); m; m = execWord(re, paragraph)) found.push(m);
      return found;
    });
  }

  /** The matches of an anchored pattern (text.ts), as wordRegexMatches finds its wordRegex's. */
  anchoredPatternMatches(pattern: AnchoredPattern): RegExpExecArray[] {
    if (this.options.memo || !Array.isArray(pattern.anchor)) return this.paragraphMatches(pattern, (paragraph) => anchoredMatches(paragraph, pattern));
    // Without a memo, a literal anchor is found once in the whole text, and only the paragraphs
    // holding it are searched.
    const blocks = this.paragraphSpans;
    const holding = new Set<number>();
    for (const literal of pattern.anchor) for (const hit of this.hitsOf(literal)) holding.add(Math.max(0, lastStartingBefore(blocks, hit + 1)));
    return this.paragraphMatches(pattern, (paragraph, within) => anchoredMatches(paragraph, pattern, (literal) => this.hitsIn(literal, within)), holding);
  }

  /** Where `literal` is in lowerText: every recorded literal anchor is found in one scan on first use (one recorded later, on its own). */
  private hitsOf(literal: string): number[] {
    this.literalHits ??= literalAnchorHits(this.lowerText);
    let all = this.literalHits.get(literal);
    if (!all) this.literalHits.set(literal, (all = indexesOf(this.lowerText, literal)));
    return all;
  }

  /** Where `literal` is in lowerText inside `within`, from its start. */
  private hitsIn(literal: string, within: Range): number[] {
    const all = this.hitsOf(literal);
    const out: number[] = [];
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid] < within.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < all.length && all[i] + literal.length <= within.end; i++) out.push(all[i] - within.start);
    return out;
  }

  /** The matches found by `search` in each paragraph (or in those listed in `only`), at their offsets in the note. */
  private paragraphMatches(part: RegExp | AnchoredPattern, search: (paragraph: string, within: Range) => RegExpExecArray[], only?: Set<number>): RegExpExecArray[] {
    const known = this.matchLists.get(part);
    if (known) return known;
    const all: RegExpExecArray[] = [];
    const memo = this.options.memo;
    const blocks = this.paragraphSpans;
    for (let i = 0; i < blocks.length; i++) {
      if (only && !only.has(i)) continue;
      const within = blocks[i];
      // One string per paragraph, whatever the pattern: the memo hashes it once.
      const paragraph = (this.blockTexts[i] ??= this.lowerText.slice(within.start, within.end));
      if (!memo) {
        for (const m of search(paragraph, within)) {
          m.index += within.start;
          all.push(m);
        }
        continue;
      }
      // Remembered matches stay as found: each version gets copies at its own offsets.
      for (const m of memo.get(part, paragraph, () => search(paragraph, within))) all.push(Object.assign([...m], { index: m.index + within.start, input: m.input, groups: m.groups }) as RegExpExecArray);
    }
    this.matchLists.set(part, all);
    return all;
  }

  /** The workspace's own words (.clinlint/dictionnaire.txt), for the spell check. */
  get userDictionary(): string[] | undefined {
    return this.options.dictionary;
  }

  /** The built-in glossary with the workspace's entries over it. */
  get glossary(): Glossary {
    return glossaryWith(this.options.glossary);
  }

  /**
   * The words with a capital ('IR', 'HbA1c', 'TEP-TDM', 'Durand'), hyphenated ones whole, in text
   * order: where abbreviations are looked for (read once for every rule that looks).
   */
  get wordsWithCapital(): WrittenWord[] {
    this.capitalWords ??= findWordsWithCapital(this.text);
    return this.capitalWords;
  }

  /**
   * Every written word ('l'adénopathie', 'TEP-TDM', '5'), as offsets: each word's start, then its
   * end (text.ts wordOffsets). Scanned once for the rules that read every word (the spell check,
   * repeated words): each scan of the note cost about 4 ms a pass over the corpus.
   */
  get words(): Int32Array {
    this.wordList ??= this.findWords();
    return this.wordList;
  }

  /** With a memo, paragraph by paragraph (no word runs over a line break): an unchanged paragraph is not scanned again. */
  private findWords(): Int32Array {
    const memo = this.options.memo;
    if (!memo) return wordOffsets(this.text);
    const parts = this.paragraphSpans.map(({ start, end }) => {
      const paragraph = this.text.slice(start, end);
      return { start, offsets: memo.get(wordOffsets, paragraph, () => wordOffsets(paragraph)) };
    });
    const all = new Int32Array(parts.reduce((n, p) => n + p.offsets.length, 0));
    let k = 0;
    for (const { start, offsets } of parts) for (let i = 0; i < offsets.length; i++) all[k++] = offsets[i] + start;
    return all;
  }

  /** Absolute dates, in order (found on first use). */
  get dates(): DateMention[] {
    this.dateList ??= findDates(this.text, this.lowerText);
    return this.dateList;
  }

  /** Is the date told as planned ('contrôle prévu en mars 2027'): no step of the story, and later than today by design. */
  toldAsPlanned(d: DateMention): boolean {
    const reference = this.referenceDate ?? new Date();
    if (toldAsPlanned(this.text, this.index.lines[this.index.lineAt(d.range.start)].start, d, reference)) return true;
    // A date to come under a heading of what is to be done ('Conduite à tenir', 'Projet thérapeutique').
    const section = this.sectionAt(d.range.start);
    return section !== undefined && dateAfter(d, reference) && this.sectionsTitled(PLAN_TITLE).has(section);
  }

  /** Every time expression (dates, durations, relative dates resolved against their anchor), in order. */
  get timeExpressions(): TimeExpression[] {
    this.timexList ??= findTimeExpressions(this.text, this.lowerText, (re) => this.wordRegexMatches(re), this.dates, this.referenceDate);
    return this.timexList;
  }

  /**
   * The day the note was written: a 'date:' front-matter line, else the date of a title line
   * ('Consultation du 09/11/2026', 'Suivi téléphonique – 22/10/2026') that is not to come, else
   * the configured date; undefined if none.
   */
  get referenceDate(): Date | undefined {
    if (this.reference === null) {
      const configured = this.options.referenceDate ? new Date(`${this.options.referenceDate}T00:00:00Z`) : undefined;
      this.reference = frontMatterDate(this.text) ?? this.titleDate() ?? (configured && !Number.isNaN(configured.getTime()) ? configured : undefined);
    }
    return this.reference;
  }

  /** The day the note was written, found on first use (null: not yet looked for). */
  private reference: Date | undefined | null = null;

  /**
   * The day the note was last written before `offset`: its date (referenceDate), or a later
   * addendum or follow-up visit the note records before the offset ('Évolution (addendum du
   * 20/05/2026)', 'Consultation du 06/11/2025 (J21) :'), never after today. Undefined when the
   * note has no date.
   */
  writtenBy(offset: number): Date | undefined {
    let day = this.referenceDate;
    if (!day) return undefined;
    this.updates ??= this.dates.flatMap((d) => {
      if (d.invalid || d.precision !== 'day') return [];
      const at = new Date(Date.UTC(d.year, d.month! - 1, d.day!));
      const lineStart = this.index.lines[this.index.lineAt(d.range.start)].start;
      // Not a visit to come ('Revu le 09/02/2022 avec les automesures', planned).
      return at.getTime() <= Date.now() && UPDATE_BEFORE.test(this.text.slice(lineStart, d.range.start)) && !this.toldAsPlanned(d) ? [{ start: d.range.start, day: at }] : [];
    });
    for (const u of this.updates) {
      if (u.start > offset) break;
      if (u.day > day) day = u.day;
    }
    return day;
  }

  /** The addenda and follow-up visits that date a later part of the note, in order (found on first use). */
  private updates?: { start: number; day: Date }[];

  private titleDate(): Date | undefined {
    const end = titleLineEnd(this.text);
    // The last day of the title: a stay's end ('Séjour du 02/11/2026 au 09/11/2026'), written after it.
    const d = end > 0 ? this.dates.filter((x) => x.range.start < end && !x.invalid && x.precision === 'day').pop() : undefined;
    // A period's first day ('semaine du 02/11/2026'): the note is written later, on a day it does not say.
    if (d && PERIOD_START_BEFORE.test(this.text.slice(Math.max(0, d.range.start - 24), d.range.start))) return undefined;
    const day = d && new Date(Date.UTC(d.year, d.month! - 1, d.day!));
    return day && day.getTime() <= Date.now() ? day : undefined;
  }

  /**
   * Is the offset in a section about other people than the patient: the family's history, the
   * introduction and discussion of published cases; or on a line labelled with the family's history
   * ('Antécédents familiaux : père décédé à 60 ans')?
   */
  aboutOthers(offset: number): boolean {
    const kind = this.sectionAt(offset)?.kind;
    if (kind === 'antecedents-familiaux' || kind === 'discussion' || kind === 'introduction') return true;
    const line = this.index.lineAt(offset);
    let family = this.familyLines.get(line);
    if (family === undefined) {
      const label = this.lineLabel(offset);
      family = label !== undefined && sectionKind(fold(label)) === 'antecedents-familiaux';
      this.familyLines.set(line, family);
    }
    return family;
  }

  /**
   * Is `offset` in text of another kind than the note's French prose: a bibliographic reference,
   * a quotation in English (foreign.ts)? Read line by line on first use.
   */
  inForeignText(offset: number): boolean {
    const line = this.index.lineAt(offset);
    let stretches = this.foreignLines.get(line);
    if (stretches === undefined) {
      const { lines } = this.index;
      const { start, end } = lines[line];
      const lineText = this.text.slice(start, end);
      // A list of references under its heading ('Références', 'Bibliographie'), whatever its lines hold.
      const references = this.sectionsTitled(REFERENCES_TITLE);
      const section = references.size > 0 ? this.sectionAt(offset) : undefined;
      if (section && references.has(section)) stretches = true;
      else {
        // A block quote ('> Discharge summary. He was…'): its lines judged together, once for all of them.
        let english = this.englishQuoteLines.get(line);
        if (english === undefined && /^\s*>/.test(lineText)) {
          let first = line;
          let last = line;
          while (first > 0 && /^\s*>/.test(this.text.slice(lines[first - 1].start, lines[first - 1].end))) first--;
          while (last + 1 < lines.length && /^\s*>/.test(this.text.slice(lines[last + 1].start, lines[last + 1].end))) last++;
          english = isEnglishLine(this.text.slice(lines[first].start, lines[last].end), true);
          for (let l = first; l <= last; l++) this.englishQuoteLines.set(l, english);
        }
        if (english || isReferenceLine(lineText)) stretches = true;
        else {
          // Quotations read in their paragraph: one may run over several lines ('tel qu'il est rédigé :⏎"MRI brain … ⏎lobe …"').
          const blocks = this.paragraphSpans;
          const b = lastStartingBefore(blocks, offset + 1);
          const paragraph = b >= 0 && offset < blocks[b].end ? blocks[b] : { start, end };
          let quotes = this.foreignQuotes.get(paragraph.start);
          if (!quotes) {
            const text = this.text.slice(paragraph.start, paragraph.end);
            quotes = /[«“"]/.test(text) ? foreignQuotations(text, undefined, this.text.slice(Math.max(0, paragraph.start - 80), paragraph.start)).map((r) => ({ start: r.start + paragraph.start, end: r.end + paragraph.start })) : [];
            this.foreignQuotes.set(paragraph.start, quotes);
          }
          stretches = quotes.filter((r) => r.end > start && r.start < end).map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
        }
      }
      this.foreignLines.set(line, stretches);
    }
    if (stretches === true) return true;
    const at = offset - this.index.lines[line].start;
    return stretches.some((r) => at >= r.start && at < r.end);
  }

  /** Is the whole line at `offset` foreign text (a reference, a line of an English block quote)? */
  inForeignLine(offset: number): boolean {
    this.inForeignText(offset);
    return this.foreignLines.get(this.index.lineAt(offset)) === true;
  }

  /** What of each line is foreign text (foreign.ts), by line number, found on first use. */
  private readonly foreignLines = new Map<number, true | Range[]>();
  /** The sections whose folded title `title` matches ('Références', a plan's 'Conduite à tenir'), found once per pattern. */
  sectionsTitled(title: RegExp): ReadonlySet<Section> {
    let found = this.titledSections.get(title);
    if (!found) {
      this.foldedTitles ??= this.allSections.map((s) => fold(s.title));
      found = new Set(this.allSections.filter((_, i) => title.test(this.foldedTitles![i])));
      this.titledSections.set(title, found);
    }
    return found;
  }
  private foldedTitles?: string[];
  private readonly titledSections = new Map<RegExp, Set<Section>>();
  /** Lines of block quotes, by line number: is their block in English? (Found once per block.) */
  private readonly englishQuoteLines = new Map<number, boolean>();
  /** The quotations in another language of each paragraph read, by its start (in the note). */
  private readonly foreignQuotes = new Map<number, Range[]>();

  /** Lines labelled with the family's history, by line number, found on first use. */
  private readonly familyLines = new Map<number, boolean>();

  /** The note's patients: one, or one per case of a series, each with its stretch of text (built on first use). */
  get patients(): PatientSegment[] {
    this.patientSegments ??= buildPatientSegments(
      this.text,
      this.lowerText,
      (offset) => this.aboutOthers(offset),
      (pattern) => this.anchoredPatternMatches(pattern),
      statedSex(this.text, this.options.patientSex),
    );
    return this.patientSegments;
  }

  /** The (first) patient: sex with its evidence, ages. */
  get patient(): PatientProfile {
    return this.patients[0].profile;
  }

  /** What a quantity measures, when the words before it say so. */
  analyteOf(q: Quantity): AnalyteMention | undefined {
    this.analyteMap ??= bindAnalytes(this, this.quantities);
    return this.analyteMap.get(q);
  }

  /**
   * Is the quantity a drug dose ('400 mg', '5 mg/kg/j', '10 UI', '2 cp'), where the notation rules
   * of medication safety lists (ISMP) apply? A dose unit, not a measured value (a lab, a weight:
   * 'hémoglobine 12,0 g/dL') nor a concentration ('CRP 5,0 mg/L').
   */
  isDose(q: Quantity): boolean {
    if (q.kind === 'size' || !q.unit.known) return false;
    const first = q.unit.parts[0];
    if (!first || first.denominator || !first.atom.dose) return false;
    if (q.unit.parts.some((p) => p.denominator && p.atom.dimension === 'volume')) return false;
    if (this.analyteOf(q)) return false;
    // A volume or a mass measured ('volume prostatique 40,0 mL', 'résidu post-mictionnel 100,0 mL', 'pièce pesant 45,0 g').
    const lineStart = this.index.lines[this.index.lineAt(q.range.start)].start;
    return !MEASURED_BEFORE.test(this.foldedSlice(Math.max(lineStart, q.range.start - 40), q.range.start));
  }

  /** The units of the quantities ('mg/sem' in '25 mg/sem', 'PA' in '30 PA', 'g/dll' misspelt), sorted, apart: not words of prose. */
  get unitRanges(): Range[] {
    if (!this.unitRangeList) {
      // Already in text order: quantities are, and within one the units written after its
      // numbers are (its unit is one of them). An English unit word takes the English word that
      // goes with it ('years old'): unit/unknown judges them together.
      const all: Range[] = [];
      for (const q of this.quantities) {
        for (const u of q.numberUnits) {
          if (!u) continue;
          const tail = englishUnitWord(u.text) && englishTailAfterUnit(this.text, u.range.end);
          all.push(tail ? { start: u.range.start, end: tail.end } : u.range);
        }
      }
      this.unitRangeList = all.filter((r, i) => i === 0 || r.start >= all[i - 1].end);
    }
    return this.unitRangeList;
  }

  /** Front matter, comments, inline code, link targets: not prose (note/markup.ts); sorted, apart. */
  get notProse(): Range[] {
    this.notProseList ??= notProseRanges(this.text);
    return this.notProseList;
  }

  /** Paragraphs with their sentences and words (parsed on first use). */
  get paragraphs(): Paragraph[] {
    this.paragraphList ??= parseParagraphs(this.index);
    return this.paragraphList;
  }

  /** Every section and subsection, depth first. */
  get allSections(): Section[] {
    this.flatSections ??= flattenSections(this.sections);
    return this.flatSections;
  }

  /** The innermost section holding an offset. */
  sectionAt(offset: number): Section | undefined {
    // Sections are in document order, each after its parent: the innermost one holding the offset
    // is the last that starts at or before it and still holds it (binary search, then walk back).
    const all = this.allSections;
    let lo = 0;
    let hi = all.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].range.start <= offset) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (let i = last; i >= 0; i--) if (all[i].range.end >= offset) return all[i];
    return undefined;
  }

  /**
   * The text in lower case, offsets unchanged (the text itself where lower-casing would shift
   * them). Case-insensitive Unicode regexes are several times slower in V8: match this instead.
   */
  get lowerText(): string {
    if (this.lowered === undefined) {
      const lower = this.text.toLowerCase();
      this.lowered = lower.length === this.text.length ? lower : this.text;
    }
    return this.lowered;
  }

  /**
   * A stretch of the text in lower case without accents, offsets unchanged: for matching
   * vocabulary ('hemoglobine'). The whole text is folded once, on first use: rules read stretches
   * before every quantity and abbreviation, some from the start of the note.
   */
  foldedSlice(start: number, end: number): string {
    this.folded ??= this.foldText();
    return this.folded.slice(start, end);
  }

  /** The lower-cased text folded, paragraph by paragraph with a memo (folding keeps offsets, and blank lines as they are). */
  private foldText(): string {
    const memo = this.options.memo;
    if (!memo) return foldSameLength(this.lowerText);
    const blocks = this.paragraphSpans;
    const parts: string[] = [];
    let at = 0;
    blocks.forEach(({ start, end }, i) => {
      const paragraph = (this.blockTexts[i] ??= this.lowerText.slice(start, end));
      parts.push(foldSameLength(this.lowerText.slice(at, start)), memo.get(foldSameLength, paragraph, () => foldSameLength(paragraph)));
      at = end;
    });
    parts.push(foldSameLength(this.lowerText.slice(at)));
    return parts.join('');
  }

  /** How this note writes its numbers: the author's own convention, against which slips stand out. */
  get conventions(): Conventions {
    this.writingConventions ??= countConventions(this.quantities);
    return this.writingConventions;
  }

  /**
   * The label that opens the line holding `offset` ('Antécédents : césarienne en 2012' →
   * 'Antécédents', '- **Conjoint** : M. B.' → 'Conjoint'): four words at most before a colon.
   */
  lineLabel(offset: number): string | undefined {
    return LINE_LABEL.exec(this.index.lineText(this.index.lineAt(offset)))?.[1];
  }

  /** Is the line holding `offset` written all in capitals (a typing convention, not a slip)? */
  lineIsUpperCase(offset: number): boolean {
    // Once per line: asked for each unit of a long line, the answer cost the line's length each time.
    const line = this.index.lineAt(offset);
    let upper = this.upperCaseLines.get(line);
    if (upper === undefined) {
      upper = isUpperCaseText(this.index.lineText(line));
      this.upperCaseLines.set(line, upper);
    }
    return upper;
  }
}

/** A line's opening label: a list marker and bold at most around it, four words at most, then a colon. */
const LINE_LABEL = /^\s*(?:[-*•]\s*)?(?:\*\*)?(\p{L}[\p{L}.'’-]*(?:\s[\p{L}.'’-]+){0,3}?)(?:\*\*)?\s?:(?!\/)/u;

export type { TimeExpression };
export type { AnalyteMention, Conventions, Directive, Paragraph, Quantity, Section };

/** Twelve letters or more and none in lower case (read until the first lower-case letter: most lines stop at once). */
function isUpperCaseText(line: string): boolean {
  let letters = 0;
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return false;
      if (code >= 0x41 && code <= 0x5a) letters++;
    } else if (isLetter(ch)) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 12;
}
