import { auditHandlers } from './audit/handlers.ts';
import { claimHandlers } from './claims/handlers.ts';
import { competencyHandlers } from './competencies/handlers.ts';
import type { Handlers } from './handler.ts';
import { pcnHandlers } from './pcn/handlers.ts';
import { requirementHandlers } from './requirements/handlers.ts';
import { sessionHandlers } from './session/handlers.ts';
import { staffHandlers } from './staff/handlers.ts';
import { supervisionHandlers } from './supervision/handlers.ts';
import { trainingHandlers } from './training/handlers.ts';

/** Every method in the contract, answered once; the type fails to check if one is missing. */
export const handlers: Handlers = {
  ...sessionHandlers,
  ...pcnHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...requirementHandlers,
  ...trainingHandlers,
  ...competencyHandlers,
  ...supervisionHandlers,
  ...claimHandlers,
};
