"""doors: Kinesis records are decoded into door events and batch-written to the events
table; records that are not door events are skipped; a write that keeps failing fails the
batch (for the event source mapping to retry). DynamoDB is stubbed."""
import base64
import importlib.util
import json
import os
import sys
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCTION_DIR = os.path.join(HERE, "..", "doors")
sys.path.insert(0, FUNCTION_DIR)
# The function's directory is zipped as its code: keep it free of __pycache__.
sys.dont_write_bytecode = True


def load():
    """The handler module under a name of its own (every function's file is index.py)."""
    spec = importlib.util.spec_from_file_location("access_cards_doors_index", os.path.join(FUNCTION_DIR, "index.py"))
    module = importlib.util.module_from_spec(spec)
    with mock.patch("boto3.client"):
        spec.loader.exec_module(module)
    return module


def record(sequence, payload):
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return {"kinesis": {"sequenceNumber": sequence, "data": base64.b64encode(data).decode()}, "eventSource": "aws:kinesis"}


def door_event(i, direction="entry"):
    return {"door_id": f"D-{i % 3}", "card_id": f"C-{i}", "direction": direction, "at": f"2026-12-07T08:00:{i % 60:02d}Z"}


class DoorsTest(unittest.TestCase):
    def setUp(self):
        self.index = load()
        self.index.dynamodb = mock.Mock()
        self.index.dynamodb.batch_write_item.return_value = {"UnprocessedItems": {}}
        env = mock.patch.dict(os.environ, {"EVENTS_TABLE": "events"})
        env.start()
        self.addCleanup(env.stop)

    def batches(self):
        return [c.kwargs["RequestItems"]["events"] for c in self.index.dynamodb.batch_write_item.call_args_list]

    def test_records_are_decoded_into_items(self):
        result = self.index.handler({"Records": [record("49001", door_event(1)), record("49002", door_event(2, "exit"))]}, None)
        self.assertEqual(result, {"written": 2, "skipped": 0})
        (batch,) = self.batches()
        self.assertEqual(
            batch[0],
            {
                "PutRequest": {
                    "Item": {
                        "door_id": {"S": "D-1"},
                        "event_key": {"S": "2026-12-07T08:00:01Z#49001"},
                        "card_id": {"S": "C-1"},
                        "direction": {"S": "entry"},
                        "at": {"S": "2026-12-07T08:00:01Z"},
                    }
                }
            },
        )
        self.assertEqual(batch[1]["PutRequest"]["Item"]["direction"], {"S": "exit"})

    def test_a_large_batch_is_written_25_at_a_time(self):
        records = [record(str(50000 + i), door_event(i)) for i in range(60)]
        result = self.index.handler({"Records": records}, None)
        self.assertEqual(result, {"written": 60, "skipped": 0})
        self.assertEqual([len(b) for b in self.batches()], [25, 25, 10])

    def test_records_that_are_not_door_events_are_skipped(self):
        records = [
            record("1", b"\xff not json"),
            record("2", ["a", "list"]),
            record("3", {"door_id": "D-1", "card_id": "C-1", "direction": "sideways", "at": "2026-12-07T08:00:00Z"}),
            record("4", {"door_id": "D-1", "direction": "entry", "at": "2026-12-07T08:00:00Z"}),
            record("5", door_event(5)),
        ]
        result = self.index.handler({"Records": records}, None)
        self.assertEqual(result, {"written": 1, "skipped": 4})
        self.assertEqual([r["PutRequest"]["Item"]["card_id"]["S"] for r in self.batches()[0]], ["C-5"])

    def test_items_left_unprocessed_fail_the_batch(self):
        stuck = {"events": [{"PutRequest": {"Item": {"door_id": {"S": "D-1"}}}}]}
        self.index.dynamodb.batch_write_item.return_value = {"UnprocessedItems": stuck}
        with mock.patch.object(self.index.time, "sleep"), self.assertRaises(RuntimeError):
            self.index.handler({"Records": [record("1", door_event(1))]}, None)
        self.assertEqual(self.index.dynamodb.batch_write_item.call_count, 5)

    def test_an_empty_batch_writes_nothing(self):
        self.assertEqual(self.index.handler({"Records": []}, None), {"written": 0, "skipped": 0})
        self.index.dynamodb.batch_write_item.assert_not_called()


if __name__ == "__main__":
    unittest.main()
