import { NOT_A_NAME, nirKeyValid, PLACEHOLDERS } from '../../knowledge/identifiers.js';
import { docsPath, replace, type Report, type Rule } from '../rule.js';
import { q } from '../format.js';
import { frontMatter } from '../../note/front-matter.js';
import { anchored, anchoredMatches } from '../../note/text.js';

const ID = 'privacy/identifier';

type Kind = keyof typeof PLACEHOLDERS;

const LABEL: Record<Kind, string> = {
  name: 'nom propre',
  nir: 'numéro de sécurité sociale (NIR)',
  phone: 'numéro de téléphone',
  email: 'adresse électronique',
  birthDate: 'date de naissance complète',
  recordNumber: 'numéro de dossier (IPP)',
};

const NAME_AFTER_TITLE = /(?<![\p{L}])(?:M\.|Mr\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr\.?|Docteur|Pr\.?|Professeur)[ \u00a0]+(?:(?:\p{Lu}\.-?){1,3}[ \u00a0]?)?(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}])/gu;
const NIR = /(?<!\d)[12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2A|2B)[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?!\d)/g;
const PHONE = /(?<![\d+])(?:\+33[ .]?[1-9]|0[1-9])(?:[ .-]?\d{2}){4}(?!\d)/g;
/** The address around an '@' (found by indexOf: a regex scanning every word start backtracks). */
const EMAIL_LOCAL = /[\p{L}\d._%+-]/u;
const EMAIL_DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;
// BIRTH_DATE and RECORD run on the lower-cased text, at word starts, found from their key word.
const BIRTH_DATE = anchored(/née?\s+le|naissance/, `(?:née?\\s+le|date\\s+de\\s+naissance(?:\\s*:)?)\\s*(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2}(?:er)?\\s+[a-zà-öø-ÿœæ]+\\s+\\d{4})`, 14, 'i');
const RECORD = anchored(/ipp|nip|dossier/, `(?:ipp|nip|n°\\s*de\\s*dossier|numéro\\s+de\\s+dossier)(?:\\s*:)?\\s*(\\d{5,})(?!\\d)`, 16, 'i');
/** 'Dupont et al.', '(Dr Martin, 2010)', 'Dr Arabin®': a citation or a brand, not a person of the case. */
const CITATION_AFTER = /^\s*(?:et\s+al|,\s*(?:19|20)\d{2}|\((?:19|20)\d{2}\)|[®™])/i;
/** 'Centre hospitalier Dr Schaffner', 'rue du Pr Calmette': a place named after someone. */
const PLACE_BEFORE = /(?<![\p{L}])(?:centre|hôpital|hopital|clinique|institut|fondation|chu|ch|maison|résidence|rue|avenue|boulevard|place|lycée|collège|école|service)(?![\p{L}])[^.;,]{0,40}$/iu;

/** Direct identifiers left in a note meant to be shared. */
export const identifier: Rule = {
  meta: {
    id: ID,
    family: 'privacy',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Identifiant direct dans une note destinée à être partagée',
    docs: docsPath(ID),
  },
  check(note, report) {
    const text = note.text;
    // Front matter 'diffusion: interne': the note stays inside the care team.
    if (frontMatter(text)?.fields.get('diffusion')?.value.toLowerCase() === 'interne') return;
    const found = (kind: Kind, start: number, end: number) => {
      const written = text.slice(start, end);
      const r: Report = {
        range: { start, end },
        message: `${capitalise(LABEL[kind])} ${q(written)} : identifiant direct à retirer d'une note partagée.`,
        fixes: [replace(`Remplacer par ${q(PLACEHOLDERS[kind])}`, { start, end }, PLACEHOLDERS[kind], false)],
      };
      report(r);
    };
    const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
    };
    each(NAME_AFTER_TITLE, (m) => {
      const name = m[1];
      if (NOT_A_NAME.has(name.split(/[- ]/)[0]) || CITATION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return;
      if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) return;
      const start = m.index + m[0].length - name.length;
      found('name', start, start + name.length);
    });
    each(NIR, (m) => nirKeyValid(m[0].replace(/[ .]/g, '')) && found('nir', m.index, m.index + m[0].length));
    each(PHONE, (m) => found('phone', m.index, m.index + m[0].length));
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(text[start - 1])) start--;
      const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
      if (start < at && domain) found('email', start, at + 1 + domain[0].length);
    }
    const lower = note.lowerText;
    for (const [pattern, kind] of [[BIRTH_DATE, 'birthDate'], [RECORD, 'recordNumber']] as const) {
      for (const m of anchoredMatches(lower, pattern)) {
        const start = m.index + m[0].length - m[1].length;
        found(kind, start, start + m[1].length);
      }
    }
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
