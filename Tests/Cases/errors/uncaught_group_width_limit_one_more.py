# With 16 members the summary line says "and 1 more exception".
raise ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
