// A component is used when some $ref anywhere in the document points at it. Components that are
// referenced only by other unused ones are reported once those are removed.
const refsByDocument = new WeakMap();

export default function referencedComponent(component, options, context) {
  const [, kind, name] = context.path;
  const pointer = `#/components/${kind}/${escape(name)}`;
  if (refsOf(context.document.data).has(pointer)) {
    return [];
  }
  return [{ message: `The ${kind} component '${name}' is not referenced anywhere.` }];
}

function escape(name) {
  return String(name).replace(/~/g, '~0').replace(/\//g, '~1');
}

function refsOf(document) {
  let refs = refsByDocument.get(document);
  if (!refs) {
    refs = new Set();
    collect(document, refs);
    refsByDocument.set(document, refs);
  }
  return refs;
}

function collect(node, refs) {
  if (Array.isArray(node)) {
    node.forEach((child) => collect(child, refs));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        refs.add(value);
      } else {
        collect(value, refs);
      }
    }
  }
}
