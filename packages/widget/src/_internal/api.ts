/**
 * The only network access of the widget: GET requests to the router at the element's `endpoint`,
 * JSON in return. A path is resolved under the endpoint and a request that would leave it (an
 * absolute URL, `..`) is refused, so the widget never calls anything else.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** GETs `path` (relative, with its query) under `endpoint` and returns the parsed JSON. */
export async function getJson<T>(endpoint: string, path: string, signal?: AbortSignal): Promise<T> {
  const url = new URL(path, endpoint);
  if (!url.href.startsWith(endpoint)) throw new ApiError(`${path} is outside the endpoint`, null);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`network error for ${url.pathname}`, null);
  }
  if (!response.ok) throw new ApiError(`${response.status} for ${url.pathname}`, response.status);
  return (await response.json()) as T;
}

/** A query string from defined values: `?a=1&b=x`. */
export function query(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
