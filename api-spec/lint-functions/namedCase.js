// camelCase check with a list of allowed exceptions: {name: reason}. The reason is for people; the
// rule only needs the name.
const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

export default function namedCase(name, options) {
  if (typeof name !== 'string' || CAMEL_CASE.test(name)) {
    return [];
  }
  const exceptions = (options && options.exceptions) || {};
  if (Object.prototype.hasOwnProperty.call(exceptions, name)) {
    return [];
  }
  return [{ message: `The name '${name}' is not camelCase.` }];
}
