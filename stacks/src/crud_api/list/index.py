"""GET /items: one page of items (`?limit=`, at most 100), and the `next` token for the
page after it (`?next=`) while there is one."""

import base64
import json
import os
from decimal import Decimal

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])

DEFAULT_LIMIT = 25
MAX_LIMIT = 100


def handler(event, context):
    query = event.get("queryStringParameters") or {}
    try:
        limit = int(query.get("limit", DEFAULT_LIMIT))
    except ValueError:
        return respond(400, {"message": "limit must be a number"})
    if not 1 <= limit <= MAX_LIMIT:
        return respond(400, {"message": f"limit must be 1 to {MAX_LIMIT}"})
    scan = {"Limit": limit}
    if "next" in query:
        try:
            start = json.loads(base64.urlsafe_b64decode(query["next"]))
        except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
            start = None
        if not isinstance(start, dict):
            return respond(400, {"message": "next is not a token this API gave"})
        scan["ExclusiveStartKey"] = start
    page = table.scan(**scan)
    body = {"items": page.get("Items", [])}
    if "LastEvaluatedKey" in page:
        key = json.dumps(page["LastEvaluatedKey"], default=number).encode()
        body["next"] = base64.urlsafe_b64encode(key).decode()
    return respond(200, body)


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
