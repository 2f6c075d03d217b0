"""pyvm's _warnings: only the entry point importlib's bootstrap keeps (`warn`). The
warnings module itself runs its pure-Python implementation, which it uses whenever
_warnings lacks its filter state, as here."""


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    import warnings
    warnings.warn(message, category, stacklevel + 1, source)
