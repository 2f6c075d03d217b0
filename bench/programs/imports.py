# Import-heavy: stdlib modules loaded again and again from their __pycache__ .pyc files
# (sys.path search, cache validation, unmarshalling, module bodies), then used.
import sys

NAMES = ["keyword", "heapq", "bisect", "operator", "colorsys", "copyreg", "stat", "token", "opcode"]

def reload_all(rounds):
    loaded = 0
    for _ in range(rounds):
        for name in NAMES:
            sys.modules.pop(name, None)
            module = __import__(name)
            loaded += len(module.__dict__)
    return loaded

def use_modules():
    import heapq, bisect, operator, keyword, colorsys
    data = [(i * 7919) % 1000 for i in range(2000)]
    heapq.heapify(data)
    smallest = [heapq.heappop(data) for _ in range(50)]
    ordered = []
    for x in range(500):
        bisect.insort(ordered, (x * 31) % 97)
    total = 0
    for i in range(2000):
        total = operator.add(total, operator.mul(i, 3))
    words = [w for w in ["for", "x", "while", "spam", "class", "eggs"] * 100 if keyword.iskeyword(w)]
    hsv = colorsys.rgb_to_hsv(0.2, 0.4, 0.6)
    return smallest[:5], ordered[:5], total, len(words), hsv

print(reload_all(60))
print(use_modules())
