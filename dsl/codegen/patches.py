"""Named fixes to the vendored schemas. Each fails loudly (PatchError) when the schema it
fixes no longer looks as expected, so a schema update never silently skips one."""


class PatchError(Exception):
    pass


def expect(cond, what):
    if not cond:
        raise PatchError(what)


def dynamodb_key_schema(schemas):
    """cfn-lint rewrites DynamoDB `KeySchema` for its own checks (an array definition with
    `prefixItems`, and a `oneOf` with a JSON string on the table); undo it: one `KeySchema`
    element type, its `KeyType` the enum `HASH`/`RANGE` that cfn-lint keeps beside `items`,
    and every key schema a list of it."""
    for type_name in ("AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"):
        s = schemas.get(type_name)
        expect(s is not None, f"{type_name} is missing")
        defs = s["definitions"]
        ks = defs.get("KeySchema", {})
        expect(ks.get("type") == "array" and isinstance(ks.get("items"), dict), f"{type_name} KeySchema is no longer cfn-lint's array definition")
        element = dict(ks["items"])
        # The element's constraints sit beside `items` (where cfn-lint moved them); the
        # `KeyType` values are what makes it an enum, `HASH` first as the first key's must be.
        beside = ks.get("properties", {})
        key_type = beside.get("KeyType", {}).get("enum")
        expect(key_type == ["HASH", "RANGE"], f"{type_name} KeySchema lost its KeyType enum")
        element["properties"] = {
            name: {**p, **beside.get(name, {})} for name, p in element.get("properties", {}).items()
        }
        defs["KeySchema"] = element
        ref = {"$ref": "#/definitions/KeySchema"}
        prop = s["properties"]["KeySchema"]
        s["properties"]["KeySchema"] = {
            "description": prop.get("description", ""),
            "type": "array",
            "minItems": 1,
            "maxItems": 2,
            "items": ref,
        }
        lsi = defs.get("LocalSecondaryIndex", {}).get("properties", {}).get("KeySchema")
        expect(lsi is not None and lsi.get("$ref") == "#/definitions/KeySchema", f"{type_name} LocalSecondaryIndex.KeySchema moved")
        defs["LocalSecondaryIndex"]["properties"]["KeySchema"] = {"type": "array", "minItems": 2, "maxItems": 2, "items": ref}
        gsi = defs.get("GlobalSecondaryIndex", {}).get("properties", {}).get("KeySchema")
        expect(gsi is not None and gsi.get("type") == "array", f"{type_name} GlobalSecondaryIndex.KeySchema moved")
        gsi["items"] = ref


# The types whose every property is also an attribute (`Fn::GetAtt`), as cfn-lint knows
# (cfnlint/schema/_getatts.py `_all_property_types`): CloudFormation's older handlers.
ALL_PROPERTIES_ARE_ATTRIBUTES = [
    "AWS::EC2::SecurityGroup", "AWS::EC2::Subnet", "AWS::EC2::VPC",
    "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::Events::EventBus", "AWS::S3::AccessPoint",
    "AWS::SNS::Topic", "AWS::SQS::Queue", "AWS::SSM::Parameter", "AWS::StepFunctions::Activity",
]


def older_attributes(schemas):
    """Attributes beyond `readOnlyProperties` (cfn-lint's GetAtt list): `AWS::SQS::Queue`
    also has `QueueName`, for one."""
    for type_name in ALL_PROPERTIES_ARE_ATTRIBUTES:
        s = schemas.get(type_name)
        expect(s is not None, f"{type_name} is missing")
        read_only = {p.split("/")[2] for p in s.get("readOnlyProperties", []) if p.count("/") == 2}
        extra = []
        for name, p in s.get("properties", {}).items():
            if name in read_only or name == "Tags":
                continue
            extra.append(name)
        expect(extra, f"{type_name} has no properties left to add as attributes")
        s["x-forma-attributes"] = extra
    expect("QueueName" in schemas["AWS::SQS::Queue"]["x-forma-attributes"], "AWS::SQS::Queue lost QueueName")


PATCHES = [dynamodb_key_schema, older_attributes]


def apply(schemas):
    for patch in PATCHES:
        try:
            patch(schemas)
        except PatchError as e:
            raise SystemExit(f"patch {patch.__name__} no longer applies: {e}")
