"""Deploys a new code package of the fetcher: S3 reports a .zip landing in the artifacts
bucket through an SNS topic; this updates the fetcher's code from it. Nothing else."""
import json
import os
import urllib.parse

import boto3

lambda_client = boto3.client("lambda")


def handler(event, context):
    updated = []
    for record in event.get("Records", []):
        message = json.loads(record["Sns"]["Message"])
        # S3 sends a test event (no Records) when the notification is configured.
        for s3_record in message.get("Records", []):
            bucket = s3_record["s3"]["bucket"]["name"]
            key = urllib.parse.unquote_plus(s3_record["s3"]["object"]["key"])
            if bucket != os.environ["ARTIFACTS_BUCKET"] or not key.endswith(".zip"):
                print(f"ignoring s3://{bucket}/{key}")
                continue
            request = {"FunctionName": os.environ["FUNCTION_NAME"], "S3Bucket": bucket, "S3Key": key}
            version = s3_record["s3"]["object"].get("versionId")
            if version:
                request["S3ObjectVersion"] = version
            response = lambda_client.update_function_code(**request)
            print(f"deployed s3://{bucket}/{key} to {response['FunctionName']} ({response.get('CodeSha256')})")
            updated.append(key)
    return {"updated": updated}
