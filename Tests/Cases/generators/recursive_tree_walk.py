# Recursion through yield from: tree traversals, permutations, flattening.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(tree.preorder()))
print(list(tree.postorder()))
print(list(tree.depth_first()))

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest

print(list(permutations("abc")))
print(sum(1 for _ in permutations([1, 2, 3, 4, 5])))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))

def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield a, c
        yield from hanoi(n - 1, b, a, c)

print(list(hanoi(3)))
print(len(list(hanoi(8))))
