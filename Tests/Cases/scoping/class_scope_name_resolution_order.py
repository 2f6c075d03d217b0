# In a class body names resolve class namespace first, then globals, then builtins.
len = "global len"

class A:
    print("A sees", len)
    len = "class len"
    print("A now sees", len)
    del len
    print("A after del sees", len)

del len

class B:
    print("B sees builtin:", len("abc"))
    try:
        del undefined_in_class
    except NameError as e:
        print(type(e).__name__, e)

class C:
    attr = 1
    attr += 1
    attr = [attr, attr * 10]
print(C.attr)
