# args: ["-c", "import sys; import runmod.script as s; print(s.__name__, sys.path[0] == '')"]
