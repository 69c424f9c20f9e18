/* global window, document */
// The desktop app's welcome: the choice goes back to the app as this page's own address with a query
// (?choice=local, or ?choice=connect&address=…), which the app reads and acts on without loading it. When it
// sends the page back with ?problem=…&address=…, the problem is shown and the address kept.
const params = new URLSearchParams(window.location.search);
const problem = params.get('problem');
const address = params.get('address');
const input = document.getElementById('address');
if (address && input) input.value = address;
if (problem) {
  const box = document.getElementById('problem');
  if (box) {
    box.textContent = problem;
    box.hidden = false;
  }
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}
