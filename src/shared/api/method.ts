import type { z } from 'zod';

/** One API method: a zod schema for its input; the output type rides along as a phantom. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never set at run time: carries the output type only. */
  output?: O;
}

export const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
