import { defineWidgets } from '/kit/cx-journey-kit.js';
defineWidgets({ prefix: 'acme' });
