// The service's API: JSON over fetch with the bearer token; problem details become ApiError.
const TOKEN = 'tandem-token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function savedToken() {
  return sessionStorage.getItem(TOKEN);
}

export function saveToken(token) {
  if (token) {
    sessionStorage.setItem(TOKEN, token);
  } else {
    sessionStorage.removeItem(TOKEN);
  }
}

async function send(method, path, body, headers = {}) {
  const token = savedToken();
  const response = await fetch(path, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json || {});
  }
  return json;
}

export const api = {
  get: path => send('GET', path),
  /** A state change, idempotent: a retry with the same key is not applied twice. */
  post: (path, body = {}) => send('POST', path, body, { 'Idempotency-Key': crypto.randomUUID() }),
  login: (username, password) => send('POST', '/api/login', { username, password }),
};

/** A query string from the defined values of params. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}
