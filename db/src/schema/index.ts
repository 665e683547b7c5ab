export * from './townships.js';
export * from './settings.js';
export * from './search-outbox.js';
export * from './employers.js';
export * from './people.js';
export * from './postings.js';
export * from './training.js';
export * from './fairs.js';
