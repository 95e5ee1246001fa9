import { parse } from '../server/language/syntax/parse';
import { LineIndex } from '../server/language/syntax/text';
const cases = [
`host sut {
  cpu { cores = 8  freq = }
  nic eth0 { speed = 100Gbz  queues = 4 }
  rate =
  container web { }
  junk
  @@@
  ring = -1
}
traffic rpc { rate = 5Gbps }`,
`host sut {
  cpu {
    cores = 8
`,
`x = 1
hots sut { a = 1 }
host a { b = "unterminated
  c = 2 }
/* open`,
`scenario s { expect { rpc.latency.p99 50us  a.b < 3  c < } sweep { x.y = [1, 2,, 3 } }`,
`chain c { stage }  link a.b <-> { } link a <-> b`,
`host a { cores = [1, 2
  speed = 3 }`,
];
for (const c of cases) {
  const f = parse(c); const li = new LineIndex(c);
  console.log('-----\n' + c);
  for (const e of f.errors) console.log(`  ${li.position(e.span.start).line + 1}:${li.position(e.span.start).character + 1} [${c.slice(e.span.start, e.span.end)}] ${e.message}`);
  const show = (b: any, d: number): string => ' '.repeat(d*2) + b.keyword.text + ' ' + (b.name?.text ?? '') + ' ' + b.items.map((i: any) => i.type === 'Block' ? '\n' + show(i, d+1) : i.type === 'Property' ? `${i.key.segments.map((s: any)=>s.name.text).join('.')}=${i.value ? c.slice(i.value.span.start, i.value.span.end) : '∅'}` : `${c.slice(i.span.start, i.span.end)}`).join(' ');
  for (const b of f.blocks) console.log(show(b, 1));
}
