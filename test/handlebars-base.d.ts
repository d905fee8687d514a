/** Handlebars' own parser (with its whitespace control): the oracle our parser is tested against, without the compiler. */
declare module "handlebars/dist/cjs/handlebars/compiler/base" {
	import type {} from "handlebars";

	/** Parses a template into its syntax tree, standalone lines and `~` stripping applied. */
	export function parse(input: string): hbs.AST.Program;
	/** The jison parser, whose lexer holds the position of the last parse error. */
	export const parser: { lexer?: { yylloc?: { first_line: number; first_column: number } } };
}
