/** The patient handout: a link worker's contact details and the PCN's wording around them. */

/** How patients reach a worker; an empty field is left off the handout. */
export interface HandoutDetails {
  workerId: number;
  phone: string;
  email: string;
  /** When they work and can be reached, in the worker's own words ("Monday to Thursday, 9am to 5pm"). */
  workingTimes: string;
}

/** The wording's parts, in the order the handout prints them; headings are one line, the rest paragraphs. */
export const WORDING_PARTS = [
  'title',
  'intro',
  'doHeading',
  'doText',
  'expectHeading',
  'expectText',
  'reachHeading',
  'reachText',
  'closing',
] as const;
export type WordingPart = (typeof WORDING_PARTS)[number];
export type HandoutWording = Record<WordingPart, string>;

export const WORDING_LABELS: Record<WordingPart, string> = {
  title: 'Title',
  intro: 'Opening',
  doHeading: 'Heading: what a link worker does',
  doText: 'What a link worker does',
  expectHeading: 'Heading: what to expect',
  expectText: 'What to expect',
  reachHeading: 'Heading: how to get in touch',
  reachText: 'How to get in touch (the contact details follow)',
  closing: 'Closing words',
};

export const ONE_LINE_PARTS: ReadonlySet<WordingPart> = new Set([
  'title',
  'doHeading',
  'expectHeading',
  'reachHeading',
]);

/** What each placeholder becomes on a worker's handout. */
export const HANDOUT_PLACEHOLDERS = {
  name: 'the worker’s full name',
  firstName: 'the worker’s first name',
  practices: 'the practice or practices they work at',
  pcn: 'the PCN’s name',
} as const;
export type HandoutPlaceholder = keyof typeof HANDOUT_PLACEHOLDERS;

/** A worker's handout as lines of text, before it is printed or copied. */
export interface HandoutContent {
  workerName: string;
  title: string;
  intro: string;
  sections: { heading: string; text: string }[];
  /** Label and value: phone, e-mail, when to reach them, the surgery. */
  contacts: [string, string][];
  closing: string;
}
