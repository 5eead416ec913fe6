// The decision page's layout rules (docs/decision-page.md, "The screen"), read in the page as it
// stands: the body of a WebDriver script, returning the rules broken, as sentences. Run by the
// Java tests (LayoutRules) and by page.properties.mjs on each new screen.
const out = [];
const bar = document.querySelector('.call-bar').getBoundingClientRect();
const node = document.querySelector('[data-node].on');
if (!node) return ['no screen shown'];
const id = node.dataset.node;
const bottom = Math.min(innerHeight, bar.top);
const inView = (r) => r.bottom > 0 && r.top < bottom;
// A way forward (an answer, a continue control) in view while an item above it is not.
const items = Array.from(node.querySelectorAll('h2, .text > *, .checklist > li, .countdown:not([hidden]), .every'));
Array.from(node.querySelectorAll('[data-next]')).filter((w) => inView(w.getBoundingClientRect())).forEach((w) => {
  const top = w.getBoundingClientRect().top;
  items.filter((i) => i.compareDocumentPosition(w) & Node.DOCUMENT_POSITION_FOLLOWING).forEach((i) => {
    const r = i.getBoundingClientRect();
    if (r.top < -1 || r.bottom > top + 1) {
      out.push(id + ': ' + i.textContent.trim().slice(0, 40) + ' is '
        + (r.top < -1 ? 'above the screen' : 'covered or under the screen')
        + ' while ' + w.textContent.trim().slice(0, 30) + ' is in view');
    }
  });
});
// The continue control under the screen: the "more below" cue says so.
const go = node.querySelector('.go');
if (go && !inView(go.getBoundingClientRect()) && !document.querySelector('[data-more]').checkVisibility()) {
  out.push(id + ': the way forward is under the screen and nothing says so');
}
// With several students, the current one's name in view above its step.
const who = document.querySelector('[data-who]');
if (document.querySelectorAll('[data-case]').length > 1) {
  const r = who.getBoundingClientRect();
  const cur = document.querySelector('[data-case][aria-current=true] .case-name');
  if (!who.checkVisibility() || r.top < 0 || r.bottom > bottom) {
    out.push(id + ': the current student\'s name is out of view');
  } else if (!cur || who.textContent !== cur.textContent) {
    out.push(id + ': the name above the step is not the current student\'s');
  }
}
// The call link on every screen.
const tel = document.querySelector('.call-bar a[href^="tel:"]').getBoundingClientRect();
if (tel.top < 0 || tel.bottom > innerHeight) out.push(id + ': the call link is out of view');
return out;
