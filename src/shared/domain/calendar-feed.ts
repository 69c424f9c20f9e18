/** A calendar subscription address's state for one person (team mode only). */
export interface CalendarFeedStatus {
  /** Team mode, and the person has an account: only then can an address exist. */
  available: boolean;
  /** Why not, when not available. */
  reason: string | null;
  /** When the live address was made (an ISO instant), or null when there is none. */
  liveSince: string | null;
  /** The caller is that person, so may make a new address. */
  mayCreate: boolean;
}

/** A new address's secret, shown once: the page turns it into `<origin>/calendar/<token>.ics`. */
export interface NewCalendarFeed {
  token: string;
  status: CalendarFeedStatus;
}
