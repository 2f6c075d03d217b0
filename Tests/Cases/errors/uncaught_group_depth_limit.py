# Groups nested deeper than 10 levels are cut with "... (max_group_depth is 10)".
group = ExceptionGroup("level 0", [ValueError("bottom")])
for level in range(1, 13):
    group = ExceptionGroup(f"level {level}", [group])
raise group
