# Inconsistent hierarchies are rejected with a TypeError naming the bases.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(X, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class H(A, X): pass
print([c.__name__ for c in H.__mro__])
