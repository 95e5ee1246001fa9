// The plain tandem of bench/simulator-reference.ts in C++, the same algorithm
// step for step (binary heap of (time, stage) pairs, xoshiro128** uniforms,
// an arrival event and a departure event per stage): the "C++"
// reference, compiled by the simulator bench with g++ -O2 where g++ exists.
// Usage: simulator-reference STAGES PACKETS LAMBDA MU
// Prints: events, seconds, mean sojourn (seconds), one per line.
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Uniform {
  uint32_t s[4];
  explicit Uniform(uint32_t seed) : s{seed, 0x9e3779b9u, 0x85ebca6bu, 0xc2b2ae35u} {}
  static uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
  double next() {  // uniform in (0, 1)
    const uint32_t result = rotl(s[1] * 5, 7) * 9;
    const uint32_t t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return (result + 0.5) / 4294967296.0;
  }
};

class BinaryHeap {
 public:
  int size = 0;
  double peekTime() const { return times_[0]; }
  void push(double time, int payload) {
    if (size == static_cast<int>(times_.size())) {
      times_.resize(size * 2 + 1024);
      payloads_.resize(size * 2 + 1024);
    }
    int i = size++;
    while (i > 0) {
      const int parent = (i - 1) >> 1;
      if (times_[parent] <= time) break;
      times_[i] = times_[parent];
      payloads_[i] = payloads_[parent];
      i = parent;
    }
    times_[i] = time;
    payloads_[i] = payload;
  }
  int pop() {
    const int top = payloads_[0];
    const int n = --size;
    const double time = times_[n];
    const int payload = payloads_[n];
    int i = 0;
    for (;;) {
      int child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && times_[child + 1] < times_[child]) child++;
      if (time <= times_[child]) break;
      times_[i] = times_[child];
      payloads_[i] = payloads_[child];
      i = child;
    }
    times_[i] = time;
    payloads_[i] = payload;
    return top;
  }

 private:
  std::vector<double> times_;
  std::vector<int> payloads_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s STAGES PACKETS LAMBDA MU\n", argv[0]);
    return 2;
  }
  const int stages = std::atoi(argv[1]);
  const long packets = std::atol(argv[2]);
  const double lambda = std::atof(argv[3]);
  const double mu = std::atof(argv[4]);
  const int capacity = 1 << 16;
  const int mask = capacity - 1;
  std::vector<int> queued(static_cast<size_t>(stages) * capacity);
  std::vector<int> head(stages), length(stages);
  std::vector<double> born(capacity);
  BinaryHeap heap;
  Uniform uniform(7);
  long sent = 0, done = 0, events = 0;
  double sojourn = 0;
  auto arrive = [&](int stage, int packet, double now) {
    queued[static_cast<size_t>(stage) * capacity + ((head[stage] + length[stage]) & mask)] = packet;
    if (length[stage]++ == 0) heap.push(now - std::log(uniform.next()) / mu, stage);
  };
  const auto start = std::chrono::steady_clock::now();
  heap.push(-std::log(uniform.next()) / lambda, -1);
  while (heap.size > 0) {
    const double now = heap.peekTime();
    const int stage = heap.pop();
    events++;
    if (stage < 0) {
      const int packet = static_cast<int>(sent++ & mask);
      born[packet] = now;
      if (sent < packets) heap.push(now - std::log(uniform.next()) / lambda, -1);
      arrive(0, packet, now);
      continue;
    }
    const int packet = queued[static_cast<size_t>(stage) * capacity + head[stage]];
    head[stage] = (head[stage] + 1) & mask;
    if (--length[stage] > 0) heap.push(now - std::log(uniform.next()) / mu, stage);
    if (stage + 1 < stages) {
      arrive(stage + 1, packet, now);
    } else {
      done++;
      sojourn += now - born[packet];
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%ld\n%.6f\n%.9g\n", events, seconds, sojourn / done);
  return 0;
}
