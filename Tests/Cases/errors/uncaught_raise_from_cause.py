# raise ... from ... shows the cause with "The above exception was the direct cause...".
class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError("port must be a number") from exc

print(read_port("8080"))
read_port("eighty")
