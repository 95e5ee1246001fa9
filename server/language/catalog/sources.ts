// Sources cited by more than one default.
import { source } from './define';

export const GEM5_NODE = source.calibration(
  'gem5 simulated test node: 64 KB L1I/L1D, 1 MB L2, 16 MB 16-way L3 with DDIO on 4 ways — ISPASS\'24 (gem5-dpdk-setup)',
);

export const MLX5_COALESCING = source.calibration(
  'mlx5 RX coalescing: static default vs adaptive (DIM) static 16 µs / 32 pkts (3 µs in CQE mode) — mlx5 en.h, en_main.c (5.4)',
);

export const FALCON_THRESHOLDS = source.calibration(
  'FALCON load threshold / split difference / sampling period / EWMA weight 80% / 20% / 10 jiffies / 0.2 — falcon dev.c, timekeeping.c',
);

export const COPY_FIT = source.fit(
  'receiver data copy: 0.225 cycles/B from the LLC plus cpu.miss_cost 0.15 cycles/B for bytes DDIO could not keep there. Out of cache 0.375 cycles/B = 8 GB/s at 3 GHz, calibration.md: "Single-thread memcpy, out of cache 5.6–11.4 (≈8 from the concurrency limit) GB/s"; at Cai\'s 49% miss rate 0.225 + 0.49 × 0.15 = 0.3 cycles/B = 0.1 ns/B, calibration.md: "Per-byte copy cost at the receiver (→ ≈0.1 ns/B) ≈10 GB/s" and "Receiver LLC miss rate, single flow with DDIO ≈49 %"',
  'L',
);

export const DPDK_L2FWD = source.calibration(
  'DPDK l2fwd defaults burst 32; RX/TX 1024 desc (older releases 128/512); TX drain 100 µs — DPDK examples',
);

export const LINUX_SOFTIRQ = {
  napiWeight: source.calibration('NAPI weight (NAPI_POLL_WEIGHT, dev_rx_weight) 64 pkts/poll — Linux 5.4 netdevice.h, dev.c'),
  budget: source.calibration('netdev_budget (per net_rx_action) 300 pkts — Linux 5.4 dev.c'),
  budgetTime: source.calibration('netdev_budget_usecs 2·10⁶/HZ (2000 at HZ=1000) µs — Linux 5.4 dev.c'),
  restarts: source.calibration('Softirq restart limit before handing off to ksoftirqd 10 restarts or 2 ms — Linux 5.4 kernel/softirq.c'),
  backlog: source.calibration('netdev_max_backlog (per-CPU backlog; also caps the gro_cells queue) 1000 pkts — Linux 5.4 dev.c, gro_cells.c'),
};
