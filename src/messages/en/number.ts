// The English locale's number formatter for the English tables' own sentences ("1,234 contributions"),
// as ../default-locale.ts gives the German tables theirs. English only: no German counterpart.
import { createLocale } from '../locale';
import { enFormat } from './format';

export const { number: formatNumber } = createLocale(enFormat);
