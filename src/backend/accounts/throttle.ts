/**
 * Failed sign-ins, counted per e-mail address (whether or not it has an account, so the answer never tells)
 * and per network address. Past the limit within the window, sign-in is paused for that key until the
 * window has passed since its last failure.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly limits: { email: number; address: number };

  constructor(windowMs = 15 * 60_000, limits = { email: 5, address: 20 }) {
    this.windowMs = windowMs;
    this.limits = limits;
  }

  /** Minutes to wait, or 0 when this e-mail from this address may try now. */
  waitMinutes(email: string, address: string, nowMs: number): number {
    const waits = [
      this.wait(`email:${email.toLowerCase()}`, this.limits.email, nowMs),
      this.wait(`address:${address}`, this.limits.address, nowMs),
    ];
    return Math.ceil(Math.max(...waits) / 60_000);
  }

  fail(email: string, address: string, nowMs: number): void {
    for (const key of [`email:${email.toLowerCase()}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key, nowMs), nowMs]);
    }
  }

  succeed(email: string): void {
    this.failures.delete(`email:${email.toLowerCase()}`);
  }

  private recent(key: string, nowMs: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => nowMs - at < this.windowMs);
  }

  private wait(key: string, limit: number, nowMs: number): number {
    const recent = this.recent(key, nowMs);
    if (recent.length < limit) return 0;
    return this.windowMs - (nowMs - (recent.at(-1) ?? nowMs));
  }
}
