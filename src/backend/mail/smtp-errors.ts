/** nodemailer's error as it arrives: its own code, the system's code underneath, and the server's reply. */
interface SmtpFailure {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * What went wrong talking to the mail server, in words a lead can act on: the server's name not found, the
 * connection refused or timed out, TLS failing, the sign-in refused, or the server refusing the message.
 */
export function describeSmtpFailure(error: unknown, server: { host: string; port: number }): string {
  const failure = (error ?? {}) as SmtpFailure;
  const where = `${server.host} port ${server.port}`;
  const system = failure.originalCode ?? '';
  if (failure.code === 'EDNS' || system === 'ENOTFOUND' || system === 'EAI_AGAIN')
    return `The mail server ${server.host} was not found: check its name`;
  if (system === 'ECONNREFUSED') return `The mail server at ${where} refused the connection: check the port`;
  if (failure.code === 'ETIMEDOUT' || system === 'ETIMEDOUT')
    return `The mail server at ${where} did not answer in time: check the name, the port and any firewall`;
  if (failure.code === 'EAUTH')
    return 'The mail server refused the user name and password: check them (some servers need an app password)';
  if (failure.code === 'ETLS' || /SSL|TLS|certificate|wrong version/i.test(failure.message ?? ''))
    return `The secure connection to ${where} failed: check whether the server expects TLS from the start or STARTTLS, and its certificate`;
  if (failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE') {
    const reply = failure.response ? ` (it said: ${failure.response.slice(0, 200)})` : '';
    return `The mail server would not take the message${reply}: check the sender address is one it may send from`;
  }
  if (failure.code === 'ECONNECTION' || failure.code === 'ESOCKET')
    return `The connection to the mail server at ${where} failed: check the name, the port and the security setting`;
  return `The mail server at ${where} could not take the message: ${(failure.message ?? 'no reason given').slice(0, 200)}`;
}
