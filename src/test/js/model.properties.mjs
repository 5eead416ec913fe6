/* The decision page's state machine alone (templates/decision-model.js), in the world of a browser
 * tab (world.mjs): thousands of random sequences of taps, back, forward, switches, new students,
 * Terminer, Recommencer, undo, reloads, reopenings, deep links, clock jumps, 12 hours of silence
 * and damaged storage, each event checked against the rules of docs/decision-page.md.
 *
 *   node model.properties.mjs MODEL_JS GRAPH_JSON... [--runs N]
 *
 * A failure prints fast-check's seed, path and shrunk sequence; PROCSITE_SEED and PROCSITE_PATH
 * replay it. Run by DecisionPagePropertiesTest.
 */
import fc from 'fast-check';
import { loadModel, makeWorld, readGraph } from './world.mjs';
import { sequences, describe, at, settings } from './gestures.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 2000;
const DecisionModel = loadModel(args[0]);
let total = 0;
const started = Date.now();
for (const file of args.slice(1)) {
  const world = makeWorld(DecisionModel, readGraph(file));
  for (const options of [{ clock: true, silenceByShift: false }, { clock: false, silenceByShift: true }]) {
    fc.assert(
      fc.property(sequences(options, 1, 60), fc.integer({ min: 0, max: 1439 }), (gestures, minute) => {
        total += gestures.length;
        const result = world.run(at(minute), gestures);
        if (result.at >= 0) {
          throw new Error('after ' + gestures.slice(0, result.at + 1).map(describe).join(', ') + ': '
            + result.broken.join('; ') + '\n  the screen: ' + JSON.stringify(result.observed));
        }
      }),
      settings(options.clock ? runs : Math.ceil(runs / 2))
    );
  }
}
console.log('model: ' + total + ' events in random sequences, every rule held (' + (Date.now() - started) + ' ms)');
