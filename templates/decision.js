/* Decision page (decision.html): what JavaScript adds to a page that works without it.
 *
 * Without this script the page already works: each answer is a link to "#next-node" and CSS
 * :target shows that node. This script only adds:
 *   - the trail: each answer given, with its time; a tap on an entry goes back there;
 *   - "Retour" (the previous node of the trail) and "Recommencer" (a new trail from the start);
 *   - focus on the new screen's heading, for keyboards and screen readers;
 *   - the "Résumé à transmettre" at an escalation end, with a one-tap copy;
 *   - the next update time on a wait node, computed from the phone's clock;
 *   - keeping the trail through a reload (sessionStorage, keyed by procedure and version).
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
  root.classList.add('js');

  /* ---- The screens, by node id. ------------------------------------------------------- */
  var screens = {};
  Array.prototype.forEach.call(document.querySelectorAll('[data-node]'), function (el) {
    screens[el.getAttribute('data-node')] = el;
  });

  /** The node the page shows: the one named by the fragment, else the start (as the CSS does). */
  function currentId() {
    var id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      id = '';
    }
    return Object.prototype.hasOwnProperty.call(screens, id) ? id : data.start;
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

  /**
   * A time of day as the page's language writes it: French "14h45" ("15h" on the hour when
   * short), English "2:45 pm".
   */
  function clock(date, short) {
    var h = date.getHours();
    var m = date.getMinutes();
    if (msg['js.clock'] === '12') {
      return (h % 12 || 12) + ':' + pad(m) + (h < 12 ? ' am' : ' pm');
    }
    return h + 'h' + (short && m === 0 ? '' : pad(m));
  }

  /* ---- The trail, kept in sessionStorage so a reload keeps it. -------------------------- */
  // Each entry: { node: id, arrived: when it was shown (ms), answer: label given there or null,
  // at: when it was answered (ms) }. The last entry is the node on screen.
  var store = null;
  try {
    store = window.sessionStorage;
    store.setItem(data.key + ':probe', '1');
    store.removeItem(data.key + ':probe');
  } catch (e) {
    store = null; // storage refused (private mode, some file:// setups): the trail lives in memory
  }

  function loadTrail() {
    try {
      var saved = store && JSON.parse(store.getItem(data.key) || '[]');
      if (Array.isArray(saved)) {
        return saved.filter(function (e) {
          return e && Object.prototype.hasOwnProperty.call(screens, e.node);
        });
      }
    } catch (e) {
      // a damaged entry: start a new trail
    }
    return [];
  }

  function saveTrail() {
    if (store) {
      try {
        store.setItem(data.key, JSON.stringify(trail));
      } catch (e) {
        // storage full or refused: the trail still works until the page is closed
      }
    }
  }

  var trail = loadTrail();
  var clicked = null; // the answer just tapped: { from, to, label }

  function indexInTrail(id) {
    for (var i = trail.length - 1; i >= 0; i--) {
      if (trail[i].node === id) {
        return i;
      }
    }
    return -1;
  }

  /** The words of the control on node "from" that leads to "to", if there is one. */
  function answerLabel(from, to) {
    if (clicked && clicked.from === from && clicked.to === to) {
      return clicked.label;
    }
    var control = screens[from].querySelector('[data-next="' + to + '"]');
    return control ? labelOf(control) : msg['js.unknownAnswer'];
  }

  /** A control's visible words, without the "→ step 7" kept for print. */
  function labelOf(control) {
    var copy = control.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('.goto'), function (g) {
      g.remove();
    });
    return copy.textContent.trim();
  }

  /** The page now shows node "id": update the trail (forward, or back to an earlier node). */
  function arrive(id) {
    var i = indexInTrail(id);
    if (i >= 0) {
      trail.length = i + 1; // went back: the answers after it no longer hold
      trail[i].answer = null;
      trail[i].at = null;
    } else {
      var last = trail[trail.length - 1];
      if (last) {
        last.answer = answerLabel(last.node, id);
        last.at = Date.now();
      }
      trail.push({ node: id, arrived: Date.now(), answer: null, at: null });
    }
    clicked = null;
    saveTrail();
    show(id);
  }

  /* ---- Drawing: tools, trail, transcript, wait. ----------------------------------------- */
  var backLink = document.querySelector('[data-action="back"]');
  var restartLink = document.querySelector('[data-action="restart"]');
  var trailBox = document.querySelector('.trail');
  var trailList = document.querySelector('[data-trail]');

  function show(id) {
    var previous = trail.length >= 2 ? trail[trail.length - 2].node : null;
    backLink.hidden = previous === null;
    if (previous !== null) {
      backLink.setAttribute('href', '#' + previous);
    }
    restartLink.hidden = trail.length < 2 && id === data.start;

    trailList.textContent = '';
    trail.slice(0, -1).forEach(function (entry) {
      var link = document.createElement('a');
      link.href = '#' + entry.node;
      link.setAttribute('data-action', 'trail');
      var time = document.createElement('time');
      time.dateTime = new Date(entry.at).toISOString();
      time.textContent = clock(new Date(entry.at), false);
      var answer = document.createElement('span');
      answer.className = 'answer-given';
      answer.textContent = '→ ' + entry.answer;
      link.appendChild(time);
      link.appendChild(document.createTextNode(stepLabel(entry.node) + ' · ' + titleOf(entry.node)));
      link.appendChild(answer);
      var item = document.createElement('li');
      item.appendChild(link);
      trailList.appendChild(item);
    });
    trailBox.hidden = trail.length < 2;

    var screen = screens[id];
    var transcript = screen.querySelector('[data-transcript]');
    if (transcript) {
      transcript.textContent = transcriptText();
      screen.querySelector('.copy-status').textContent = '';
    }
    updateWait();
  }

  /** The summary to read aloud or paste: title, then each step, answer and time. */
  function transcriptText() {
    var lines = [format(msg['js.transcriptHead'], data.title, data.version)];
    trail.forEach(function (entry) {
      if (entry.answer === null) {
        lines.push(format(msg['js.transcriptNow'], clock(new Date(entry.arrived), false), stepLabel(entry.node), titleOf(entry.node)));
      } else {
        lines.push(format(msg['js.transcriptStep'], clock(new Date(entry.at), false), stepLabel(entry.node),
          titleOf(entry.node), entry.answer));
      }
    });
    return lines.join('\n');
  }

  /**
   * The next update after "now", for updates every "every" minutes past the hour (15: :00,
   * :15, :30, :45). Computed from the clock each time, so it stays right through a reload or a
   * locked screen; Date rolls 14h60 over to 15h00 and 23h60 to the next day.
   */
  function nextSlot(now, every) {
    var next = new Date(now);
    next.setSeconds(0, 0);
    var m = next.getMinutes();
    next.setMinutes(m - (m % every) + every);
    return next;
  }

  function updateWait() {
    var screen = screens[currentId()];
    var line = screen.querySelector('[data-countdown]');
    if (!line) {
      return;
    }
    var now = Date.now();
    var next = nextSlot(now, Number(screen.getAttribute('data-every')));
    var minutes = Math.ceil((next.getTime() - now) / 60000);
    var text = minutes <= 1
      ? format(msg['js.nextUpdateSoon'], clock(next, true))
      : format(msg['js.nextUpdate'], clock(next, true), minutes);
    if (line.textContent !== text) {
      line.textContent = text;
    }
    line.hidden = false;
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
    var target = event.target.closest ? event.target.closest('[data-next], [data-action], [data-copy]') : null;
    if (!target) {
      return;
    }
    if (target.hasAttribute('data-next')) {
      var from = target.closest('[data-node]').getAttribute('data-node');
      clicked = { from: from, to: target.getAttribute('data-next'), label: labelOf(target) };
    } else if (target.getAttribute('data-action') === 'restart') {
      event.preventDefault();
      trail = [];
      if (currentId() === data.start && location.hash !== '') {
        arrive(data.start);
        focusHeading(data.start);
      } else {
        location.hash = data.start;
      }
    } else if (target.hasAttribute('data-copy')) {
      copySummary(target);
    }
    // "back" and "trail" are links to an earlier node of the trail: the hashchange below
    // shortens the trail, as the browser's own back button does.
  });

  function focusHeading(id) {
    var heading = screens[id].querySelector('h2');
    window.scrollTo(0, 0);
    heading.focus({ preventScroll: true });
  }

  window.addEventListener('hashchange', function () {
    var id = currentId();
    arrive(id);
    focusHeading(id);
  });

  // The countdown follows the clock; re-read it often, and at once when the phone wakes up.
  window.setInterval(updateWait, 5000);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      updateWait();
    }
  });

  arrive(currentId());
  root.setAttribute('data-ready', '');
  if (window.performance && performance.mark) {
    performance.mark('decision-ready');
  }
})();
