package org.procsite.render.decision;

import java.util.List;

/**
 * The decision page's layout rules (docs/decision-page.md, "The screen"), read in the page as it
 * stands, in one script: what a proctor holding the phone would see wrong.
 *
 * <ul>
 *   <li>a way forward (an answer or a continue control) in view while an item of the step above
 *       it is out of view or covered by it;
 *   <li>the continue control out of view with no "more below" cue;
 *   <li>with several students, the current student's name out of view;
 *   <li>the call bar's {@code tel:} link out of view.
 * </ul>
 */
final class LayoutRules {

    private LayoutRules() {}

    private static final String SCRIPT = "const out = [];"
            + "const bar = document.querySelector('.call-bar').getBoundingClientRect();"
            + "const node = document.querySelector('[data-node].on');"
            + "if (!node) return ['no screen shown'];"
            + "const id = node.dataset.node;"
            + "const bottom = Math.min(innerHeight, bar.top);"
            + "const inView = r => r.bottom > 0 && r.top < bottom;"
            + "const items = Array.from(node.querySelectorAll('h2, .text > *, .checklist > li, .countdown:not([hidden]), .every'));"
            + "const ways = Array.from(node.querySelectorAll('[data-next]'));"
            + "ways.filter(w => inView(w.getBoundingClientRect())).forEach(w => {"
            + "  const top = w.getBoundingClientRect().top;"
            + "  items.filter(i => i.compareDocumentPosition(w) & Node.DOCUMENT_POSITION_FOLLOWING).forEach(i => {"
            + "    const r = i.getBoundingClientRect();"
            + "    if (r.top < -1 || r.bottom > top + 1) out.push(id + ': ' + i.textContent.trim().slice(0, 40)"
            + "      + ' is ' + (r.top < -1 ? 'above the screen' : 'covered or under the screen')"
            + "      + ' while ' + w.textContent.trim().slice(0, 30) + ' is in view');"
            + "  });"
            + "});"
            + "const go = node.querySelector('.go');"
            + "const more = document.querySelector('[data-more]');"
            + "if (go && !inView(go.getBoundingClientRect()) && !more.checkVisibility())"
            + "  out.push(id + ': the way forward is under the screen and nothing says so');"
            + "const who = document.querySelector('[data-who]');"
            + "if (document.querySelectorAll('[data-case]').length > 1) {"
            + "  const r = who.getBoundingClientRect();"
            + "  const cur = document.querySelector('[data-case][aria-current=true] .case-name');"
            + "  if (!who.checkVisibility() || r.top < 0 || r.bottom > bottom) out.push(id + ': the current student\\'s name is out of view');"
            + "  else if (!cur || who.textContent !== cur.textContent) out.push(id + ': the name above the step is not the current student\\'s');"
            + "}"
            + "const tel = document.querySelector('.call-bar a[href^=\"tel:\"]').getBoundingClientRect();"
            + "if (tel.top < 0 || tel.bottom > innerHeight) out.push(id + ': the call link is out of view');"
            + "return out;";

    /** The rules broken by the screen as it stands; empty when all hold. */
    @SuppressWarnings("unchecked")
    static List<String> broken(PageBrowser browser) {
        return (List<String>) browser.js(SCRIPT);
    }
}
