/** The bureau's batch computation of a year, for benchmarks: the service and its repository. */
export { createLevyRepository } from './levy.repository.js';
export { createLevyService } from './levy.service.js';
