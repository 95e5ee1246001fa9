import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, didYouMean, editDistance } from '../../../server/language/suggest';

test('edit distance counts insertions, deletions, substitutions and swaps', () => {
  assert.equal(editDistance('speed', 'sped'), 1);
  assert.equal(editDistance('vxlan', 'vxlna'), 1);
  assert.equal(editDistance('kernel', 'dpdk'), 6);
});

test('closest keeps near misses and prefixes, best first', () => {
  assert.deepEqual(closest('sped', ['speed', 'queues', 'ring']), ['speed']);
  assert.deepEqual(closest('Kernel', ['kernel', 'dpdk']), ['kernel']);
  assert.deepEqual(closest('falc', ['falcon', 'none', 'rps']), ['falcon']);
  assert.deepEqual(closest('zzz', ['speed']), []);
  assert.equal(didYouMean(['a', 'b']), ' (did you mean `a` or `b`?)');
  assert.equal(didYouMean([]), '');
});
