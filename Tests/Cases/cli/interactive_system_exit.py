# args: ["-q", "-i", "-c", "print('command ran'); y = 3"]
# stdin: case
y * 2
raise SystemExit(0)
