# args: ["-X", "dev_like=1", "-Xflag", "x_options.py"]
import sys
print(sorted(sys._xoptions.items()))
