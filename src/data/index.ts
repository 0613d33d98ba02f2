export * from './schemas/index.js';
export { configure, resetConfig, type ClientConfig } from './config.js';
export { requestJson, type RequestOptions } from './client.js';
export { loadResource, clearCache } from './resource.js';
export { subscribe, type LiveMessage, type LiveStatus, type LiveSubscription } from './live.js';
export { validate, formatPath } from './validate.js';
export * from './errors.js';
