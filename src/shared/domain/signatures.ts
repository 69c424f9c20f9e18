/**
 * Who signed a record, and how. In team mode a signature is the signed-in account (its id, and the name and
 * e-mail it had at the time); in personal mode Linkwork has no sign-in, so a signature is a name typed on the
 * record, or the person chosen under "Acting as", and is attribution, not authentication.
 */
export type Signature =
  | { kind: 'account'; name: string; at: string; accountId: number; email: string }
  | { kind: 'typedName'; name: string; at: string }
  | { kind: 'actingAs'; name: string; at: string };

export type SignatureKind = Signature['kind'];
