# args: ["-m", "runmod.script", "--flag"]
