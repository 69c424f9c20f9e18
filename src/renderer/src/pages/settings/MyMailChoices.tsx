import { myMailPreferences } from '../../stores/mail.ts';
import { Loaded } from './Loaded.tsx';
import { MailPreferencesForm } from './MailPreferencesForm.tsx';

/** The signed-in person's own choice of e-mail reminders, loaded (team mode only: personal mode has no e-mail). */
export function MyMailChoices() {
  const state = myMailPreferences.use(null);
  return (
    <Loaded state={state} what="your e-mail choices" retry={() => void myMailPreferences.load(null)}>
      {(preferences) => <MailPreferencesForm key={JSON.stringify(preferences)} preferences={preferences} />}
    </Loaded>
  );
}
