#!/usr/bin/env python3
"""Generates the forma-cfn crate (dsl/cfn) from the vendored CloudFormation registry schemas.

    python3 dsl/codegen/generate.py            # rewrite dsl/cfn/src, dsl/cfn/Cargo.toml and the
                                               # every-type test's data (dsl/cfn/tests/every_type)
    python3 dsl/codegen/generate.py --out DIR  # write the crate into DIR instead (the test does)
    python3 dsl/codegen/generate.py fetch      # download the pinned cfn-lint wheel, check its
                                               # sha256, vendor its schemas, then generate

The schemas are those shipped in the cfn-lint wheel (the version in dsl/cfn/schemas/VERSION),
so synthesis and the lint tests judge against the same data. Upstream mistakes are fixed by
the named patches in patches.py, each failing loudly when it stops applying. Output is
deterministic and rustfmt-clean. The every-type test's sample values come from samples.py.
"""

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import conventions as cv  # noqa: E402
import patches  # noqa: E402
import samples  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CRATE = os.path.join(ROOT, "dsl", "cfn")
SCHEMAS = os.path.join(CRATE, "schemas")

CFN_LINT_VERSION = "1.58.0"
CFN_LINT_SHA256 = "9d9f06043160756a6158f5c3f92a44ce38254b1c578127461608305bc8262987"

# The services the default features cover.
DEFAULT_SERVICES = [
    "EC2", "ECS", "ElasticLoadBalancingV2", "Lambda", "S3", "Kinesis", "DynamoDB", "IAM", "SNS", "SQS",
    "ApiGateway", "ApiGatewayV2", "Logs", "ECR", "Events", "Scheduler", "Cognito", "SSM", "SecretsManager",
    "KMS", "Route53", "CertificateManager", "CloudWatch", "ApplicationAutoScaling", "ServiceDiscovery",
    "StepFunctions", "CloudFront",
]

HEADER = "// @generated from {type} (cfn-lint {version} schemas) by dsl/codegen/generate.py — do not edit\n"


# ---------------------------------------------------------------------------------------------
# Fetching and vendoring


def fetch():
    """Downloads the pinned wheel and vendors the schema of every resource type."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "-d", tmp, f"cfn-lint=={CFN_LINT_VERSION}"],
            check=True,
        )
        wheel = os.path.join(tmp, f"cfn_lint-{CFN_LINT_VERSION}-py3-none-any.whl")
        data = open(wheel, "rb").read()
        digest = hashlib.sha256(data).hexdigest()
        if digest != CFN_LINT_SHA256:
            sys.exit(f"the cfn-lint {CFN_LINT_VERSION} wheel's sha256 is {digest}, expected {CFN_LINT_SHA256}")
        z = zipfile.ZipFile(io.BytesIO(data))
        base = "cfnlint/data/schemas/"
        providers = sorted(n for n in z.namelist() if n.startswith(base + "providers/") and n.endswith(".json"))
        # us-east-1 first: where a type's schema differs by region, its schema wins.
        providers.sort(key=lambda n: (not n.endswith("/us-east-1.json"), n))
        chosen = {}
        for p in providers:
            for type_name, h in json.loads(z.read(p)).items():
                chosen.setdefault(type_name, h)
        # The schemas are replaced; NOTICE (their source and license) stays.
        os.makedirs(SCHEMAS, exist_ok=True)
        for name in os.listdir(SCHEMAS):
            if name.endswith(".json") or name == "VERSION":
                os.remove(os.path.join(SCHEMAS, name))
        for type_name, h in sorted(chosen.items()):
            schema = json.loads(z.read(f"{base}resources/{h}.json"))
            with open(os.path.join(SCHEMAS, type_name.replace("::", "_") + ".json"), "w") as f:
                json.dump(schema, f, indent=1, sort_keys=False, ensure_ascii=False)
                f.write("\n")
        with open(os.path.join(SCHEMAS, "VERSION"), "w") as f:
            f.write(f"cfn-lint {CFN_LINT_VERSION}\nsha256 {CFN_LINT_SHA256}\n"
                    f"schemas {len(chosen)} (providers/us-east-1.json first, then the other regions)\n")


def load_schemas():
    out = {}
    for name in sorted(os.listdir(SCHEMAS)):
        if name.endswith(".json"):
            schema = json.load(open(os.path.join(SCHEMAS, name)))
            out[schema["typeName"]] = schema
    return out


# ---------------------------------------------------------------------------------------------
# Schema reading


def resolve(schema, node):
    """Follows `$ref`s to local definitions."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 20:
        ref = node["$ref"]
        if not ref.startswith("#/definitions/"):
            return {}
        node = schema.get("definitions", {}).get(ref[len("#/definitions/"):], {})
        seen += 1
    return node


def ref_name(node):
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    return ref[len("#/definitions/"):] if ref.startswith("#/definitions/") else None


def combined(schema, node):
    """`node` and the members of its `allOf`s (recursively), resolved."""
    out = [node]
    for sub in node.get("allOf") or []:
        sub = resolve(schema, sub)
        if isinstance(sub, dict):
            out.extend(combined(schema, sub))
    return out


def all_required(schema, node):
    """The properties an object must have: its `required`, its `allOf` members' and those that
    every alternative of a `oneOf`/`anyOf` requires (`SSMContacts::Plan` requires `ContactId`
    in both of its alternatives), in the order first named."""
    out = []
    for part in combined(schema, node):
        out.extend(r for r in part.get("required") or [] if isinstance(r, str))
        for key in ("oneOf", "anyOf"):
            branches = [resolve(schema, b) for b in part.get(key) or []]
            if branches and all(isinstance(b, dict) for b in branches):
                sets = [set(all_required(schema, b)) for b in branches]
                common = set.intersection(*sets)
                out.extend(r for r in all_required(schema, branches[0]) if r in common)
    return list(dict.fromkeys(out))


def choices(schema, node):
    """The `oneOf`/`anyOf` alternatives of required properties left after `all_required`:
    [(keyword, [[property, ...] per alternative])], where every alternative adds one."""
    required = set(all_required(schema, node))
    out = []
    for part in combined(schema, node):
        for key in ("oneOf", "anyOf"):
            branches = [resolve(schema, b) for b in part.get(key) or []]
            if not branches or not all(isinstance(b, dict) for b in branches):
                continue
            alternatives = [[r for r in all_required(schema, b) if r not in required] for b in branches]
            if all(alternatives):
                out.append((key, alternatives))
    return out


def combination_rules(schema, node, names):
    """The rules over which properties of `node` are set together, as Rust
    `schema::Combination`s: `oneOf`/`anyOf` alternatives made only of `required` lists, and
    cfn-lint's `requiredXor`, `requiredOr`, `dependentRequired` (`dependencies`) and
    `dependentExcluded`. A rule naming a property the object does not have is left out."""
    rules = []
    for part in combined(schema, node):
        for key, kind in (("oneOf", "OneOf"), ("anyOf", "AnyOf")):
            branches = [resolve(schema, b) for b in part.get(key) or []]
            if branches and all(isinstance(b, dict) and set(b) <= {"required"} and b.get("required") for b in branches):
                rules.append((kind, [list(b["required"]) for b in branches]))
        for key, kind in (("requiredXor", "OneOf"), ("requiredOr", "AnyOf")):
            if isinstance(part.get(key), list) and len(part[key]) > 1:
                rules.append((kind, [[p] for p in part[key]]))
        for key, kind in (("dependentRequired", "Requires"), ("dependencies", "Requires"), ("dependentExcluded", "Excludes")):
            for prop, others in (part.get(key) or {}).items():
                if isinstance(others, list) and others:
                    rules.append((kind, prop, list(others)))
    out, seen = [], set()
    for rule in rules:
        mentioned = [rule[1]] + rule[2] if len(rule) == 3 else [p for g in rule[1] for p in g]
        if not all(isinstance(p, str) and p in names for p in mentioned):
            continue
        strs = lambda items: "&[" + ", ".join(cv.rust_string(i) for i in items) + "]"
        if len(rule) == 3:
            text = f"::forma_core::schema::Combination::{rule[0]}({cv.rust_string(rule[1])}, {strs(rule[2])})"
        else:
            groups = ", ".join(strs(g) for g in rule[1])
            text = f"::forma_core::schema::Combination::{rule[0]}(&[{groups}])"
        if text not in seen:
            seen.add(text)
            out.append(text)
    return "&[" + ", ".join(out) + "]"


def first_branches(schema, node):
    """The first alternative of each `oneOf`/`anyOf` of `node` (and its `allOf` members)."""
    out = []
    for part in combined(schema, node):
        for key in ("oneOf", "anyOf"):
            branches = part.get(key) or []
            if branches and isinstance(resolve(schema, branches[0]), dict):
                out.append(resolve(schema, branches[0]))
    return out


def and_list(items, conjunction="and"):
    """`a`, `a and b`, `a, b and c`."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def first_sentence(text):
    text = " ".join((text or "").replace("``", "`").split())
    for end in (". ", ".\n"):
        i = text.find(end)
        if i > 0:
            return text[: i + 1]
    return text


def doc_lines(text):
    """Doc comment lines, safe for rustdoc."""
    text = text.replace("*/", "* /")
    return [f"/// {line}" if line else "///" for line in text.split("\n")]


class Module:
    """One resource type's generated module: names taken, items written."""

    def __init__(self, schema):
        self.schema = schema
        self.type_name = schema["typeName"]
        self.short = self.type_name.split("::")[2]
        self.taken = set()
        self.structs = {}  # definition name -> rust struct name
        self.enums = {}  # tuple(values) -> rust enum name
        self.items = []  # rendered code, in order
        self.statics = []
        self.resource = cv.pascal(self.short)
        self.take(self.resource)
        self.attributes = self.take_unique(self.resource + "Attributes")
        self.pending = []  # definitions to render
        self.resource_props = []  # the resource's properties, as `properties` lists them
        self.struct_props = {}  # rust struct name -> (definition name, its properties)

    def take(self, name):
        self.taken.add(name)
        return name

    def take_unique(self, name):
        candidate, n = name, 2
        while candidate in self.taken:
            candidate = f"{name}{n}"
            n += 1
        return self.take(candidate)

    def struct_for(self, def_name):
        if def_name not in self.structs:
            base = cv.pascal(def_name)
            if base == self.resource:
                base += "Property"
            self.structs[def_name] = self.take_unique(base)
            self.pending.append(def_name)
        return self.structs[def_name]

    def enum_for(self, prop_name, owner, values):
        # One enum per property name and value list: `Status` of a lifecycle rule and of a
        # versioning configuration are different types when their values differ.
        key = (prop_name, tuple(values))
        if key not in self.enums:
            base = cv.pascal(prop_name)
            if base in self.taken:
                base = cv.pascal(owner) + base
            name = self.take_unique(base)
            self.enums[key] = name
            self.render_enum(name, values)
        return self.enums[key]

    # -- types ------------------------------------------------------------------------------

    def typed(self, node, prop_name, owner, depth=0):
        """(rust value type, shape expression, setter kind) of a property schema."""
        name = ref_name(node)
        target = resolve(self.schema, node)
        if depth > 8:
            return "::forma_core::Json", "::forma_core::schema::Shape::Json", "value"
        t = target.get("type")
        if isinstance(t, list):
            t = t[0] if len(t) == 1 else None
        if t == "object" and "properties" in target and target.get("properties"):
            if name is None:
                # An inline object: a struct named after the property.
                name = f"{owner}{prop_name}" if owner != self.short else prop_name
                self.schema.setdefault("definitions", {})
                if name not in self.schema["definitions"]:
                    self.schema["definitions"][name] = target
                elif self.schema["definitions"][name] is not target:
                    name = name + "Object"
                    self.schema["definitions"][name] = target
            struct = self.struct_for(name)
            return struct, f"::forma_core::schema::Shape::Object(&{cv.static_name(struct)})", "value"
        if t == "object" and "patternProperties" in target:
            patt = list(target["patternProperties"].values())
            inner = patt[0] if patt else {}
            _, shape, _ = self.typed(inner, prop_name, owner, depth + 1) if isinstance(inner, dict) else (None, "::forma_core::schema::Shape::Json", None)
            return "::forma_core::Json", f"::forma_core::schema::Shape::Map(&{shape})", "value"
        if t == "array":
            items = target.get("items", {})
            if not isinstance(items, dict):
                items = {}
            inner, shape, _ = self.typed(items, prop_name, owner, depth + 1)
            rule = list_rule(target)
            return f"::std::vec::Vec<{inner}>", f"::forma_core::schema::Shape::List(&{shape}, {rule})", "value"
        if t == "string":
            values = target.get("enum")
            if values and all(isinstance(v, str) for v in values):
                enum = self.enum_for(name or prop_name, owner, values)
                vals = ", ".join(cv.rust_string(v) for v in values)
                return enum, f"::forma_core::schema::Shape::Enum(&[{vals}])", "enum"
            return "::std::string::String", f"::forma_core::schema::Shape::String({string_rule(target)})", "value"
        if t == "integer":
            values = target.get("enum")
            if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                # CloudFormation refuses any other number (a log group's retention in days).
                vals = ", ".join(str(v) for v in values)
                return "i64", f"::forma_core::schema::Shape::IntegerEnum(&[{vals}])", "value"
            return "i64", f"::forma_core::schema::Shape::Integer({number_rule(target)})", "value"
        if t == "number":
            return "f64", f"::forma_core::schema::Shape::Number({number_rule(target)})", "value"
        if t == "boolean":
            return "bool", "::forma_core::schema::Shape::Boolean", "value"
        return "::forma_core::Json", "::forma_core::schema::Shape::Json", "value"

    # -- samples (the every-type test) -----------------------------------------------------

    def sample(self, node, prop_name, owner, expanding=(), depth=0, extra=()):
        """A Rust expression of the type `typed` gives this property, with sample values: a
        property type is built with its required properties, recursively."""
        ty, _shape, kind = self.typed(node, prop_name, owner, depth)
        target = resolve(self.schema, node)
        if kind == "enum":
            return f"{ty}::{cv.variant(target['enum'][0])}"
        if ty == "::forma_core::Json":
            return rust_json(samples.json_value(self.schema, node, resolve))
        if ty.startswith("::std::vec::Vec<"):
            items = target.get("items")
            inner = self.sample(items if isinstance(items, dict) else {}, prop_name, owner, expanding, depth + 1, extra)
            return f"[{inner}]"
        if ty == "::std::string::String":
            return cv.rust_string(samples.string(target))
        if ty == "i64":
            values = target.get("enum")
            if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                return rust_int(values[0])
            return rust_int(samples.number(target, True))
        if ty == "f64":
            return rust_float(samples.number(target, False))
        if ty == "bool":
            return "true"
        if ty in expanding:
            # A property type that requires itself: its JSON, typed by hand.
            value = rust_json(samples.json_value(self.schema, node, resolve))
            return f"::forma_core::Value::<{ty}>::from_expr({value})"
        def_name, props = self.struct_props[ty]
        struct_node = resolve(self.schema, self.schema["definitions"][def_name])
        return self.sample_new(ty, props, struct_node, def_name, expanding + (ty,), extra)

    def sample_new(self, ty, props, node, owner, expanding, extra=()):
        """`Ty::new(..)` with the required properties, then the setters of what the schema also
        needs: the first alternative of each `oneOf`/`anyOf`, enough properties for
        `minProperties`, and `extra` (what an enclosing alternative requires of this one)."""
        wanted, nested = list(extra), {}
        for branch in first_branches(self.schema, node):
            wanted.extend(all_required(self.schema, branch))
            for name, sub in (branch.get("properties") or {}).items():
                if isinstance(sub, dict) and sub.get("required"):
                    nested.setdefault(name, []).extend(sub["required"])
                    wanted.append(name)
        args = [self.sample(p[8], p[0], owner, expanding, extra=tuple(nested.get(p[0], ()))) for p in props if p[5]]
        by_name = {p[0]: p for p in props}
        chosen = [n for n in dict.fromkeys(wanted) if n in by_name and not by_name[n][5]]
        lo = node.get("minProperties")
        if isinstance(lo, int) and len(args) + len(chosen) < lo:
            chosen += [p[0] for p in props if not p[5] and p[0] not in chosen][: lo - len(args) - len(chosen)]
        out = f"{ty}::new({', '.join(args)})"
        for name in sorted(chosen, key=lambda n: props.index(by_name[n])):
            p = by_name[name]
            out += f".{p[1]}({self.sample(p[8], p[0], owner, expanding, extra=tuple(nested.get(name, ())))})"
        return out

    def sample_resource(self):
        """`Queue::new(..)` with sample required properties (after `render`)."""
        return self.sample_new(self.resource, self.resource_props, self.schema, self.short, ())

    # -- rendering --------------------------------------------------------------------------

    def properties(self, node, owner):
        """[(cf name, method, rust type, shape, kind, required, create_only, doc, schema node)] in
        schema order."""
        props = node.get("properties", {}) or {}
        required = set(all_required(self.schema, node))
        create_only = set()
        if node is self.schema:
            create_only = {p.split("/")[2] for p in self.schema.get("createOnlyProperties", []) if p.count("/") == 2}
            read_only = {p.split("/")[2] for p in self.schema.get("readOnlyProperties", []) if p.count("/") == 2}
        else:
            read_only = set()
        out, methods = [], set(cv.RESERVED_METHODS)
        for cf_name, p in props.items():
            if cf_name in read_only and cf_name not in required:
                continue
            if not isinstance(p, dict):
                p = {}
            ty, shape, kind = self.typed(p, cf_name, owner)
            method = cv.snake(cf_name)
            while method in methods:
                method += "_"
            methods.add(method)
            out.append((cf_name, method, ty, shape, kind, cf_name in required, cf_name in create_only,
                        describe(p, resolve(self.schema, p)), p))
        return out

    def render_setters(self, props, self_ty, resource=False):
        """The setters of the optional properties; a resource's record their caller's line,
        which messages about the value point at."""
        lines = []
        for i, (cf, method, ty, _, kind, required, create_only, doc, _node) in enumerate(props):
            if required:
                continue
            lines.extend(doc_lines(doc_for(cf, doc, create_only)))
            if resource:
                lines.append("#[track_caller]")
            if kind == "enum":
                lines.append(f"pub fn {method}(mut self, value: impl ::forma_core::schema::EnumArg<{ty}>) -> Self {{")
                lines.append(set_call("self.props", i, "value.into_enum_expr()", resource))
            else:
                lines.append(f"pub fn {method}(mut self, value: impl ::std::convert::Into<::forma_core::Value<{ty}>>) -> Self {{")
                lines.append(set_call("self.props", i, "value.into().into_expr()", resource))
            lines.append("self")
            lines.append("}")
        return lines

    def render_constructor(self, props, what, node):
        req = [(i, p) for i, p in enumerate(props) if p[5]]
        resource = what == "resource"
        args, sets = [], []
        for i, (cf, method, ty, _, kind, *_rest) in req:
            if kind == "enum":
                args.append(f"{method}: impl ::forma_core::schema::EnumArg<{ty}>")
                sets.append(set_call("props", i, f"{method}.into_enum_expr()", resource))
            else:
                args.append(f"{method}: impl ::std::convert::Into<::forma_core::Value<{ty}>>")
                sets.append(set_call("props", i, f"{method}.into().into_expr()", resource))
        lines = []
        names = ", ".join(f"`{p[0]}`" for _, p in req)
        lines.append(f"/// A new {what}" + (f" with its required properties: {names}." if req else "."))
        known = {p[0] for p in props}
        for kind, branches in choices(self.schema, node):
            if all(b and set(b) <= known for b in branches):
                lines.append("///")
                how = "exactly one" if kind == "oneOf" else "at least one"
                if all(len(b) == 1 for b in branches):
                    alternatives = and_list([f"`{b[0]}`" for b in branches], "or")
                    lines.append(f"/// CloudFormation also needs {how} of {alternatives}.")
                else:
                    alternatives = "; or ".join(and_list([f"`{n}`" for n in b]) for b in branches)
                    lines.append(f"/// CloudFormation also needs {how} of: {alternatives}.")
        if len(req) > 7:
            lines.append("#[allow(clippy::too_many_arguments)]")
        if resource and req:
            lines.append("#[track_caller]")
        lines.append(f"pub fn new({', '.join(args)}) -> Self {{")
        if sets:
            lines.append("let mut props = ::forma_core::schema::Props::default();")
            lines.extend(sets)
            lines.append("Self { props }")
        else:
            lines.append("Self { props: ::forma_core::schema::Props::default() }")
        lines.append("}")
        return lines, bool(req)

    def render_property_table(self, props):
        rows = []
        for cf, _m, _t, shape, _k, required, create_only, _d, _n in props:
            rows.append(
                f"::forma_core::schema::Property {{ name: {cv.rust_string(cf)}, required: {str(required).lower()}, "
                f"create_only: {str(create_only).lower()}, shape: {shape} }},"
            )
        return rows

    def render_struct(self, def_name):
        node = resolve(self.schema, self.schema["definitions"][def_name])
        struct = self.structs[def_name]
        props = self.properties(node, def_name)
        self.struct_props[struct] = (def_name, props)
        doc = first_sentence(node.get("description", "")) or f"The `{def_name}` property type of `{self.type_name}`."
        lines = doc_lines(doc)
        lines.append("#[derive(Debug, Clone, PartialEq)]")
        lines.append(f"pub struct {struct} {{ props: ::forma_core::schema::Props }}")
        lines.append(f"impl {struct} {{")
        ctor, has_required = self.render_constructor(props, "value", node)
        lines.extend(ctor)
        lines.extend(self.render_setters(props, struct))
        lines.append("}")
        if not has_required:
            lines.append(f"impl ::std::default::Default for {struct} {{ fn default() -> Self {{ Self::new() }} }}")
        static = cv.static_name(struct)
        lines.append(f"impl ::std::convert::From<{struct}> for ::forma_core::Value<{struct}> {{")
        lines.append(f"fn from(v: {struct}) -> Self {{ ::forma_core::Value::from_expr(v.props.into_expr({static}.properties)) }}")
        lines.append("}")
        self.items.append("\n".join(lines))
        table = "\n".join(self.render_property_table(props))
        rules = combination_rules(self.schema, node, {p[0] for p in props})
        self.statics.append(
            f"static {static}: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {{\n"
            f"name: {cv.rust_string(self.type_name + '.' + def_name)},\nproperties: &[\n{table}\n],\nrules: {rules},\n}};"
        )

    def render_enum(self, name, values):
        variants, used = [], set()
        for v in values:
            var = cv.variant(v)
            while var in used:
                var += "_"
            used.add(var)
            variants.append((var, v))
        lines = [f"/// The values CloudFormation documents: {', '.join('`' + v + '`' for v in values[:12])}{', ...' if len(values) > 12 else ''}."]
        lines.append("#[derive(Debug, Clone, PartialEq, Eq, Hash)]")
        lines.append("#[non_exhaustive]")
        lines.append(f"pub enum {name} {{")
        for var, v in variants:
            lines.append(f"/// `{v}`")
            lines.append(f"{var},")
        lines.append("/// A value this version of forma does not list.")
        lines.append("Unknown(::std::string::String),")
        lines.append("}")
        lines.append(f"impl {name} {{")
        lines.append("/// The value as CloudFormation spells it.")
        lines.append("pub fn as_str(&self) -> &str {")
        lines.append("match self {")
        for var, v in variants:
            lines.append(f"Self::{var} => {cv.rust_string(v)},")
        lines.append("Self::Unknown(s) => s,")
        lines.append("}")
        lines.append("}")
        lines.append("/// Every value the schema lists.")
        vals = ", ".join(cv.rust_string(v) for _, v in variants)
        lines.append(f"pub fn values() -> &'static [&'static str] {{ &[{vals}] }}")
        lines.append("}")
        lines.append(f"impl ::std::convert::From<{name}> for ::forma_core::Value<{name}> {{")
        lines.append(f"fn from(v: {name}) -> Self {{ ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned())) }}")
        lines.append("}")
        lines.append(f"impl ::forma_core::schema::CfnEnum for {name} {{}}")
        self.items.append("\n".join(lines))

    def attribute_list(self):
        attrs = []
        for p in self.schema.get("readOnlyProperties", []):
            parts = p.split("/")[2:]
            if parts and all(parts):
                attrs.append(".".join(parts))
        attrs.extend(a for a in self.schema.get("x-forma-attributes", []) if a not in attrs)
        return attrs

    def attribute_type(self, attr):
        node = self.schema
        for part in attr.split("."):
            node = resolve(self.schema, (node.get("properties") or {}).get(part, {}))
        t = node.get("type")
        if isinstance(t, list):
            t = t[0] if len(t) == 1 else None
        if t == "string":
            return "::std::string::String"
        if t == "integer":
            return "i64"
        if t == "number":
            return "f64"
        if t == "boolean":
            return "bool"
        if t == "array" and resolve(self.schema, node.get("items", {})).get("type") == "string":
            return "::std::vec::Vec<::std::string::String>"
        return "::forma_core::Json"

    def render(self, version):
        schema = self.schema
        props = self.properties(schema, self.short)
        self.resource_props = props
        attrs = self.attribute_list()
        out = [HEADER.format(type=self.type_name, version=version)]
        out.append(f"//! `{self.type_name}` and its property types.\n")
        doc = first_sentence(schema.get("description", "")) or f"A `{self.type_name}`."
        lines = doc_lines(doc)
        lines.append("///")
        lines.append(f"/// CloudFormation type `{self.type_name}`.")
        lines.append("#[derive(Debug, Clone, PartialEq)]")
        lines.append(f"pub struct {self.resource} {{ props: ::forma_core::schema::Props }}")
        lines.append(f"impl {self.resource} {{")
        ctor, has_required = self.render_constructor(props, "resource", schema)
        lines.extend(ctor)
        lines.extend(self.render_setters(props, self.resource, resource=True))
        lines.append("}")
        if not has_required:
            lines.append(f"impl ::std::default::Default for {self.resource} {{ fn default() -> Self {{ Self::new() }} }}")
        lines.append(f"impl ::forma_core::CfnResource for {self.resource} {{")
        lines.append(f"type Attributes = {self.attributes};")
        lines.append(f"fn type_name(&self) -> &str {{ {cv.rust_string(self.type_name)} }}")
        lines.append("fn into_properties(self) -> ::forma_core::schema::Object {")
        lines.append("self.props.into_object(SPEC.properties)")
        lines.append("}")
        lines.append("fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {")
        lines.append("self.props.into_parts(SPEC.properties)")
        lines.append("}")
        lines.append("fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> { Some(&SPEC) }")
        lines.append("}")
        # Attributes.
        lines.append(f"/// The attributes of a `{self.type_name}` (`Fn::GetAtt`), on the handle `add` returns.")
        lines.append("#[derive(Debug, Clone)]")
        if attrs:
            lines.append(f"pub struct {self.attributes} {{ node: ::forma_core::value::NodeRef }}")
        else:
            lines.append(f"pub struct {self.attributes} {{ _node: ::forma_core::value::NodeRef }}")
        lines.append(f"impl ::forma_core::schema::Attributes for {self.attributes} {{")
        lines.append("fn new(node: ::forma_core::value::NodeRef) -> Self { Self { %snode } }" % ("" if attrs else "_node: "))
        lines.append("}")
        methods = set(cv.RESERVED_METHODS) | {"reference", "path", "scope", "get_att"}
        if attrs:
            lines.append(f"impl {self.attributes} {{")
            for a in attrs:
                m = cv.snake(a.replace(".", "_"))
                while m in methods:
                    m += "_"
                methods.add(m)
                lines.append(f"/// `Fn::GetAtt` `{a}`.")
                lines.append(f"pub fn {m}(&self) -> ::forma_core::Value<{self.attribute_type(a)}> {{")
                lines.append(f"::forma_core::schema::get_att(&self.node, {cv.rust_string(a)})")
                lines.append("}")
            lines.append("}")
        self.items.insert(0, "\n".join(lines))
        table = "\n".join(self.render_property_table(props))
        rules = combination_rules(self.schema, self.schema, {p[0] for p in props})
        attr_list = ", ".join(cv.rust_string(a) for a in attrs)
        self.statics.insert(0,
            f"/// The schema of `{self.type_name}`.\n"
            f"pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {{\n"
            f"type_name: {cv.rust_string(self.type_name)},\nproperties: &[\n{table}\n],\nrules: {rules},\nattributes: &[{attr_list}],\n}};"
        )
        while self.pending:
            self.render_struct(self.pending.pop(0))
        return "\n".join(out) + "\n" + "\n\n".join(self.items + self.statics) + "\n"


def rust_int(v):
    """An integer literal that infers as `i64`: suffixed when `i32` cannot hold it."""
    return str(v) if -(2**31) <= v < 2**31 else f"{v}_i64"


def rust_float(v):
    text = repr(float(v))
    return text if any(c in text for c in ".e") else text + ".0"


def rust_json(v, top=True):
    """A JSON value (Python data) as a `forma_core::Expr` expression (`obj!`, `list!`)."""
    if isinstance(v, dict):
        pairs = ", ".join(f"{cv.rust_string(k)} => {rust_json(x, False)}" for k, x in v.items())
        return f"::forma_core::obj! {{ {pairs} }}" if pairs else "::forma_core::obj! {}"
    if isinstance(v, list):
        return f"::forma_core::list![{', '.join(rust_json(x, False) for x in v)}]"
    if isinstance(v, bool):
        lit = "true" if v else "false"
    elif isinstance(v, int):
        lit = rust_int(v)
    elif isinstance(v, float):
        lit = rust_float(v)
    elif isinstance(v, str):
        lit = cv.rust_string(v)
    else:
        return "::forma_core::obj! {}"
    return f"::forma_core::Expr::from({lit})" if top else lit


EVERY_TYPE_HEADER = """\
// @generated by dsl/codegen/generate.py — do not edit

//! One instance of every resource type forma-cfn has, each built by its constructor with a
//! sample value for every required property (derived from the schema: a string that fits
//! the pattern when that is easy, a number within its limits, an enum's first value, a
//! property type with its own required properties, a list of one item), for the
//! every-type test (`tests/every_type.rs`).

use super::Every;
"""


def every_type_tests(entries):
    """The test data file: `entries` is [(service, module path, type name, constructor)]."""
    out = [EVERY_TYPE_HEADER]
    services = sorted({e[0] for e in entries})
    out.append(f"/// Adds one resource of each of the {len(entries)} types.")
    out.append("pub fn all(e: &mut Every) {")
    out.extend(f"{s}(e);" for s in services)
    out.append("}")
    for service in services:
        out.append("")
        out.append(f"fn {service}(e: &mut Every) {{")
        for _service, path, _type_name, ctor in (e for e in entries if e[0] == service):
            out.append("{")
            out.append(f"use forma_cfn::{path}::*;")
            out.append(f"e.add({ctor});")
            out.append("}")
        out.append("}")
    return "\n".join(out) + "\n"


def string_rule(node):
    pattern = node.get("pattern")
    lo, hi = node.get("minLength"), node.get("maxLength")
    if pattern is None and lo is None and hi is None:
        return "&::forma_core::schema::ANY_STRING"
    p = f"Some({cv.rust_string(pattern)})" if isinstance(pattern, str) else "None"
    return (f"&::forma_core::schema::StringRule {{ pattern: {p}, min_length: {opt_int(lo)}, "
            f"max_length: {opt_int(hi)} }}")


def set_call(props, index, value, located):
    """`props.set(i, value);`, or `set_at` with the caller's line for a resource's property."""
    if located:
        return f"{props}.set_at({index}, {value}, ::std::panic::Location::caller());"
    return f"{props}.set({index}, {value});"


def number_rule(node):
    return (f"::forma_core::schema::NumberRule {{ minimum: {opt_float(node.get('minimum'))}, "
            f"maximum: {opt_float(node.get('maximum'))} }}")


def list_rule(node):
    return (f"::forma_core::schema::ListRule {{ min_items: {opt_int(node.get('minItems'))}, "
            f"max_items: {opt_int(node.get('maxItems'))} }}")


def opt_int(v):
    return f"Some({int(v)})" if isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 else "None"


def opt_float(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return "None"
    return f"Some({float(v)!r})".replace("inf", "f64::INFINITY")


def describe(p, target):
    """The first sentence of a property's description and its constraint."""
    text = first_sentence(p.get("description") or target.get("description") or "")
    notes = []
    values = target.get("enum")
    if target.get("type") == "integer" and values and all(isinstance(v, int) for v in values):
        notes.append("one of " + ", ".join(str(v) for v in values))
    lo, hi = target.get("minimum"), target.get("maximum")
    if lo is not None and hi is not None:
        notes.append(f"{lo} to {hi}")
    elif lo is not None:
        notes.append(f"at least {lo}")
    elif hi is not None:
        notes.append(f"at most {hi}")
    ll, hl = target.get("minLength"), target.get("maxLength")
    if ll is not None or hl is not None:
        notes.append(f"length {ll if ll is not None else 0} to {hl if hl is not None else 'any'}")
    return text, notes


def doc_for(cf, doc, create_only):
    text, notes = doc
    lines = [text or f"`{cf}`."]
    if notes:
        lines.append("")
        lines.append("Allowed: " + "; ".join(notes) + ".")
    if create_only:
        lines.append("")
        lines.append("Changing it replaces the resource.")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The crate


# The feature of the SAM types (`AWS::Serverless::*`, module `serverless`): not registry
# types, so not part of `full`.
SAM_FEATURE = "sam"


def feature_of(service):
    return SAM_FEATURE if service == "serverless" else service


def generate(out_dir):
    version = CFN_LINT_VERSION
    schemas = load_schemas()
    patches.apply(schemas)
    services = {}
    for type_name, schema in sorted(schemas.items()):
        if type_name.count("::") != 2:
            continue
        services.setdefault(cv.service_module(type_name), []).append(schema)
    src = os.path.join(out_dir, "src")
    if os.path.isdir(src):
        shutil.rmtree(src)
    os.makedirs(src)
    lib = [
        "// @generated by dsl/codegen/generate.py — do not edit\n",
        "//! CloudFormation resource types, one module per service, generated from the registry",
        f"//! schemas shipped in cfn-lint {version}. Each service is a cargo feature; `full` turns on",
        "//! every one. Required properties are constructor arguments, optional ones setters taking any",
        "//! `Value` (a literal or an intrinsic); properties render in schema order.\n",
        "// Setter names follow the schema's property names, some of which are also std trait methods.",
        "#![allow(clippy::should_implement_trait)]\n",
    ]
    features = []
    lookups = []
    every_type = []
    for service in sorted(services):
        feature = feature_of(service)
        if feature not in features:
            features.append(feature)
        lib.append(f'#[cfg(feature = "{feature}")]')
        lib.append(f"pub mod {service};")
        sdir = os.path.join(src, service)
        os.makedirs(sdir)
        mod_lines = [f"// @generated by dsl/codegen/generate.py — do not edit\n",
                     f"//! The `{services[service][0]['typeName'].rsplit('::', 1)[0]}` resource types.\n"]
        used = set()
        for schema in services[service]:
            m = Module(schema)
            file = cv.snake(m.short)
            while file in used:
                file += "_"
            used.add(file)
            with open(os.path.join(sdir, file + ".rs"), "w") as f:
                f.write(m.render(version))
            if feature != SAM_FEATURE:
                # The every-type test runs with `full`, which the SAM types are not part of.
                every_type.append((service, f"{service}::{file}", m.type_name, m.sample_resource()))
            mod_lines.append(f"pub mod {file};")
            mod_lines.append(f"pub use self::{file}::{m.resource};")
            lookups.append((m.type_name, service, file, feature))
        with open(os.path.join(sdir, "mod.rs"), "w") as f:
            f.write("\n".join(mod_lines) + "\n")
    lib.append("")
    lib.append("/// Every resource type of the registry, for synthesis: the schemas of the enabled services,")
    lib.append("/// and the names of all (to tell a misspelt type from one whose feature is off).")
    lib.append("pub static REGISTRY: ::forma_core::schema::Registry =")
    lib.append("::forma_core::schema::Registry { type_names: TYPE_NAMES, lookup: schema_of };")
    lib.append("")
    lib.append("/// The name of every resource type in the registry, sorted.")
    names = sorted(t for t, _, _, _ in lookups)
    lib.append("pub static TYPE_NAMES: &[&str] = &[" + ", ".join(cv.rust_string(t) for t in names) + "];")
    lib.append("")
    lib.append("/// The schema of a resource type, when its service's feature is on.")
    lib.append("pub fn schema_of(type_name: &str) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {")
    lib.append("match type_name {")
    for t, service, file, feature in sorted(lookups):
        lib.append(f'#[cfg(feature = "{feature}")]')
        lib.append(f"{cv.rust_string(t)} => Some(&{service}::{file}::SPEC),")
    lib.append("_ => None,")
    lib.append("}")
    lib.append("}")
    with open(os.path.join(src, "lib.rs"), "w") as f:
        f.write("\n".join(lib) + "\n")
    defaults = sorted(cv.module(s) for s in DEFAULT_SERVICES)
    missing = [d for d in defaults if d not in features]
    if missing:
        sys.exit(f"default services without schemas: {missing}")
    toml = [
        "# @generated by dsl/codegen/generate.py — do not edit (the features list is generated)",
        "[package]",
        'name = "forma-cfn"',
        'description = "CloudFormation resource types for forma, generated from the registry schemas"',
        "version.workspace = true",
        "edition.workspace = true",
        "license.workspace = true",
        "rust-version.workspace = true",
        "",
        "[dependencies]",
        "forma-core.workspace = true",
        "",
        "[dev-dependencies]",
        "# The every-type test (tests/every_type.rs) synthesizes and reads the templates.",
        "forma-synth.workspace = true",
        "serde_json.workspace = true",
        "",
        "[features]",
        "default = [" + ", ".join(f'"{d}"' for d in defaults) + "]",
        "full = [" + ", ".join(f'"{s}"' for s in features if s != SAM_FEATURE) + "]",
    ]
    toml.extend(f"{s} = []" for s in features if s != SAM_FEATURE)
    if SAM_FEATURE in features:
        toml.append("# The AWS SAM resource types (`AWS::Serverless::*`), for templates with the SAM transform;")
        toml.append("# not registry types, so not in `full`.")
        toml.append(f"{SAM_FEATURE} = []")
    with open(os.path.join(out_dir, "Cargo.toml"), "w") as f:
        f.write("\n".join(toml) + "\n")
    tests = os.path.join(out_dir, "tests", "every_type")
    if os.path.isdir(tests):
        shutil.rmtree(tests)
    os.makedirs(tests)
    with open(os.path.join(tests, "resources.rs"), "w") as f:
        f.write(every_type_tests(every_type))
    rustfmt(src)
    rustfmt(tests)
    return len(schemas)


def rustfmt(src):
    files = []
    for d, _, names in os.walk(src):
        files.extend(os.path.join(d, n) for n in names if n.endswith(".rs"))
    files.sort()
    config = os.path.join(ROOT, "rustfmt.toml")
    for i in range(0, len(files), 200):
        done = subprocess.run(["rustfmt", "--edition", "2021", "--config-path", config] + files[i:i + 200])
        if done.returncode != 0:
            sys.exit("rustfmt failed on the generated code (see above): a generator bug")


def main(argv):
    out = CRATE
    args = list(argv)
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i:i + 2]
    if args[:1] == ["fetch"]:
        fetch()
    n = generate(out)
    print(f"generated {n} resource types into {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
