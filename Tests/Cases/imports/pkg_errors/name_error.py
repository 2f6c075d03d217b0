value = undefined_name + 1
