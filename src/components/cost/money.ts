/**
 * The form's hints quote reference ranges straight from content (the results use the cost
 * display view model instead): "$120,000 – $200,000".
 */
import type { Range } from '../../domain/cost-estimate';
import { formatMoneyRange } from '../../domain/format';

export const moneyRange = (range: Range, code: string) => formatMoneyRange(range.low, range.high, code);
