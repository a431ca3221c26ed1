import type { Tree } from '@vscode/tree-sitter-wasm';
import type { SourceFacts } from '../facts';

/** Turns one syntax tree into language-neutral facts. One adapter per grammar family. */
export type TreeAdapter = (tree: Tree, languageId: string) => SourceFacts;

/**
 * Turns the text of a schema format (SQL DDL, Prisma, GraphQL, protobuf, OpenAPI/JSON Schema)
 * into the same facts. Must tolerate partial input: the text is what the user is typing.
 */
export type TextAdapter = (text: string, languageId: string) => SourceFacts;
