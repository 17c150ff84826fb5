"""Links access cards to employees. The back office drops a CSV of assignments
(card_id,employee_id[,employee_name]) in the assignments bucket; S3 notifies an SNS topic,
which delivers to this function's SQS queue. Each row becomes an item of the cards table.
A message whose file cannot be read or stored is reported as failed, so only it is retried
(and, after five tries, moved to the dead-letter queue)."""
import csv
import io
import json
import os
import time
import urllib.parse

import boto3

s3 = boto3.client("s3")
dynamodb = boto3.client("dynamodb")

REQUIRED = ("card_id", "employee_id")
BATCH = 25  # BatchWriteItem's limit


def handler(event, context):
    failures = []
    for record in event.get("Records", []):
        try:
            assign_from(record)
        except Exception as error:  # noqa: BLE001 — any failure retries this message only
            print(f"message {record.get('messageId')} failed: {error!r}")
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}


def assign_from(record):
    notification = json.loads(json.loads(record["body"])["Message"])
    # S3 sends a test event (no Records) when the notification is configured.
    for s3_record in notification.get("Records", []):
        bucket = s3_record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(s3_record["s3"]["object"]["key"])
        assigned_at = s3_record.get("eventTime", "")
        body = s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode("utf-8-sig")
        items = list(rows(body, f"s3://{bucket}/{key}", assigned_at))
        write(items)
        print(f"assigned {len(items)} cards from s3://{bucket}/{key}")


def rows(text, source, assigned_at):
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{source} has no column {', '.join(missing)}")
    for line, row in enumerate(reader, start=2):
        card, employee = (row.get("card_id") or "").strip(), (row.get("employee_id") or "").strip()
        if not card or not employee:
            print(f"{source} line {line}: no card or employee, skipped")
            continue
        item = {
            "card_id": {"S": card},
            "employee_id": {"S": employee},
            "source": {"S": source},
            "assigned_at": {"S": assigned_at},
        }
        name = (row.get("employee_name") or "").strip()
        if name:
            item["employee_name"] = {"S": name}
        yield item


def write(items):
    table = os.environ["CARDS_TABLE"]
    # A card assigned twice in one file: the last line wins (a batch may not repeat a key).
    latest = {item["card_id"]["S"]: item for item in items}
    pending = [{"PutRequest": {"Item": item}} for item in latest.values()]
    for start in range(0, len(pending), BATCH):
        requests = pending[start : start + BATCH]
        for attempt in range(5):
            unprocessed = dynamodb.batch_write_item(RequestItems={table: requests}).get("UnprocessedItems", {})
            requests = unprocessed.get(table, [])
            if not requests:
                break
            time.sleep(0.05 * 2**attempt)
        if requests:
            raise RuntimeError(f"{len(requests)} cards could not be written")
