# The stdlib opcode module: opcode tables of 3.11 (its stack_effect comes from _opcode).
import opcode
print(opcode.opmap["LOAD_CONST"], opcode.opname[100], opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG)
print(opcode.opmap["BINARY_OP"] in opcode.hasarg if hasattr(opcode, "hasarg") else "no hasarg")
print(sorted(opcode.cmp_op), len(opcode.opname), opcode._inline_cache_entries[opcode.opmap["LOAD_ATTR"]])
print(opcode.hasjrel[:3], opcode.hasconst, opcode.hasname[:4])
