# args: ["-q", "-i"]
# stdin: case
x = 6 * 7
x
"text"
None
if x > 40:
    print("big")

def double(v):
    return v * 2

double(x)
_ + 1
1 / 0
print("still running")
[i for i in range(3)]
