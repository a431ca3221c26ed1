/**
 * Functions and classes in TypeScript, TSX and JavaScript (see structure.ts): NestJS controllers
 * and their decorated methods, Express handlers (`app.get('/p', (req, res) => ...)`), Next.js route
 * handlers (`export async function GET(req)`, `export const GET = async (req) => ...`).
 */
import type { Node } from './syntaxTree';
import { type AnnotationSpelling, annotationsIn, type FunctionParts, returnStatements, type StructureReading, type TypeParts } from './structure';

export const DECORATORS: AnnotationSpelling = { itemTypes: new Set(['decorator']) };

/**
 * Where an unnamed function takes its name from what holds it, as JavaScript itself names it
 * (`const GET = async () => {}` has `GET.name === 'GET'`), by the field that holds the name.
 */
const NAMING_PARENTS: ReadonlyMap<string, string> = new Map([
  ['variable_declarator', 'name'],
  ['pair', 'key'],
  ['public_field_definition', 'name'],
  ['assignment_expression', 'left'],
]);

export const TYPESCRIPT_STRUCTURE: StructureReading = {
  ...returnStatements(),
  typeTypes: new Set(['class_declaration', 'abstract_class_declaration', 'class', 'interface_declaration']),
  describeFunction,
  describeType,
  // The TypeScript grammar puts a method's decorators before it in the class body; JavaScript's inside it.
  siblingAnnotations: { containerTypes: new Set(['class_body']), annotationTypes: DECORATORS.itemTypes },
};

function describeFunction(fn: Node, parent: Node | undefined): FunctionParts {
  const body = fn.childForFieldName('body');
  const nameNode = fn.childForFieldName('name') ?? inferredName(parent);
  return {
    name: nameNode ? nameNode.text.replace(/^#|^["'`]|["'`]$/g, '') : '',
    nameNode,
    annotations: annotationsIn(fn, DECORATORS),
    parameters: fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter'),
    expressionBody: fn.type === 'arrow_function' && body?.type !== 'statement_block' ? body : null,
  };
}

/** The name node of what an unnamed function is given to, when that is a plain name (not `x.handler`). */
function inferredName(parent: Node | undefined): Node | null {
  const field = parent ? NAMING_PARENTS.get(parent.type) : undefined;
  const name = field ? parent?.childForFieldName(field) : null;
  return name && /identifier$|^string$/.test(name.type) ? name : null;
}

/** `@Controller('p') export class PatientsController extends Base implements OnInit`: an exported class's decorators sit on the export. */
function describeType(node: Node, parent: Node | undefined): TypeParts {
  const exported = parent?.type === 'export_statement' ? parent : undefined;
  const heritage = node.namedChildren.find((c) => c?.type === 'class_heritage' || c?.type === 'extends_type_clause');
  return {
    nameNode: node.childForFieldName('name'),
    annotations: [...annotationsIn(exported, DECORATORS), ...annotationsIn(node, DECORATORS)],
    ...(exported ? { rangeStart: exported } : {}),
    superTypes: heritage ? superTypesIn(heritage) : [],
  };
}

/** `extends Base implements A, B<C>` gives Base, A and B<C>; JavaScript writes the base class straight after `extends`. */
function superTypesIn(heritage: Node): string[] {
  return heritage.namedChildren.flatMap((clause) => {
    if (!clause || clause.type === 'comment') {
      return [];
    }
    switch (clause.type) {
      case 'extends_clause':
        return clause.childrenForFieldName('value').flatMap((v) => (v ? [v.text] : []));
      case 'implements_clause':
        return clause.namedChildren.flatMap((t) => (t ? [t.text] : []));
      default:
        // An interface's `extends A, B`, and JavaScript's base expression.
        return [clause.text];
    }
  });
}
