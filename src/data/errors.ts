/** What went wrong, in a form a host page can branch on. */
export type ErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'schema' | 'data' | 'config';

export interface Problem {
  /** Where in the payload: `stages[2].touchpoints[0].name`; empty for the whole payload. */
  path: string;
  /** In English, for logs and `cx-error`. */
  message: string;
  /** A widget's string key (and its values) for the same text in the widget's language, where it has one. */
  code?: string;
  values?: Readonly<Record<string, string | number>>;
}

/** Base class of every error the kit raises; `message` is readable by people. */
export class CxError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'CxError';
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export class HttpError extends CxError {
  readonly status: number;
  readonly url: string;
  /** Seconds the server asked to wait (Retry-After), when it said so. */
  readonly retryAfter?: number;
  /** `HTTP 404 Not Found for /v1/journeys/x`: the reason phrase from the server, or the standard one. */
  constructor(status: number, url: string, retryAfter?: number, statusText?: string) {
    const reason = statusText?.trim() || REASONS[status] || '';
    super('http', `HTTP ${status}${reason ? ` ${reason}` : ''} for ${url}`);
    this.name = 'HttpError';
    this.status = status;
    this.url = url;
    this.retryAfter = retryAfter;
  }
}

export class NetworkError extends CxError {
  constructor(url: string, cause?: unknown) {
    super('network', `Network error for ${url}${cause instanceof Error ? `: ${cause.message}` : ''}`);
    this.name = 'NetworkError';
  }
}

export class TimeoutError extends CxError {
  constructor(url: string, ms: number) {
    super('timeout', `No answer from ${url} within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

export class ParseError extends CxError {
  constructor(url: string, detail: string) {
    super('parse', `Malformed JSON from ${url}: ${detail}`);
    this.name = 'ParseError';
  }
}

/** The payload does not follow the schema; `problems` lists every failing path. */
export class SchemaError extends CxError {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], kind: 'schema' | 'data' = 'schema') {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(kind, first ? `${first.path ? `${first.path}: ` : ''}${first.message}${more}` : 'Invalid data');
    this.name = 'SchemaError';
    this.problems = problems;
  }
  get path(): string {
    return this.problems[0]?.path ?? '';
  }
}

/** Wraps anything thrown into a CxError so that widgets only deal with one type. */
export function toCxError(error: unknown): CxError {
  if (error instanceof CxError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new CxError('network', 'Request aborted');
  return new CxError('data', error instanceof Error ? error.message : String(error));
}
