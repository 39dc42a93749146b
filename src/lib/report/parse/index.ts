/** Public surface of the parser. */
export { parseReport, PARSER_VERSION } from './parse-report';
export type { ParseInput, ParseResult } from './parse-report';
