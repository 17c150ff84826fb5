"""The admin API (behind the Cognito authorizer): GET /cards lists card assignments, a page
at a time (?limit=, ?next= from the previous page); GET /cards/{card_id} answers one."""
import base64
import json
import os

import boto3

dynamodb = boto3.client("dynamodb")

MAX_LIMIT = 100


def handler(event, context):
    method, resource = event.get("httpMethod"), event.get("resource")
    if method == "GET" and resource == "/cards":
        return list_cards(event.get("queryStringParameters") or {})
    if method == "GET" and resource == "/cards/{card_id}":
        return get_card(event["pathParameters"]["card_id"])
    return answer(404, {"message": f"no route {method} {resource}"})


def list_cards(query):
    try:
        limit = max(1, min(int(query.get("limit", 50)), MAX_LIMIT))
    except ValueError:
        return answer(400, {"message": "limit is not a number"})
    request = {"TableName": os.environ["CARDS_TABLE"], "Limit": limit}
    if query.get("next"):
        try:
            request["ExclusiveStartKey"] = json.loads(base64.urlsafe_b64decode(query["next"]))
        except ValueError:
            return answer(400, {"message": "next is not a page token"})
    page = dynamodb.scan(**request)
    body = {"cards": [plain(item) for item in page.get("Items", [])]}
    if "LastEvaluatedKey" in page:
        body["next"] = base64.urlsafe_b64encode(json.dumps(page["LastEvaluatedKey"]).encode()).decode()
    return answer(200, body)


def get_card(card_id):
    item = dynamodb.get_item(TableName=os.environ["CARDS_TABLE"], Key={"card_id": {"S": card_id}}).get("Item")
    if item is None:
        return answer(404, {"message": f"no card {card_id}"})
    return answer(200, plain(item))


def plain(item):
    """A DynamoDB item of string attributes as a plain object."""
    return {name: value.get("S", value.get("N")) for name, value in item.items()}


def answer(status, body):
    return {
        "statusCode": status,
        "headers": {
            "Content-Type": "application/json",
            "Access-Control-Allow-Origin": os.environ.get("ALLOWED_ORIGIN", "*"),
        },
        "body": json.dumps(body),
    }
