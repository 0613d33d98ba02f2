/**
 * The one zod entry point of the kit. `jitless` must be set before any schema
 * is built, otherwise zod compiles parsers with `new Function`, which a strict
 * Content Security Policy (no 'unsafe-eval') blocks.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
