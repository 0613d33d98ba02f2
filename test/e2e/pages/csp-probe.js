window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
// Every cx-error that reaches the document, with the id of the widget that raised it.
window.cxErrors = [];
document.addEventListener('cx-error', (e) => {
  window.cxErrors.push({ id: e.target.id, tag: e.target.localName, detail: e.detail });
});
