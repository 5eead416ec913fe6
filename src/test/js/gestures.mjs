/* What a proctor does to the decision page, or what happens to it, as fast-check arbitraries.
 * A gesture is { type, i, text, ms }: i picks among what the screen offers (the i-th answer, row
 * or step, modulo their number), text is a name typed or what damaged storage holds, ms a jump
 * of the clock ('jump'), or how far back the stored times move before a reload ('later'). The world model (world.mjs) and the real page take the same gestures.
 */
import fc from 'fast-check';

/** What damaged storage may hold: not JSON, the wrong shape, a bad time, a label not a string. */
export const DAMAGE = [
  '{',
  'null',
  '[]',
  '{"cases":5}',
  '{"v":2,"seq":1,"current":"c1-a","cases":[{"id":"c1-a","n":1,"label":7,"changed":1,'
    + '"trail":[{"node":"x","arrived":1,"answer":null,"at":null}]}]}',
  '{"v":2,"seq":"a","current":3,"cases":[{"id":"c1-a","n":1,"label":"","changed":"hier","trail":[]}]}'
];

/**
 * One value of the first stored student made wrong, as a damaged or hand-edited storage may hold
 * it: times a Date cannot hold, numbers that are no count, values of the wrong kind.
 */
export const DAMAGED_FIELDS = ['changed', 'n', 'label', 'id', 'arrived', 'at', 'node', 'seq', 'made', 'current'];
export const BAD_VALUES = [1e300, -1e300, 8.64e15 + 1, 1e16, 2 ** 53, -1, 0.5, 'hier', null, {}, [], true];

const plain = (type) => fc.integer({ min: 0, max: 7 }).map((i) => ({ type, i }));

/**
 * Gestures in the proportions of a shift in the exam room, taps first. clock: the test can move
 * the page's clock (jumps); silenceByShift: "12 hours of silence" moves the stored times back
 * rather than the clock forward (where the page's clock cannot be set); sameTabReopen: the page
 * opened again in the same tab from its address; launch: the page opened as the first entry of a
 * new tab (the installed app from the home screen).
 */
export function gesture({ clock, silenceByShift, sameTabReopen = true, launch = true }) {
  const entries = [
    [30, plain('tap')],
    [8, plain('back')],
    [3, plain('forward')],
    [4, plain('retour')],
    [5, plain('new-case')],
    [5, plain('switch-case')],
    [3, plain('close-case')],
    [3, plain('restart')],
    [3, plain('undo')],
    [2, plain('trail')],
    [1, fc.constantFrom('Place 12', 'Léa', '  B-7  ', '').map((text) => ({ type: 'label', i: 0, text }))],
    [3, plain('reload')],
    [1, plain('newTab')],
    ...(launch ? [[1, plain('launch')]] : []),
    [2, plain('link')],
    [1, fc.constant({ type: 'silence', i: 0, shift: silenceByShift })],
    [1, fc.constantFrom(...DAMAGE).map((text) => ({ type: 'damage', i: 0, text }))],
    [1, fc.record({ field: fc.constantFrom(...DAMAGED_FIELDS), value: fc.constantFrom(...BAD_VALUES) })
      .map((mutation) => ({ type: 'damage', i: 0, mutation }))]
  ];
  if (sameTabReopen) {
    entries.push([2, plain('reopen')]);
  }
  const jumps = fc.constantFrom(60000, 5 * 60000, 16 * 60000, 6 * 3600000);
  if (clock) {
    entries.push([3, jumps.map((ms) => ({ type: 'jump', i: 0, ms }))]);
  } else {
    // Where the page's clock cannot be set: the stored times move back, then the page reloads.
    entries.push([3, jumps.map((ms) => ({ type: 'later', i: 0, ms }))]);
  }
  return fc.oneof(...entries.map(([weight, arbitrary]) => ({ weight, arbitrary })));
}

export function sequences(options, minLength, maxLength) {
  return fc.array(gesture(options), { minLength, maxLength });
}

/** A gesture as one short word, for failure messages. */
export function describe(g) {
  return g.type + (g.i ? ' ' + g.i : '') + (g.text !== undefined ? " '" + g.text + "'" : '') + (g.ms ? ' +' + g.ms / 60000 + 'min' : '')
    + (g.mutation ? ' ' + g.mutation.field + '=' + JSON.stringify(g.mutation.value) : '');
}

/** 25 November 2026 at a minute of the day, in the machine's zone (the page's clock is local too). */
export function at(minuteOfDay) {
  return new Date(2026, 10, 25, 0, minuteOfDay).getTime();
}

/** fast-check's settings: a seed and path to replay (PROCSITE_SEED, PROCSITE_PATH), else random. */
export function settings(numRuns) {
  const s = { numRuns, includeErrorInReport: true };
  if (process.env.PROCSITE_SEED) {
    s.seed = Number(process.env.PROCSITE_SEED);
    if (process.env.PROCSITE_PATH) {
      s.path = process.env.PROCSITE_PATH;
    }
  }
  return s;
}
