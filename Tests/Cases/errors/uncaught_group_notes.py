# Notes of groups and of their members are printed under each message, inside the boxes.
leaf = ValueError("bad value")
leaf.add_note("leaf note")
leaf.add_note("two\nlines")
group = ExceptionGroup("noted", [leaf, TypeError("no notes")])
group.add_note("group note")
odd = KeyError("odd notes")
odd.__notes__ = "not a list"
group2 = ExceptionGroup("outer", [group, odd])
raise group2
