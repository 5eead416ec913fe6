/* Decision page (decision.html): what JavaScript adds to a page that works without it.
 *
 * Without this script every answer is a link to "#next-node" and CSS shows the nodes. With it:
 *   - cases, one per student: each keeps its own trail (answers and times), summary and wait;
 *     "Nouvel étudiant" opens one at the start, the case list switches, "Terminer" closes one;
 *   - cases are kept in localStorage, and forgotten 12 hours after their last change;
 *   - the browser's history always holds the current case's trail and nothing else: "Retour"
 *     is history.back(), and after a switch the back gesture walks the new case's own steps;
 *   - a wait counts from the moment the case reached it, and never rolls on to a later update;
 *   - "Recommencer" and "Terminer" can be undone; focus moves to each new screen's heading.
 *
 * Inlined as-is and allowed by its SHA-256 in the page's Content-Security-Policy: no eval, no
 * inline handlers, no style attributes. Never write the closing script tag in this file.
 * Plain ES2017, no library: it must run on old phones, offline.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var data = JSON.parse(document.getElementById('decision-data').textContent);
  var msg = data.msg;
  var KEEP_MS = 12 * 3600 * 1000; // cases are forgotten 12 hours after their last change
  // One key per page: each procedure of a site has its own cases, and they survive a rebuild
  // (a case whose steps are gone from the new version is dropped).
  var KEY = 'procsite-decision:' + location.pathname;
  root.classList.add('js');

  /* ---- The screens, by node id. ------------------------------------------------------- */
  var screens = {};
  Array.prototype.forEach.call(document.querySelectorAll('[data-node]'), function (el) {
    screens[el.getAttribute('data-node')] = el;
  });

  function isNode(id) {
    return Object.prototype.hasOwnProperty.call(screens, id);
  }

  /** The node named by the URL's fragment, or null. */
  function fragmentNode() {
    var id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      id = '';
    }
    return isNode(id) ? id : null;
  }

  /** "Étape 3", "Step 3": the same words and number as on the screen and on paper. */
  function stepLabel(id) {
    return screens[id].querySelector('.num').textContent;
  }

  function titleOf(id) {
    return screens[id].querySelector('h2').textContent.trim();
  }

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

  /* ---- Cases, kept in localStorage. ----------------------------------------------------- */
  // state: { seq: the last default number given, current: case id, cases: [case] }
  // case: { id, n: its default number, label: typed by the proctor or '', changed: ms,
  //         trail: [{ node, arrived: ms, answer: label given there or null, at: ms or null }] }
  // The last entry of a trail is the node on screen.
  var store = null;
  try {
    store = window.localStorage;
    store.setItem(KEY + ':probe', '1');
    store.removeItem(KEY + ':probe');
  } catch (e) {
    store = null; // storage refused (private mode, some file:// setups): cases live in memory
  }

  function validCase(c) {
    return c && typeof c.id === 'string' && Array.isArray(c.trail) && c.trail.length > 0
      && c.trail.every(function (e) { return e && isNode(e.node); });
  }

  function loadState() {
    var saved = null;
    try {
      saved = store && JSON.parse(store.getItem(KEY) || 'null');
    } catch (e) {
      saved = null; // damaged: start afresh
    }
    var s = { seq: 0, current: null, cases: [] };
    if (saved && Array.isArray(saved.cases)) {
      s.cases = saved.cases.filter(validCase);
      s.seq = Number(saved.seq) || 0;
      s.current = saved.current;
    }
    return s;
  }

  function saveState() {
    if (!store) {
      return;
    }
    try {
      var only = state.cases.length === 1 ? state.cases[0] : null;
      if (only && only.trail.length === 1 && only.trail[0].node === data.start && !only.label) {
        store.removeItem(KEY); // one student at the start, unnamed: nothing worth keeping
      } else {
        store.setItem(KEY, JSON.stringify(state));
      }
    } catch (e) {
      // storage full or refused: the cases still work until the page is closed
    }
  }

  var state = loadState();
  var cur = null; // the current case, one of state.cases

  function caseById(id) {
    for (var i = 0; i < state.cases.length; i++) {
      if (state.cases[i].id === id) {
        return state.cases[i];
      }
    }
    return null;
  }

  function caseName(c) {
    return c.label || format(msg['js.caseDefault'], c.n);
  }

  function lastOf(c) {
    return c.trail[c.trail.length - 1];
  }

  function newCase(node) {
    if (state.cases.length === 0) {
      state.seq = 0; // closing every case starts the numbering again
    }
    state.seq += 1;
    var c = { id: 'c' + state.seq + '-' + Date.now().toString(36), n: state.seq, label: '', changed: Date.now(),
      trail: [{ node: node || data.start, arrived: Date.now(), answer: null, at: null }] };
    state.cases.push(c);
    return c;
  }

  /** A case at the start with nothing done: the current one if it is, else another, else a new one. */
  function freshCase() {
    var all = [cur].concat(state.cases);
    for (var i = 0; i < all.length; i++) {
      if (all[i] && all[i].trail.length === 1 && all[i].trail[0].node === data.start) {
        return all[i];
      }
    }
    return newCase();
  }

  function touch(c) {
    c.changed = Date.now();
  }

  /** Drops the cases left alone for 12 hours; true if the current one went too. */
  function forgetOld() {
    var now = Date.now();
    var before = state.cases.length;
    state.cases = state.cases.filter(function (c) {
      return now - (Number(c.changed) || 0) < KEEP_MS;
    });
    return state.cases.length !== before && (cur === null || state.cases.indexOf(cur) < 0);
  }

  /* ---- History: the entries of this page are the current case's trail. ------------------- */
  // Each entry this page made carries { procsite: case id, d: its index in that trail }. The
  // entry at d = 0 is the first one of the page; "depth" is the d of the entry on screen.
  var depth = 0;
  var rewinding = false;
  var rewindTimer = null;
  var queued = null; // an answer tapped while the history was being rewritten
  var seen = '';

  function ours(s) {
    return s && typeof s.procsite === 'string' && typeof s.d === 'number' ? s : null;
  }

  function entry(i) {
    return { procsite: cur.id, d: i };
  }

  function here() {
    return location.hash + '|' + JSON.stringify(history.state);
  }

  /**
   * Makes the history match the current case: goes back to this page's first entry, then writes
   * one entry per node of the trail. The screen is drawn at once; the history follows.
   */
  function rewriteHistory() {
    draw();
    if (depth > 0) {
      rewinding = true;
      window.clearTimeout(rewindTimer);
      rewindTimer = window.setTimeout(finishRewrite, 1500); // if the browser never answers
      history.go(-depth);
    } else {
      finishRewrite();
    }
  }

  function finishRewrite() {
    rewinding = false;
    window.clearTimeout(rewindTimer);
    depth = 0;
    try {
      history.replaceState(entry(0), '', '#' + cur.trail[0].node);
      for (var i = 1; i < cur.trail.length; i++) {
        history.pushState(entry(i), '', '#' + cur.trail[i].node);
        depth = i;
      }
    } catch (e) {
      // Too many history calls too fast (Safari allows 100 in 10 s): the screen is right, and
      // the history holds fewer of this case's steps.
    }
    seen = here();
    if (queued) {
      var next = queued;
      queued = null;
      follow(next);
    }
  }

  /**
   * An answer or a continue control was tapped: one new history entry, written here (one call
   * to the history rather than a navigation and a call: browsers throttle both alike).
   */
  function follow(id) {
    try {
      history.pushState(entry(depth + 1), '', '#' + id);
    } catch (e) {
      location.hash = '#' + id; // history calls refused (too many too fast): the browser's own move
      return;
    }
    dismissUndo();
    goForward(id);
    depth += 1;
    seen = here();
    saveState();
    draw();
    focusHeading();
  }

  var clicked = null; // the answer just tapped: { from, to, label }

  /** A control's visible words, without the "→ step 7" kept for print. */
  function labelOf(control) {
    var copy = control.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('.goto'), function (g) {
      g.remove();
    });
    return copy.textContent.trim();
  }

  /** The words of the control on node "from" that leads to "to", if there is one. */
  function answerLabel(from, to) {
    if (clicked && clicked.from === from && clicked.to === to) {
      return clicked.label;
    }
    var control = screens[from].querySelector('[data-next="' + to + '"]');
    return control ? labelOf(control) : msg['js.unknownAnswer'];
  }

  /** The current case moves on to node "id". */
  function goForward(id) {
    var last = lastOf(cur);
    last.answer = answerLabel(last.node, id);
    last.at = Date.now();
    cur.trail.push({ node: id, arrived: Date.now(), answer: null, at: null });
    clicked = null;
    touch(cur);
  }

  /** The page's history moved (a link followed, back, forward, a typed fragment). */
  function navigated() {
    if (here() === seen) {
      return; // popstate and hashchange of one same move
    }
    var s = ours(history.state);
    if (rewinding) {
      if (s && s.d === 0) {
        finishRewrite();
      }
      return;
    }
    var id = fragmentNode();
    if (id === null) {
      id = data.start;
    }
    dismissUndo();
    if (!s) {
      // A new entry: a fragment typed in or opened from elsewhere.
      goForward(id);
      depth += 1;
      try {
        history.replaceState(entry(depth), '');
      } catch (e) {
        // too many history calls too fast: this entry stays unmarked
      }
    } else if (s.procsite === cur.id && s.d < cur.trail.length && cur.trail[s.d].node === id) {
      // Back (or a trail entry): the answers after that node no longer hold.
      cur.trail.length = s.d + 1;
      lastOf(cur).answer = null;
      lastOf(cur).at = null;
      touch(cur);
      depth = s.d;
    } else if (s.procsite === cur.id && s.d === cur.trail.length) {
      goForward(id); // forward again, to a node left by going back
      depth = s.d;
    } else {
      // An entry of another student or of a closed case: never show it; put this case back.
      depth = s.d;
      saveState();
      rewriteHistory();
      focusHeading();
      return;
    }
    seen = here();
    saveState();
    draw();
    focusHeading();
  }

  /* ---- Drawing: the screen, the case list, tools, trail, transcript, wait. ---------------- */
  var caseNav = document.querySelector('.cases');
  var caseList = document.querySelector('[data-cases]');
  var backButton = document.querySelector('[data-action="back"]');
  var restartButton = document.querySelector('[data-action="restart"]');
  var closeButton = document.querySelector('[data-action="close-case"]');
  var trailBox = document.querySelector('.trail');
  var trailList = document.querySelector('[data-trail]');
  var trailName = document.querySelector('[data-case-name]');
  var labelInput = document.getElementById('case-label');
  var undoBox = document.querySelector('.undo');
  var undoText = document.querySelector('[data-undo-text]');
  var shown = null;

  function draw() {
    var id = lastOf(cur).node;
    if (shown !== screens[id]) {
      if (shown) {
        shown.classList.remove('on');
      }
      shown = screens[id];
      shown.classList.add('on');
    }
    backButton.hidden = cur.trail.length < 2;
    restartButton.hidden = cur.trail.length < 2;
    closeButton.hidden = state.cases.length < 2 && cur.trail.length < 2 && !cur.label;
    closeButton.querySelector('span').textContent = format(msg['js.closeCase'], caseName(cur));
    if (document.activeElement !== labelInput) {
      labelInput.value = cur.label;
    }
    labelInput.placeholder = format(msg['js.caseDefault'], cur.n);
    trailName.textContent = caseName(cur);

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
      answer.textContent = '→ ' + e.answer;
      link.appendChild(time);
      link.appendChild(document.createTextNode(stepLabel(e.node) + ' · ' + titleOf(e.node)));
      link.appendChild(answer);
      var item = document.createElement('li');
      item.appendChild(link);
      trailList.appendChild(item);
    });
    trailBox.hidden = cur.trail.length < 2;

    var transcript = shown.querySelector('[data-transcript]');
    if (transcript) {
      transcript.textContent = transcriptText();
      shown.querySelector('.copy-status').textContent = '';
    }
    drawCases();
    drawWait();
  }

  /** The case list: shown once there are two cases; one row per case, the current one marked. */
  function drawCases() {
    caseList.textContent = '';
    state.cases.forEach(function (c) {
      var node = lastOf(c).node;
      var row = document.createElement('button');
      row.type = 'button';
      row.className = 'case';
      row.setAttribute('data-case', c.id);
      row.setAttribute('data-case-node', node);
      row.setAttribute('data-action', 'switch-case');
      if (c === cur) {
        row.setAttribute('aria-current', 'true');
      }
      var name = document.createElement('span');
      name.className = 'case-name';
      name.textContent = caseName(c);
      var where = document.createElement('span');
      where.className = 'case-step';
      var wait = waitOf(c);
      where.textContent = stepLabel(node) + (wait ? ' · ' + waitShort(wait) : '');
      var title = document.createElement('span');
      title.className = 'case-title';
      title.textContent = titleOf(node);
      row.appendChild(name);
      row.appendChild(where);
      row.appendChild(title);
      var item = document.createElement('li');
      item.appendChild(row);
      caseList.appendChild(item);
    });
    caseNav.hidden = state.cases.length < 2;
  }

  /** The summary to read aloud or paste: title, case, then each step, answer and time. */
  function transcriptText() {
    var lines = [format(msg['js.transcriptHead'], data.title, data.version, caseName(cur))];
    cur.trail.forEach(function (e) {
      if (e.answer === null) {
        lines.push(format(msg['js.transcriptNow'], clock(e.arrived, false), stepLabel(e.node), titleOf(e.node)));
      } else {
        lines.push(format(msg['js.transcriptStep'], clock(e.at, false), stepLabel(e.node), titleOf(e.node), e.answer));
      }
    });
    return lines.join('\n');
  }

  /* ---- The wait: anchored to the time the case reached it. ------------------------------- */

  /**
   * The first update after "from", for updates every "every" minutes past the hour (15: :00,
   * :15, :30, :45). Date rolls 14h60 over to 15h00 and 23h60 to the next day.
   */
  function nextSlot(from, every) {
    var next = new Date(from);
    next.setSeconds(0, 0);
    var m = next.getMinutes();
    next.setMinutes(m - (m % every) + every);
    return next.getTime();
  }

  /** For a case at a wait: when it got there, the update it waits for, and the minutes left. */
  function waitOf(c) {
    var e = lastOf(c);
    var every = Number(screens[e.node].getAttribute('data-every'));
    if (!every) {
      return null;
    }
    var slot = nextSlot(e.arrived, every);
    return { arrived: e.arrived, slot: slot, minutes: Math.ceil((slot - Date.now()) / 60000) };
  }

  function waitShort(w) {
    if (w.minutes <= 0) {
      return format(msg['js.caseWaitPassed'], clock(w.slot, true));
    }
    return format(msg[w.minutes <= 1 ? 'js.caseWaitSoon' : 'js.caseWait'], clock(w.slot, true), w.minutes);
  }

  function drawWait() {
    var line = shown.querySelector('[data-countdown]');
    if (!line) {
      return;
    }
    var w = waitOf(cur);
    var text;
    if (w.minutes <= 0) {
      text = format(msg['js.waitPassed'], clock(w.slot, true));
    } else {
      text = format(msg[w.minutes <= 1 ? 'js.waitSoon' : 'js.wait'], clock(w.arrived, false), clock(w.slot, true), w.minutes);
    }
    if (line.textContent !== text) {
      line.textContent = text;
    }
    line.classList.toggle('passed', w.minutes <= 0);
    line.hidden = false;
  }

  /* ---- Actions on cases, and their undo. ------------------------------------------------ */
  var undoState = null;

  function offerUndo(text, before) {
    undoState = before;
    undoText.textContent = text;
    undoBox.hidden = false;
  }

  function dismissUndo() {
    undoState = null;
    undoBox.hidden = true;
  }

  /** Makes case c the current one, on the step where it was. */
  function switchTo(c) {
    cur = c;
    state.current = c.id;
    saveState();
    rewriteHistory();
    focusHeading();
  }

  function act(name, target) {
    var before = JSON.stringify(state);
    if (name === 'new-case') {
      dismissUndo();
      switchTo(newCase());
    } else if (name === 'switch-case') {
      var c = caseById(target.getAttribute('data-case'));
      dismissUndo();
      if (c && c !== cur) {
        switchTo(c);
      }
    } else if (name === 'restart') {
      var name0 = caseName(cur);
      cur.trail = [{ node: data.start, arrived: Date.now(), answer: null, at: null }];
      touch(cur);
      switchTo(cur);
      offerUndo(format(msg['js.restarted'], name0), before);
    } else if (name === 'close-case') {
      var closed = caseName(cur);
      state.cases.splice(state.cases.indexOf(cur), 1);
      var next = state.cases.slice().sort(function (a, b) { return b.changed - a.changed; })[0];
      switchTo(next || newCase());
      offerUndo(format(msg['js.closed'], closed), before);
    } else if (name === 'back') {
      if (depth > 0) {
        history.back();
      }
    }
  }

  function undo() {
    if (!undoState) {
      return;
    }
    var saved = JSON.parse(undoState);
    dismissUndo();
    state = saved;
    cur = caseById(state.current) || state.cases[0];
    switchTo(cur);
  }

  /* ---- Copy the summary in one tap: the clipboard API, else select it (and try the old
   * copy command) so the phone's own menu can copy it. ----------------------------------- */
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

  /* ---- Events. -------------------------------------------------------------------------- */
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
      var from = target.closest('[data-node]').getAttribute('data-node');
      clicked = { from: from, to: target.getAttribute('data-next'), label: labelOf(target) };
      if (rewinding) {
        queued = clicked.to;
      } else {
        follow(clicked.to);
      }
    } else if (target.getAttribute('data-action') === 'trail') {
      // An earlier node of this case's trail: as many steps back in the history.
      event.preventDefault();
      var links = Array.prototype.slice.call(trailList.querySelectorAll('[data-action="trail"]'));
      var steps = depth - links.indexOf(target);
      if (!rewinding && steps > 0 && steps <= depth) {
        history.go(-steps);
      }
    } else if (target.hasAttribute('data-action')) {
      event.preventDefault();
      act(target.getAttribute('data-action'), target);
    } else if (target.hasAttribute('data-copy')) {
      copySummary(target);
    } else {
      undo();
    }
  });

  labelInput.addEventListener('input', function () {
    cur.label = labelInput.value.trim().slice(0, 24);
    touch(cur);
    saveState();
    closeButton.querySelector('span').textContent = format(msg['js.closeCase'], caseName(cur));
    trailName.textContent = caseName(cur);
    drawCases();
  });

  /** Focus on the new screen's heading, once the browser is done with the move (its scroll). */
  function focusHeading() {
    window.setTimeout(function () {
      var heading = shown.querySelector('h2');
      window.scrollTo(0, 0);
      heading.focus({ preventScroll: true });
    }, 0);
  }

  window.addEventListener('popstate', navigated);
  window.addEventListener('hashchange', navigated);

  /** The way on is pinned above the call bar: tell the CSS how tall the bar is. */
  var callBar = document.querySelector('.call-bar');
  function measureCallBar() {
    root.style.setProperty('--call-bar', callBar.offsetHeight + 'px');
  }
  window.addEventListener('resize', measureCallBar);
  measureCallBar();

  /** Every few seconds, and when the phone wakes: the wait times, and forgetting old cases. */
  function tick() {
    if (forgetOld()) {
      cur = freshCase();
      state.current = cur.id;
      saveState();
      rewriteHistory();
      return;
    }
    drawCases();
    drawWait();
  }
  window.setInterval(tick, 5000);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      tick();
    }
  });

  /* ---- Start: the case and the node this entry of the history stands for. --------------- */
  (function start() {
    forgetOld();
    var s = ours(history.state);
    var id = fragmentNode();
    var c = s && caseById(s.procsite);
    if (c && c.trail.length === s.d + 1 && lastOf(c).node === id) {
      cur = c; // a reload: the history already holds this case's trail
      depth = s.d;
    } else {
      cur = caseById(state.current) || state.cases[0] || null;
      depth = s ? s.d : 0;
      if (id === null || (s && !c)) {
        cur = freshCase(); // no step asked for, or the student was forgotten: a case at the start
      } else if (cur === null) {
        cur = newCase(id); // a deep link: that step, in a new case
      } else if (lastOf(cur).node !== id) {
        goForward(id); // a deep link: that step, for the current case
      }
    }
    state.current = cur.id;
    saveState();
    if (cur === c) {
      seen = here();
      draw();
    } else {
      rewriteHistory();
    }
  })();

  /* ---- Published over http(s): installable, and offline once opened. -------------------- */
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
