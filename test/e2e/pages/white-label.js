// The vendor's app: own prefix, own German strings for each kind of widget.
import { defineWidgets } from '/kit/cx-journey-kit.js';

defineWidgets({ prefix: 'acme' });
document.getElementById('score').strings = { target: 'Zielwert {v}' };
document.getElementById('trend').strings = { composition: 'Mischung' };
