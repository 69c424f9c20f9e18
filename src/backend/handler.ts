import type { MethodName, OutputOf, ParsedInputOf } from '../shared/api/contract.ts';
import type { Ctx } from './context.ts';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: Ctx) => OutputOf<M> | Promise<OutputOf<M>>;

/** A domain's share of the API: one handler per method it owns. */
export type HandlerTable<M extends MethodName> = { [K in M]: Handler<K> };

export type Handlers = HandlerTable<MethodName>;
