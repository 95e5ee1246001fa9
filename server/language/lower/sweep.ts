// The points of a scenario's sweep: the cross product of its value lists,
// the first path varying slowest, each labelled by path with SI values.
import type { UnitKind } from '../catalog';
import type { LinkResult, PropertyTarget } from '../link';
import { pathText, properties, type Block, type Value } from '../syntax/ast';
import { evaluate, type Interpreted } from '../validate';
import type { Overrides } from './reader';

export interface SweepPoint {
  params: Record<string, number | string>;
  overrides: Overrides;
}

interface Axis {
  target: PropertyTarget;
  values: Value[];
}

function label(value: Interpreted): number | string {
  switch (value.kind) {
    case 'number':
      return value.value;
    case 'word':
    case 'string':
      return value.value;
    case 'reference':
      return pathText(value.path);
    case 'list':
      return `[${value.items.map(label).join(', ')}]`;
  }
}

/** The unit kind each swept path's values are written in, for display (paths of plain numbers and words are absent). */
export function sweepUnits(sweep: Block | undefined, linked: LinkResult): Record<string, UnitKind> {
  const units: Record<string, UnitKind> = {};
  for (const prop of sweep ? properties(sweep) : []) {
    const target = linked.sweeps.get(prop);
    if (!target || prop.value?.type !== 'List') continue;
    for (const value of prop.value.items) {
      const interpreted = evaluate(value, target.property.type, target.path, target.property.range).result;
      if (interpreted?.kind === 'number' && interpreted.unit) units[target.path] = interpreted.unit;
    }
  }
  return units;
}

export function sweepPoints(sweep: Block | undefined, linked: LinkResult): SweepPoint[] {
  const axes: Axis[] = [];
  for (const prop of sweep ? properties(sweep) : []) {
    const target = linked.sweeps.get(prop);
    if (target && prop.value?.type === 'List') axes.push({ target, values: prop.value.items });
  }
  let points: SweepPoint[] = [{ params: {}, overrides: new Map() }];
  for (const { target, values } of axes) {
    points = points.flatMap((point) =>
      values.map((value) => {
        const interpreted = evaluate(value, target.property.type, target.path, target.property.range).result;
        const overrides = new Map([...point.overrides].map(([path, props]) => [path, new Map(props)]));
        const forObject = overrides.get(target.objectPath) ?? new Map<string, Value>();
        forObject.set(target.property.name, value);
        overrides.set(target.objectPath, forObject);
        return { params: { ...point.params, [target.path]: interpreted ? label(interpreted) : '' }, overrides };
      }),
    );
  }
  return points;
}
