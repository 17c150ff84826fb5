"""GET /items/{id}: the item, or 404."""

import json
import os
from decimal import Decimal

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    item_id = event["pathParameters"]["id"]
    item = table.get_item(Key={"id": item_id}).get("Item")
    if item is None:
        return respond(404, {"message": f"no item {item_id}"})
    return respond(200, item)


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
