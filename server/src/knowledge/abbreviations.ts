/**
 * French abbreviations written with a final point that does not end a sentence.
 * Source: the abbreviation lists of the Lexique des règles typographiques en usage à
 * l'Imprimerie nationale, and common clinical shorthand.
 */
export const NON_TERMINAL_ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'drs', 'pr', 'prs', 'me', 'st', 'ste',
  'cf', 'ex', 'p', 'env', 'vs', 'etc', 'av', 'apr', 'j.-c', 'cad', 'c.-à-d', 'no', 'n°', 'fig', 'tab',
  'vol', 'chap', 'éd', 'coll', 'ibid', 'op', 'cit', 'id', 'resp', 'approx', 'max', 'min', 'moy',
  'sup', 'inf', 'ant', 'post', 'int', 'ext', 'dt', 'trt', 'tt', 'ttt', 'atcd', 'atcds', 'hosp',
]);
