/** The top bar's search across people, requirements, records, sessions and claims (issue 15): to come. */
export function SearchBox() {
  return null;
}
