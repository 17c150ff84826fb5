"""moto's server mode for forma's deployer tests, with the accommodations for where moto
differs from CloudFormation. This is the one place those accommodations live; the deployer
follows CloudFormation's documented behaviour.

Usage: python moto_server.py PORT [--exit-on-stdin-eof]

With --exit-on-stdin-eof the server exits as soon as its standard input closes: the test
process that started it holds the other end of a pipe, so the server never outlives it,
however that process ends.
"""

import os
import sys
import threading

from moto.cloudformation.models import CloudFormationBackend
from moto.cloudformation.parsing import OutputMap, ResourceMap

_create_change_set = CloudFormationBackend.create_change_set
_execute_change_set = CloudFormationBackend.execute_change_set
_delete_stack = CloudFormationBackend.delete_stack
_update = ResourceMap.update


def create_change_set(self, *args, **kwargs):
    """CloudFormation resolves Fn::ImportValue for stacks made by change sets too; moto
    gives such stacks no view of the region's exports. Give them one."""
    change_set_id, stack_id = _create_change_set(self, *args, **kwargs)
    stack = self.stacks[stack_id]
    stack.cross_stack_resources = self.exports
    stack.resource_map.cross_stack_resources = self.exports
    return change_set_id, stack_id


def execute_change_set(self, change_set_name, stack_name=None):
    """CloudFormation registers a stack's outputs and exports however the stack was made;
    moto only does so in CreateStack. Rebuild them after a change set is executed.
    CloudFormation also gives the stack the tags and parameter values of an executed
    update; moto keeps those the stack was created with."""
    change_set = self.change_sets.get(change_set_name)
    if change_set is None:
        change_set = next(
            (c for c in self.change_sets.values() if c.change_set_name == change_set_name), None
        )
    _execute_change_set(self, change_set_name, stack_name)
    if change_set is not None:
        stack = self.stacks[change_set.stack_id]
        if change_set.change_set_type == "UPDATE":
            if change_set.tags:
                stack.tags = dict(change_set.tags)
            stack.parameters = dict(change_set.parameters)
        for export in stack.exports:
            self.exports.pop(export.name, None)
        stack._parse_template()
        stack.output_map = stack._create_output_map()
        self._validate_export_uniqueness(stack)
        for export in stack.exports:
            self.exports[export.name] = export


def delete_stack(self, name_or_stack_id):
    """Deleting a stack must not fail on exports that were never registered. A deleted
    stack keeps no outputs: moto evaluates them anew on every DescribeStacks, and a GetAtt
    or Ref in one re-creates the resource the deletion just removed."""
    doomed = [s for s in self.stacks.values() if name_or_stack_id in (s.name, s.stack_id)]
    for stack in doomed:
        for export in stack.exports:
            self.exports.setdefault(export.name, export)
    _delete_stack(self, name_or_stack_id)
    for stack in doomed:
        if stack.status == "DELETE_COMPLETE":
            stack.output_map = OutputMap(stack.resource_map, {"Outputs": {}}, stack.stack_id)


def update(self, template, parameters=None):
    """CloudFormation creates what a change set adds in dependency order, `DependsOn`
    included (an API Gateway deployment after its methods); moto creates it in template
    order, following only references. Put each resource after those it DependsOn."""
    resources = template.get("Resources", {})
    order, seen = [], set()

    def visit(name):
        if name in seen or name not in resources:
            return
        seen.add(name)
        depends = resources[name].get("DependsOn", [])
        for d in [depends] if isinstance(depends, str) else depends:
            visit(d)
        order.append(name)

    for name in resources:
        visit(name)
    return _update(self, dict(template, Resources={n: resources[n] for n in order}), parameters)


ResourceMap.update = update
CloudFormationBackend.create_change_set = create_change_set
CloudFormationBackend.execute_change_set = execute_change_set
CloudFormationBackend.delete_stack = delete_stack


def exit_when_stdin_closes():
    """Exits the whole process once standard input reaches end of file."""
    while sys.stdin.buffer.read(4096):
        pass
    os._exit(0)


if __name__ == "__main__":
    from moto.server import main

    if "--exit-on-stdin-eof" in sys.argv[2:]:
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    main(["-H", "127.0.0.1", "-p", sys.argv[1]])
