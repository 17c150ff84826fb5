"""The updater: a .zip landing in the artifacts bucket (an S3 event wrapped in SNS) becomes
UpdateFunctionCode on the fetcher; other keys and buckets, and S3's test event, do not."""
import importlib.util
import json
import os
import sys
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCTION_DIR = os.path.join(HERE, "..", "updater")
sys.path.insert(0, FUNCTION_DIR)
# The function's directory is zipped as its code: keep it free of __pycache__.
sys.dont_write_bytecode = True


def load():
    """The handler module under a name of its own (every function's file is index.py)."""
    spec = importlib.util.spec_from_file_location("signed_cache_updater_index", os.path.join(FUNCTION_DIR, "index.py"))
    module = importlib.util.module_from_spec(spec)
    with mock.patch("boto3.client"):
        spec.loader.exec_module(module)
    return module


def sns_event(*s3_messages):
    return {"Records": [{"EventSource": "aws:sns", "Sns": {"Message": json.dumps(m)}} for m in s3_messages]}


def s3_message(bucket, key, version=None):
    obj = {"key": key, "size": 1024}
    if version:
        obj["versionId"] = version
    return {"Records": [{"eventName": "ObjectCreated:Put", "s3": {"bucket": {"name": bucket}, "object": obj}}]}


class UpdaterTest(unittest.TestCase):
    def setUp(self):
        self.index = load()
        self.index.lambda_client = mock.Mock()
        self.index.lambda_client.update_function_code.return_value = {"FunctionName": "fetcher", "CodeSha256": "abc="}
        env = mock.patch.dict(os.environ, {"ARTIFACTS_BUCKET": "artifacts", "FUNCTION_NAME": "fetcher"})
        env.start()
        self.addCleanup(env.stop)

    def test_a_new_package_updates_the_fetcher(self):
        result = self.index.handler(sns_event(s3_message("artifacts", "fetcher/build+42.zip", "v7")), None)
        self.index.lambda_client.update_function_code.assert_called_once_with(
            FunctionName="fetcher", S3Bucket="artifacts", S3Key="fetcher/build 42.zip", S3ObjectVersion="v7"
        )
        self.assertEqual(result, {"updated": ["fetcher/build 42.zip"]})

    def test_other_keys_and_buckets_are_ignored(self):
        event = sns_event(
            s3_message("artifacts", "notes/readme.txt"),
            s3_message("someone-elses", "fetcher.zip"),
            {"Service": "Amazon S3", "Event": "s3:TestEvent", "Bucket": "artifacts"},
        )
        result = self.index.handler(event, None)
        self.index.lambda_client.update_function_code.assert_not_called()
        self.assertEqual(result, {"updated": []})

    def test_an_unversioned_object_is_deployed_by_key(self):
        self.index.handler(sns_event(s3_message("artifacts", "fetcher.zip")), None)
        self.index.lambda_client.update_function_code.assert_called_once_with(
            FunctionName="fetcher", S3Bucket="artifacts", S3Key="fetcher.zip"
        )


if __name__ == "__main__":
    unittest.main()
