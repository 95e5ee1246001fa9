// Linux 5.4's queueing limits and the wire's packet-rate caps. Trend checks 9 and 10.
import type { KernelCounters, PointResult } from '../../../simulator/results';
import { micros, mpps, type ResearchSystem } from '../claims';
import { FIXTURES, point, scenario } from '../harness';

interface Limits {
  belowCapacity: PointResult;
  overBacklog: PointResult;
  softirq: PointResult;
  slowSoftirq: PointResult;
  small: PointResult;
  full: PointResult;
}

const LIMITS = new URL('limits.hnet', FIXTURES);
const BACKLOG = 1000;
const WEIGHT = 64;
const BUDGET = 300;
/** Per-packet cost of the backlog's consumer and of the slow softirq work (limits.hnet). */
const RPS_COST = 1e-6;
const SLOW_COST = 10e-6;
const BUDGET_TIME = 2e-3;

const counters = (p: PointResult, core: number): KernelCounters => p.cores.find((c) => c.host === 'server' && c.core === core)!.kernel!;

export const limits: ResearchSystem<Limits> = {
  id: 'limits',
  title: 'Kernel queueing limits and wire caps',
  paper: 'Linux 5.4 (net/core/dev.c, kernel/softirq.c) and IEEE 802.3 arithmetic',
  example: 'quickstart.hnet',
  async measure() {
    const backlog = await scenario(LIMITS, 'backlog');
    return {
      belowCapacity: point(backlog, { 'to_rps.rate': 0.9e6 }),
      overBacklog: point(backlog, { 'to_rps.rate': 2e6 }),
      softirq: point(await scenario(LIMITS, 'softirq_budget')),
      slowSoftirq: point(await scenario(LIMITS, 'softirq_time')),
      small: point(await scenario(LIMITS, 'wire_small')),
      full: point(await scenario(LIMITS, 'wire_full')),
    };
  },
  claims: [
    {
      id: 'an overloaded backlog drops once it holds 1000 packets',
      check: 9,
      claim: 'When a core\'s arrival rate exceeds its service rate, drops begin once the per-CPU backlog passes 1000 packets',
      target: 'no drops below capacity; above it, drops at the backlog only, and no packet waits longer than 1000 services',
      evaluate({ belowCapacity, overBacklog }) {
        const d = overBacklog.traffic.to_rps.drops;
        const wait = overBacklog.stages['rps.slow'].wait.p99;
        const belowDrops = Object.values(belowCapacity.traffic.to_rps.drops).reduce((a, b) => a + b, 0);
        return {
          measured: `below capacity ${belowDrops} drops; overloaded: backlog ${d.backlog}, ring ${d.ring} drops, p99 wait ${micros(wait)} (1000 services = ${micros(BACKLOG * RPS_COST)})`,
          holds: belowDrops === 0 && d.backlog > 0 && d.ring === 0 && wait <= (BACKLOG + WEIGHT) * RPS_COST * 1.05,
        };
      },
    },
    {
      id: 'an overloaded softirq core drops at the RX ring',
      check: 9,
      claim: 'Or the RX ring\'s 512–1024 descriptors fill',
      target: 'ring drops when the softirq core is overloaded',
      evaluate({ softirq }) {
        const d = softirq.traffic.to_softirq.drops;
        return { measured: `ring ${d.ring}, backlog ${d.backlog} drops`, holds: d.ring > 0 };
      },
    },
    {
      id: 'a NAPI poll takes at most 64 packets, a round stops at its budget',
      check: 9,
      claim: 'One NAPI poll never handles more than 64 packets; each softirq cycle stops at 300 packets, after which work moves to ksoftirqd',
      target: 'max per poll ≤ 64; max per round ≤ 300 + 63; budget stops and ksoftirqd wake-ups seen',
      evaluate({ softirq }) {
        const k = counters(softirq, 2);
        return {
          measured: `max ${k.maxPerPoll} per poll, ${k.maxPerRound} per round, ${k.budgetStops} budget stops, ${k.ksoftirqdWakeups} ksoftirqd wake-ups`,
          holds: k.maxPerPoll <= WEIGHT && k.maxPerRound <= BUDGET + WEIGHT - 1 && k.budgetStops > 0 && k.ksoftirqdWakeups > 0,
        };
      },
    },
    {
      id: 'a softirq round stops after 2 ms',
      check: 9,
      claim: 'Each softirq cycle stops at 2 ms (netdev_budget_usecs), checked between polls',
      target: 'time stops seen; no round longer than 2 ms plus one poll',
      evaluate({ slowSoftirq }) {
        const k = counters(slowSoftirq, 3);
        const longest = k.maxPerRound * SLOW_COST;
        return {
          measured: `${k.timeStops} time stops; longest round ${k.maxPerRound} packets ≈ ${micros(longest)}`,
          holds: k.timeStops > 0 && longest <= BUDGET_TIME + WEIGHT * SLOW_COST,
        };
      },
    },
    {
      id: 'the wire caps the packet rate',
      check: 10,
      claim: 'The NIC never exceeds 148.81 Mpps (64 B at 100G) or 8.127 Mpps (1518 B frames at 100G)',
      target: 'delivered rates at or below the caps, and close to them when offered more',
      evaluate({ small, full }) {
        const a = small.traffic.small.pps;
        const b = full.traffic.full.pps;
        return { measured: `64 B: ${mpps(a)}, 1518 B: ${mpps(b)}`, holds: a <= 148.81e6 && a >= 140e6 && b <= 8.127e6 && b >= 7.9e6 };
      },
    },
  ],
  charts() {
    return [];
  },
};
