"""Counts the CloudFormation calls of one benchmark run per tool and phase (deploy.sh).

Usage: python calls.py OUT STACKS, where OUT holds calls-{forma,cli}-{morning,night,noop}.tsv
(one `Action<TAB>StackName` line per call, written by the emulator's launcher) and STACKS is
how many stacks the run deploys. Prints a markdown table.
"""

import collections
import sys


def main():
    out, stacks = sys.argv[1], int(sys.argv[2])
    print(f"CloudFormation calls of one run ({stacks} stacks; forma's include its FormaToolkit stack)")
    print()
    print("| phase | tool | calls | per stack | change sets created + executed | deletions | reads |")
    print("|---|---|---|---|---|---|---|")
    for phase in ["morning", "night", "noop"]:
        for tool, label in [("forma", "forma"), ("cli", "AWS CLI")]:
            with open(f"{out}/calls-{tool}-{phase}.tsv") as f:
                calls = collections.Counter(line.split("\t")[0] for line in f if line.strip())
            total = sum(calls.values())
            created, executed = calls["CreateChangeSet"], calls["ExecuteChangeSet"]
            deletions = calls["DeleteStack"] + calls["DeleteChangeSet"]
            reads = total - created - executed - deletions
            print(
                f"| {phase} | {label} | {total} | {total / stacks:.1f} | {created} + {executed} | {deletions} | {reads} |"
            )


if __name__ == "__main__":
    main()
