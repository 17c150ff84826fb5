"""Records door traffic. Readers put entry/exit events on a Kinesis stream as JSON
({"door_id", "card_id", "direction": "entry"|"exit", "at": ISO-8601 time}); each becomes an
item of the events table keyed by door and time (plus the record's sequence number, so a
retried batch writes the same items again rather than new ones). Records that are not such
events are logged and skipped, so that one bad record does not stop the shard."""
import base64
import json
import os
import time

import boto3

dynamodb = boto3.client("dynamodb")

BATCH = 25  # BatchWriteItem's limit
DIRECTIONS = ("entry", "exit")


def handler(event, context):
    items = []
    skipped = 0
    for record in event.get("Records", []):
        item = decode(record["kinesis"])
        if item is None:
            skipped += 1
        else:
            items.append(item)
    write(items)
    print(json.dumps({"written": len(items), "skipped": skipped}))
    return {"written": len(items), "skipped": skipped}


def decode(kinesis):
    sequence = kinesis["sequenceNumber"]
    try:
        event = json.loads(base64.b64decode(kinesis["data"]))
    except ValueError as error:
        print(f"record {sequence} is not JSON, skipped: {error!r}")
        return None
    fields = [event.get(k) if isinstance(event, dict) else None for k in ("door_id", "card_id", "direction", "at")]
    door, card, direction, at = fields
    if not all(isinstance(f, str) and f for f in fields) or direction not in DIRECTIONS:
        print(f"record {sequence} is not a door event, skipped: {event!r}")
        return None
    return {
        "door_id": {"S": door},
        "event_key": {"S": f"{at}#{sequence}"},
        "card_id": {"S": card},
        "direction": {"S": direction},
        "at": {"S": at},
    }


def write(items):
    table = os.environ["EVENTS_TABLE"]
    for start in range(0, len(items), BATCH):
        requests = [{"PutRequest": {"Item": item}} for item in items[start : start + BATCH]]
        for attempt in range(5):
            unprocessed = dynamodb.batch_write_item(RequestItems={table: requests}).get("UnprocessedItems", {})
            requests = unprocessed.get(table, [])
            if not requests:
                break
            time.sleep(0.05 * 2**attempt)
        if requests:
            # The whole batch is retried (and split in two) by the event source mapping.
            raise RuntimeError(f"{len(requests)} door events could not be written")
