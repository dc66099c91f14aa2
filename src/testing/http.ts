/** Small HTTP request helpers for tests that talk to a running server, JSON bodies parsed. */

export interface JsonResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
  body: any;
}

/** A response with its body parsed as JSON when it says it is JSON. */
export async function readResponse(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: isJson ? JSON.parse(text) : text,
  };
}

export async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  return readResponse(await fetch(url, { headers }));
}

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return readResponse(
    await fetch(url, {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );
}

/** A form-encoded POST, as OpenRefine sends reconciliation queries. */
export async function postForm(
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const body = new URLSearchParams(fields);
  return readResponse(await fetch(url, { method: 'POST', body, headers }));
}
