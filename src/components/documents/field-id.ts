/** The id of a document field's input, from its path: ("scorecard", "signOffs.finance-partner.name") → "scorecard-signOffs-finance-partner-name". */
export const documentFieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;
