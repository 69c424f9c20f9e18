import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { downloadHandout, handoutText } from '../../stores/handouts.ts';
import { attempt } from '../../stores/notices.ts';

/** Prints (downloads) the worker's handout, or copies it as plain text for the practice's website. */
export function HandoutActions({ workerId, name }: { workerId: number; name: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    setCopied(null);
    const text = await handoutText(workerId);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied: paste it into the practice website.');
    } catch {
      setCopied('This browser did not allow copying. Download the handout instead.');
    }
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <Button
        variant="outlined"
        aria-label={`Patient handout for ${name} (PDF)`}
        onClick={() => attempt(`make the patient handout for ${name}`, () => downloadHandout(workerId))}
      >
        Patient handout
      </Button>
      <Button onClick={() => attempt(`copy the patient handout for ${name}`, copy)}>Copy as text</Button>
      <Typography role="status" variant="body2">
        {copied}
      </Typography>
    </Box>
  );
}
