# time's clocks move forward, return floats (ints for *_ns), and sleep waits.
import time
t0, p0, m0, n0 = time.time(), time.perf_counter(), time.monotonic(), time.time_ns()
time.sleep(0.01)
t1, p1, m1, n1 = time.time(), time.perf_counter(), time.monotonic(), time.time_ns()
print(t1 > t0, p1 - p0 >= 0.009, m1 >= m0, n1 > n0, t0 > 1.6e9)
print(type(t0).__name__, type(n0).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
print(time.sleep(0))
for bad in [-1, "x", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
