// Resolves when every widget on the page has left its loading state.
const widgets = [...document.querySelectorAll('body *')].filter((el) => el.localName.includes('-'));
const deadline = performance.now() + 15000;
while (performance.now() < deadline && widgets.some((el) => !el.state || el.state === 'loading')) {
  await new Promise((r) => setTimeout(r, 50));
}
await new Promise((r) => setTimeout(r, 300));
window.e2eReady = true;
