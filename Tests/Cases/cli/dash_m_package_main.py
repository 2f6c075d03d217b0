# args: ["-m", "runmod", "a1", "a2"]
