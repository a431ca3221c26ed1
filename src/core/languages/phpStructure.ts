/**
 * Functions, methods, closures and types in PHP (see structure.ts): Laravel and Symfony
 * controllers with their PHP 8 attributes (`#[Route('/p')]`, `#[IsGranted('ROLE_USER')]`), the
 * classes they extend and the traits they use (`use AuthorizesRequests;`).
 */
import type { Node } from './syntaxTree';
import { type AnnotationSpelling, annotationsIn, type FunctionParts, functionParts, returnStatements, type StructureReading, type TypeParts } from './structure';

/** One entry per attribute, as a reader writes it alone: `#[Route('/p'), IsGranted('ROLE_USER')]` gives `#[Route('/p')]` and `#[IsGranted('ROLE_USER')]`. */
const ATTRIBUTES: AnnotationSpelling = { itemTypes: new Set(['attribute']), listTypes: new Set(['attribute_list', 'attribute_group']), wrap: (text) => `#[${text}]` };
/** Clauses that name what a type builds on: `extends`, `implements`, and a body's `use Trait;`. */
const SUPER_TYPE_CLAUSES = new Set(['base_clause', 'class_interface_clause', 'use_declaration']);

export const PHP_STRUCTURE: StructureReading = {
  ...returnStatements(),
  typeTypes: new Set(['class_declaration', 'trait_declaration', 'interface_declaration', 'enum_declaration', 'anonymous_class']),
  describeFunction,
  describeType,
};

export function attributesOf(declaration: Node): string[] {
  return annotationsIn(declaration, ATTRIBUTES);
}

function describeFunction(fn: Node): FunctionParts {
  return functionParts(fn, { annotations: attributesOf(fn), expressionBody: fn.type === 'arrow_function' ? fn.childForFieldName('body') : null });
}

/** `class PatientController extends Controller implements HasMiddleware { use AuthorizesRequests; }`. */
function describeType(node: Node): TypeParts {
  const body = node.childForFieldName('body');
  const clauses = [...node.namedChildren, ...(body?.namedChildren ?? [])].filter((c): c is Node => c !== null && SUPER_TYPE_CLAUSES.has(c.type));
  return {
    nameNode: node.childForFieldName('name'),
    annotations: attributesOf(node),
    superTypes: clauses.flatMap((clause) => clause.namedChildren.flatMap((n) => (n && (n.type === 'name' || n.type === 'qualified_name') ? [n.text] : []))),
  };
}
