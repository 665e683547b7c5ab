/** The bureau's batch computation of a year, for benchmarks: the services and their repository. */
export { createLevyRepository } from './levy.repository.js';
export { createLevyService } from './levy.service.js';
export { createQuotaOverviewService } from '../quota/quota-overview.service.js';
