import { REASON_PLACEHOLDER } from '../../note/directives.js';
import { docsPath, type Rule } from '../rule.js';

const ID = 'directive/missing-reason';

/** '<!-- clinlint-disable unit/spacing -->' with no '-- raison': the next reader cannot tell why. */
export const missingReason: Rule = {
  meta: {
    id: ID,
    family: 'directive',
    defaultSeverity: 'info',
    fixable: false,
    title: 'Désactivation sans raison',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const d of note.directives) {
      if (d.kind === 'enable' || (d.reason && d.reason !== REASON_PLACEHOLDER)) continue;
      report({
        range: d.range,
        message: `Désactivation sans raison : ajouter ${'« -- raison »'} avant ${'« --> »'} pour dire pourquoi la règle est désactivée ici.`,
      });
    }
  },
};
