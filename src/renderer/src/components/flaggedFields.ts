/**
 * The fields a failed save flagged, read from the form as drawn: every MUI field (text, select, date picker)
 * is a FormControl whose label and helper text turn to the error colour when its `error` is set, whatever the
 * page called the field. So one summary serves every form, and lists the fields in the order the user sees.
 */
export interface FlaggedField {
  label: string;
  /** The whole field (label, input, message), to scroll into view. */
  control: HTMLElement;
  /** What takes the focus: the input, the select's button, or the date field (its hidden input passes focus on). */
  target: HTMLElement;
}

const FLAGGED = '.MuiFormHelperText-root.Mui-error, .MuiFormLabel-root.Mui-error';
const TARGETS = [
  '[role="combobox"]',
  'input:not([type="hidden"]):not([aria-hidden="true"]), textarea:not([aria-hidden="true"])',
  'input:not([type="hidden"])',
];

function labelOf(control: HTMLElement, target: HTMLElement): string {
  const label = control.querySelector('.MuiFormLabel-root');
  if (label) {
    const copy = label.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.MuiFormLabel-asterisk').forEach((asterisk) => asterisk.remove());
    const text = copy.textContent?.trim();
    if (text) return text;
  }
  return target.getAttribute('aria-label') ?? 'This field';
}

/** The flagged fields inside `container`, in document order. */
export function flaggedFields(container: HTMLElement): FlaggedField[] {
  const found: FlaggedField[] = [];
  for (const control of container.querySelectorAll<HTMLElement>('.MuiFormControl-root')) {
    const flag = control.querySelector(FLAGGED);
    if (!flag || flag.closest('.MuiFormControl-root') !== control) continue;
    const target = TARGETS.map((selector) => control.querySelector<HTMLElement>(selector)).find(Boolean);
    if (!target) continue;
    found.push({ label: labelOf(control, target), control, target });
  }
  return found;
}

/** Puts the field in the middle of the view and the cursor in it. */
export function moveTo(field: FlaggedField): void {
  field.control.scrollIntoView({ block: 'center' });
  field.target.focus({ preventScroll: true });
}
