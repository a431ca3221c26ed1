/**
 * Functions and classes in Python (see structure.ts): Flask and FastAPI views with their route and
 * guard decorators (`@app.get("/p")`, `@login_required`), Django function views and class-based
 * views with their mixins (`class PatientView(LoginRequiredMixin, DetailView)`).
 */
import type { Node } from './syntaxTree';
import { type AnnotationSpelling, annotationsIn, type FunctionParts, functionParts, returnStatements, type StructureReading, type TypeParts } from './structure';

const DECORATORS: AnnotationSpelling = { itemTypes: new Set(['decorator']) };

export const PYTHON_STRUCTURE: StructureReading = {
  ...returnStatements(),
  typeTypes: new Set(['class_definition']),
  describeFunction,
  describeType,
};

function describeFunction(fn: Node, parent: Node | undefined): FunctionParts {
  return functionParts(fn, { ...decoration(parent), expressionBody: fn.type === 'lambda' ? fn.childForFieldName('body') : null });
}

/** `class PatientView(LoginRequiredMixin, generic.DetailView, metaclass=ABCMeta)`: the bases, not the keywords. */
function describeType(node: Node, parent: Node | undefined): TypeParts {
  const bases = node.childForFieldName('superclasses')?.namedChildren ?? [];
  return {
    nameNode: node.childForFieldName('name'),
    ...decoration(parent),
    superTypes: bases.flatMap((b) => (b && b.type !== 'keyword_argument' && b.type !== 'comment' ? [b.text] : [])),
  };
}

/** Decorators wrap a definition in a `decorated_definition`, which is where the definition starts. */
function decoration(parent: Node | undefined): { annotations: string[]; rangeStart?: Node } {
  return parent?.type === 'decorated_definition' ? { annotations: annotationsIn(parent, DECORATORS), rangeStart: parent } : { annotations: [] };
}
