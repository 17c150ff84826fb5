"""Fetches the resources listed in an SSM parameter, checks each one's HMAC-SHA256
signature (published beside it as <url>.sig, hex), and saves the verified ones in the cache
bucket. Runs hourly and on a signed request to its function URL; answers what it saved,
rejected and could not fetch."""
import hashlib
import hmac
import json
import os
import urllib.error
import urllib.parse
import urllib.request

import boto3

s3 = boto3.client("s3")
ssm = boto3.client("ssm")

TIMEOUT_SECONDS = 10
MAX_BYTES = 10 * 1024 * 1024


def handler(event, context):
    urls = json.loads(ssm.get_parameter(Name=os.environ["SOURCES_PARAMETER"])["Parameter"]["Value"])
    key = signing_key()
    report = {"saved": [], "rejected": [], "failed": []}
    for url in urls:
        try:
            body = fetch(url)
            signature = fetch(url + ".sig").decode("ascii").strip()
        except (urllib.error.URLError, ValueError, OSError) as error:
            report["failed"].append({"url": url, "error": str(error)})
            continue
        expected = hmac.new(key, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, signature.lower()):
            report["rejected"].append({"url": url, "error": "signature does not match"})
            continue
        cache_key = object_key(url)
        s3.put_object(
            Bucket=os.environ["CACHE_BUCKET"],
            Key=cache_key,
            Body=body,
            Metadata={"source-url": url, "hmac-sha256": expected},
        )
        report["saved"].append({"url": url, "key": cache_key})
    print(json.dumps(report))
    if "requestContext" in event:  # called through the function URL
        return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps(report)}
    return report


def signing_key():
    """The shared HMAC key, from the parameter the operator keeps it in (a SecureString made
    outside the stack, so that the key is never in a template)."""
    parameter = ssm.get_parameter(Name=os.environ["SIGNING_KEY_PARAMETER"], WithDecryption=True)
    return parameter["Parameter"]["Value"].encode("utf-8")


def fetch(url):
    if urllib.parse.urlsplit(url).scheme != "https":
        raise ValueError(f"{url} is not an https URL")
    with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
        body = response.read(MAX_BYTES + 1)
    if len(body) > MAX_BYTES:
        raise ValueError(f"{url} is larger than {MAX_BYTES} bytes")
    return body


def object_key(url):
    """host/path of the URL: https://example.com/feeds/a.json -> example.com/feeds/a.json."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.lstrip("/") or "index"
    if path.endswith("/"):
        path += "index"
    return f"{parts.netloc}/{path}"
