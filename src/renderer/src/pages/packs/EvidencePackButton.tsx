import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useState } from 'react';
import { attempt } from '../../stores/notices.ts';

interface EvidencePackButtonProps {
  /** Whose pack: "Florence Ndlovu", "Riverside Surgery". */
  name: string;
  label: string;
  download(): Promise<void>;
  size?: 'small' | 'medium';
  variant?: 'text' | 'outlined';
}

/**
 * Makes and saves an evidence pack, which can take a few seconds for a practice: while it is made the button says so
 * and is busy (a screen reader hears the change); a failure is reported by name like any other.
 */
export function EvidencePackButton({ name, label, download, size, variant }: EvidencePackButtonProps) {
  const [making, setMaking] = useState(false);
  const onClick = () => {
    setMaking(true);
    attempt(`make the evidence pack for ${name}`, () => download().finally(() => setMaking(false)));
  };
  return (
    <Button
      size={size}
      variant={variant}
      aria-label={making ? `Making the evidence pack for ${name}` : `${label}: ${name}`}
      aria-busy={making}
      aria-live="polite"
      disabled={making}
      onClick={onClick}
      startIcon={making ? <CircularProgress size={14} color="inherit" aria-hidden /> : undefined}
    >
      {making ? 'Making the pack…' : label}
    </Button>
  );
}
