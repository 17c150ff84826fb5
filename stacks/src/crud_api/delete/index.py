"""DELETE /items/{id}: deletes the item (204), or 404 if there is none."""

import json
import os

import boto3
from botocore.exceptions import ClientError

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def handler(event, context):
    item_id = event["pathParameters"]["id"]
    try:
        table.delete_item(Key={"id": item_id}, ConditionExpression="attribute_exists(id)")
    except ClientError as e:
        if e.response["Error"]["Code"] != "ConditionalCheckFailedException":
            raise
        return {
            "statusCode": 404,
            "headers": {"content-type": "application/json"},
            "body": json.dumps({"message": f"no item {item_id}"}),
        }
    return {"statusCode": 204}
