import Button from '@mui/material/Button';
import { LeadOnly } from '../../components/LeadOnly.tsx';

/** The lead's button that picks a file to import; the same file can be picked again straight after. */
export function ImportFileButton(props: {
  label: string;
  /** The file chooser's filter, such as ".json,application/json". */
  accept: string;
  /** The file input's own name, for screen readers and tests. */
  inputLabel: string;
  onFile(file: File): void;
}) {
  return (
    <LeadOnly>
      <Button variant="outlined" component="label">
        {props.label}
        <input
          hidden
          type="file"
          accept={props.accept}
          aria-label={props.inputLabel}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) props.onFile(f);
          }}
        />
      </Button>
    </LeadOnly>
  );
}
