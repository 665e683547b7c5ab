export * from './common.js';
export * from './health.js';
export * from './labels.js';
export * from './townships.js';
export * from './postings.js';
export * from './fairs.js';
export * from './training.js';
