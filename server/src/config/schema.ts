/** The JSON Schema of `.clinlintrc.json`, derived from the rules' metadata (one source of truth). */
import { RULES } from '../rules/index.js';

const LEVELS = ['off', 'info', 'hint', 'warning', 'error'];

export function buildConfigSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const r of RULES) {
    const options = r.meta.options ?? { type: 'object', properties: {}, additionalProperties: false };
    rules[r.meta.id] = {
      description: r.meta.title,
      anyOf: [
        { $ref: '#/definitions/level' },
        { type: 'array', items: [{ $ref: '#/definitions/level' }, options], minItems: 1, maxItems: 2 },
      ],
    };
  }
  for (const family of [...new Set(RULES.map((r) => r.meta.family))]) {
    rules[`${family}/*`] = { description: `Toutes les règles de la famille ${family}`, $ref: '#/definitions/level' };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://clinlint.invalid/schemas/clinlintrc.schema.json',
    title: 'Configuration clinlint (.clinlintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Ne pas chercher de configuration dans les dossiers parents.' },
      rules: { type: 'object', description: 'Niveau (et options) de chaque règle.', additionalProperties: false, properties: rules },
      ignorePatterns: {
        type: 'array',
        items: { type: 'string' },
        description: 'Motifs (syntaxe gitignore, relatifs au fichier de configuration) des fichiers à ne pas analyser.',
      },
      extensions: {
        type: 'array',
        items: { type: 'string', pattern: '^\\.[A-Za-z0-9]+$' },
        description: 'Extensions analysées dans les dossiers (par défaut .txt et .md).',
      },
      patient: {
        type: 'object',
        additionalProperties: false,
        description: 'Ce que l’auteur sait du patient, qui l’emporte sur les indices de la note.',
        properties: { sex: { enum: ['homme', 'femme'], description: 'Sexe du patient (une ligne « sexe: femme » en tête de note Markdown l’emporte).' } },
      },
      referenceDate: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description: 'Date de rédaction des notes (AAAA-MM-JJ), pour date/future ; une ligne « date: » en tête de note Markdown l’emporte ; sinon aujourd’hui.',
      },
      maxFileSize: { type: 'integer', minimum: 1, description: 'Taille maximale d’un fichier analysé, en octets (par défaut 64 Mo).' },
    },
    definitions: {
      level: { enum: LEVELS, description: 'off : désactivée ; hint, info, warning, error : gravité.' },
    },
  };
}
