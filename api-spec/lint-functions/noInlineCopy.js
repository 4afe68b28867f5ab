// An inline schema that has the same shape as a named schema in components/schemas. Descriptions,
// titles and examples do not count as shape: a copy that only words things differently is a copy.
const NOT_SHAPE = new Set(['description', 'title', 'example', 'examples', 'externalDocs']);
const shapesByDocument = new WeakMap();

export default function noInlineCopy(schema, options, context) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || schema.$ref) {
    return [];
  }
  const shape = shapeOf(schema);
  if (shape === '{}') {
    return [];
  }
  const named = namedShapes(context.document.data).get(shape);
  if (!named || isTheNamedSchemaItself(context.path, named)) {
    return [];
  }
  return [{ message: `This inline schema repeats components/schemas/${named}.` }];
}

function isTheNamedSchemaItself(path, name) {
  return path.length === 3 && path[0] === 'components' && path[1] === 'schemas' && path[2] === name;
}

function namedShapes(document) {
  let shapes = shapesByDocument.get(document);
  if (!shapes) {
    shapes = new Map();
    const schemas = (document.components || {}).schemas || {};
    for (const [name, schema] of Object.entries(schemas)) {
      if (schema && typeof schema === 'object' && !schema.$ref) {
        shapes.set(shapeOf(schema), name);
      }
    }
    shapesByDocument.set(document, shapes);
  }
  return shapes;
}

function shapeOf(node) {
  return JSON.stringify(strip(node));
}

function strip(node) {
  if (Array.isArray(node)) {
    return node.map(strip);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const out = {};
  for (const key of Object.keys(node).sort()) {
    if (!NOT_SHAPE.has(key)) {
      out[key] = strip(node[key]);
    }
  }
  return out;
}
