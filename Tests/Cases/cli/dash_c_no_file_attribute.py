# args: ["-c", "print(__file__)"]
