"""The fetcher: a resource whose signature matches is saved, one whose signature does not
is skipped, one that cannot be fetched is reported; urllib, S3 and SSM are stubbed."""
import hashlib
import hmac
import importlib.util
import io
import json
import os
import sys
import unittest
import urllib.error
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCTION_DIR = os.path.join(HERE, "..", "fetcher")
sys.path.insert(0, FUNCTION_DIR)
# The function's directory is zipped as its code: keep it free of __pycache__.
sys.dont_write_bytecode = True


def load():
    """The handler module under a name of its own (every function's file is index.py)."""
    spec = importlib.util.spec_from_file_location("signed_cache_fetcher_index", os.path.join(FUNCTION_DIR, "index.py"))
    module = importlib.util.module_from_spec(spec)
    with mock.patch("boto3.client"):
        spec.loader.exec_module(module)
    return module


KEY = b"shared-secret"
GOOD = b'{"prices": [1, 2, 3]}'
TAMPERED = b'{"prices": [1, 2, 4]}'
ENV = {
    "SOURCES_PARAMETER": "/signed-cache/sources",
    "SIGNING_KEY_PARAMETER": "/signed-cache/signing-key",
    "CACHE_BUCKET": "cache-bucket",
}


def sign(body):
    return hmac.new(KEY, body, hashlib.sha256).hexdigest().encode("ascii")


class Response(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class FetcherTest(unittest.TestCase):
    def setUp(self):
        self.index = load()
        self.index.s3 = mock.Mock()
        self.index.ssm = mock.Mock()
        self.sources = []

        def get_parameter(Name, WithDecryption=False):
            if Name == ENV["SOURCES_PARAMETER"]:
                return {"Parameter": {"Value": json.dumps(self.sources)}}
            if Name == ENV["SIGNING_KEY_PARAMETER"] and WithDecryption:
                return {"Parameter": {"Value": KEY.decode()}}
            raise AssertionError(f"unexpected parameter {Name}")

        self.index.ssm.get_parameter.side_effect = get_parameter
        self.pages = {
            "https://example.com/feeds/good.json": GOOD,
            "https://example.com/feeds/good.json.sig": sign(GOOD) + b"\n",
            "https://example.com/feeds/bad.json": TAMPERED,
            "https://example.com/feeds/bad.json.sig": sign(GOOD),
        }
        patcher = mock.patch.object(self.index.urllib.request, "urlopen", side_effect=self.urlopen)
        self.urlopen_mock = patcher.start()
        self.addCleanup(patcher.stop)
        env = mock.patch.dict(os.environ, ENV)
        env.start()
        self.addCleanup(env.stop)

    def urlopen(self, url, timeout):
        if url not in self.pages:
            raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)
        return Response(self.pages[url])

    def test_a_good_signature_is_saved(self):
        self.sources = ["https://example.com/feeds/good.json"]
        report = self.index.handler({}, None)
        self.index.s3.put_object.assert_called_once_with(
            Bucket="cache-bucket",
            Key="example.com/feeds/good.json",
            Body=GOOD,
            Metadata={"source-url": "https://example.com/feeds/good.json", "hmac-sha256": sign(GOOD).decode()},
        )
        self.assertEqual(report["saved"], [{"url": "https://example.com/feeds/good.json", "key": "example.com/feeds/good.json"}])
        self.assertEqual(report["rejected"], [])
        self.assertEqual(report["failed"], [])

    def test_a_bad_signature_is_skipped(self):
        self.sources = ["https://example.com/feeds/bad.json", "https://example.com/feeds/good.json"]
        report = self.index.handler({}, None)
        self.assertEqual(self.index.s3.put_object.call_count, 1)
        self.assertEqual(self.index.s3.put_object.call_args.kwargs["Key"], "example.com/feeds/good.json")
        self.assertEqual([r["url"] for r in report["rejected"]], ["https://example.com/feeds/bad.json"])

    def test_a_fetch_error_is_reported(self):
        self.sources = ["https://example.com/feeds/missing.json", "http://example.com/feeds/good.json"]
        report = self.index.handler({}, None)
        self.index.s3.put_object.assert_not_called()
        self.assertEqual(
            [r["url"] for r in report["failed"]],
            ["https://example.com/feeds/missing.json", "http://example.com/feeds/good.json"],
        )
        self.assertIn("404", report["failed"][0]["error"])
        self.assertIn("not an https URL", report["failed"][1]["error"])
        # A plain-http source is refused before anything is fetched.
        fetched = [c.args[0] for c in self.urlopen_mock.call_args_list]
        self.assertEqual(fetched, ["https://example.com/feeds/missing.json"])

    def test_the_function_url_gets_an_http_answer(self):
        self.sources = ["https://example.com/feeds/good.json"]
        answer = self.index.handler({"requestContext": {"http": {"method": "POST"}}}, None)
        self.assertEqual(answer["statusCode"], 200)
        self.assertEqual(json.loads(answer["body"])["saved"][0]["key"], "example.com/feeds/good.json")


if __name__ == "__main__":
    unittest.main()
