/** The reminder ladder and who hears at each step (issue 15): to come. */
export function RemindersSection() {
  return null;
}
