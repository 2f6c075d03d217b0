# The stdlib heapq module: heap operations through its pure-Python code.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(5)])
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, ["b", "a", "c"]), heapq.nlargest(2, [1, 5, 3], key=lambda v: -v))
