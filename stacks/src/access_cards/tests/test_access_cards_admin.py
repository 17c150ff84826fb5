"""admin API: GET /cards lists cards a page at a time, GET /cards/{card_id} answers one or
404; every answer carries the CORS origin. DynamoDB is stubbed."""
import base64
import importlib.util
import json
import os
import sys
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCTION_DIR = os.path.join(HERE, "..", "admin")
sys.path.insert(0, FUNCTION_DIR)
# The function's directory is zipped as its code: keep it free of __pycache__.
sys.dont_write_bytecode = True


def load():
    """The handler module under a name of its own (every function's file is index.py)."""
    spec = importlib.util.spec_from_file_location("access_cards_admin_index", os.path.join(FUNCTION_DIR, "index.py"))
    module = importlib.util.module_from_spec(spec)
    with mock.patch("boto3.client"):
        spec.loader.exec_module(module)
    return module


def request(resource, path_parameters=None, query=None):
    return {"httpMethod": "GET", "resource": resource, "pathParameters": path_parameters, "queryStringParameters": query}


CARD = {"card_id": {"S": "C-1"}, "employee_id": {"S": "E-10"}, "employee_name": {"S": "Ada Lovelace"}}


class AdminTest(unittest.TestCase):
    def setUp(self):
        self.index = load()
        self.index.dynamodb = mock.Mock()
        env = mock.patch.dict(os.environ, {"CARDS_TABLE": "cards", "ALLOWED_ORIGIN": "*"})
        env.start()
        self.addCleanup(env.stop)

    def test_list_cards(self):
        self.index.dynamodb.scan.return_value = {"Items": [CARD]}
        answer = self.index.handler(request("/cards"), None)
        self.index.dynamodb.scan.assert_called_once_with(TableName="cards", Limit=50)
        self.assertEqual(answer["statusCode"], 200)
        self.assertEqual(answer["headers"]["Access-Control-Allow-Origin"], "*")
        self.assertEqual(
            json.loads(answer["body"]), {"cards": [{"card_id": "C-1", "employee_id": "E-10", "employee_name": "Ada Lovelace"}]}
        )

    def test_list_cards_pages_through_the_table(self):
        last = {"card_id": {"S": "C-1"}}
        self.index.dynamodb.scan.return_value = {"Items": [CARD], "LastEvaluatedKey": last}
        first = json.loads(self.index.handler(request("/cards", query={"limit": "1"}), None)["body"])
        self.assertEqual(json.loads(base64.urlsafe_b64decode(first["next"])), last)
        self.index.dynamodb.scan.return_value = {"Items": []}
        second = self.index.handler(request("/cards", query={"limit": "1000", "next": first["next"]}), None)
        self.index.dynamodb.scan.assert_called_with(TableName="cards", Limit=100, ExclusiveStartKey=last)
        self.assertEqual(json.loads(second["body"]), {"cards": []})

    def test_list_cards_refuses_a_bad_limit(self):
        answer = self.index.handler(request("/cards", query={"limit": "many"}), None)
        self.assertEqual(answer["statusCode"], 400)
        self.index.dynamodb.scan.assert_not_called()

    def test_get_card(self):
        self.index.dynamodb.get_item.return_value = {"Item": CARD}
        answer = self.index.handler(request("/cards/{card_id}", {"card_id": "C-1"}), None)
        self.index.dynamodb.get_item.assert_called_once_with(TableName="cards", Key={"card_id": {"S": "C-1"}})
        self.assertEqual(answer["statusCode"], 200)
        self.assertEqual(json.loads(answer["body"])["employee_id"], "E-10")

    def test_get_unknown_card(self):
        self.index.dynamodb.get_item.return_value = {}
        answer = self.index.handler(request("/cards/{card_id}", {"card_id": "C-404"}), None)
        self.assertEqual(answer["statusCode"], 404)

    def test_unknown_route(self):
        answer = self.index.handler({"httpMethod": "DELETE", "resource": "/cards"}, None)
        self.assertEqual(answer["statusCode"], 404)


if __name__ == "__main__":
    unittest.main()
