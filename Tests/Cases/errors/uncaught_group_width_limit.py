# Only the first 15 members of a group are shown; the rest are summarised as "and N more exceptions".
raise ExceptionGroup("many", [ValueError(i) for i in range(20)])
