/**
 * The expression language of derived columns: a Peggy grammar (grammar.peggy, compiled to
 * parser.generated.js by `npm run grammar`), a typed AST with source spans (ast.ts), the reader
 * (parse.ts), the canonical printer (print.ts), the function table (functions.ts) and the type
 * checker (typecheck.ts). The engine compiles a checked AST to SQL (electron/engine/recipe/expr-sql.ts).
 */
export * from './ast';
export * from './functions';
export { parseExpression, type ParseResult } from './parse';
export { numberText, printExpression } from './print';
export { readExpression, type ReadResult } from './read';
export { type Checked, type CheckResult, checkExpression, constantWholeNumber, dateUnitOf, derivedColumnType, resolveColumn, unify } from './typecheck';
