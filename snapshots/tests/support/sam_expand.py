#!/usr/bin/env python3
"""Expands AWS SAM templates into plain CloudFormation with the SAM translator (PyPI
aws-sam-translator), offline: what CloudFormation's AWS::Serverless-2016-10-31 transform does.

Usage: sam_expand.py [--region REGION] TEMPLATE OUT [TEMPLATE OUT ...]
Each TEMPLATE (JSON or YAML) is expanded into OUT (JSON). Exit 0 when every template
expanded; 1 with the translator's message for each one that did not; 2 on a bad argument.

The translator's public transform() builds a boto3 session for the region and partition
(SamParameterValues.add_pseudo_parameter_values), which needs a configured region and reads
~/.aws. The Translator class is used directly instead, with an object that only carries the
region, and a managed-policy loader that never asks IAM (AWS managed policy names come from
the map bundled with the translator): nothing is read from the environment, nothing leaves
the machine.
"""
import json
import logging
import sys
import types

from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.parser.parser import Parser
from samtranslator.translator.translator import Translator
from samtranslator.utils.py27hash_fix import to_py27_compatible_template, undo_mark_unicode_str_in_template
from samtranslator.yaml_helper import yaml_parse


def expand(template, region):
    parameters = {"AWS::Region": region}
    to_py27_compatible_template(template, parameters)
    translator = Translator(
        managed_policy_map=None,
        sam_parser=Parser(),
        boto_session=types.SimpleNamespace(region_name=region),
    )
    expanded = translator.translate(template, parameter_values=parameters, get_managed_policy_map=lambda: {})
    return undo_mark_unicode_str_in_template(expanded)


def main(argv):
    # The translator logs notes about its feature toggles; only failures matter here.
    logging.getLogger().setLevel(logging.ERROR)
    region = "us-east-1"
    if argv[:1] == ["--region"]:
        if len(argv) < 2:
            print("--region needs a value", file=sys.stderr)
            return 2
        region, argv = argv[1], argv[2:]
    if not argv or len(argv) % 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    failed = 0
    for source, target in zip(argv[0::2], argv[1::2]):
        with open(source, encoding="utf-8") as f:
            template = yaml_parse(f.read())
        if not isinstance(template, dict):
            failed += 1
            print(f"{source}: the template is not a mapping", file=sys.stderr)
            continue
        try:
            expanded = expand(template, region)
        except InvalidDocumentException as e:
            failed += 1
            causes = "".join(f"\n  - {c.message}" for c in e.causes)
            print(f"{source}: {e.message}{causes}", file=sys.stderr)
            continue
        with open(target, "w", encoding="utf-8") as f:
            json.dump(expanded, f, indent=1, sort_keys=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
