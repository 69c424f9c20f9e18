import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useAbilities } from '../../app/abilities.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { MailPersonalModeNote, MAIL_PROMISE } from './MailSection.tsx';
import { MyMailChoices } from './MyMailChoices.tsx';

/**
 * `#/email`: anyone signed in chooses which reminders reach them by e-mail. Each digest links here, and so does
 * the page an unsubscribe link opens, so a person who stopped a kind can have it back.
 */
export function MyMailPage() {
  const { team } = useAbilities();
  return (
    <>
      <PageHeader title="E-mail reminders" subtitle={team ? MAIL_PROMISE : undefined} />
      <Paper component="section" aria-label="Your e-mail reminders" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h2" gutterBottom>
          What your e-mails tell you about
        </Typography>
        {team ? <MyMailChoices /> : <MailPersonalModeNote />}
      </Paper>
    </>
  );
}
