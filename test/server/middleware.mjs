/**
 * Koa middleware for the test runner's dev server (test-only endpoints such
 * as an SSE stream that drops and resumes). Owned by the data-layer tests.
 */
export const testMiddleware = [];
