"""assign: an S3 event inside an SNS envelope inside an SQS message names a CSV of card
assignments; its rows become items of the cards table; a message that fails is reported
alone (batch item failures). S3 and DynamoDB are stubbed."""
import importlib.util
import io
import json
import os
import sys
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCTION_DIR = os.path.join(HERE, "..", "assign")
sys.path.insert(0, FUNCTION_DIR)
# The function's directory is zipped as its code: keep it free of __pycache__.
sys.dont_write_bytecode = True


def load():
    """The handler module under a name of its own (every function's file is index.py)."""
    spec = importlib.util.spec_from_file_location("access_cards_assign_index", os.path.join(FUNCTION_DIR, "index.py"))
    module = importlib.util.module_from_spec(spec)
    with mock.patch("boto3.client"):
        spec.loader.exec_module(module)
    return module


def sqs_message(message_id, bucket, key, event_time="2026-12-07T07:30:00.000Z"):
    s3_event = {
        "Records": [
            {
                "eventName": "ObjectCreated:Put",
                "eventTime": event_time,
                "s3": {"bucket": {"name": bucket}, "object": {"key": key}},
            }
        ]
    }
    envelope = {"Type": "Notification", "TopicArn": "arn:aws:sns:eu-west-1:1:uploads", "Message": json.dumps(s3_event)}
    return {"messageId": message_id, "body": json.dumps(envelope), "eventSource": "aws:sqs"}


class AssignTest(unittest.TestCase):
    def setUp(self):
        self.index = load()
        self.index.s3 = mock.Mock()
        self.index.dynamodb = mock.Mock()
        self.index.dynamodb.batch_write_item.return_value = {"UnprocessedItems": {}}
        self.files = {}
        self.index.s3.get_object.side_effect = lambda Bucket, Key: {"Body": io.BytesIO(self.files[(Bucket, Key)])}
        env = mock.patch.dict(os.environ, {"CARDS_TABLE": "cards"})
        env.start()
        self.addCleanup(env.stop)

    def written(self):
        return [
            r["PutRequest"]["Item"]
            for call in self.index.dynamodb.batch_write_item.call_args_list
            for r in call.kwargs["RequestItems"]["cards"]
        ]

    def test_rows_become_card_items(self):
        self.files[("drop", "assignments/monday 1.csv")] = (
            b"\xef\xbb\xbfcard_id,employee_id,employee_name\nC-1,E-10,Ada Lovelace\nC-2,E-11,\n,E-12,No Card\n"
        )
        result = self.index.handler({"Records": [sqs_message("m1", "drop", "assignments/monday+1.csv")]}, None)
        self.assertEqual(result, {"batchItemFailures": []})
        self.index.s3.get_object.assert_called_once_with(Bucket="drop", Key="assignments/monday 1.csv")
        source = {"S": "s3://drop/assignments/monday 1.csv"}
        at = {"S": "2026-12-07T07:30:00.000Z"}
        self.assertEqual(
            self.written(),
            [
                {
                    "card_id": {"S": "C-1"},
                    "employee_id": {"S": "E-10"},
                    "source": source,
                    "assigned_at": at,
                    "employee_name": {"S": "Ada Lovelace"},
                },
                {"card_id": {"S": "C-2"}, "employee_id": {"S": "E-11"}, "source": source, "assigned_at": at},
            ],
        )

    def test_writes_go_in_batches_of_25_and_unprocessed_items_are_retried(self):
        lines = "".join(f"C-{i},E-{i}\n" for i in range(30))
        self.files[("drop", "big.csv")] = f"card_id,employee_id\n{lines}".encode()
        first_unprocessed = {"cards": [{"PutRequest": {"Item": {"card_id": {"S": "C-3"}}}}]}
        self.index.dynamodb.batch_write_item.side_effect = [
            {"UnprocessedItems": first_unprocessed},
            {"UnprocessedItems": {}},
            {"UnprocessedItems": {}},
        ]
        with mock.patch.object(self.index.time, "sleep"):
            result = self.index.handler({"Records": [sqs_message("m1", "drop", "big.csv")]}, None)
        self.assertEqual(result, {"batchItemFailures": []})
        sizes = [len(c.kwargs["RequestItems"]["cards"]) for c in self.index.dynamodb.batch_write_item.call_args_list]
        self.assertEqual(sizes, [25, 1, 5])

    def test_a_failing_message_is_reported_and_the_others_are_written(self):
        self.files[("drop", "good.csv")] = b"card_id,employee_id\nC-1,E-1\n"
        self.files[("drop", "wrong.csv")] = b"badge,person\nC-9,E-9\n"
        event = {
            "Records": [
                sqs_message("m-wrong", "drop", "wrong.csv"),
                sqs_message("m-missing", "drop", "missing.csv"),
                sqs_message("m-good", "drop", "good.csv"),
            ]
        }
        result = self.index.handler(event, None)
        self.assertEqual(result, {"batchItemFailures": [{"itemIdentifier": "m-wrong"}, {"itemIdentifier": "m-missing"}]})
        self.assertEqual([i["card_id"]["S"] for i in self.written()], ["C-1"])

    def test_the_s3_test_event_is_acknowledged(self):
        envelope = {"Message": json.dumps({"Service": "Amazon S3", "Event": "s3:TestEvent"})}
        result = self.index.handler({"Records": [{"messageId": "t", "body": json.dumps(envelope)}]}, None)
        self.assertEqual(result, {"batchItemFailures": []})
        self.index.s3.get_object.assert_not_called()


if __name__ == "__main__":
    unittest.main()
