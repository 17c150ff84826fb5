"""crud-api's list handler (GET /items), with the DynamoDB table stubbed."""

import base64
import json
import unittest
from decimal import Decimal

from .support import load


class List(unittest.TestCase):
    def setUp(self):
        self.index = load("list")

    def test_scans_one_page_of_25_by_default(self):
        self.index.table.scan.return_value = {"Items": [{"id": "a1", "stock": Decimal("2")}]}
        response = self.index.handler({}, None)
        self.index.table.scan.assert_called_once_with(Limit=25)
        self.assertEqual(response["statusCode"], 200)
        self.assertEqual(json.loads(response["body"]), {"items": [{"id": "a1", "stock": 2}]})

    def test_gives_a_next_token_that_continues_the_scan_where_it_stopped(self):
        self.index.table.scan.return_value = {"Items": [{"id": "a1"}, {"id": "a2"}], "LastEvaluatedKey": {"id": "a2"}}
        first = json.loads(self.index.handler({"queryStringParameters": {"limit": "2"}}, None)["body"])
        self.index.table.scan.assert_called_once_with(Limit=2)
        self.assertEqual([i["id"] for i in first["items"]], ["a1", "a2"])

        self.index.table.scan.reset_mock()
        self.index.table.scan.return_value = {"Items": [{"id": "a3"}]}
        query = {"limit": "2", "next": first["next"]}
        last = json.loads(self.index.handler({"queryStringParameters": query}, None)["body"])
        self.index.table.scan.assert_called_once_with(Limit=2, ExclusiveStartKey={"id": "a2"})
        self.assertEqual(last, {"items": [{"id": "a3"}]}, "no next token on the last page")

    def test_a_limit_out_of_range_or_not_a_number_is_a_400(self):
        for limit in ["0", "101", "ten"]:
            with self.subTest(limit=limit):
                response = self.index.handler({"queryStringParameters": {"limit": limit}}, None)
                self.assertEqual(response["statusCode"], 400)
        self.index.table.scan.assert_not_called()

    def test_a_next_token_this_api_did_not_give_is_a_400(self):
        for token in ["%%%", base64.urlsafe_b64encode(b"[1]").decode(), base64.urlsafe_b64encode(b"\xff").decode()]:
            with self.subTest(token=token):
                response = self.index.handler({"queryStringParameters": {"next": token}}, None)
                self.assertEqual(response["statusCode"], 400)
        self.index.table.scan.assert_not_called()


if __name__ == "__main__":
    unittest.main()
