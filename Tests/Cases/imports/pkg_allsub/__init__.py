__all__ = ["part", "VALUE"]
VALUE = "package value"
