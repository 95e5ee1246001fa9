// A quantity in other units, for hover: a bandwidth as packet rates at the
// smallest and largest standard frames (the wire adds 20 B per frame), a
// packet rate as bandwidths and a time budget per packet, a time in cycles
// of the default clock, and so on.
import {
  UNITS,
  formatSI,
  isLiteral,
  lineRatePps,
  propertySpec,
  wireBitsPerSecond,
  type UnitKind,
} from '../language/catalog';

/** Frame sizes every network person reasons with: the minimum and the full standard frame. */
const REFERENCE_FRAMES = [64, 1518];

/** The clock the catalog's cycle costs are given for. */
function defaultClockHz(): number {
  const spec = propertySpec('cpu', 'freq');
  return spec?.default && isLiteral(spec.default) && typeof spec.default.value === 'number' ? spec.default.value : 3e9;
}

/**
 * Lines describing `value unit` in other units; `frameBytes` adds the rate at
 * that frame size too (a traffic's own `size`). Empty for unknown units.
 */
export function otherUnits(value: number, unit: string, frameBytes?: number): string[] {
  const info = UNITS.get(unit);
  if (!info) return [];
  const si = value * info.factor;
  const frames = frameBytes && !REFERENCE_FRAMES.includes(frameBytes) ? [...REFERENCE_FRAMES, frameBytes] : REFERENCE_FRAMES;
  const clock = defaultClockHz();
  const clockText = formatSI(clock, 'frequency');
  const lines: string[] = [];
  switch (info.kind as UnitKind) {
    case 'bandwidth':
      for (const bytes of frames) lines.push(`= ${formatSI(lineRatePps(si, bytes), 'packetRate')} at ${bytes} B frames`);
      lines.push(`= ${formatSI(si / 8, 'size')}/s`);
      break;
    case 'packetRate':
      for (const bytes of frames) lines.push(`= ${formatSI(wireBitsPerSecond(si, bytes), 'bandwidth')} on the wire at ${bytes} B frames`);
      if (si > 0) lines.push(`= ${formatSI(1 / si, 'time')} per packet, ${Math.round(clock / si)} cycles at ${clockText}`);
      break;
    case 'time':
      lines.push(`= ${Math.round(si * clock).toLocaleString('en-US')} cycles at ${clockText}`);
      if (si > 0) lines.push(`= ${formatSI(1 / si, 'packetRate')} if each packet takes this long`);
      break;
    case 'frequency':
      if (si > 0) lines.push(`= ${formatSI(1 / si, 'time')} per cycle`);
      break;
    case 'cycles':
      lines.push(`= ${formatSI(si / clock, 'time')} at ${clockText}`);
      break;
    case 'size':
      lines.push(`= ${formatSI(si, 'size')} = ${(si * 8).toLocaleString('en-US')} bits`);
      break;
    case 'cyclesPerByte':
      lines.push(`= ${Math.round(si * 1500).toLocaleString('en-US')} cycles for a 1500 B packet (${formatSI((si * 1500) / clock, 'time')} at ${clockText})`);
      break;
    case 'timePerByte':
      lines.push(`= ${formatSI(si * 1500, 'time')} for a 1500 B packet`);
      break;
    case 'percent':
      lines.push(`= ${si} as a fraction`);
      break;
  }
  return lines;
}
