"""string helper module

pyvm's _string: the format-string parser behind string.Formatter, splitting exactly as
str.format does (with its errors)."""


def formatter_parser(format_string):
    """Iterate over (literal_text, field_name, format_spec, conversion) for each
    replacement field of format_string."""
    if not isinstance(format_string, str):
        raise TypeError("descriptor 'formatter_parser' requires a 'str' object")
    return iter(_parse(format_string))


def _parse(s):
    result = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                literal.append("{")
                i += 2
                continue
            # A replacement field: find its matching '}'.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if "}" not in s[i + 1:]:
                    raise ValueError("expected '}' before end of string")
                raise ValueError("unmatched '{' in format spec")
            field = s[i + 1:j]
            name, conversion, spec = _split_field(field)
            result.append(("".join(literal), name, spec, conversion))
            literal = []
            i = j + 1
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        result.append(("".join(literal), None, None, None))
    return result


def _split_field(field):
    # field_name [! conversion] [: format_spec]; brackets in the name may hold ':' or '!'.
    i = 0
    n = len(field)
    while i < n and field[i] not in "!:":
        if field[i] == "[":
            while i < n and field[i] != "]":
                i += 1
        i += 1
    name = field[:i]
    conversion = None
    spec = ""
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n:
            if field[i] != ":":
                raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ":":
        spec = field[i + 1:]
    return name, conversion, spec


def formatter_field_name_split(field_name):
    """Split a field name into its first part (an int when it is digits) and an iterator
    of (is_attribute, key) for the .attr and [key] parts after it."""
    if not isinstance(field_name, str):
        raise TypeError("descriptor 'formatter_field_name_split' requires a 'str' object")
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, field_name[i + 1:j]))
            i = j
        else:
            j = field_name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if key == "":
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
