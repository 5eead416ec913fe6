/* The decision page's behaviour, as a pure state machine: docs/decision-page.md is its table.
 *
 *   DecisionModel.create(graph) -> { load, step, view, ... }
 *   step(state, event) -> the next state; the state and the event are plain JSON, never changed.
 *
 * Nothing here reads the page, the history, the storage or the clock: every event carries its
 * time ("now", in ms), and a load carries what the storage held. decision.js is the shell: it
 * turns taps, history moves and timers into events, and draws, saves and writes the history
 * from the state this returns. The tests run this same file against random sequences.
 *
 * Plain ES2017, no library; inlined into decision.html with decision.js. Never write the closing
 * script tag in this file.
 */
var DecisionModel = (function () {
  'use strict';

  var KEEP_MS = 12 * 3600 * 1000; // a student left alone this long is forgotten
  var LABEL_MAX = 24;
  // The most entries the page keeps below the one on screen: back more often than this in a row
  // leaves the page (Safari refuses more than 100 history writes in 10 s).
  var ENTRIES_MAX = 20;

  /**
   * graph: { start: id, nodes: { id: { every: minutes of a wait or 0, next: [ids it leads to] } } }
   */
  function create(graph) {
    function isNode(id) {
      return typeof id === 'string' && Object.prototype.hasOwnProperty.call(graph.nodes, id);
    }

    function copy(value) {
      return JSON.parse(JSON.stringify(value));
    }

    function lastOf(c) {
      return c.trail[c.trail.length - 1];
    }

    function caseById(state, id) {
      for (var i = 0; i < state.cases.length; i++) {
        if (state.cases[i].id === id) {
          return state.cases[i];
        }
      }
      return null;
    }

    function current(state) {
      return caseById(state, state.current);
    }

    /** A student nothing was done for: at the start, unnamed, no restart to return to. */
    function untouched(c) {
      return c.trail.length === 1 && c.trail[0].node === graph.start && !c.label && !c.before;
    }

    /** A student "Nouvel étudiant" opened, nothing done for it yet: back drops it. */
    function mistaken(c) {
      return c.fresh === true && untouched(c);
    }

    function arrival(node, now) {
      return { node: node, arrived: now, answer: null, at: null };
    }

    /** A new student at node (the start unless a deep link named one); the state is changed in place. */
    function addCase(state, node, now) {
      if (state.cases.length === 0) {
        state.seq = 0; // with nobody left, the numbering starts again
      }
      state.seq += 1;
      state.made = (state.made || 0) + 1; // ids are never given twice, even when the numbering restarts
      var c = { id: 'c' + state.made + '-' + now.toString(36), n: state.seq, label: '', changed: now,
        trail: [arrival(node || graph.start, now)], before: null, fresh: false };
      state.cases.push(c);
      return c;
    }

    function empty(now) {
      var state = { seq: 0, made: 0, current: null, cases: [], cameFrom: [], redo: [], undo: null, confirm: null,
        notice: null, left: false, pos: { doc: '', k: 1 } };
      state.current = addCase(state, graph.start, now).id;
      return state;
    }

    /** The update a wait at node, reached at "arrived", waits for: the next slot strictly after it. */
    function slotAfter(arrived, every) {
      var next = new Date(arrived);
      next.setSeconds(0, 0);
      var m = next.getMinutes();
      next.setMinutes(m - (m % every) + every);
      return next.getTime();
    }

    /** For a case at a wait: when it got there and the update it waits for; else null. */
    function waitOf(c) {
      var e = lastOf(c);
      var every = graph.nodes[e.node].every;
      return every ? { arrived: e.arrived, slot: slotAfter(e.arrived, every) } : null;
    }

    /** What back does now: 'step' (this student's previous step), 'restart' (the trail before a
     * restart), 'student' (another student), or 'leave' (the page). */
    function backKind(state) {
      var c = current(state);
      if (c.trail.length > 1) {
        return 'step';
      }
      if (c.before) {
        return 'restart';
      }
      return state.cases.length > 1 ? 'student' : 'leave';
    }

    /** The student back returns to from a first step: the last one switched from, still open, else
     * the one changed last. */
    function studentBefore(state) {
      for (var i = state.cameFrom.length - 1; i >= 0; i--) {
        var c = caseById(state, state.cameFrom[i]);
        if (c && c.id !== state.current) {
          return c;
        }
      }
      var others = state.cases.filter((o) => o.id !== state.current);
      others.sort((a, b) => b.changed - a.changed || b.n - a.n);
      return others[0] || null;
    }

    function forgetClosed(state) {
      state.cameFrom = state.cameFrom.filter((id) => caseById(state, id) !== null);
      state.redo = state.redo.filter((r) => r.case === state.current);
    }

    /** The current student becomes c; the one left is remembered for back. */
    function switchTo(state, c) {
      if (c.id === state.current) {
        return;
      }
      state.cameFrom = state.cameFrom.filter((id) => id !== state.current && id !== c.id);
      state.cameFrom.push(state.current);
      if (state.cameFrom.length > 20) {
        state.cameFrom.shift();
      }
      state.current = c.id;
    }

    /** The persistent part, as the storage keeps it. */
    function saved(state) {
      return { v: 2, seq: state.seq, made: state.made, current: state.current, cases: state.cases, cameFrom: state.cameFrom };
    }

    /** True when the storage need not keep anything: one untouched student, number 1 (what a
     * page opening with nothing kept would show). */
    function nothingToKeep(state) {
      return state.cases.length === 1 && untouched(state.cases[0]) && state.cases[0].n === 1;
    }

    /* ---- Reading what the storage held: anything odd is dropped, and said once. ---------- */
    /** A whole number of the storage's (a student's number, a count): below 2^53. */
    function count(x) {
      return Number.isSafeInteger(x) && x >= 0;
    }

    /** A time a Date can hold (not NaN, not infinite, not beyond): else drawing it would throw. */
    function time(x) {
      return typeof x === 'number' && Math.abs(x) <= 8.64e15;
    }

    function readEntry(e) {
      if (!e || typeof e !== 'object' || !isNode(e.node) || !time(e.arrived)) {
        return null;
      }
      var answered = typeof e.answer === 'string' && time(e.at);
      return { node: e.node, arrived: e.arrived, answer: answered ? e.answer : null, at: answered ? e.at : null };
    }

    function readTrail(t) {
      if (!Array.isArray(t) || t.length === 0 || t.length > 500) {
        return null;
      }
      var out = [];
      for (var i = 0; i < t.length; i++) {
        var e = readEntry(t[i]);
        if (e === null || (i < t.length - 1 && e.answer === null)) {
          return null;
        }
        out.push(e);
      }
      out[out.length - 1].answer = null;
      out[out.length - 1].at = null;
      return out;
    }

    function readCase(c) {
      // An id is "c", the count of students made, "-", the time it was made (base 36).
      if (!c || typeof c !== 'object' || typeof c.id !== 'string' || !count(+(/^c(\d+)-[0-9a-z]+$/.exec(c.id) || [])[1])
          || !count(c.n) || c.n < 1 || typeof c.label !== 'string' || !time(c.changed)) {
        return null;
      }
      var trail = readTrail(c.trail);
      if (trail === null) {
        return null;
      }
      var before = c.before === null || c.before === undefined ? null : readTrail(c.before);
      return { id: c.id, n: c.n, label: c.label.slice(0, LABEL_MAX), changed: c.changed, trail: trail, before: before,
        fresh: c.fresh === true };
    }

    /** { state fields, lost: whether something kept could not be read }. */
    function restore(stored) {
      if (stored === null || stored === undefined) {
        return { cases: [], seq: 0, made: 0, current: null, cameFrom: [], lost: false };
      }
      var s = stored;
      if (typeof s === 'string') {
        try {
          s = JSON.parse(s);
        } catch (e) {
          return { cases: [], seq: 0, made: 0, current: null, cameFrom: [], lost: true };
        }
      }
      if (!s || typeof s !== 'object' || !Array.isArray(s.cases)) {
        return { cases: [], seq: 0, made: 0, current: null, cameFrom: [], lost: true };
      }
      var cases = [];
      var lost = false;
      s.cases.forEach(function (raw) {
        var c = readCase(raw);
        if (c === null || cases.some((o) => o.id === c.id)) {
          lost = true;
        } else {
          cases.push(c);
        }
      });
      var seq = count(s.seq) ? s.seq : 0;
      var made = count(s.made) ? s.made : 0;
      cases.forEach(function (c) {
        seq = Math.max(seq, c.n);
        made = Math.max(made, Number(c.id.slice(1, c.id.indexOf('-'))));
      });
      var cameFrom = Array.isArray(s.cameFrom) ? s.cameFrom.filter((id) => typeof id === 'string') : [];
      return { cases: cases, seq: seq, made: made, current: typeof s.current === 'string' ? s.current : null, cameFrom: cameFrom,
        lost: lost || !count(s.seq) };
    }

    /* ---- Events. ------------------------------------------------------------------------ */

    /** A student at the node of a deep link: the current one moves there. */
    function followLink(state, node, now) {
      var c = current(state);
      if (lastOf(c).node === node) {
        return;
      }
      var last = lastOf(c);
      last.answer = ''; // a link has no answer of its own
      last.at = now;
      c.trail.push(arrival(node, now));
      c.changed = now;
    }

    /**
     * The page opens (a new document: opened, reopened, reloaded, or reached by back or forward
     * from another page). event: { now, stored: what the storage held (text, object or null),
     * entry: the history entry's mark { doc, k, bottom } or null when the entry is not one of
     * this page's, hash: the node the address names or null, doc: a new document id, bottom:
     * whether that new document's entry is the tab's first, came: 'back' | 'forward' | 'reload'
     * | 'other' }.
     */
    function load(event) {
      var now = event.now;
      var r = restore(event.stored);
      var state = { seq: r.seq, made: r.made, current: r.current, cases: r.cases, cameFrom: r.cameFrom, redo: [], undo: null,
        confirm: null, notice: r.lost ? 'lost' : null, left: false, pos: null };
      state.cases = state.cases.filter((c) => now - c.changed < KEEP_MS && c.changed <= now + KEEP_MS);
      var kept = state.cases.length > 0;
      if (!kept) {
        state.seq = 0;
        state.current = addCase(state, graph.start, now).id;
      } else if (current(state) === null) {
        state.current = studentBefore(state).id;
      }
      forgetClosed(state);
      var entry = event.entry;
      if (entry) {
        state.pos = { doc: entry.doc, k: entry.k, bottom: entry.bottom };
      } else {
        state.pos = { doc: event.doc, k: 1, bottom: event.bottom };
        if (kept && isNode(event.hash)) {
          followLink(state, event.hash, now); // a deep link: no entry of this page's own
        }
      }
      // Back into an older document of the page (after it was opened again in the same tab)
      // shows the stored state as it is: applying back there would move the history while the
      // page loads, which WebKit ignores.
      return settle(state, false);
    }

    /** How many backs in a row stay in the page (at most ENTRIES_MAX): back, again and again,
     * on a copy, until it would leave. */
    function backDepth(state) {
      var s = copy(state);
      var n = 0;
      for (; n < ENTRIES_MAX && backKind(s) !== 'leave'; n++) {
        s = back(s, 0);
      }
      return n;
    }

    /**
     * After a gesture of the proctor's: the page's own entries below the one on screen are as
     * many as the backs that stay in the page, so each back lands in the page, as a popstate.
     * Entries are pushed in the gesture's own task and never otherwise (not as the page opens,
     * nor on back or forward, nor as time passes): Safari's back skips an entry that a page
     * pushed more than 10 s after the last tap, with the entry below it, and Chrome skips the
     * entries of a page that pushed them before any tap (their protections against pages that
     * trap the back button).
     */
    function settle(state, gesture) {
      state.pushed = 0;
      if (gesture && !state.left) {
        var below = state.pos.k - 1;
        var wanted = backDepth(state);
        if (below < wanted) {
          state.pushed = wanted - below;
          state.pos.k = wanted + 1;
        }
      }
      return state;
    }

    function answer(state, event) {
      var c = current(state);
      var last = lastOf(c);
      var node = graph.nodes[last.node];
      if (node.next.indexOf(event.to) < 0) {
        return state; // a control of another screen (a stale tap): nothing
      }
      var w = waitOf(c);
      if (w && event.now < w.slot && state.confirm !== last.node) {
        state.confirm = last.node; // before the update: a second tap continues
        return state;
      }
      state.confirm = null;
      c.fresh = false;
      last.answer = typeof event.label === 'string' ? event.label : '';
      last.at = event.now;
      c.trail.push(arrival(event.to, event.now));
      c.changed = event.now;
      state.redo = [];
      return state;
    }

    function back(state, now) {
      var c = current(state);
      var kind = backKind(state);
      if (kind === 'step') {
        var gone = c.trail.pop();
        var last = lastOf(c);
        state.redo.push({ case: c.id, entry: gone, answer: last.answer, at: last.at });
        last.answer = null;
        last.at = null;
        c.changed = now;
      } else if (kind === 'restart') {
        c.trail = c.before;
        c.before = null;
        c.changed = now;
        state.redo = [];
      } else if (kind === 'student') {
        var to = studentBefore(state);
        if (mistaken(c)) {
          state.cases = state.cases.filter((o) => o.id !== c.id); // opened by mistake
        }
        state.cameFrom = state.cameFrom.filter((id) => id !== to.id && id !== c.id);
        state.current = to.id;
        state.redo = [];
      } else if (state.pos.bottom) {
        // The page's first entry is the tab's first (the installed app, a tab opened by a link):
        // back cannot go below it; the history goes down to it, and the next back leaves. The
        // page is there at once: a tap before the move ends is drawn on it, never undone by it.
        state.go = 1 - state.pos.k;
        state.pos.k = 1;
      } else {
        state.left = true;
      }
      return state;
    }

    function forward(state) {
      var r = state.redo.pop();
      var c = current(state);
      if (!r || r.case !== c.id) {
        return state;
      }
      var last = lastOf(c);
      last.answer = r.answer;
      last.at = r.at;
      c.trail.push(r.entry);
      return state;
    }

    function newCase(state, now) {
      var c = current(state);
      if (untouched(c)) {
        return state; // already a student with nothing done
      }
      var fresh = state.cases.filter(untouched)[0] || addCase(state, graph.start, now);
      fresh.fresh = true;
      switchTo(state, fresh);
      state.redo = [];
      return state;
    }

    function offerUndo(state, kind, name) {
      var before = copy(state);
      before.undo = null;
      before.confirm = null;
      state.undo = { kind: kind, name: name, before: before };
    }

    function restart(state, now) {
      var c = current(state);
      if (c.trail.length < 2) {
        return state;
      }
      offerUndo(state, 'restarted', c.label || c.n);
      c.before = c.trail;
      c.trail = [arrival(graph.start, now)];
      c.changed = now;
      state.redo = [];
      return state;
    }

    function close(state, now) {
      var c = current(state);
      if (nothingToKeep(state)) {
        return state; // Terminer is not offered: nothing to close
      }
      offerUndo(state, 'closed', c.label || c.n);
      state.cases = state.cases.filter((o) => o.id !== c.id);
      var next = studentBefore(state) || addCase(state, graph.start, now);
      state.cameFrom = state.cameFrom.filter((id) => id !== next.id && id !== c.id);
      state.current = next.id;
      state.redo = [];
      return state;
    }

    function undo(state) {
      if (!state.undo) {
        return state;
      }
      var before = state.undo.before;
      before.pos = state.pos;
      before.notice = state.notice;
      return before;
    }

    /** A step of the trail, tapped: this student goes back to it. */
    function trail(state, event) {
      var c = current(state);
      var i = event.index;
      if (typeof i !== 'number' || i < 0 || i >= c.trail.length - 1) {
        return state;
      }
      c.trail.length = i + 1;
      lastOf(c).answer = null;
      lastOf(c).at = null;
      c.changed = event.now;
      state.redo = [];
      return state;
    }

    function switchCase(state, event) {
      var c = caseById(state, event.case);
      if (c) {
        switchTo(state, c);
        state.redo = [];
      }
      return state;
    }

    function label(state, event) {
      var c = current(state);
      var text = String(event.text).trim().slice(0, LABEL_MAX);
      if (text !== c.label) {
        c.fresh = false;
        c.label = text;
        c.changed = event.now;
      }
      return state;
    }

    /** Time passes: students left alone 12 hours are forgotten; the wait's second tap expires. */
    function tick(state, now) {
      var keep = state.cases.filter((c) => now - c.changed < KEEP_MS);
      if (keep.length !== state.cases.length) {
        state.cases = keep;
        if (keep.length === 0) {
          state.current = addCase(state, graph.start, now).id;
        } else if (current(state) === null) {
          state.current = studentBefore(state).id;
        }
        forgetClosed(state);
        state.undo = null;
      }
      var w = waitOf(current(state));
      if (state.confirm && (!w || now >= w.slot)) {
        state.confirm = null;
      }
      return state;
    }

    /**
     * One event on a state: a new state (the given one is left as it was). Every event has
     * "now"; the others fields are the event's own (docs/decision-page.md).
     */
    function step(prior, event) {
      var state = copy(prior);
      state.pushed = 0;
      state.go = 0;
      state.left = false;
      var type = event.type;
      if (type !== 'tick') {
        state.notice = null; // said once, until the next thing the proctor does
      }
      var keepsUndo = type === 'tick' || type === 'label' || type === 'undo';
      var keepsConfirm = type === 'tick' || type === 'answer';
      if (!keepsUndo) {
        state.undo = null;
      }
      if (!keepsConfirm) {
        state.confirm = null;
      }
      if (type === 'back') {
        // A move of the history to an entry below: this page's back. The entry moved to is the
        // one the page shows now.
        state.pos.k = event.k;
        state = back(state, event.now);
        if (state.left) {
          return state; // the shell goes on back, out of the page
        }
      } else if (type === 'forward') {
        state.pos.k = event.k;
        state = forward(state);
      } else if (type === 'retour') {
        if (backKind(state) === 'step' || backKind(state) === 'restart') {
          state = back(state, event.now); // the button: this student's own previous step only
        }
      } else if (type === 'answer') {
        state = answer(state, event);
      } else if (type === 'new-case') {
        state = newCase(state, event.now);
      } else if (type === 'switch-case') {
        state = switchCase(state, event);
      } else if (type === 'close-case') {
        state = close(state, event.now);
      } else if (type === 'restart') {
        state = restart(state, event.now);
      } else if (type === 'undo') {
        state = undo(state);
      } else if (type === 'trail') {
        state = trail(state, event);
      } else if (type === 'label') {
        state = label(state, event);
      } else if (type === 'link') {
        // A fragment typed or followed: a new entry that is not one of this page's.
        state.pos.k += 1;
        if (isNode(event.hash)) {
          followLink(state, event.hash, event.now);
        }
      } else if (type === 'tick') {
        state = tick(state, event.now);
      } else {
        throw new Error('unknown event ' + type);
      }
      if (type !== 'tick') {
        state = tick(state, event.now);
      }
      // Entries are pushed after a gesture only: a tap or a key on the page, not a move of the history or time.
      return settle(state, ['back', 'forward', 'link', 'tick'].indexOf(type) < 0);
    }

    return {
      empty: empty,
      load: load,
      step: step,
      saved: saved,
      nothingToKeep: nothingToKeep,
      waitOf: waitOf,
      current: current,
      backKind: backKind
    };
  }

  return { create: create };
})();
