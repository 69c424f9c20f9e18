import type { z } from 'zod';
import type { Access } from './access.ts';

/** One API method: a zod schema for its input and who may call it; the output type rides along as a phantom. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Checked at the one door before the handler runs; every method must declare one (it does not compile without). */
  access: Access;
  /** Never set at run time: carries the output type only. */
  output?: O;
}

export const method =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): MethodSpec<I, O> => ({ input, access });
