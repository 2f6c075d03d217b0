# A member whose __str__ fails is shown with <exception str() failed>; an empty-message group still counts members.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")

raise ExceptionGroup("", [Broken(), Exception()])
