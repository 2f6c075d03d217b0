# Explicit super(type, obj), cooperative multiple inheritance with **kwargs.
class A:
    def __init__(self, **kw):
        print("A init", sorted(kw))
        self.log = ["A"]
class B(A):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)
        self.log.append("B")
class C(A):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super().__init__(**kw)
        self.log.append("C")
class D(B, C):
    def __init__(self, **kw):
        super(D, self).__init__(**kw)
        self.log.append("D")
d = D(b=1, c=2)
print(d.log, [k.__name__ for k in D.__mro__])
print(super(B, d).__init__.__func__ is C.__init__, super(C, d).__init__.__func__ is A.__init__)
class P:
    def m(self):
        return "P.m"
class Q(P):
    def m(self):
        return "Q.m"
q = Q()
print(super(Q, q).m(), super(Q, Q).m(q), super(P, q).__class__.__name__)
try:
    super(P, q).m()
except AttributeError as e:
    print(type(e).__name__, e)
