# args: ["--version"]
