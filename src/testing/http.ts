/** Small HTTP helpers for tests that talk to a real server on loopback. */
import { setTimeout as sleep } from 'node:timers/promises';

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

/**
 * A GET, tried again once when the kept-alive connection it went out on had been closed by the
 * server meanwhile (an idle timeout passing while a loaded machine held the server's thread): a
 * GET is safe to repeat, as HTTP clients do.
 */
export async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  try {
    return readResponse(await fetch(url, { headers }));
  } catch (error) {
    const code = ((error as Error).cause as { code?: string } | undefined)?.code;
    if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    await sleep(50);
    return readResponse(await fetch(url, { headers }));
  }
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
