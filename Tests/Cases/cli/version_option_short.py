# args: ["-V"]
