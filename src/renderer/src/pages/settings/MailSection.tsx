/** The PCN's SMTP server for e-mail digests, with a test message (issue 15): to come. */
export function MailSection() {
  return null;
}
