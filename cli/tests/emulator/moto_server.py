"""moto's server mode for forma's deployer tests, with the accommodations for where moto
differs from CloudFormation. This is the one place those accommodations live; the deployer
follows CloudFormation's documented behaviour. The VPC-stack ones follow shared/EMULATOR.md:
without them the web service test leaves its VPC behind (DependencyViolation).

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


# --- SAM templates -------------------------------------------------------------------------
# CloudFormation expands a template with `Transform: AWS::Serverless-2016-10-31` itself;
# moto does not (its CreateChangeSet answers 500). Expand it here with the SAM translator
# (snapshots/tests/support/sam_expand.py, offline) before moto sees it, and keep the
# original: GetTemplate's default stage, Original, returns the template as it was sent.

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "snapshots", "tests", "support"))

_originals_by_change_set = {}
_originals_by_stack = {}


def _expanded(template):
    """The template CloudFormation would run: a SAM template expanded, any other as is."""
    import json

    from samtranslator.yaml_helper import yaml_parse

    try:
        parsed = yaml_parse(template)
    except Exception:
        return template, False
    if not isinstance(parsed, dict) or parsed.get("Transform") != "AWS::Serverless-2016-10-31":
        return template, False
    import sam_expand

    return json.dumps(sam_expand.expand(parsed, "us-east-1")), True


def create_change_set(self, *args, **kwargs):
    """CloudFormation resolves Fn::ImportValue for stacks made by change sets too; moto
    gives such stacks no view of the region's exports. Give them one. A SAM template is
    expanded first (see above)."""
    args = list(args)
    original = kwargs["template"] if "template" in kwargs else args[2]
    expanded, sam = _expanded(original)
    if "template" in kwargs:
        kwargs["template"] = expanded
    else:
        args[2] = expanded
    change_set_id, stack_id = _create_change_set(self, *args, **kwargs)
    _originals_by_change_set[change_set_id] = original if sam else None
    stack = self.stacks[stack_id]
    stack.cross_stack_resources = self.exports
    stack.resource_map.cross_stack_resources = self.exports
    return change_set_id, stack_id


_get_template = CloudFormationBackend.get_template


def get_template(self, name_or_stack_id):
    """The template as it was sent (the Original stage, GetTemplate's default)."""
    template = _get_template(self, name_or_stack_id)
    return _originals_by_stack.get(self.get_stack(name_or_stack_id).stack_id) or template


def execute_change_set(self, change_set_name, stack_name=None):
    """CloudFormation registers a stack's outputs and exports however the stack was made;
    moto only does so in CreateStack. Rebuild them after a change set is executed.
    CloudFormation also gives the stack the tags and parameter values of an executed
    update; moto keeps those the stack was created with. And CloudFormation refuses an
    update that removes an export another stack imports (see _export_in_use)."""
    change_set = self.change_sets.get(change_set_name)
    if change_set is None:
        change_set = next(
            (c for c in self.change_sets.values() if c.change_set_name == change_set_name), None
        )
    if change_set is not None and _export_in_use(self, change_set):
        return
    _import_mode.on = change_set is not None and (change_set.stack_name, change_set.change_set_name) in _importing_change_sets
    try:
        _execute_change_set(self, change_set_name, stack_name)
    finally:
        _import_mode.on = False
    if change_set is not None:
        stack = self.stacks[change_set.stack_id]
        _originals_by_stack[stack.stack_id] = _originals_by_change_set.get(change_set.change_set_id)
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
        _tag_like_cloudformation(stack)


# --- Resource tags ---------------------------------------------------------------------
# CloudFormation tags each resource it creates with aws:cloudformation:stack-name,
# stack-id and logical-id, and with the stack's own tags; a resource keeps them when its
# stack lets go of it (retained, or left by a forced delete). moto tags none (its
# cloudformation/parsing.py passes no tags to the models), so its tagging API
# (resourcegroupstaggingapi) finds nothing. Tag each created resource that has an ARN
# through that same tagging backend.

_ARN_ATTRIBUTES = ("arn", "table_arn", "queue_arn", "function_arn", "stream_arn", "topic_arn")


def _tag_like_cloudformation(stack):
    from moto.resourcegroupstaggingapi.models import resourcegroupstaggingapi_backends

    tagging = resourcegroupstaggingapi_backends[stack.account_id][stack.region_name]
    base = {k: v for k, v in (stack.tags or {}).items()}
    base["aws:cloudformation:stack-name"] = stack.name
    base["aws:cloudformation:stack-id"] = stack.stack_id
    for logical, parsed in list(stack.resource_map._parsed_resources.items()):
        arn = next(
            (a for a in (getattr(parsed, n, None) for n in _ARN_ATTRIBUTES) if isinstance(a, str) and a.startswith("arn:")),
            None,
        )
        if arn is None:
            continue
        try:
            tagging.tag_resources([arn], dict(base, **{"aws:cloudformation:logical-id": logical}))
        except Exception:
            pass


# --- Exports in use --------------------------------------------------------------------
# CloudFormation refuses to remove an export while another stack imports it: the update
# fails and rolls back ("Export X cannot be deleted as it is in use by Y"), and ListImports
# names the importers. moto removes the export regardless and answers ListImports with 500
# (responses.py has no list_imports). Both are given here, from the stacks' templates.


def _imports(node):
    """The export names a template imports with a literal `Fn::ImportValue`."""
    found = set()
    if isinstance(node, dict):
        value = node.get("Fn::ImportValue")
        if len(node) == 1 and isinstance(value, str):
            found.add(value)
        for v in node.values():
            found |= _imports(v)
    elif isinstance(node, list):
        for v in node:
            found |= _imports(v)
    return found


def _importers(backend, export_name, but_not=None):
    return sorted(
        s.name
        for s in backend.stacks.values()
        if s.stack_id != but_not and s.status != "DELETE_COMPLETE" and export_name in _imports(s.template_dict)
    )


def _export_in_use(backend, change_set):
    """Whether executing `change_set` would remove an export that another stack imports;
    if so the stack goes through a failed update and rollback, as CloudFormation's does."""
    if change_set.change_set_type != "UPDATE":
        return False
    stack = backend.stacks[change_set.stack_id]
    outputs = (change_set.template_dict or {}).get("Outputs") or {}
    kept = {(o.get("Export") or {}).get("Name") for o in outputs.values() if isinstance(o, dict)}
    for export in stack.exports:
        users = _importers(backend, export.name, but_not=stack.stack_id)
        if export.name not in kept and users:
            reason = f"Export {export.name} cannot be deleted as it is in use by {' and '.join(users)}"
            stack._add_stack_event("UPDATE_IN_PROGRESS", resource_status_reason="User Initiated")
            stack._add_stack_event("UPDATE_ROLLBACK_IN_PROGRESS", resource_status_reason=reason)
            stack._add_stack_event("UPDATE_ROLLBACK_COMPLETE")
            stack.status = "UPDATE_ROLLBACK_COMPLETE"
            change_set.execution_status = "EXECUTE_COMPLETE"
            return True
    return False


from moto.cloudformation.exceptions import ValidationError as _ValidationError
from moto.cloudformation.responses import CloudFormationResponse
from moto.core.responses import ActionResult


def list_imports(self):
    name = self._get_param("ExportName")
    users = _importers(self.cloudformation_backend, name)
    if not users:
        raise _ValidationError(message=f"Export '{name}' is not imported by any stack.")
    return ActionResult({"Imports": users})


CloudFormationResponse.list_imports = list_imports


# --- Counting calls (for cli/benches/deploy.sh) -----------------------------------------
# With FORMA_EMULATOR_CALL_LOG set, each CloudFormation call is appended to that file as
# `Action<TAB>StackName`, so the benchmark can count what each tool asks per stack.

_call_action = CloudFormationResponse.call_action


def call_action(self):
    path = os.environ.get("FORMA_EMULATOR_CALL_LOG")
    if path:
        with open(path, "a") as log:
            log.write(f"{self._get_action()}\t{self._get_param('StackName') or ''}\n")
    return _call_action(self)


CloudFormationResponse.call_action = call_action


# --- ImportExistingResources ------------------------------------------------------------
# CloudFormation's CreateChangeSet takes ImportExistingResources: a resource with a static
# name and a Retain policy that exists already is imported instead of created. moto ignores
# the parameter (responses.py create_change_set never reads it) and fails to create the
# bucket (BucketAlreadyExists). Remember the flag per change set, and while such a change
# set executes, take an existing bucket of that name as the one created.

_importing_change_sets = set()
_import_mode = threading.local()
_response_create_change_set = CloudFormationResponse.create_change_set


def response_create_change_set(self):
    if str(self._get_param("ImportExistingResources")).lower() == "true":
        _importing_change_sets.add((self._get_param("StackName"), self._get_param("ChangeSetName")))
    return _response_create_change_set(self)


CloudFormationResponse.create_change_set = response_create_change_set

from moto.s3.models import FakeBucket as _FakeBucket
from moto.s3.models import s3_backends as _s3_backends

_bucket_create = _FakeBucket.create_from_cloudformation_json.__func__


@classmethod
def _bucket_create_or_import(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    name = (cloudformation_json.get("Properties") or {}).get("BucketName")
    if getattr(_import_mode, "on", False) and cloudformation_json.get("DeletionPolicy") in ("Retain", "RetainExceptOnCreate"):
        backend = _s3_backends[account_id]["aws"]
        if name in backend.buckets:
            return backend.buckets[name]
    return _bucket_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)


_FakeBucket.create_from_cloudformation_json = _bucket_create_or_import


def delete_stack(self, name_or_stack_id):
    """Deleting a stack must not fail on exports that were never registered. A deleted
    stack keeps no outputs: moto evaluates them anew on every DescribeStacks, and a GetAtt
    or Ref in one re-creates the resource the deletion just removed. And a resource that
    cannot be deleted leaves the stack DELETE_FAILED, with CloudFormation's events, where
    moto loses the stack (it pops it before deleting its resources)."""
    doomed = [s for s in self.stacks.values() if name_or_stack_id in (s.name, s.stack_id)]
    for stack in doomed:
        for export in stack.exports:
            self.exports.setdefault(export.name, export)
        _inject_faults(stack)
    try:
        _delete_stack(self, name_or_stack_id)
    except _DeleteFailed as failed:
        for stack in doomed:
            _delete_failed(self, stack, failed.failures)
        return
    for stack in doomed:
        if stack.status == "DELETE_COMPLETE":
            stack.output_map = OutputMap(stack.resource_map, {"Outputs": {}}, stack.stack_id)
            # A stack deleted on a second attempt no longer lists its exports (see
            # _delete_failed); they go with it all the same.
            for name in [n for n, e in self.exports.items() if e.exporting_stack_id == stack.stack_id]:
                self.exports.pop(name, None)


class _DeleteFailed(Exception):
    """Resources that could not be deleted: logical id -> (type, physical id, reason)."""

    def __init__(self, failures):
        super().__init__(f"failed to delete: {sorted(failures)}")
        self.failures = failures


def _delete_failed(backend, stack, failures):
    """Puts the stack back as CloudFormation leaves it: DELETE_FAILED, with an event for
    each resource that failed and one for the stack."""
    from moto.cloudformation.models import Event

    backend.stacks[stack.stack_id] = stack
    backend.deleted_stacks.pop(stack.stack_id, None)
    # Its outputs name resources that are gone now; moto would evaluate them on every read.
    stack.output_map = OutputMap(stack.resource_map, {"Outputs": {}}, stack.stack_id)
    for logical, (kind, physical, reason) in sorted(failures.items()):
        stack.events.append(Event(stack.stack_id, stack.name, logical, physical, kind, "DELETE_FAILED", reason, None))
    names = ", ".join(sorted(failures))
    stack._add_stack_event("DELETE_FAILED", resource_status_reason=f"The following resource(s) failed to delete: [{names}]. ")
    stack.status = "DELETE_FAILED"


# What a DeleteStack asked besides the stack (moto's responses.py reads only StackName):
# its token, which CloudFormation stamps on the operation's events, the resources to retain
# and the deletion mode.
_delete_request = threading.local()
_response_delete_stack = CloudFormationResponse.delete_stack


def response_delete_stack(self):
    backend = self.cloudformation_backend
    name = self._get_param("StackName")
    stacks = [s for s in backend.stacks.values() if name in (s.name, s.stack_id)]
    before = {s.stack_id: len(s.events) for s in stacks}
    _delete_request.retain = set(self._get_param("RetainResources", []) or [])
    _delete_request.force = self._get_param("DeletionMode") == "FORCE_DELETE_STACK"
    try:
        return _response_delete_stack(self)
    finally:
        token = self._get_param("ClientRequestToken")
        for stack in stacks:
            for event in stack.events[before[stack.stack_id]:]:
                event.client_request_token = token
        _delete_request.retain, _delete_request.force = set(), False


CloudFormationResponse.delete_stack = response_delete_stack


# --- Faults the tests inject ------------------------------------------------------------
# FORMA_EMULATOR_FAULTS names a JSON file the tests write: {"id": ..., "objects_during_delete":
# [stack, ...]}. On the next DeleteStack of such a stack, before its resources are deleted,
# an object lands in each of its buckets (a writer still running at night). Each id acts
# once.

_faults_done = set()


def _inject_faults(stack):
    import json

    path = os.environ.get("FORMA_EMULATOR_FAULTS")
    if not path or not os.path.exists(path):
        return
    with open(path) as f:
        faults = json.load(f)
    key = (faults.get("id"), stack.name)
    if stack.name not in faults.get("objects_during_delete", []) or key in _faults_done:
        return
    _faults_done.add(key)
    backend = _s3_backends[stack.account_id]["aws"]
    for logical, body in stack.resource_map._resource_json_map.items():
        parsed = stack.resource_map._parsed_resources.get(logical)
        if body.get("Type") == "AWS::S3::Bucket" and parsed is not None and not isinstance(parsed, str):
            if parsed.name in backend.buckets:
                backend.put_object(parsed.name, "late/arrived-during-destroy.json", b"{}")


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


# --- Stacks with VPCs, load balancers and ECS (see shared/EMULATOR.md for the causes) ---

import re

from moto.ec2.models.elastic_ip_addresses import ElasticAddress
from moto.ec2.models.internet_gateways import InternetGateway
from moto.ec2.models.nat_gateways import NatGateway
from moto.ec2.models.route_tables import Route, RouteTable
from moto.ec2.models.subnets import SubnetRouteTableAssociation
from moto.ec2.models.vpn_gateway import VPCGatewayAttachment
from moto.ecs.models import Cluster as EcsCluster
from moto.ecs.models import Service as EcsService
from moto.ecs.models import TaskDefinition as EcsTaskDefinition
from moto.elbv2.models import FakeListener, FakeTargetGroup


def _ec2(account_id, region):
    from moto.ec2.models import ec2_backends

    return ec2_backends[account_id][region]


def _elbv2(account_id, region):
    from moto.elbv2.models import elbv2_backends

    return elbv2_backends[account_id][region]


def _ecs(account_id, region):
    from moto.ecs.models import ecs_backends

    return ecs_backends[account_id][region]


def _route_table_delete(self, account_id, region):
    _ec2(account_id, region).delete_route_table(self.id)


def _route_delete(self, account_id, region):
    _ec2(account_id, region).delete_route(self.route_table.id, self.destination_cidr_block)


def _association_delete(self, account_id, region):
    association = getattr(self, "association_id", None)
    if association:
        _ec2(account_id, region).disassociate_route_table(association)


def _nat_delete(self, account_id, region):
    ec2 = _ec2(account_id, region)
    ec2.delete_nat_gateway(self.id)
    eni = getattr(self, "_eni", None)
    for eip in list(ec2.addresses):
        if eni is not None and eip.eni is eni:
            eip.eni = None
            eip.association_id = None
    if eni is not None:
        try:
            ec2.delete_network_interface(eni.id)
        except Exception:
            pass


def _eip_delete(self, account_id, region):
    ec2 = _ec2(account_id, region)
    self.eni = None
    self.association_id = None
    ec2.release_address(allocation_id=self.allocation_id)


def _igw_delete(self, account_id, region):
    _ec2(account_id, region).delete_internet_gateway(self.id)


def _attachment_delete(self, account_id, region):
    _ec2(account_id, region).detach_internet_gateway(self.gateway_id, self.vpc_id)


def _listener_delete(self, account_id, region):
    _elbv2(account_id, region).delete_listener(self.arn)


def _target_group_delete(self, account_id, region):
    _elbv2(account_id, region).delete_target_group(self.arn)


def _service_delete(self, account_id, region):
    _ecs(account_id, region).delete_service(self.cluster_name, self.name, force=True)


def _cluster_delete(self, account_id, region):
    _ecs(account_id, region).delete_cluster(self.name)


def _task_definition_delete(self, account_id, region):
    _ecs(account_id, region).deregister_task_definition(self.arn)


RouteTable.delete = _route_table_delete
Route.delete = _route_delete
SubnetRouteTableAssociation.delete = _association_delete
NatGateway.delete = _nat_delete
ElasticAddress.delete = _eip_delete
InternetGateway.delete = _igw_delete
VPCGatewayAttachment.delete = _attachment_delete
FakeListener.delete = _listener_delete
FakeTargetGroup.delete = _target_group_delete
EcsService.delete = _service_delete
EcsCluster.delete = _cluster_delete
EcsTaskDefinition.delete = _task_definition_delete

_create_association = SubnetRouteTableAssociation.create_from_cloudformation_json.__func__


@classmethod
def _association_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    """CloudFormation associates the route table with the subnet; moto only records the
    pair. Associate it for real (DescribeRouteTables shows it, deleting undoes it)."""
    properties = cloudformation_json["Properties"]
    ec2 = _ec2(account_id, region_name)
    association_id = ec2.associate_route_table(properties["RouteTableId"], subnet_id=properties["SubnetId"])
    association = cls(properties["RouteTableId"], properties["SubnetId"])
    association.association_id = association_id
    return association


SubnetRouteTableAssociation.create_from_cloudformation_json = _association_create
SubnetRouteTableAssociation.physical_resource_id = property(lambda self: getattr(self, "association_id", self.route_table_id))


def _references(node, own_vars=()):
    """The logical ids a template value names: Ref, Fn::GetAtt, Fn::Sub variables."""
    found = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Ref" and isinstance(value, str):
                found.add(value)
            elif key == "Fn::GetAtt":
                target = value[0] if isinstance(value, list) else str(value).split(".")[0]
                found.add(target)
            elif key == "Fn::Sub":
                template, variables = (value, {}) if isinstance(value, str) else (value[0], value[1])
                for name in re.findall(r"\$\{([^}!]+)\}", template):
                    name = name.split(".")[0]
                    if name not in variables:
                        found.add(name)
                found |= _references(variables)
            else:
                found |= _references(value)
    elif isinstance(node, list):
        for item in node:
            found |= _references(item)
    return found


def delete(self):
    """CloudFormation deletes a stack's resources in reverse dependency order; moto walks a
    set in arbitrary order (a route table can go before its routes, which then fail with
    NotFound) and gives up on types without a delete. Delete in waves: a
    resource once nothing left depends on it (DependsOn and references), skipping
    `DeletionPolicy: Retain`, and remember what is gone so reading the stack again does not
    re-create it."""
    resources = self._resource_json_map
    retain = getattr(_delete_request, "retain", set())
    remaining = {k for k, v in resources.items() if v.get("DeletionPolicy") != "Retain" and k not in retain}
    depends = {}
    for name, body in resources.items():
        d = body.get("DependsOn", [])
        d = {d} if isinstance(d, str) else set(d)
        depends[name] = (d | _references(body.get("Properties", {}))) & set(resources)
    last_error = None
    failures = {}
    while remaining:
        wave = [n for n in sorted(remaining) if not any(n in depends[o] for o in remaining if o != n)]
        if not wave:
            wave = sorted(remaining)
        progress = False
        for name in wave:
            parsed = self._parsed_resources.get(name)
            try:
                if parsed is not None and not isinstance(parsed, str):
                    _refuse_non_empty_bucket(parsed, resources[name])
                    self._delete_resource(parsed, resources[name])
            except Exception as e:
                last_error = e
                failures[name] = (resources[name].get("Type", ""), _physical(parsed), _reason(e))
                continue
            remaining.discard(name)
            self._parsed_resources.pop(name, None)
            self._forma_deleted.add(name)
            progress = True
        if not progress:
            if getattr(_delete_request, "force", False):
                return
            raise _DeleteFailed({n: failures[n] for n in remaining if n in failures}) from last_error


def _refuse_non_empty_bucket(parsed, body):
    """CloudFormation cannot delete a bucket that holds objects; moto's delete_bucket
    quietly keeps it (it returns None when the bucket has keys)."""
    if body.get("Type") != "AWS::S3::Bucket":
        return
    bucket = _s3_backends[parsed.account_id]["aws"].buckets.get(parsed.name)
    if bucket is not None and bucket.keys:
        raise RuntimeError(
            "Resource handler returned message: \"The bucket you tried to delete is not empty (Service: S3, "
            "Status Code: 409, Request ID: 4Z5X6C7V8B9N0M1Q)\" (HandlerErrorCode: GeneralServiceException)"
        )


def _physical(parsed):
    return getattr(parsed, "physical_resource_id", None) or ""


def _reason(error):
    return str(error) or type(error).__name__


_getitem = ResourceMap.__getitem__


def getitem(self, key):
    if key in getattr(self, "_forma_deleted", ()):
        return None
    return _getitem(self, key)


_resource_map_init = ResourceMap.__init__


def resource_map_init(self, *args, **kwargs):
    _resource_map_init(self, *args, **kwargs)
    self._forma_deleted = set()


ResourceMap.__init__ = resource_map_init

from moto.ecr.models import Repository as EcrRepository

_ecr_create = EcrRepository.create_from_cloudformation_json.__func__


@classmethod
def _ecr_repository_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    """CloudFormation gives a repository without RepositoryName a lower-case generated name;
    moto's has an upper-case suffix that its own name rule then refuses."""
    return _ecr_create(cls, resource_name.lower(), cloudformation_json, account_id, region_name, **kwargs)


EcrRepository.create_from_cloudformation_json = _ecr_repository_create

_ecr_create_named = EcrRepository.create_from_cloudformation_json.__func__


@classmethod
def _ecr_repository_create_emptying(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    """CloudFormation's `EmptyOnDelete: true` deletes a repository's images with it. moto's
    `create_from_cloudformation_json` never reads the property, and `Repository.delete`
    calls `delete_repository(self.name)` without `force`, which refuses a repository that
    holds images (RepositoryNotEmptyException): remember the property, and force the delete
    when it is set."""
    repo = _ecr_create_named(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    value = (cloudformation_json.get("Properties") or {}).get("EmptyOnDelete")
    repo._forma_empty_on_delete = value is True or str(value).lower() == "true"
    return repo


def _ecr_repository_delete(self, account_id, region_name):
    from moto.ecr.models import ecr_backends

    ecr_backends[account_id][region_name].delete_repository(
        self.name, force=getattr(self, "_forma_empty_on_delete", False)
    )


EcrRepository.create_from_cloudformation_json = _ecr_repository_create_emptying
EcrRepository.delete = _ecr_repository_delete
ResourceMap.delete = delete
ResourceMap.__getitem__ = getitem
CloudFormationBackend.create_change_set = create_change_set
CloudFormationBackend.execute_change_set = execute_change_set
CloudFormationBackend.delete_stack = delete_stack
CloudFormationBackend.get_template = get_template


# --- HTTP APIs ------------------------------------------------------------------------------
# moto has no CloudFormation model for AWS::ApiGatewayV2::Api: the resource is "accepted but
# not created", its Ref is None, and a Fn::GetAtt of it in Outputs makes every DescribeStacks
# of the stack answer 500 (parsing.clean_json: "references undefined resource"). A model
# over moto's own API Gateway v2 backend gives a real API, visible through the service's API.

from moto.apigatewayv2.models import apigatewayv2_backends
from moto.cloudformation import parsing as _parsing
from moto.core.common_models import CloudFormationModel


class _HttpApi(CloudFormationModel):
    # moto's model registry reads the service from the module name, at class creation.
    __module__ = "moto.apigatewayv2.models"

    def __init__(self, api, account_id, region_name):
        self.api = api
        self.account_id = account_id
        self.region_name = region_name

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @staticmethod
    def cloudformation_type():
        return "AWS::ApiGatewayV2::Api"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties") or {}
        api = apigatewayv2_backends[account_id][region_name].create_api(
            api_key_selection_expression=None,
            cors_configuration=None,
            description=props.get("Description"),
            disable_schema_validation=None,
            disable_execute_api_endpoint=props.get("DisableExecuteApiEndpoint"),
            name=props.get("Name", resource_name),
            protocol_type=props.get("ProtocolType", "HTTP"),
            route_selection_expression=None,
            tags=None,
            version=None,
        )
        return cls(api, account_id, region_name)

    @property
    def physical_resource_id(self):
        return self.api.api_id

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("ApiEndpoint", "ApiId")

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "ApiEndpoint":
            return self.api.api_endpoint
        return self.api.api_id

    def delete(self, account_id, region_name):
        apigatewayv2_backends[account_id][region_name].delete_api(self.api.api_id)


# --- Cognito user pools, CloudWatch alarms, certificates, function URLs --------------------------------------------------
# moto has no CloudFormation model for AWS::Cognito::UserPool or AWS::CloudWatch::Alarm
# (grep `cloudformation_type` in moto/cognitoidp and moto/cloudwatch: none): both are
# "accepted but not created", so a stack holding them cannot show what destroy leaves.
# Models over moto's own backends make them real, visible through the services' APIs.

from moto.acm.models import acm_backends
from moto.awslambda.models import lambda_backends
from moto.cloudwatch.models import cloudwatch_backends
from moto.cognitoidp.models import cognitoidp_backends
from moto.servicediscovery.models import servicediscovery_backends


class _UserPool(CloudFormationModel):
    __module__ = "moto.cognitoidp.models"

    def __init__(self, pool):
        self.pool = pool

    @staticmethod
    def cloudformation_name_type():
        return "UserPoolName"

    @staticmethod
    def cloudformation_type():
        return "AWS::Cognito::UserPool"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        props = cloudformation_json.get("Properties") or {}
        backend = cognitoidp_backends[account_id][region_name]
        return cls(backend.create_user_pool(props.get("UserPoolName", resource_name), {}))

    @property
    def physical_resource_id(self):
        return self.pool.id

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("Arn", "ProviderName", "ProviderURL", "UserPoolId")

    def get_cfn_attribute(self, attribute_name):
        if attribute_name == "Arn":
            return self.pool.arn
        if attribute_name == "ProviderURL":
            return f"https://cognito-idp.{self.pool.region}.amazonaws.com/{self.pool.id}"
        return self.pool.id

    def delete(self, account_id, region_name):
        cognitoidp_backends[account_id][region_name].delete_user_pool(self.pool.id)


class _Alarm(CloudFormationModel):
    __module__ = "moto.cloudwatch.models"

    def __init__(self, name):
        self.name = name

    @staticmethod
    def cloudformation_name_type():
        return "AlarmName"

    @staticmethod
    def cloudformation_type():
        return "AWS::CloudWatch::Alarm"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        p = cloudformation_json.get("Properties") or {}
        name = p.get("AlarmName", resource_name)
        cloudwatch_backends[account_id][region_name].put_metric_alarm(
            name=name,
            namespace=p.get("Namespace"),
            metric_name=p.get("MetricName"),
            comparison_operator=p.get("ComparisonOperator"),
            evaluation_periods=int(p.get("EvaluationPeriods", 1)),
            period=int(p.get("Period", 60)),
            threshold=float(p.get("Threshold", 0)),
            statistic=p.get("Statistic"),
            description=p.get("AlarmDescription"),
            dimensions=p.get("Dimensions", []),
            alarm_actions=p.get("AlarmActions", []),
            treat_missing_data=p.get("TreatMissingData"),
        )
        return cls(name)

    @property
    def physical_resource_id(self):
        return self.name

    def delete(self, account_id, region_name):
        cloudwatch_backends[account_id][region_name].delete_alarms([self.name])


class _Certificate(CloudFormationModel):
    """moto has no CloudFormation model for AWS::CertificateManager::Certificate (none in
    moto/acm): its Ref is "None", which an HTTPS listener then carries. Request it through
    moto's ACM backend, which issues it at once (DNS validation is not simulated)."""

    __module__ = "moto.acm.models"

    def __init__(self, arn):
        self.arn = arn

    @staticmethod
    def cloudformation_name_type():
        return ""

    @staticmethod
    def cloudformation_type():
        return "AWS::CertificateManager::Certificate"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        p = cloudformation_json.get("Properties") or {}
        arn = acm_backends[account_id][region_name].request_certificate(
            domain_name=p["DomainName"],
            idempotency_token=None,
            subject_alt_names=p.get("SubjectAlternativeNames") or [],
            tags=[],
        )
        return cls(arn)

    @property
    def physical_resource_id(self):
        return self.arn

    def delete(self, account_id, region_name):
        acm_backends[account_id][region_name].delete_certificate(self.arn)


class _FunctionUrl(CloudFormationModel):
    """moto has no CloudFormation model for AWS::Lambda::Url (none in moto/awslambda), though
    its Lambda backend keeps function URL configurations: make them through it."""

    __module__ = "moto.awslambda.models"

    def __init__(self, function, url):
        self.function = function
        self.url = url

    @staticmethod
    def cloudformation_name_type():
        return ""

    @staticmethod
    def cloudformation_type():
        return "AWS::Lambda::Url"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        p = cloudformation_json.get("Properties") or {}
        function = p["TargetFunctionArn"]
        config = lambda_backends[account_id][region_name].create_function_url_config(
            function, {"AuthType": p.get("AuthType", "AWS_IAM"), "Cors": p.get("Cors")}
        )
        return cls(function, config.url)

    @property
    def physical_resource_id(self):
        return self.function

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("FunctionArn", "FunctionUrl")

    def get_cfn_attribute(self, attribute_name):
        return self.url if attribute_name == "FunctionUrl" else self.function

    def delete(self, account_id, region_name):
        lambda_backends[account_id][region_name].delete_function_url_config(self.function)


class _UserPoolClient(CloudFormationModel):
    """moto has no CloudFormation model for AWS::Cognito::UserPoolClient either: make it in
    its pool through moto's Cognito backend."""

    __module__ = "moto.cognitoidp.models"

    def __init__(self, pool_id, client_id):
        self.pool_id = pool_id
        self.client_id = client_id

    @staticmethod
    def cloudformation_name_type():
        return "ClientName"

    @staticmethod
    def cloudformation_type():
        return "AWS::Cognito::UserPoolClient"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        p = cloudformation_json.get("Properties") or {}
        client = cognitoidp_backends[account_id][region_name].create_user_pool_client(
            p["UserPoolId"], str(p.get("GenerateSecret", False)).lower() == "true",
            {"ClientName": p.get("ClientName", resource_name)},
        )
        return cls(p["UserPoolId"], client.id)

    @property
    def physical_resource_id(self):
        return self.client_id

    def delete(self, account_id, region_name):
        backend = cognitoidp_backends[account_id][region_name]
        if self.pool_id in backend.user_pools:
            backend.delete_user_pool_client(self.pool_id, self.client_id)


class _HttpNamespace(CloudFormationModel):
    """moto has no CloudFormation model for AWS::ServiceDiscovery::HttpNamespace (a cluster's
    Service Connect namespace): its Fn::GetAtt Arn answers 500. moto's Cloud Map backend has
    create_http_namespace (returning an operation that names the namespace) and
    delete_namespace: make it through them."""

    __module__ = "moto.servicediscovery.models"

    def __init__(self, namespace):
        self.namespace = namespace

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @staticmethod
    def cloudformation_type():
        return "AWS::ServiceDiscovery::HttpNamespace"

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        p = cloudformation_json.get("Properties") or {}
        backend = servicediscovery_backends[account_id][region_name]
        operation = backend.create_http_namespace(
            name=p.get("Name", resource_name), creator_request_id=None, description=p.get("Description"), tags=[]
        )
        namespace_id = backend.operations[operation].targets["NAMESPACE"]
        return cls(backend.namespaces[namespace_id])

    @property
    def physical_resource_id(self):
        return self.namespace.id

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in ("Arn", "Id")

    def get_cfn_attribute(self, attribute_name):
        return self.namespace.arn if attribute_name == "Arn" else self.namespace.id

    def delete(self, account_id, region_name):
        backend = servicediscovery_backends[account_id][region_name]
        if self.namespace.id in backend.namespaces:
            backend.delete_namespace(self.namespace.id)


# --- REST APIs and hosted zones ------------------------------------------------------------
# moto's RestAPI (apigateway/models.py) and FakeZone (route53/models.py) have neither a
# `delete` method nor `delete_from_cloudformation_json`, so deleting their stack counts them
# deleted and leaves them (the same cause as the 12 types above). Delete through moto's own
# backends, as CloudFormation does.

from moto.apigateway.models import RestAPI as _RestApi, apigateway_backends
from moto.route53.models import FakeZone as _Zone, route53_backends
from moto.utilities.utils import get_partition as _partition


def _rest_api_delete(self, account_id, region_name):
    apigateway_backends[account_id][region_name].apis.pop(self.id, None)


def _zone_delete(self, account_id, region_name):
    route53_backends[account_id][_partition(region_name)].delete_hosted_zone(self.id)


_RestApi.delete = _rest_api_delete
_Zone.delete = _zone_delete


# --- REST API methods without a backend (CORS preflight) ------------------------------------
# moto's Method.create_from_cloudformation_json reads Integration.IntegrationHttpMethod and
# Integration.Uri unconditionally (apigateway/models.py), which a MOCK integration — an
# OPTIONS method answering browsers' preflight — does not have: KeyError, HTTP 500, and the
# stack stops half made. CloudFormation needs neither for MOCK; give moto its own defaults.

from moto.apigateway.models import Method as _Method

_method_create = _Method.create_from_cloudformation_json.__func__


@classmethod
def _method_create_mock(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json.get("Properties") or {}
    integration = dict(props.get("Integration") or {})
    integration.setdefault("IntegrationHttpMethod", props.get("HttpMethod"))
    integration.setdefault("Uri", None)
    cloudformation_json = dict(cloudformation_json, Properties=dict(props, Integration=integration))
    return _method_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)


_Method.create_from_cloudformation_json = _method_create_mock


# --- KMS keys ------------------------------------------------------------------------------
# moto's Key.create_from_cloudformation_json passes the template's KeyPolicy object as the
# key's policy, where CreateKey stores the JSON text; kms/policy_validator.py then runs
# json.loads on the object, and the TypeError it raises (only ValueError and AttributeError
# are caught) turns every DescribeKey of that key into a 500. Store the policy as text.

import json as _json

from moto.kms.models import Key as _KmsKey

_kms_create = _KmsKey.create_from_cloudformation_json.__func__


@classmethod
def _kms_key_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    props = cloudformation_json.get("Properties") or {}
    if isinstance(props.get("KeyPolicy"), dict):
        cloudformation_json = dict(cloudformation_json, Properties=dict(props, KeyPolicy=_json.dumps(props["KeyPolicy"])))
    return _kms_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)


_KmsKey.create_from_cloudformation_json = _kms_key_create


for _cached in (_parsing.get_model_list, _parsing.get_model_map, _parsing.get_name_type_map):
    _cached.cache_clear()


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
