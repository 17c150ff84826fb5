"""Sample values derived from a property's schema, for the every-type test
(dsl/cfn/tests/every_type): a string that fits the pattern and length when that is easy, a
number within its limits, an object with its required properties. Deterministic."""

import math
import re

try:
    import re._parser as sre_parse  # Python 3.11+
    import re._constants as sre_constants
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse
    import sre_constants

# Characters a generated string prefers, in order, when a class allows several.
PREFERRED = "xa0A1-_."


def _allowed(items):
    """A test `ch -> bool` for the items of a character class (sre `IN`)."""
    negate = False
    tests = []
    for op, av in items:
        if op == sre_constants.NEGATE:
            negate = True
        elif op == sre_constants.LITERAL:
            tests.append(lambda c, av=av: ord(c) == av)
        elif op == sre_constants.RANGE:
            tests.append(lambda c, av=av: av[0] <= ord(c) <= av[1])
        elif op == sre_constants.CATEGORY:
            tests.append(lambda c, av=av: _category(av, c))
        else:
            raise ValueError(op)
    if negate:
        return lambda c: not any(t(c) for t in tests)
    return lambda c: any(t(c) for t in tests)


def _category(cat, c):
    name = str(cat)
    if "NOT_" in name:
        return not _category(name.replace("NOT_", ""), c)
    if "DIGIT" in name:
        return c.isdigit()
    if "WORD" in name:
        return c.isalnum() or c == "_"
    if "SPACE" in name:
        return c.isspace()
    return False


def _pick(ok):
    """The first printable character `ok` allows, preferring the usual ones."""
    for c in PREFERRED:
        if ok(c):
            return c
    for n in range(0x21, 0x7F):
        if ok(chr(n)):
            return chr(n)
    if ok(" "):
        return " "
    raise ValueError("no printable character")


def _render(parsed, mode):
    """`mode` decides how often a repeat with no minimum repeats: "optional" takes `?` once
    and `*` never, "minimal" never, "one" once."""
    out = []
    for op, av in parsed:
        if op == sre_constants.LITERAL:
            out.append(chr(av))
        elif op == sre_constants.NOT_LITERAL:
            out.append(_pick(lambda c, av=av: ord(c) != av))
        elif op == sre_constants.ANY:
            out.append(_pick(lambda c: c != "\n"))
        elif op == sre_constants.IN:
            out.append(_pick(_allowed(av)))
        elif op == sre_constants.CATEGORY:
            out.append(_pick(lambda c, av=av: _category(av, c)))
        elif op == sre_constants.BRANCH:
            out.append(_render(av[1][0], mode))
        elif op == sre_constants.SUBPATTERN:
            out.append(_render(av[-1], mode))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            n = lo
            if n == 0 and (mode == "one" or (mode == "optional" and hi == 1)):
                n = 1
            out.append(_render(sub, mode) * n)
        elif op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            pass
        elif op == getattr(sre_constants, "ATOMIC_GROUP", None):
            out.append(_render(av, mode))
        else:
            raise ValueError(op)
    return "".join(out)


def _from_pattern(pattern):
    """Strings the pattern (a regular expression, searched) describes: shortest first."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:
        return []
    out = []
    for mode in ("optional", "minimal", "one"):
        try:
            out.append(_render(parsed, mode))
        except (ValueError, RecursionError):
            pass
    return out


def _fits(s, pattern, lo, hi):
    if lo is not None and len(s) < lo:
        return False
    if hi is not None and len(s) > hi:
        return False
    if pattern is not None:
        try:
            return re.search(pattern, s) is not None
        except re.error:
            return True
    return True


def _int(v):
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


# Strings of the formats cfn-lint checks (`format`), tried before anything else.
FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "timestamp": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "ipv4": "10.0.0.1",
    "ipv6": "2001:db8::1",
    "ipv4-network": "10.0.0.0/16",
    "ipv6-network": "2001:db8::/56",
    "email": "x@example.com",
    "uri": "https://example.com",
    "json": "{}",
    "int64": "1",
    "double": "1.0",
    "AWS::IAM::Role.Arn": "arn:aws:iam::123456789012:role/x",
    "AWS::EC2::SecurityGroup.Id": "sg-0123456789abcdef0",
    "AWS::EC2::Subnet.Id": "subnet-0123456789abcdef0",
    "AWS::EC2::VPC.Id": "vpc-0123456789abcdef0",
    "AWS::EC2::Image.Id": "ami-0123456789abcdef0",
}


def string(node):
    """A string for a `type: string` schema."""
    pattern = node.get("pattern") if isinstance(node.get("pattern"), str) else None
    lo, hi = _int(node.get("minLength")), _int(node.get("maxLength"))
    candidates = [FORMATS[node["format"]]] if node.get("format") in FORMATS else []
    candidates += _from_pattern(pattern) if pattern else []
    candidates += ["x", "x" * (lo or 1)]
    for s in candidates:
        if s.isprintable() and _fits(s, pattern, lo, hi):
            return s
    return "x" * max(1, min(lo or 1, hi if hi is not None else 1 << 16))


def number(node, integer):
    """A number within `minimum`/`maximum` (and the exclusive bounds)."""
    lo, hi = node.get("minimum"), node.get("maximum")
    xlo, xhi = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
    if isinstance(lo, bool) or not isinstance(lo, (int, float)):
        lo = None
    if isinstance(hi, bool) or not isinstance(hi, (int, float)):
        hi = None
    if isinstance(xlo, (int, float)) and not isinstance(xlo, bool):
        lo = max(lo, xlo + 1) if lo is not None else xlo + 1
    if isinstance(xhi, (int, float)) and not isinstance(xhi, bool):
        hi = min(hi, xhi - 1) if hi is not None else xhi - 1
    if lo is not None:
        v = lo
    elif hi is not None:
        v = min(1, hi)
    else:
        v = 1
    if integer:
        v = int(math.ceil(v))
        return v
    return float(v)


def json_value(schema, node, resolve, depth=0):
    """A JSON value (Python data) that fits a schema node: an object with its required
    properties, a list of one item, the first enum value, the first of several types."""
    node = flatten(schema, node, resolve)
    if not isinstance(node, dict) or depth > 8:
        return {}
    if isinstance(node.get("enum"), list) and node["enum"]:
        return node["enum"][0]
    if "const" in node:
        return node["const"]
    t = node.get("type")
    if isinstance(t, list):
        t = t[0] if t else None
    if t is None:
        if "properties" in node or "required" in node:
            t = "object"
        elif "items" in node:
            t = "array"
    if t == "object":
        props = node.get("properties") or {}
        names = list(dict.fromkeys(r for r in node.get("required") or [] if isinstance(r, str)))
        lo = node.get("minProperties")
        if isinstance(lo, int) and len(names) < lo:
            names += [n for n in props if n not in names][: lo - len(names)]
        out = {}
        for name in names:
            p = props.get(name)
            out[name] = json_value(schema, p, resolve, depth + 1) if isinstance(p, dict) else "x"
        if isinstance(lo, int) and len(out) < lo:
            # A map that may not be empty: a key its pattern allows, a value of its schema.
            for key_pattern, value in (node.get("patternProperties") or {"x": {}}).items():
                key = string({"pattern": key_pattern}) if key_pattern != "x" else "x"
                out.setdefault(key, json_value(schema, value, resolve, depth + 1) or "x")
                break
        return out
    if t == "array":
        items = node.get("items")
        return [json_value(schema, items, resolve, depth + 1)] if isinstance(items, dict) else []
    if t == "string":
        return string(node)
    if t == "integer":
        return number(node, True)
    if t == "number":
        return number(node, False)
    if t == "boolean":
        return True
    return {}


def flatten(schema, node, resolve, depth=0):
    """`node` with its `allOf` members and the first alternative of each `oneOf`/`anyOf`
    merged in: one schema a sample can satisfy."""
    node = resolve(schema, node)
    if not isinstance(node, dict) or depth > 8:
        return node
    parts = [resolve(schema, m) for m in node.get("allOf") or []]
    for key in ("oneOf", "anyOf"):
        branches = node.get(key) or []
        if branches:
            parts.append(resolve(schema, branches[0]))
    if not parts:
        return node
    merged = {k: v for k, v in node.items() if k not in ("allOf", "oneOf", "anyOf")}
    for part in parts:
        part = flatten(schema, part, resolve, depth + 1)
        if not isinstance(part, dict):
            continue
        for k, v in part.items():
            if k == "properties":
                merged["properties"] = {**(merged.get("properties") or {}), **v}
            elif k == "required":
                merged["required"] = list(merged.get("required") or []) + list(v)
            elif k not in merged:
                merged[k] = v
    return merged
