// Every 4xx/5xx response of an operation carries the fault schema (options.schema, a $ref string),
// either inline or through a $ref to components/responses, for every media type it declares.
const FAULT_STATUS = /^[45](\d\d|XX)$/;
const RESPONSE_REF = '#/components/responses/';

export default function faultResponse(responses, options, context) {
  if (responses === null || typeof responses !== 'object') {
    return [];
  }
  const document = context.document.data;
  const results = [];
  for (const [status, response] of Object.entries(responses)) {
    if (!FAULT_STATUS.test(status)) {
      continue;
    }
    const path = [...context.path, status];
    const problem = faultProblem(resolve(response, document), options.schema);
    if (problem) {
      results.push({ message: `The ${status} response ${problem}.`, path });
    }
  }
  return results;
}

function resolve(response, document) {
  const ref = response && response.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(RESPONSE_REF)) {
    return response;
  }
  const name = ref.slice(RESPONSE_REF.length);
  return ((document.components || {}).responses || {})[name];
}

function faultProblem(response, faultRef) {
  const content = response && response.content;
  if (!content || Object.keys(content).length === 0) {
    return 'has no body';
  }
  for (const [mediaType, media] of Object.entries(content)) {
    const ref = media && media.schema && media.schema.$ref;
    if (ref !== faultRef) {
      return `declares ${mediaType} with ${ref ? ref : 'an inline schema'} instead of ${faultRef}`;
    }
  }
  return null;
}
