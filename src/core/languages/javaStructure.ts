/**
 * Methods, constructors, lambdas and types in Java (see structure.ts): Spring controllers
 * (`@RestController`, `@RequestMapping("/api")`) and their handler methods (`@GetMapping("/p")`,
 * `@PreAuthorize("...")`) with their parameters' annotations (`@RequestBody`, `@AuthenticationPrincipal`).
 */
import type { Node } from './syntaxTree';
import { type AnnotationSpelling, annotationsIn, type FunctionParts, functionParts, returnStatements, type StructureReading, type TypeParts } from './structure';

/** What a local belongs to: assignments in one of these are not seen from another. */
export const FUNCTION_TYPES = new Set(['method_declaration', 'constructor_declaration', 'compact_constructor_declaration', 'lambda_expression', 'static_initializer']);

const ANNOTATIONS: AnnotationSpelling = { itemTypes: new Set(['annotation', 'marker_annotation']) };

export const JAVA_STRUCTURE: StructureReading = {
  ...returnStatements(new Set(['line_comment', 'block_comment'])),
  typeTypes: new Set(['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration', 'annotation_type_declaration', 'class_body']),
  describeFunction,
  describeType,
};

/** `@Email`, `@GetMapping("/p")`: annotations sit among a declaration's modifiers. */
export function annotationsOf(declaration: Node): string[] {
  return annotationsIn(
    declaration.namedChildren.find((c) => c?.type === 'modifiers'),
    ANNOTATIONS,
  );
}

/** A static initializer is a scope of its own but no function anything calls or routes to. */
function describeFunction(fn: Node): FunctionParts | undefined {
  if (fn.type === 'static_initializer') {
    return undefined;
  }
  const body = fn.childForFieldName('body');
  return functionParts(fn, { annotations: annotationsOf(fn), expressionBody: fn.type === 'lambda_expression' && body?.type !== 'block' ? body : null });
}

/**
 * `class C extends Base implements A, B<T>`, `interface I extends A`, `record R(...) implements X`.
 * An anonymous class (`new Runnable() {...}`) owns its methods under no name; a named class's body is part of the class.
 */
function describeType(node: Node, parent: Node | undefined): TypeParts | undefined {
  if (node.type === 'class_body') {
    return parent?.type === 'object_creation_expression' ? { nameNode: null } : undefined;
  }
  const superclass = node.childForFieldName('superclass')?.namedChildren ?? [];
  const interfaces = node.childForFieldName('interfaces') ?? node.namedChildren.find((c) => c?.type === 'extends_interfaces');
  const listed = interfaces?.namedChildren.find((c) => c?.type === 'type_list')?.namedChildren ?? [];
  return {
    nameNode: node.childForFieldName('name'),
    annotations: annotationsOf(node),
    superTypes: [...superclass, ...listed].flatMap((t) => (t ? [t.text] : [])),
  };
}
