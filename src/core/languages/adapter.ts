import type { Node } from './syntaxTree';
import type { SourceFacts } from '../facts';

/**
 * Turns one syntax tree into language-neutral facts. One adapter per grammar family. `root` is the
 * tree's root node, or one of its top-level children: what an adapter reads from a node depends
 * only on the node and what is inside it, so an edited document's unchanged statements are not read again.
 */
export type TreeAdapter = (root: Node, languageId: string) => SourceFacts;

/**
 * Turns the text of a schema format (SQL DDL, Prisma, GraphQL, protobuf, OpenAPI/JSON Schema)
 * into the same facts. Must tolerate partial input: the text is what the user is typing.
 */
export type TextAdapter = (text: string, languageId: string) => SourceFacts;
