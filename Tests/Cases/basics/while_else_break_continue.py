# while/else: else runs when the loop ends without break.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("body", n)
else:
    print("else ran, n =", n)

n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("not printed")
print("after break", n)

n = 10
while n < 5:
    print("never")
else:
    print("else on zero iterations")

i = 0
while i < 3:
    j = 0
    while j < 3:
        if j > i:
            break
        print(i, j)
        j += 1
    else:
        print("inner else", i)
    i += 1
