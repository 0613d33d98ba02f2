import type { CxError, ErrorKind, Problem } from '../data/errors.js';

/** Detail of `cx-error`: plain data a host can log or show. */
export interface CxErrorDetail {
  kind: ErrorKind;
  /** A readable sentence, e.g. `stages[2].touchpoints[0].name: expected string, got number`. */
  message: string;
  /** The first failing path in the payload, when the data is at fault. */
  path?: string;
  problems?: readonly Problem[];
  status?: number;
  /** The URL that was loaded, when `src` was used. */
  src?: string;
}

/** Dispatches a `cx-*` event that bubbles out of shadow roots. */
export function emit<D>(target: EventTarget, type: `cx-${string}`, detail: D): boolean {
  return target.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true }));
}

export function errorDetail(error: CxError, src?: string): CxErrorDetail {
  const e = error as CxError & { problems?: readonly Problem[]; status?: number; path?: string };
  return {
    kind: e.kind,
    message: e.message,
    ...(e.path ? { path: e.path } : {}),
    ...(e.problems ? { problems: e.problems.map((p) => ({ ...p })) } : {}),
    ...(e.status !== undefined ? { status: e.status } : {}),
    ...(src ? { src } : {}),
  };
}
