"""PUT /items/{id}: replaces an existing item with the JSON object in the body, or 404."""

import base64
import json
import os
from decimal import Decimal

import boto3
from botocore.exceptions import ClientError

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    item_id = event["pathParameters"]["id"]
    try:
        body = json.loads(read_body(event), parse_float=Decimal)
    except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
        return respond(400, {"message": "the body is not JSON"})
    if not isinstance(body, dict):
        return respond(400, {"message": "the body must be a JSON object"})
    item = {**body, "id": item_id}
    try:
        # Only an item that exists is replaced: a PUT to an unknown id creates nothing.
        table.put_item(Item=item, ConditionExpression="attribute_exists(id)")
    except ClientError as e:
        if e.response["Error"]["Code"] != "ConditionalCheckFailedException":
            raise
        return respond(404, {"message": f"no item {item_id}"})
    return respond(200, item)


def read_body(event):
    """The request's body; API Gateway base64-encodes bodies it does not take for text."""
    body = event.get("body") or ""
    return base64.b64decode(body) if event.get("isBase64Encoded") else body


def respond(status, body):
    return {
        "statusCode": status,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(body, default=number),
    }


def number(value):
    """DynamoDB's numbers are Decimals: integers stay integers."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")
