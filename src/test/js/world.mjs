/* The world the decision page lives in, as the tests model it: the page's own state machine
 * (DecisionModel, templates/decision-model.js, as the page inlines it), the browser tab's session
 * history, localStorage and sessionStorage, and the clock. A gesture of the proctor's (tap, back,
 * reload, ...) goes in; the world after it and what the screen must show come out, with the rules
 * of docs/decision-page.md it broke. model.properties.mjs checks the rules on random sequences;
 * page.properties.mjs compares the real page with it in Chromium and WebKit.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** The page's state machine, loaded from its source as the page inlines it. */
export function loadModel(file) {
  return vm.runInNewContext(readFileSync(file, 'utf8') + '\n;DecisionModel', {}, { filename: file });
}

/** A procedure's graph as DecisionPagePropertiesTest writes it (minutes as text). */
export function readGraph(file) {
  const graph = JSON.parse(readFileSync(file, 'utf8'));
  Object.values(graph.nodes).forEach((n) => { n.every = Number(n.every) || 0; });
  return graph;
}

/**
 * The world of one procedure. graph: { start, order: [node ids in the sheet's order],
 * nodes: { id: { every, next: [ids in the order of the page's controls], type } } }.
 */
export function makeWorld(DecisionModel, graph) {
  'use strict';

  var model = DecisionModel.create(graph);

  function copy(x) {
    return JSON.parse(JSON.stringify(x));
  }

  /** A tab whose history holds one page of elsewhere (about:blank): nothing of the page yet. */
  function fresh(now) {
    return { entries: [{ doc: null }], index: 0, docs: { count: 0, shown: 0 }, page: null, store: null, now: now };
  }

  function docNumber(doc) {
    return Number(String(doc).slice(1)) || 0;
  }

  function current(w) {
    return w.entries[w.index];
  }

  /** What the shell does after each state: save, and write or leave the history. */
  function effects(w) {
    var s = w.page;
    if (!s.left) {
      w.store = model.nothingToKeep(s) ? null : JSON.stringify(model.saved(s));
    }
    if (s.left) {
      var target = w.index - s.pos.k;
      if (target < 0) {
        return; // nowhere to go back to: the page stays (a tab's first page)
      }
      w.index = target;
      arrive(w, 'back_forward');
      return;
    }
    if (s.go) {
      // Down to the page's first entry, the tab's first, where the model already is: the popstate
      // that ends the move finds the page on that entry and asks nothing of the model.
      w.index += s.go;
      return;
    }
    var hash = model.current(s).trail[model.current(s).trail.length - 1].node;
    var bottom = s.pos.bottom === true;
    if (s.pushed) {
      w.pushes = (w.pushes || 0) + s.pushed;
      w.entries.length = w.index + 1;
      for (var k = s.pos.k - s.pushed + 1; k <= s.pos.k; k++) {
        w.entries.push({ doc: s.pos.doc, k: k, hash: hash, bottom: bottom });
      }
      w.index = w.entries.length - 1;
    } else {
      w.entries[w.index] = { doc: s.pos.doc, k: s.pos.k, hash: hash, bottom: bottom };
    }
    w.docs.shown = docNumber(s.pos.doc);
  }

  /** A document of the page loads at the entry on screen (or the tab shows another page). */
  function arrive(w, navType, hash) {
    var e = current(w);
    if (e.doc === null) {
      w.page = null;
      return;
    }
    var mark = e.k ? { doc: e.doc, k: e.k, bottom: e.bottom === true } : null;
    var came = 'other';
    if (mark) {
      var n = docNumber(mark.doc);
      came = n < w.docs.shown ? 'back' : n > w.docs.shown ? 'forward' : 'other';
    }
    var doc = mark ? mark.doc : 'd' + (w.docs.count += 1);
    w.page = model.load({ now: w.now, stored: w.store, entry: mark, hash: mark ? null : hash || null, doc: doc, came: came });
    effects(w);
  }

  function send(w, event) {
    event.now = w.now;
    w.page = model.step(w.page, event);
    effects(w);
  }

  /** Opens the page in this tab from elsewhere: a new entry, then a new document. */
  function navigate(w, hash) {
    w.entries.length = w.index + 1;
    w.entries.push({ doc: 'loading', k: 0, hash: hash || null });
    w.index += 1;
    var doc = 'd' + (w.docs.count += 1);
    w.page = model.load({ now: w.now, stored: w.store, entry: null, hash: hash || null, doc: doc, came: 'other',
      bottom: w.index === 0 });
    effects(w);
  }

  /**
   * What a gesture would touch on the screen now: { available, ... } (the control it taps), so
   * that the real page can be checked to offer the same, then driven.
   */
  function plan(w, g) {
    var s = w.page;
    var open = s !== null;
    if (g.type === 'link') {
      // The address it names already: browsers differ (Chromium scrolls, WebKit reloads); not a gesture.
      var id = graph.order[g.i % graph.order.length];
      return { available: !open || current(w).hash !== id };
    }
    if (['reload', 'back', 'forward', 'reopen', 'newTab', 'launch', 'jump'].indexOf(g.type) >= 0) {
      return { available: true };
    }
    if (!open) {
      return { available: false };
    }
    if (g.type === 'silence' || g.type === 'later' || g.type === 'damage') {
      return { available: true }; // the storage is reached from the page
    }
    var c = model.current(s);
    var node = c.trail[c.trail.length - 1].node;
    if (g.type === 'tap') {
      var next = graph.nodes[node].next;
      return next.length ? { available: true, to: next[g.i % next.length] } : { available: false };
    }
    if (g.type === 'retour') {
      var kind = model.backKind(s);
      return { available: kind === 'step' || kind === 'restart' };
    }
    if (g.type === 'restart') {
      return { available: c.trail.length > 1 };
    }
    if (g.type === 'close-case') {
      return { available: !model.nothingToKeep(s) };
    }
    if (g.type === 'new-case' || g.type === 'label') {
      return { available: true };
    }
    if (g.type === 'undo') {
      return { available: !!s.undo };
    }
    if (g.type === 'switch-case') {
      return s.cases.length > 1 ? { available: true, case: s.cases[g.i % s.cases.length].id } : { available: false };
    }
    if (g.type === 'trail') {
      return c.trail.length > 1 ? { available: true, index: g.i % (c.trail.length - 1) } : { available: false };
    }
    throw new Error('unknown gesture ' + g.type);
  }

  /** The world after a gesture (the given one is left as it was). */
  function apply(prior, g) {
    var w = copy(prior);
    var p = plan(w, g);
    if (!p.available) {
      return w;
    }
    var s = w.page;
    switch (g.type) {
      case 'tap':
        send(w, { type: 'answer', to: p.to, label: 'x' });
        break;
      case 'retour':
      case 'restart':
      case 'close-case':
      case 'new-case':
      case 'undo':
        send(w, { type: g.type });
        break;
      case 'switch-case':
        send(w, { type: 'switch-case', case: p.case });
        break;
      case 'trail':
        send(w, { type: 'trail', index: p.index });
        break;
      case 'label':
        send(w, { type: 'label', text: g.text });
        break;
      case 'back':
      case 'forward':
        var to = w.index + (g.type === 'back' ? -1 : 1);
        if (to < 0 || to >= w.entries.length) {
          break;
        }
        var from = current(w);
        w.index = to;
        var e = current(w);
        if (s !== null && e.doc === from.doc) {
          send(w, { type: e.k < s.pos.k ? 'back' : 'forward', k: e.k });
        } else {
          arrive(w, 'back_forward');
        }
        break;
      case 'reload':
        arrive(w, 'reload');
        break;
      case 'reopen':
        navigate(w, null);
        break;
      case 'newTab':
      case 'launch':
        var store = w.store;
        var docs = w.docs; // in localStorage: shared by the tabs
        var now = w.now;
        w = fresh(now);
        if (g.type === 'launch') {
          // The installed app opened from the home screen, or a tab a link opened from another
          // app: the page is the tab's first entry, with nothing below to go back to.
          w.entries = [];
          w.index = -1;
        }
        w.store = store;
        w.docs = docs;
        navigate(w, null);
        break;
      case 'link':
        var id = graph.order[g.i % graph.order.length];
        if (s === null) {
          navigate(w, id);
        } else if (current(w).hash !== id) {
          w.entries.length = w.index + 1;
          w.entries.push({ doc: s.pos.doc, k: 0, hash: id });
          w.index += 1;
          send(w, { type: 'link', hash: id });
        }
        break;
      case 'jump':
        w.now += g.ms;
        if (s !== null) {
          send(w, { type: 'tick' });
        }
        break;
      case 'silence':
        // The phone put away for 13 hours, then the page reloaded.
        if (g.shift && w.store) {
          w.store = shifted(w.store, -13 * 3600 * 1000);
        } else if (!g.shift) {
          w.now += 13 * 3600 * 1000;
        }
        arrive(w, 'reload');
        break;
      case 'later':
        // Time passed while the page was put away (its stored times moved back), then it reloaded.
        if (w.store) {
          w.store = shifted(w.store, -g.ms);
        }
        arrive(w, 'reload');
        break;
      case 'damage':
        w.store = g.mutation ? damaged(w.store, g.mutation) : g.text;
        arrive(w, 'reload');
        break;
      default:
        throw new Error('unknown gesture ' + g.type);
    }
    return w;
  }

  /** The stored text with every time moved by ms (what 13 hours of silence does to it). */
  function shifted(text, ms) {
    var s = JSON.parse(text);
    s.cases.forEach(function (c) {
      c.changed += ms;
      [c.trail].concat(c.before ? [c.before] : []).forEach(function (t) {
        t.forEach(function (e) {
          e.arrived += ms;
          if (e.at !== null) {
            e.at += ms;
          }
        });
      });
    });
    return JSON.stringify(s);
  }

  /**
   * The stored text with one value of its first student made wrong: mutation { field, value },
   * a field of the whole (seq, made, current), of the student's first step (arrived, at, node) or
   * of the student. Nothing stored stays nothing.
   */
  function damaged(text, mutation) {
    if (!text) {
      return text;
    }
    var s = JSON.parse(text);
    var c = s.cases[0];
    var f = mutation.field;
    var target = f === 'seq' || f === 'made' || f === 'current' ? s : f === 'arrived' || f === 'at' || f === 'node' ? c.trail[0] : c;
    target[f] = mutation.value;
    return JSON.stringify(s);
  }

  /** What the screen shows for a state, in the model's terms. */
  function view(state, now) {
    var c = model.current(state);
    var w = model.waitOf(c);
    return {
      node: c.trail[c.trail.length - 1].node,
      current: c.id,
      cases: state.cases.map(function (o) { return [o.id, o.trail[o.trail.length - 1].node]; }),
      back: model.backKind(state),
      wait: w ? (now < w.slot ? (state.confirm ? 'confirm' : 'before') : 'after') : null,
      undo: state.undo ? state.undo.kind : null,
      notice: state.notice
    };
  }

  /** What the screen must show: null when the tab shows another page. */
  function observe(w) {
    if (w.page === null) {
      return null;
    }
    var v = view(w.page, w.now);
    var c = model.current(w.page);
    return {
      node: v.node,
      current: v.current.split('-')[0],
      cases: v.cases.map(function (x) { return x[0].split('-')[0] + ' ' + x[1]; }),
      retour: v.back === 'step' || v.back === 'restart',
      undo: v.undo !== null,
      notice: v.notice === 'lost',
      trail: c.trail.length - 1,
      wait: v.wait
    };
  }

  /* ---- The rules of docs/decision-page.md, written apart from the model. ----------------- */
  var HOUR = 3600 * 1000;

  function lastNode(c) {
    return c.trail[c.trail.length - 1].node;
  }

  function byId(s, id) {
    return s.cases.filter(function (c) { return c.id === id; })[0] || null;
  }

  /** What back means, from the table: step, restart, student or leave. */
  function backMeaning(s) {
    var c = byId(s, s.current);
    return c.trail.length > 1 ? 'step' : c.before ? 'restart' : s.cases.length > 1 ? 'student' : 'leave';
  }

  /** The gestures made on the page itself: the browser counts them as the user's. */
  var GESTURE_TYPES = ['tap', 'retour', 'restart', 'close-case', 'new-case', 'undo', 'switch-case', 'trail', 'label'];

  /** How many backs in a row stay in the page, by the table (at most 21 counted). */
  function backsInPage(s, now) {
    var n = 0;
    while (n <= 20 && !s.left && backMeaning(s) !== 'leave') {
      s = model.step(s, { type: 'back', k: Math.max(1, s.pos.k - 1), now: now });
      n += 1;
    }
    return n;
  }

  function ids(s) {
    return s.cases.map(function (c) { return c.id; }).join(' ');
  }

  function storedIds(text) {
    try {
      var s = JSON.parse(text);
      return s.cases.map(function (c) { return c.id; });
    } catch (e) {
      return [];
    }
  }

  /** The students of a stored text that a page opening at now keeps (changed in the last 12 hours). */
  function keptIds(text, now) {
    try {
      return JSON.parse(text).cases.filter(function (c) { return now - c.changed < 12 * HOUR && c.changed <= now + 12 * HOUR; })
        .map(function (c) { return c.id; });
    } catch (e) {
      return [];
    }
  }

  /** The rules a gesture broke, as sentences; none when it did what the proctor expects. */
  function rules(b, g, a) {
    var out = [];
    function say(text) {
      out.push(text);
    }
    var p = plan(b, g);
    var bs = b.page;
    var as = a.page;
    // Every time the page holds can be drawn: a Date beyond ±8.64e15 ms throws (damaged storage).
    var times = as ? as.cases.flatMap(function (c) {
      return [c.changed].concat(c.trail.concat(c.before || []).flatMap(function (e) { return [e.arrived, e.at]; }));
    }) : [];
    if (times.some(function (t) { return t !== null && !(Math.abs(t) <= 8.64e15); })) {
      say('the page holds a time no Date can hold');
    }
    if (as && !as.left) {
      var c = byId(as, as.current);
      if (!c) {
        say('the current student is not open');
        return out;
      }
      if (new Set(as.cases.map(function (x) { return x.id; })).size !== as.cases.length) {
        say('two students share an id');
      }
      as.cases.forEach(function (x) {
        if (a.now - x.changed >= 12 * HOUR) {
          say(x.id + ' is kept after 12 hours without a change');
        }
      });
      // Each back that stays in the page lands on an entry of the page's own (at most 20 in a row).
      var gesture = GESTURE_TYPES.indexOf(g.type) >= 0 && bs !== null && !bs.left && bs.pos.doc === as.pos.doc
        && plan(b, g).available;
      var below = 0;
      while (a.index - below - 1 >= 0 && a.entries[a.index - below - 1].doc === as.pos.doc && a.entries[a.index - below - 1].k) {
        below += 1;
      }
      if (gesture && below < Math.min(backsInPage(as, a.now), 20)) {
        say(backsInPage(as, a.now) + ' backs stay in the page, yet only ' + below + ' entries of the page lie below');
      }
      // An entry pushed out of a gesture is skipped by Safari's back, with the one below it, and
      // by Chrome's when no tap came before it: the page would be left.
      if (GESTURE_TYPES.indexOf(g.type) < 0 && (a.pushes || 0) > (b.pushes || 0)) {
        say('the page wrote a history entry without a gesture of the proctor (' + g.type + ')');
      }
    }
    if (!p.available) {
      if (JSON.stringify(b) !== JSON.stringify(a)) {
        say('a control that is not offered changed something');
      }
      return out;
    }
    var bc = bs && byId(bs, bs.current);
    var ac = as && byId(as, as.current);
    var sameDoc = bs && b.index > 0 && b.entries[b.index - 1].doc === b.entries[b.index].doc;
    if ((g.type === 'back' && sameDoc) || (g.type === 'retour' && bs)) {
      var meaning = backMeaning(bs);
      if (meaning === 'step') {
        if (!ac || ac.id !== bc.id || ac.trail.length !== bc.trail.length - 1) {
          say('back from step ' + bc.trail.length + ' did not show the previous step of the same student');
        }
      } else if (meaning === 'restart') {
        if (!ac || ac.id !== bc.id || JSON.stringify(ac.trail) !== JSON.stringify(bc.before)) {
          say('back after Recommencer did not return to the step before it');
        }
      } else if (meaning === 'student' && g.type === 'back') {
        var open = bs.cameFrom.filter(function (id) { return id !== bc.id && byId(bs, id); });
        var expected = open.length ? open[open.length - 1] : null;
        if (!as) {
          say('back left the page with another student open');
        } else if (expected && ac.id !== expected) {
          say('back from a first step did not return to the student switched from (' + expected + ')');
        } else if (ac.id === bc.id || lastNode(ac) !== lastNode(byId(bs, ac.id))) {
          say('back from a first step did not show the other student where it was');
        }
      } else if (meaning === 'leave' && g.type === 'back' && bs.pos.bottom) {
        // Nothing below the page's first entry (the installed app): the history goes down to
        // it, the screen unchanged, so the next back leaves as the tab's own back does.
        if (!as || as.left || a.index !== 0 || ac.id !== bc.id || lastNode(ac) !== lastNode(bc)) {
          say('back with one student at step 1, at the bottom of the tab, did not go down to its first entry');
        }
      } else if (meaning === 'leave' && g.type === 'back' && as && as.pos.doc === bs.pos.doc) {
        // It leaves this document: for another page, or for an older document of the page.
        say('back with one student at step 1 did not leave the page');
      }
    }
    // (At the tab's first entry back has nowhere to go: a phone closes the app, a test's tab stays.)
    if (g.type === 'back' && bs && !sameDoc && b.index > 0 && as && as.pos.doc === bs.pos.doc) {
      say('back from the first entry of a document stayed in it');
    }
    if ((g.type === 'reopen' || g.type === 'newTab' || g.type === 'launch') && as) {
      var before = b.store ? storedIds(b.store) : [];
      var fresh = before.length === 0;
      var after = as.cases.map(function (x) { return x.id; });
      if (as.notice !== 'lost' && (fresh ? after.length !== 1 : after.some(function (id) { return before.indexOf(id) < 0; }))) {
        say('reopening added a student: ' + before.join(' ') + ' -> ' + after.join(' '));
      }
      if (bs && !bs.left && before.indexOf(bs.current) >= 0 && (ac.n !== bc.n || lastNode(ac) !== lastNode(bc))) {
        say('reopening did not show the current student on its step');
      }
    }
    // An untouched student alone is not kept (nothing to keep): after a reload it is a new one,
    // the same to the eye (its number and step), which is what this compares.
    if (g.type === 'reload' && bs && as && (ac.n !== bc.n || lastNode(ac) !== lastNode(bc))) {
      if (!(a.now - bc.changed >= 12 * HOUR)) {
        say('a reload changed the student or the step shown');
      }
    }
    if (g.type === 'silence' && as) {
      if (as.cases.length !== 1 || ac.trail.length !== 1 || lastNode(ac) !== graph.start || as.notice) {
        say('after 12 hours of silence the page did not open at step 1 with no student kept');
      }
    }
    if (g.type === 'damage' && as && as.cases.length === 0) {
      say('damaged storage left no student');
    }
    if (g.type === 'tap' && bs) {
      var w = model.waitOf(bc);
      var early = w && b.now < w.slot;
      if (early && bs.confirm !== lastNode(bc)) {
        if (lastNode(ac) !== lastNode(bc) || as.confirm !== lastNode(bc)) {
          say('the first tap before the update did not ask for a second one');
        }
      } else if (ac.id !== bc.id || lastNode(ac) !== p.to || ac.trail.length !== bc.trail.length + 1) {
        say('a tap on ' + p.to + ' did not move this student there');
      }
    }
    // Opened from its address (a link, a bookmark, the home-screen icon) with no student kept:
    // step 1, whatever the address names (a bookmark made on a step keeps that step's #node).
    if ((g.type === 'reopen' || g.type === 'newTab' || g.type === 'launch' || (g.type === 'link' && !bs)) && as
        && as.pos.doc !== (bs && bs.pos.doc)
        && keptIds(b.store, a.now).length === 0 && (as.cases.length !== 1 || ac.trail.length !== 1 || lastNode(ac) !== graph.start)) {
      say('the page opened with no student kept, yet not at step 1 of one new student');
    }
    if (g.type === 'new-case' && bs) {
      if (lastNode(ac) !== graph.start || ac.trail.length !== 1 || as.cases.length > bs.cases.length + 1
          || (ac.id !== bc.id && !byId(as, bc.id))) {
        say('Nouvel étudiant did not show a student at step 1, keeping the others');
      }
    }
    if (g.type === 'switch-case' && bs && (ac.id !== p.case || lastNode(ac) !== lastNode(byId(bs, p.case)))) {
      say('the switch did not show that student on its own step');
    }
    if (g.type === 'close-case' && bs && (byId(as, bc.id) || !as.undo)) {
      say('Terminer did not close the student with an undo offered');
    }
    if (g.type === 'undo' && bs && (ids(as) !== ids(bs.undo.before) || as.current !== bs.undo.before.current)) {
      say('undo did not bring back the students as they were');
    }
    if (g.type === 'trail' && bs && (ac.id !== bc.id || ac.trail.length !== p.index + 1)) {
      say('a step of the trail did not take the student back to it');
    }
    if (g.type === 'link' && bs && b.entries[b.index].hash !== graph.order[g.i % graph.order.length]) {
      if (lastNode(ac) !== graph.order[g.i % graph.order.length] || ac.id !== bc.id) {
        say('a deep link did not move the current student to its step');
      }
    }
    return out;
  }

  /** Runs gestures from a fresh tab (the page opened first): the first broken rule stops it. */
  function run(start, gestures) {
    var w = apply(fresh(start), { type: 'reopen' });
    for (var i = 0; i < gestures.length; i++) {
      var next = apply(w, gestures[i]);
      var broken = rules(w, gestures[i], next);
      if (broken.length) {
        return { at: i, broken: broken, observed: observe(next) };
      }
      w = next;
    }
    return { at: -1, broken: [], events: gestures.length };
  }

  return { run: run, rules: rules, fresh: fresh, apply: apply, plan: plan, observe: observe, model: model, graph: graph, shifted: shifted,
    damaged: damaged };
}
