print("raises: before the error")
STARTED = True
raise ValueError("module body failed")
