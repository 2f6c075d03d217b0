# Assignment expressions in if/while conditions, calls and nested expressions.
data = [5, 0, 7, 0, 2]
index = 0
while (item := data[index]) != 2:
    index += 1
print("stopped at", item, "index", index)

if (n := len(data)) > 3:
    print("long list of", n)

def count(s):
    return len(s)

print(count(text := "assignment"), text)
print((a := 1) + (b := a + 1) + (c := b * 10), a, b, c)
chunks = []
stream = iter(["ab", "cd", "", "ef"])
while chunk := next(stream):
    chunks.append(chunk)
print(chunks)
value = (inner := 3) if (outer := 4) > 3 else None
print(value, inner, outer)
