"""Naming rules for generated code: every name the generator writes goes through here."""

import re

KEYWORDS = {
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
}

# Words whose letters do not follow the usual case boundaries: kept whole.
WORDS = ["IPv4", "IPv6", "Ipv4", "Ipv6", "OAuth", "MacOS", "iOS", "GraphQL", "DynamoDB", "MongoDB", "DocDB"]

# Method names the generated impls use for themselves.
RESERVED_METHODS = {"new", "props"}


def words(name):
    """Splits a CloudFormation name into words: `VPCZoneIdentifier` -> VPC, Zone, Identifier."""
    placeholders = {}
    for i, w in enumerate(WORDS):
        if w in name:
            key = f"\x00{i}\x00"
            placeholders[key] = w
            name = name.replace(w, f" {key} ")
    parts = []
    for chunk in re.split(r"[^A-Za-z0-9\x00]+", name):
        if not chunk:
            continue
        if chunk.startswith("\x00"):
            parts.append(placeholders[chunk])
            continue
        parts.extend(re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*", chunk))
    return parts


def snake(name):
    """`VPCZoneIdentifier` -> `vpc_zone_identifier`; a keyword gets a trailing `_`."""
    s = "_".join(w.lower() for w in words(name)) or "value"
    if s[0].isdigit():
        s = "n" + s
    return s + "_" if s in KEYWORDS else s


def pascal(name):
    """`redrive-policy` -> `RedrivePolicy`; acronyms become words (`VPCConfig` -> `VpcConfig`)."""
    s = "".join(w[:1].upper() + w[1:].lower() for w in words(name)) or "Value"
    if s[0].isdigit():
        s = "V" + s
    return s + "Value" if s == "Self" else s


def module(name):
    """A service or resource module name: lower case, no separators (`ElasticLoadBalancingV2`)."""
    s = re.sub(r"[^A-Za-z0-9]", "", name).lower()
    return s + "_" if s in KEYWORDS else s


def service_module(type_name):
    """`AWS::SQS::Queue` -> `sqs`; another vendor's types keep the vendor: `alexa_ask`."""
    vendor, service, _ = type_name.split("::")
    return module(service) if vendor == "AWS" else f"{module(vendor)}_{module(service)}"


def variant(value):
    """An enum value as a variant name: `python3.12` -> `Python312`, `PAY_PER_REQUEST` -> `PayPerRequest`."""
    s = pascal(value)
    return "UnknownValue" if s == "Unknown" else s


def static_name(type_name):
    """The name of a property type's spec table: `RedrivePolicy` -> `REDRIVE_POLICY_TYPE`."""
    return snake(type_name).rstrip("_").upper() + "_TYPE"


def rust_string(s):
    """A Rust string literal."""
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{out}"'
