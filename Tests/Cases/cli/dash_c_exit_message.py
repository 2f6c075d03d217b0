# args: ["-c", "raise SystemExit('fatal: stopping')"]
