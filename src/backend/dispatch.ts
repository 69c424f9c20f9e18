import type { z } from 'zod';
import { contract, isMethodName } from '../shared/api/contract.ts';
import type { ApiErrorBody, Envelope } from '../shared/api/envelope.ts';
import type { MethodSpec } from '../shared/api/method.ts';
import { refusal } from './access/authorise.ts';
import type { Ctx } from './context.ts';
import { callerOf } from './context.ts';
import { DomainError } from './errors.ts';
import type { Handlers } from './handler.ts';

function validationError(issues: readonly z.core.$ZodIssue[]): ApiErrorBody {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    // A method that takes `{ id, fields }` reports `fields.name` as `name`, as its service does.
    const key =
      issue.path
        .map(String)
        .join('.')
        .replace(/^fields\./, '') || 'input';
    fields[key] ??= issue.message;
  }
  const messages = Object.values(fields);
  const message =
    messages.length === 1
      ? (messages[0] as string)
      : `${messages.length} fields need attention: ${messages.join('; ')}`;
  return { code: 'VALIDATION', message, details: { fields } };
}

function isCallShape(request: unknown): request is { method: string; input?: unknown } {
  return (
    typeof request === 'object' && request !== null && typeof (request as { method?: unknown }).method === 'string'
  );
}

/**
 * The one door into the backend, shared by every transport: checks the method exists,
 * parses the input with the contract's schema, runs the handler, and wraps the outcome.
 */
export async function dispatch(
  handlers: Handlers,
  ctx: Ctx,
  request: unknown,
  /** Called as soon as the handler's synchronous part has run: every write is in it (see changes.ts). */
  afterSyncPart: () => void = () => undefined,
): Promise<Envelope<unknown>> {
  if (!isCallShape(request)) {
    return { ok: false, error: { code: 'VALIDATION', message: 'A call needs a method name and an input' } };
  }
  const { method, input } = request;
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no method called ${method}` } };
  }
  const spec = contract[method] as MethodSpec<z.ZodType, unknown>;
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) };
  const refused = refusal(ctx.db, spec.access, callerOf(ctx), parsed.data);
  if (refused) return { ok: false, error: refused };
  try {
    const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
    const value = handler(parsed.data, ctx);
    afterSyncPart();
    return { ok: true, value: await value };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.toBody() };
    console.error(`[linkwork] ${method} failed:`, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Linkwork could not complete ${method}: ${(error as Error).message}` },
    };
  }
}
