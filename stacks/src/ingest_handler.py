"""Ingest handler: stores each queued record in the table, the stream and the archive."""
import json
import os
import time

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
KINESIS = boto3.client("kinesis")
S3 = boto3.client("s3")
SNS = boto3.client("sns")
TTL_SECONDS = 30 * 24 * 3600


def handler(event, context):
    failures = []
    stored = 0
    for record in event.get("Records", []):
        try:
            body = record["body"]
            key = json.loads(body).get("id") or record["messageId"]
            sent = record["attributes"]["SentTimestamp"]
            TABLE.put_item(Item={
                "pk": key,
                "sk": sent,
                "body": body,
                "expires_at": int(time.time()) + TTL_SECONDS,
            })
            KINESIS.put_record(
                StreamName=os.environ["STREAM_NAME"],
                Data=body.encode(),
                PartitionKey=key,
            )
            S3.put_object(
                Bucket=os.environ["BUCKET_NAME"],
                Key=f"raw/{key}/{sent}.json",
                Body=body.encode(),
            )
            stored += 1
        except Exception as error:  # report the record, keep the batch going
            print(json.dumps({"messageId": record.get("messageId"), "error": str(error)}))
            failures.append({"itemIdentifier": record.get("messageId")})
    if stored:
        SNS.publish(
            TopicArn=os.environ["TOPIC_ARN"],
            Message=json.dumps({"stored": stored, "failed": len(failures)}),
        )
    return {"batchItemFailures": failures}
