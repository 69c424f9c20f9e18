/**
 * The sites a link in Linkwork may open in the computer's browser: NHS domains, and the training and peer-support
 * bodies the requirements catalogue names (resources/catalogue/requirements.json names them, but holds no links).
 * Anything else stays closed, so a page, or a link someone pastes into a record, cannot send the computer to an
 * arbitrary site or hand an address to another program.
 */
export const EXTERNAL_SITES: readonly { domain: string; why: string }[] = [
  {
    domain: 'nhs.uk',
    why: 'NHS England, FutureNHS, NHS England Digital (NWRS), the Learning Hub and ICBs: every nhs.uk site',
  },
  { domain: 'e-lfh.org.uk', why: "e-Learning for Healthcare: 'Social prescribing: learning for link workers'" },
  { domain: 'personalisedcareinstitute.org.uk', why: 'the Personalised Care Institute (PCI-accredited training)' },
  { domain: 'socialprescribingacademy.org.uk', why: 'NASP, the National Academy for Social Prescribing' },
  { domain: 'nalw.org.uk', why: 'NALW, the National Association of Link Workers' },
];

export type OutsideLink = { open: true; url: string } | { open: false; refusal: string };

const onTheList = (hostname: string): boolean =>
  EXTERNAL_SITES.some(({ domain }) => hostname === domain || hostname.endsWith(`.${domain}`));

/**
 * Whether a link may leave Linkwork for the computer's browser: https on the default port, no user name or
 * password, to a site on the list. A refusal says why without repeating the link's path or query, which could
 * hold a token or a person's details.
 */
export function outsideLink(url: string): OutsideLink {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { open: false, refusal: 'Linkwork did not open a link that is not a web address' };
  }
  const where =
    parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : `a link starting ${parsed.protocol}`;
  if (parsed.protocol !== 'https:') {
    return { open: false, refusal: `Linkwork did not open ${where}: only https links open outside the app` };
  }
  if (parsed.username || parsed.password || parsed.port) {
    return { open: false, refusal: `Linkwork did not open ${where}: a link with a port or password is not opened` };
  }
  if (!onTheList(parsed.hostname)) {
    return {
      open: false,
      refusal: `Linkwork did not open ${where}: only NHS sites and the training sites the catalogue names open outside the app`,
    };
  }
  return { open: true, url: parsed.href };
}
