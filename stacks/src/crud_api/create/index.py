"""POST /items: stores the JSON object in the body as a new item under a generated id."""

import base64
import json
import os
import uuid
from decimal import Decimal

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    try:
        body = json.loads(read_body(event), parse_float=Decimal)
    except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
        return respond(400, {"message": "the body is not JSON"})
    if not isinstance(body, dict):
        return respond(400, {"message": "the body must be a JSON object"})
    item = {**body, "id": str(uuid.uuid4())}
    # A fresh id names no item yet; the condition makes a collision an error, not an overwrite.
    table.put_item(Item=item, ConditionExpression="attribute_not_exists(id)")
    return respond(201, item, {"location": f"/items/{item['id']}"})


def read_body(event):
    """The request's body; API Gateway base64-encodes bodies it does not take for text."""
    body = event.get("body") or ""
    return base64.b64decode(body) if event.get("isBase64Encoded") else body


def respond(status, body, headers=None):
    return {
        "statusCode": status,
        "headers": {"content-type": "application/json", **(headers or {})},
        "body": json.dumps(body, default=number),
    }


def number(value):
    """DynamoDB's numbers are Decimals: integers stay integers."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")
