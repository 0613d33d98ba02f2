/**
 * The paste-in snippet's module: `<script type="module" src=".../cx-journey-kit.js">`
 * registers every default tag. Loading it twice (or next to another version) is harmless.
 */
import { defineWidgets } from './define.js';

defineWidgets();

export * from './index.js';
