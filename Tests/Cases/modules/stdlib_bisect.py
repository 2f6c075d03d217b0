# The stdlib bisect module: searching and inserting into sorted lists, with key= and bounds.
import bisect
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect(a, 0, 2))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a)
people = [("ann", 20), ("bob", 31), ("cid", 45)]
print(bisect.bisect(people, 31, key=lambda p: p[1]), bisect.bisect_left(people, 31, key=lambda p: p[1]))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
