/**
 * The generated half of the OpenAPI description: each operation's parameters and JSON body are
 * read from the schemas the routes validate with (src/server/schemas/), so the document states
 * exactly the bounds, patterns and defaults that are enforced. The prose (summaries, responses)
 * stays hand-written in openapi*.ts.
 */
import type { TObject, TSchema } from 'typebox';
import { ENDPOINTS, type EndpointSchemas } from './schemas/index.js';

type Json = Record<string, unknown>;

/** A schema as plain JSON, without the keys only the messages read (`x-error`, `x-unknown`). */
export function plain(schema: TSchema): Json {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === 'x-error' || key === 'x-unknown' ? undefined : value,
  );
}

/**
 * A query parameter is required when its schema says so and it has no default (see
 * schemas/query.ts); an array is a parameter repeated for several values.
 */
export function queryParameters(query: TObject): Json[] {
  const required = new Set<string>(query.required ?? []);
  return Object.entries(query.properties).map(([name, property]) => {
    const { description, deprecated, ...schema } = plain(property);
    return {
      name,
      in: 'query',
      ...(description === undefined ? {} : { description }),
      ...(required.has(name) && !('default' in schema) ? { required: true } : {}),
      ...(deprecated ? { deprecated: true } : {}),
      schema,
      ...(schema.type === 'array' ? { style: 'form', explode: true } : {}),
    };
  });
}

export function pathParameters(path: TObject | undefined): Json[] {
  return Object.entries(path?.properties ?? {}).map(([name, property]) => {
    const { description, ...schema } = plain(property);
    return {
      name,
      in: 'path',
      required: true,
      ...(description === undefined ? {} : { description }),
      schema,
    };
  });
}

function parametersOf(schemas: EndpointSchemas, extra: unknown): Json[] {
  return [
    ...pathParameters(schemas.path),
    ...queryParameters(schemas.query),
    ...(Array.isArray(extra) ? extra : []),
  ];
}

/**
 * The paths with every operation's parameters and JSON body filled in from ENDPOINTS. Parameters
 * an operation lists itself (`api_key`, read before any route) follow the generated ones. An
 * operation without schemas is a mistake in the document, refused as it is built.
 */
export function withSchemas(paths: Record<string, Record<string, Json>>) {
  const out: Record<string, Record<string, Json>> = {};
  for (const [path, operations] of Object.entries(paths)) {
    out[path] = {};
    for (const [method, operation] of Object.entries(operations)) {
      const schemas = ENDPOINTS[`${method.toUpperCase()} ${path}`];
      if (!schemas) throw new Error(`the OpenAPI document has ${method} ${path}; no schemas do`);
      const parameters = parametersOf(schemas, operation.parameters);
      const filled: Json = { ...operation, parameters };
      if (parameters.length === 0) delete filled.parameters;
      if (schemas.body) {
        const body = (operation.requestBody ?? {}) as { content?: Record<string, Json> };
        const content = { ...body.content, 'application/json': { schema: plain(schemas.body) } };
        filled.requestBody = { required: true, ...body, content };
      }
      out[path]![method] = filled;
    }
  }
  return out;
}
