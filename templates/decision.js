/* Decision page (decision.html): the shell around DecisionModel (decision-model.js).
 *
 * Without this script every answer is a link to "#next-node" and CSS shows the nodes. With it,
 * the page follows the state machine of docs/decision-page.md: this file only turns what happens
 * (a tap, a move of the history, the page opening, time passing) into an event, hands it to the
 * model, and then, from the state it returns, draws the screen, saves the students and writes
 * the history. All of it at once, in the same task: no queue, no timer in the history code.
 *
 * The history: each entry this page writes carries { procsite: document id, k: 1, 2, ...,
 * bottom: whether the document's first entry is the tab's first }.
 * Whenever back has somewhere to go inside the page, an entry of the page lies below the one on
 * screen, so the back gesture lands on it (a "popstate") and the model decides what back means.
 *
 * Inlined as-is (after decision-model.js) and allowed by its SHA-256 in the page's
 * Content-Security-Policy: no eval, no inline handlers, no style attributes. Never write the
 * closing script tag in this file. Plain ES2017, no library: it must run on old phones, offline.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var data = JSON.parse(document.getElementById('decision-data').textContent);
  var msg = data.msg;
  // One key per page: each procedure of a site has its own students, and they survive a
  // rebuild (a student whose steps are gone from the new version is dropped).
  var KEY = 'procsite-decision:' + location.pathname;
  var DOCS = 'procsite-docs:' + location.pathname;
  root.classList.add('js');
  if ('scrollRestoration' in history) {
    history.scrollRestoration = 'manual'; // the page puts each screen at its top itself
  }

  /* ---- The screens, and the graph the model needs. ---------------------------------------- */
  var screens = {};
  var graph = { start: data.start, nodes: {} };
  Array.prototype.forEach.call(document.querySelectorAll('[data-node]'), function (el) {
    var id = el.getAttribute('data-node');
    screens[id] = el;
    graph.nodes[id] = {
      every: Number(el.getAttribute('data-every')) || 0,
      next: Array.prototype.map.call(el.querySelectorAll('[data-next]'), function (a) {
        return a.getAttribute('data-next');
      })
    };
  });
  var model = DecisionModel.create(graph);

  /** The node named by the URL's fragment, or null. */
  function fragmentNode() {
    var id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      id = '';
    }
    return Object.prototype.hasOwnProperty.call(screens, id) ? id : null;
  }

  /* ---- Words. ----------------------------------------------------------------------------- */

  /** Fills {0}, {1}... in a page word. */
  function format(text) {
    var args = arguments;
    return text.replace(/\{(\d+)\}/g, function (all, i) {
      return String(args[Number(i) + 1]);
    });
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** A time of day as the page's language writes it: "14h45" ("15h" when short), "2:45 pm". */
  function clock(ms, short) {
    var date = new Date(ms);
    var h = date.getHours();
    var m = date.getMinutes();
    if (msg['js.clock'] === '12') {
      return (h % 12 || 12) + ':' + pad(m) + (h < 12 ? ' am' : ' pm');
    }
    return h + 'h' + (short && m === 0 ? '' : pad(m));
  }

  /** "Étape 3", "Step 3": the same words and number as on the screen and on paper. */
  function stepLabel(id) {
    return screens[id].querySelector('.num').textContent;
  }

  function titleOf(id) {
    return screens[id].querySelector('h2').textContent.trim();
  }

  function caseName(c) {
    return c.label || format(msg['js.caseDefault'], c.n);
  }

  function lastOf(c) {
    return c.trail[c.trail.length - 1];
  }

  /** A control's visible words, without the "→ step 7" kept for print. */
  function labelOf(control) {
    var copy = control.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('.goto'), function (g) {
      g.remove();
    });
    return copy.textContent.trim();
  }

  /* ---- Adapters: the clock, the storage, the history. ------------------------------------ */
  function now() {
    return Date.now();
  }

  var store = null;
  try {
    store = window.localStorage;
  } catch (e) {
    store = null; // storage refused (private mode, some file:// setups): students live in memory
  }

  /** What the storage holds for this page: its text, or null. */
  function readStored() {
    try {
      return store ? store.getItem(KEY) : null;
    } catch (e) {
      return '{'; // unreadable: the model says that earlier students could not be restored
    }
  }

  function save(state) {
    if (!store) {
      return;
    }
    try {
      if (model.nothingToKeep(state)) {
        store.removeItem(KEY);
      } else {
        store.setItem(KEY, JSON.stringify(model.saved(state)));
      }
    } catch (e) {
      // storage full or refused: the students still work until the page is closed
    }
  }

  /**
   * The page's documents are numbered, so that a move of the history to an older one can be told
   * from a move to a newer one. In localStorage, not sessionStorage: WebKit gives each document
   * opened from a file a session storage of its own.
   */
  function keptNumber(name) {
    try {
      return store ? Number(store.getItem(DOCS + name)) || 0 : 0;
    } catch (e) {
      return 0;
    }
  }

  function setKeptNumber(name, n) {
    try {
      if (store) {
        store.setItem(DOCS + name, String(n));
      }
    } catch (e) {
      // no storage: documents are not told apart, back into an older one only shows it
    }
  }

  function newDocument() {
    var n = keptNumber(':count') + 1;
    setKeptNumber(':count', n);
    return 'd' + n;
  }

  function docNumber(doc) {
    return Number(String(doc).slice(1)) || 0;
  }

  function markOf(s) {
    return s && typeof s.procsite === 'string' && /^d\d+$/.test(s.procsite) && typeof s.k === 'number'
      && s.k >= 1 ? { doc: s.procsite, k: s.k, bottom: !!s.bottom } : null;
  }

  var written = '';

  /** Writes the history for a state: leave the page, or name the entry on screen (and push
   * entries above it when back needs more entries of the page to land on). */
  function writeHistory(state) {
    if (state.left) {
      history.go(-state.pos.k); // out of this page's entries, as any page's back does
      return;
    }
    if (state.go) {
      history.go(state.go); // down to the page's first entry, the tab's first: the next back leaves
      return; // that entry is written already, and the model is on it
    }
    var hash = '#' + lastOf(model.current(state)).node;
    var pos = state.pos;
    try {
      if (state.pushed) {
        for (var k = pos.k - state.pushed + 1; k <= pos.k; k++) {
          history.pushState({ procsite: pos.doc, k: k, bottom: pos.bottom }, '', hash); // the entry below is marked already
        }
      } else if (written !== pos.doc + pos.k + hash) {
        history.replaceState({ procsite: pos.doc, k: pos.k, bottom: pos.bottom }, '', hash);
      }
      written = pos.doc + pos.k + hash;
    } catch (e) {
      // Too many history calls too fast (Safari allows 100 in 10 s): the screen is right; back
      // may leave the page one step early.
      written = '';
    }
    setKeptNumber(':shown', docNumber(pos.doc));
  }

  /* ---- The loop: an event in, the new state drawn, saved and written. --------------------- */
  var state = null;

  function commit(next) {
    var before = state;
    state = next;
    if (!state.left) {
      save(state);
    }
    draw(before); // leaving too: the page is never blank, should the browser stay on it
    writeHistory(state);
  }

  function send(event) {
    event.now = now();
    commit(model.step(state, event));
  }

  /**
   * The page opens, or comes back from the back-forward cache. Reached on an entry of an older
   * document of the page than the one shown last, it came by back; on a newer one, by forward;
   * on the one shown last (a reload), neither. The browsers' navigation types are not used:
   * WebKit's said neither back_forward after a back, nor reload only after a reload.
   */
  function open() {
    var mark = markOf(history.state);
    var came = 'other';
    if (mark) {
      var shown = keptNumber(':shown');
      var n = docNumber(mark.doc);
      came = n < shown ? 'back' : n > shown ? 'forward' : 'other';
    }
    written = '';
    state = null;
    commit(model.load({
      now: now(),
      stored: readStored(),
      entry: mark,
      hash: fragmentNode(),
      doc: mark ? mark.doc : newDocument(),
      bottom: history.length === 1, // a new document's entry is the last: with none below, the first
      came: came
    }));
  }

  /* ---- Drawing. --------------------------------------------------------------------------- */
  function find(css) {
    return document.querySelector(css);
  }
  var caseNav = find('.cases');
  var caseList = find('[data-cases]');
  var who = find('[data-who]');
  var backButton = find('[data-action="back"]');
  var restartButton = find('[data-action="restart"]');
  var closeButton = find('[data-action="close-case"]');
  var trailBox = find('.trail');
  var trailList = find('[data-trail]');
  var trailName = find('[data-case-name]');
  var labelInput = document.getElementById('case-label');
  var undoBox = find('.undo');
  var undoText = find('[data-undo-text]');
  var notice = find('[data-notice]');
  var more = find('[data-more]');
  var callBar = find('.call-bar');
  var shown = null;

  function draw(before) {
    var cur = model.current(state);
    var id = lastOf(cur).node;
    var moved = !before || before.current !== state.current || lastOf(model.current(before) || cur).node !== id
      || (model.current(before) || cur).trail.length !== cur.trail.length;
    if (shown !== screens[id]) {
      if (shown) {
        shown.classList.remove('on');
      }
      shown = screens[id];
      shown.classList.add('on');
    }
    var inCase = model.backKind(state);
    backButton.hidden = inCase !== 'step' && inCase !== 'restart';
    restartButton.hidden = cur.trail.length < 2;
    closeButton.hidden = model.nothingToKeep(state);
    closeButton.querySelector('span').textContent = format(msg['js.closeCase'], caseName(cur));
    // Not under the proctor's typing, unless another student is shown (back, a switch, undo).
    if (document.activeElement !== labelInput || !before || before.current !== state.current) {
      labelInput.value = cur.label;
    }
    labelInput.placeholder = format(msg['js.caseDefault'], cur.n);
    trailName.textContent = caseName(cur);
    who.textContent = caseName(cur);
    who.hidden = state.cases.length < 2;
    drawTrail(cur);
    var transcript = shown.querySelector('[data-transcript]');
    if (transcript) {
      transcript.textContent = transcriptText(cur);
      shown.querySelector('.copy-status').textContent = '';
    }
    drawUndo();
    notice.hidden = state.notice !== 'lost';
    drawCases();
    drawWait();
    if (moved) {
      toTop(!!before); // as the page opens, the browser's own focus is where a reader starts
    }
    layout();
  }

  /** The trail of the current student, rebuilt only when it changed (not at every tick). */
  function drawTrail(cur) {
    var key = cur.id + ' ' + cur.trail.map((e) => e.node + e.at).join(' ');
    if (trailList.getAttribute('data-key') === key) {
      return;
    }
    trailList.setAttribute('data-key', key);
    trailList.textContent = '';
    cur.trail.slice(0, -1).forEach(function (e) {
      var link = document.createElement('a');
      link.href = '#' + e.node;
      link.setAttribute('data-action', 'trail');
      var time = document.createElement('time');
      time.dateTime = new Date(e.at).toISOString();
      time.textContent = clock(e.at, false);
      var answer = document.createElement('span');
      answer.className = 'answer-given';
      answer.textContent = '→ ' + (e.answer || msg['js.unknownAnswer']);
      link.appendChild(time);
      link.appendChild(document.createTextNode(stepLabel(e.node) + ' · ' + titleOf(e.node)));
      link.appendChild(answer);
      var item = document.createElement('li');
      item.appendChild(link);
      trailList.appendChild(item);
    });
    trailBox.hidden = cur.trail.length < 2;
  }

  function drawUndo() {
    if (state.undo) {
      var name = typeof state.undo.name === 'string' ? state.undo.name : format(msg['js.caseDefault'], state.undo.name);
      undoText.textContent = format(msg[state.undo.kind === 'closed' ? 'js.closed' : 'js.restarted'], name);
    }
    undoBox.hidden = !state.undo;
  }

  /**
   * The case list: shown once there are two students; one row each, the current one marked. The
   * rows are rebuilt only when the students change: the 5 s tick updates their words in place,
   * so a row under the proctor's finger is never replaced in the middle of a tap.
   */
  function drawCases() {
    var ids = state.cases.map((c) => c.id).join(' ');
    if (caseList.getAttribute('data-ids') !== ids) {
      caseList.textContent = '';
      state.cases.forEach(function (c) {
        var row = document.createElement('button');
        row.type = 'button';
        row.className = 'case';
        row.setAttribute('data-case', c.id);
        row.setAttribute('data-action', 'switch-case');
        ['case-name', 'case-step', 'case-title'].forEach(function (name) {
          var part = document.createElement('span');
          part.className = name;
          row.appendChild(part);
        });
        var item = document.createElement('li');
        item.appendChild(row);
        caseList.appendChild(item);
      });
      caseList.setAttribute('data-ids', ids);
    }
    var rows = caseList.querySelectorAll('[data-case]');
    state.cases.forEach(function (c, i) {
      var row = rows[i];
      var node = lastOf(c).node;
      var wait = model.waitOf(c);
      row.setAttribute('data-case-node', node);
      if (c.id === state.current) {
        row.setAttribute('aria-current', 'true');
      } else {
        row.removeAttribute('aria-current');
      }
      setText(row.children[0], caseName(c));
      setText(row.children[1], stepLabel(node) + (wait ? ' · ' + waitShort(wait) : ''));
      setText(row.children[2], titleOf(node));
    });
    caseNav.hidden = state.cases.length < 2;
  }

  function setText(element, text) {
    if (element.textContent !== text) {
      element.textContent = text;
    }
  }

  /** The summary to read aloud or paste: title, student, then each step, answer and time. */
  function transcriptText(cur) {
    var lines = [format(msg['js.transcriptHead'], data.title, data.version, caseName(cur))];
    cur.trail.forEach(function (e) {
      if (e.answer === null) {
        lines.push(format(msg['js.transcriptNow'], clock(e.arrived, false), stepLabel(e.node), titleOf(e.node)));
      } else {
        lines.push(format(msg['js.transcriptStep'], clock(e.at, false), stepLabel(e.node), titleOf(e.node),
          e.answer || msg['js.unknownAnswer']));
      }
    });
    return lines.join('\n');
  }

  function minutesTo(slot) {
    return Math.ceil((slot - now()) / 60000);
  }

  function waitShort(w) {
    var minutes = minutesTo(w.slot);
    if (minutes <= 0) {
      return format(msg['js.caseWaitPassed'], clock(w.slot, true));
    }
    return format(msg[minutes <= 1 ? 'js.caseWaitSoon' : 'js.caseWait'], clock(w.slot, true), minutes);
  }

  /** A wait: the time left, and a continue control that says whether the update has come. */
  function drawWait() {
    var line = shown.querySelector('[data-countdown]');
    if (!line) {
      return;
    }
    var w = model.waitOf(model.current(state));
    var minutes = minutesTo(w.slot);
    var passed = now() >= w.slot;
    var text;
    if (passed) {
      text = format(msg['js.waitPassed'], clock(w.slot, true));
    } else {
      text = format(msg[minutes <= 1 ? 'js.waitSoon' : 'js.wait'], clock(w.arrived, false), clock(w.slot, true), minutes);
    }
    if (line.textContent !== text) {
      line.textContent = text;
    }
    line.classList.toggle('passed', passed);
    line.hidden = false;
    var go = shown.querySelector('.continue');
    var words = passed ? msg['js.waitGo'] : format(msg[state.confirm ? 'js.waitConfirm' : 'js.waitEarly'], clock(w.slot, true));
    var label = go.querySelector('[data-label]');
    if (label.textContent !== words) {
      label.textContent = words;
    }
    go.classList.toggle('early', !passed);
  }

  /** A new screen starts at its top; with several students, at the current one's name. The
   * focus moves to its heading, so that a screen reader reads the new step. */
  function toTop(focus) {
    if (who.hidden) {
      window.scrollTo(0, 0);
    } else {
      window.scrollTo(0, Math.max(0, who.getBoundingClientRect().top + window.pageYOffset - 8));
    }
    if (focus && document.activeElement !== labelInput) {
      shown.querySelector('h2').focus({ preventScroll: true });
    }
  }

  var barHeight = -1;
  var pinned = null; // the screen whose way on is pinned

  /**
   * The way on is pinned above the call bar only when every item of the step is in view above
   * it; otherwise it comes after the last item, and a cue says there is more below. Everything
   * is read first, then written: one layout of the page, not three.
   */
  function layout() {
    var go = shown.querySelector('.go');
    var bar = callBar.offsetHeight;
    var fits = true;
    if (go) {
      var last = go.previousElementSibling;
      fits = !last || last.getBoundingClientRect().bottom <= window.innerHeight - bar - go.offsetHeight;
    }
    if (bar !== barHeight) {
      barHeight = bar;
      root.style.setProperty('--call-bar', bar + 'px');
    }
    if (pinned) {
      pinned.classList.remove('pinned');
    }
    pinned = go && fits ? shown : null;
    if (pinned) {
      pinned.classList.add('pinned');
    }
    more.hidden = !go || fits;
  }

  /** "More below": while the unpinned way on is under the screen's edge. */
  function showMore() {
    var go = shown.querySelector('.go');
    var below = !!go && !shown.classList.contains('pinned')
      && go.getBoundingClientRect().top > window.innerHeight - callBar.offsetHeight - 8;
    if (more.hidden === below) {
      more.hidden = !below;
    }
  }

  /* ---- Copy the summary in one tap: the clipboard API, else select it (and try the old
   * copy command) so the phone's own menu can copy it. ------------------------------------- */
  function copySummary(button) {
    var screen = button.closest('[data-node]');
    var transcript = screen.querySelector('[data-transcript]');
    var status = screen.querySelector('.copy-status');
    function selectForMenu() {
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.selectAllChildren(transcript);
      var copied = false;
      try {
        copied = document.execCommand('copy');
      } catch (e) {
        copied = false;
      }
      status.textContent = copied ? msg['js.copied'] : msg['js.copyFailed'];
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(transcript.textContent).then(function () {
        status.textContent = msg['js.copied'];
      }, selectForMenu);
    } else {
      selectForMenu();
    }
  }

  /* ---- Events. ---------------------------------------------------------------------------- */
  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-next], [data-action], [data-copy], [data-undo]') : null;
    if (!target) {
      return;
    }
    if (target.hasAttribute('data-next')) {
      if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return; // opened in a new tab or window: the browser's own business
      }
      event.preventDefault();
      var from = target.closest('[data-node]');
      if (from !== shown) {
        return;
      }
      var words = target.querySelector('[data-label]');
      send({ type: 'answer', to: target.getAttribute('data-next'),
        label: from.getAttribute('data-type') === 'question' ? labelOf(target) : (words ? msg['js.waitGo'] : labelOf(target)) });
    } else if (target.hasAttribute('data-action')) {
      event.preventDefault();
      var action = target.getAttribute('data-action');
      if (action === 'back') {
        send({ type: 'retour' });
      } else if (action === 'trail') {
        var links = Array.prototype.slice.call(trailList.querySelectorAll('[data-action="trail"]'));
        send({ type: 'trail', index: links.indexOf(target) });
      } else if (action === 'switch-case') {
        send({ type: 'switch-case', case: target.getAttribute('data-case') });
      } else {
        send({ type: action });
      }
    } else if (target.hasAttribute('data-copy')) {
      copySummary(target);
    } else {
      send({ type: 'undo' });
    }
  });

  labelInput.addEventListener('input', function () {
    send({ type: 'label', text: labelInput.value });
  });

  /** The history moved inside the page: back, forward, or a fragment typed or followed. */
  function moved() {
    if (state.left) {
      return; // on its way out
    }
    var mark = markOf(history.state);
    if (mark && mark.doc === state.pos.doc) {
      if (mark.k < state.pos.k) {
        send({ type: 'back', k: mark.k });
      } else if (mark.k > state.pos.k) {
        send({ type: 'forward', k: mark.k });
      }
    } else if (!mark) {
      written = '';
      send({ type: 'link', hash: fragmentNode() });
    }
  }
  window.addEventListener('popstate', moved);
  window.addEventListener('hashchange', function () {
    moved();
    // A fragment followed inside the page: the browser scrolled to its card after the popstate.
    toTop(false);
    showMore();
  });

  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      open(); // back from the back-forward cache: what is kept may have changed meanwhile
    }
  });
  window.addEventListener('storage', function (event) {
    if (event.key === KEY && !state.left) {
      open(); // another tab of the page changed the students
    }
  });
  window.addEventListener('resize', layout);
  // As a document with a fragment finishes loading, the browser scrolls to the card the fragment
  // names: put the screen back at its top (or at the current student's name).
  window.addEventListener('load', function () {
    if (!state.left) {
      toTop(false);
      layout();
    }
  });
  window.addEventListener('scroll', showMore, { passive: true });

  /** Time passes: the wait's minutes, and students left alone 12 hours are forgotten. */
  function tick() {
    if (!state.left) {
      send({ type: 'tick' });
    }
  }
  window.setInterval(tick, 5000);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      tick();
    }
  });

  open();

  /* ---- Published over http(s): installable, and offline once opened. ---------------------- */
  // From file:// nothing is asked for, so the file makes no request. The preview ("serve") adds
  // a script carrying data-procsite-build: nothing is installed there either.
  function publish() {
    if (!/^https?:$/.test(location.protocol) || document.querySelector('script[data-procsite-build]')) {
      return;
    }
    [['manifest', data.app.manifest], ['apple-touch-icon', data.app.icon]].forEach(function (l) {
      var link = document.createElement('link');
      link.rel = l[0];
      link.href = l[1];
      document.head.appendChild(link);
    });
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register(data.app.worker).then(function () {
        // Ask the browser not to evict the kept copy when the phone runs short of space.
        if (navigator.storage && navigator.storage.persist) {
          return navigator.storage.persisted().then(function (persisted) {
            return persisted || navigator.storage.persist();
          });
        }
        return null;
      }).catch(function () {
        // no worker (private browsing, an old browser): the page works while it is open
      });
    }
  }
  if (document.readyState === 'complete') {
    publish();
  } else {
    window.addEventListener('load', publish);
  }

  root.setAttribute('data-ready', '');
  if (window.performance && performance.mark) {
    performance.mark('decision-ready');
  }
})();
