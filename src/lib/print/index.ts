/** The print briefing's pure pieces (/print): filters in words, key figures, findings summary, colophon, print charts. */
export { filtersInWords, filtersInWordsParts, numbered, regionInWords } from './words';
export { keyFigures, keyFiguresTable, type KeyFigures } from './figures';
export { findingsDigestTable, findingsLine, findingsTotals, type FindingsTotals } from './findings';
export { refusalOption, refusalShares, refusalTable, type RefusalPoint } from './refusal';
export { forPrint, PRINT_FONT_PX, wholeCategoryLabels } from './print-option';
export { formatDate, formatUtc, sourceLines, type SourceLine } from './source';
