# args: ["-q", "-i", "interactive_after_script.py"]
# stdin: case
value = "set by the script"
print("script ran")
