import type { z } from 'zod';
import type { Access } from './access.ts';

/** One API method: a zod schema for its input and who may call it; the output type rides along as a phantom. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  access?: Access;
  /** Never set at run time: carries the output type only. */
  output?: O;
}

export const method =
  <O>() =>
  <I extends z.ZodType>(input: I, access?: Access): MethodSpec<I, O> =>
    access ? { input, access } : { input };
