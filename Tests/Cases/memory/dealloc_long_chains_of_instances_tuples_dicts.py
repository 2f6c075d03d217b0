# Freeing long chains through tuples, dicts and instance attributes releases them without deep native recursion.
t = ()
for i in range(20_000):
    t = (t, i)
del t
print("freed nested tuples")
d = {}
for i in range(20_000):
    d = {"k": d}
d = None
print("freed nested dicts")
class Link:
    pass
head = None
for i in range(20_000):
    node = Link()
    node.next = head
    head = node
node = None
head = None
print("freed a linked list of instances")
mixed = None
for i in range(20_000):
    link = Link()
    link.value = (mixed,)
    mixed = [link]
link = mixed = None
print("freed a mixed chain of lists, instances and tuples")
class Counted:
    count = 0
    def __del__(self):
        Counted.count += 1
chain = None
for i in range(10_000):
    c = Counted()
    c.next = chain
    chain = c
c = chain = None
print("finalized", Counted.count, "chained instances")
