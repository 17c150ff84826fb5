#!/usr/bin/env bash
# Deploy benchmark: forma against the AWS CLI, on moto, on the same templates.
#
# What it measures (with hyperfine, moto wiped before every timed run):
#   1. Full cycle: apply every bundled stack in deploy order, then destroy them all.
#        forma:   forma apply --all --yes --assembly DIR; forma destroy --all --yes --assembly DIR
#        AWS CLI: for each stack in deploy order `aws cloudformation deploy --template-file ...
#                 --no-fail-on-empty-changeset`, then in reverse order
#                 `aws cloudformation delete-stack` + `aws cloudformation wait stack-delete-complete`.
#   2. Morning and night apart: apply every stack on an empty emulator; destroy every stack
#      of a full apply (the apply in hyperfine's untimed --prepare step).
#   3. CloudFormation calls counted per tool, morning and night (the launcher logs each call,
#      FORMA_EMULATOR_CALL_LOG): BENCH_OUT/calls.md.
#   4. No-change re-apply of every stack, right after a full apply by the same tool (the apply
#      is in hyperfine's untimed --prepare step). Target for forma: under 1 s.
#        forma:   forma apply --all --yes --assembly DIR (decided from the fingerprint tag)
#        AWS CLI: aws cloudformation deploy --no-fail-on-empty-changeset for each stack.
#   Targets: forma's cycle at least 5x faster than the AWS CLI's; forma's no-change re-apply < 1 s.
#
# Run from anywhere (it works in the workspace root):
#   cli/benches/deploy.sh
# Knobs (environment):
#   RUNS=8              timed runs per command (plus WARMUP untimed ones first)
#   WARMUP=1
#   BENCH_OUT=target/bench/deploy   where the assembly, reports and moto's log go
#   BENCH_PARAMETERS="Stack:Name=Value ..."   values for stack parameters that have no default
#                       (none of the bundled stacks has one today); passed to both tools
#   BENCH_STRICT=1      exit 1 when a target is missed
#
# Outputs: BENCH_OUT/cycle.md, BENCH_OUT/noop.md (hyperfine markdown tables), the same as .json,
# BENCH_OUT/summary.md (both tables and the summary printed at the end), BENCH_OUT/moto.log.
#
# Needs: cargo, python3 (with venv), curl, hyperfine (Debian/Ubuntu: apt-get install -y hyperfine).
# Python tools come from the venv target/pyenv, provisioned from snapshots/python-requirements.txt
# (moto[server], awscli) exactly as the tests do (snapshots/tests/support/pytools.rs: same stamp
# file, same lock); it is created here when missing, which needs PyPI once (about a minute).
# moto runs through cli/tests/emulator/moto_server.py, the shim that makes stacks created by
# change sets register their exports (both tools deploy through change sets, and the bundled
# stacks import each other's exports), on a free 127.0.0.1 port; it is stopped on exit.
#
# moto quirk accommodated for the AWS CLI (and only here): on a stack with parameters, moto
# rejects a change set without changes in CreateChangeSet itself ("No updates are to be
# performed.", exit 255), where CloudFormation creates a FAILED change set that
# --no-fail-on-empty-changeset turns into exit 0. The no-change CLI run accepts exactly that.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SELF="$ROOT/cli/benches/deploy.sh"
cd "$ROOT"

RUNS=${RUNS:-8}
WARMUP=${WARMUP:-1}
OUT=${BENCH_OUT:-target/bench/deploy}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
ASSEMBLY="$OUT/assembly"
STACKS="$OUT/stacks.tsv" # name <TAB> template <TAB> Name=Value overrides (space separated)
PYENV="$ROOT/target/pyenv"
PY="$PYENV/bin/python"
AWS="$PYENV/bin/aws"
FORMA="$ROOT/target/release/forma"
REQUIREMENTS="$ROOT/snapshots/python-requirements.txt"

die() {
    echo "deploy.sh: $*" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------
# Steps hyperfine runs (this script invoked again with a subcommand; the environment — endpoint,
# credentials, paths — is inherited from the main run).

reset_moto() {
    curl -sf --noproxy '*' -o /dev/null -X POST "$AWS_ENDPOINT_URL/moto-api/reset"
}

# The assets (Lambda code packages) forma uploads to its staging bucket, uploaded by the CLI
# side too (as `aws cloudformation package` would), to the bucket the templates name.
STAGING="s3://forma-assets-123456789012-us-east-1"
cli_upload_assets() {
    [[ -d $ASSEMBLY/assets ]] || return 0
    "$AWS" s3 mb "$STAGING" >/dev/null 2>&1 || true
    "$AWS" s3 cp --recursive --quiet "$ASSEMBLY/assets" "$STAGING/assets"
}

cli_apply() { # every stack in deploy order; $1=noop accepts moto's "No updates" rejection
    local name template overrides err rc
    [[ ${1:-} == noop ]] || cli_upload_assets
    while IFS=$'\t' read -r name template overrides; do
        local args=(cloudformation deploy --template-file "$ASSEMBLY/$template" --stack-name "$name"
            --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM --no-fail-on-empty-changeset)
        if [[ -n $overrides ]]; then
            # shellcheck disable=SC2206 # Name=Value words, split on spaces on purpose
            args+=(--parameter-overrides $overrides)
        fi
        rc=0
        err=$("$AWS" "${args[@]}" 2>&1 >/dev/null) || rc=$?
        if ((rc != 0)); then
            if [[ ${1:-} == noop && $rc == 255 && $err == *"No updates are to be performed"* ]]; then
                continue
            fi
            echo "aws cloudformation deploy $name failed ($rc): $err" >&2
            return 1
        fi
    done <"$STACKS"
}

cli_destroy() { # every stack in reverse deploy order
    local name
    while read -r name; do
        "$AWS" cloudformation delete-stack --stack-name "$name"
        "$AWS" cloudformation wait stack-delete-complete --stack-name "$name"
    done < <(cut -f1 "$STACKS" | tac)
}

case "${1:-}" in
    __reset) reset_moto; exit ;;
    __cli-apply) cli_apply; exit ;;
    __cli-noop) cli_apply noop; exit ;;
    __cli-destroy) cli_destroy; exit ;;
    __cli-cycle) cli_apply && cli_destroy; exit ;;
    "") ;;
    *) die "unknown argument $1 (the script takes none; see its header)" ;;
esac

# ---------------------------------------------------------------------------------------------
# Prerequisites.

command -v hyperfine >/dev/null ||
    die "hyperfine is not installed. Debian/Ubuntu: apt-get install -y hyperfine (or: cargo install hyperfine)"
command -v curl >/dev/null || die "curl is not installed (apt-get install -y curl)"
command -v python3 >/dev/null || die "python3 is not installed (apt-get install -y python3 python3-venv)"
command -v cargo >/dev/null || die "cargo is not installed (https://rustup.rs)"

# The venv, as snapshots/tests/support/pytools.rs provisions it: complete when its stamp equals
# the requirements file; provisioning serialized by a lock on target/pyenv.lock.
provision_pyenv() {
    if [[ -x $PY ]] && cmp -s "$REQUIREMENTS" "$PYENV/forma-requirements.txt"; then
        return
    fi
    rm -f "$PYENV/forma-requirements.txt"
    if [[ ! -x $PY ]]; then
        rm -rf "$PYENV"
        echo "deploy.sh: creating $PYENV (once)" >&2
        python3 -m venv "$PYENV" || die "cannot create a venv: apt-get install -y python3-venv"
    fi
    echo "deploy.sh: installing $REQUIREMENTS into $PYENV" >&2
    "$PY" -m pip install --disable-pip-version-check --quiet --requirement "$REQUIREMENTS" ||
        die "pip install -r $REQUIREMENTS failed"
    cp "$REQUIREMENTS" "$PYENV/forma-requirements.txt"
}
mkdir -p "$ROOT/target"
if command -v flock >/dev/null; then
    exec 9>"$ROOT/target/pyenv.lock"
    flock 9
    provision_pyenv
    flock -u 9
    exec 9>&-
else
    provision_pyenv
fi

echo "==> cargo build --release" >&2
cargo build --release --quiet
[[ -x $FORMA ]] || die "$FORMA was not built"

echo "==> forma synth --out $ASSEMBLY" >&2
rm -rf "$ASSEMBLY"
"$FORMA" synth --out "$ASSEMBLY" >/dev/null

# Stacks in deploy order, with values for parameters that have no default.
FORMA_PARAMS=$("$PY" - "$ASSEMBLY/manifest.json" "$STACKS" "${BENCH_PARAMETERS:-}" <<'EOF'
import json, shlex, sys

manifest, tsv, given = sys.argv[1], sys.argv[2], sys.argv[3].split()
values = {}
for g in given:
    stack_name, _, value = g.partition("=")
    stack, _, name = stack_name.partition(":")
    if not (stack and name and _):
        sys.exit(f"BENCH_PARAMETERS: expected Stack:Name=Value, got {g!r}")
    values[(stack, name)] = value
flags, missing = [], []
with open(tsv, "w") as out:
    for s in json.load(open(manifest))["stacks"]:
        overrides = []
        for name, p in s.get("parameters", {}).items():
            if "default" in p:
                continue
            if (s["name"], name) not in values:
                missing.append(f"{s['name']}:{name}")
                continue
            v = values[(s["name"], name)]
            if " " in v or "\t" in v:
                sys.exit(f"BENCH_PARAMETERS: {s['name']}:{name}: values with spaces are not supported")
            overrides.append(f"{name}={v}")
            flags += ["-p", f"{s['name']}:{name}={v}"]
        out.write(f"{s['name']}\t{s['template']}\t{' '.join(overrides)}\n")
if missing:
    sys.exit("parameters without a default need values: BENCH_PARAMETERS=\""
             + " ".join(f"{m}=VALUE" for m in missing) + "\"")
print(" ".join(shlex.quote(f) for f in flags))
EOF
) || die "cannot read $ASSEMBLY/manifest.json"
echo "    stacks in deploy order: $(cut -f1 "$STACKS" | paste -sd' ')" >&2

# ---------------------------------------------------------------------------------------------
# moto, on a free port, stopped on exit.

PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
CALLS="$OUT/calls.log"
rm -f "$CALLS"
FORMA_EMULATOR_CALL_LOG="$CALLS" "$PY" cli/tests/emulator/moto_server.py "$PORT" >"$OUT/moto.log" 2>&1 &
MOTO_PID=$!
stop_moto() {
    kill "$MOTO_PID" 2>/dev/null && wait "$MOTO_PID" 2>/dev/null
    return 0
}
trap stop_moto EXIT
trap 'exit 130' INT TERM

# Both tools see the same endpoint, dummy credentials and region, and no local AWS config.
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test
export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"
export ASSEMBLY STACKS AWS

for _ in $(seq 100); do
    reset_moto 2>/dev/null && break
    kill -0 "$MOTO_PID" 2>/dev/null || die "moto did not start; see $OUT/moto.log"
    sleep 0.1
done
reset_moto || die "moto does not answer on port $PORT; see $OUT/moto.log"
echo "==> moto on $AWS_ENDPOINT_URL (pid $MOTO_PID)" >&2

# ---------------------------------------------------------------------------------------------
# One checked cycle per tool before timing: every stack ends *_COMPLETE, then none is left.

stack_states() {
    "$AWS" cloudformation describe-stacks --query 'Stacks[].[StackName,StackStatus]' --output text
}
check_applied() {
    local states name
    states=$(stack_states)
    while read -r name; do
        grep -Eq "^$name\s+(CREATE|UPDATE)_COMPLETE$" <<<"$states" ||
            die "$1: after apply, $name is not complete:"$'\n'"$states"
    done < <(cut -f1 "$STACKS")
}
check_destroyed() { # forma's staging stack (FormaToolkit) is bootstrap, kept like the CDK's
    local states
    states=$(stack_states | grep -v DELETE_COMPLETE | grep -v '^FormaToolkit\s' || true)
    [[ -z $states ]] || die "$1: after destroy, stacks remain:"$'\n'"$states"
}

# Command lines for eval and for hyperfine's shell; FORMA_PARAMS is already shell-quoted.
FORMA_APPLY="$(printf %q "$FORMA") apply --all --yes --assembly $(printf %q "$ASSEMBLY") $FORMA_PARAMS"
FORMA_DESTROY="$(printf %q "$FORMA") destroy --all --yes --assembly $(printf %q "$ASSEMBLY")"
STEP="bash $(printf %q "$SELF")"

# The calls of one phase: the log's lines since `mark`, saved as BENCH_OUT/calls-NAME.tsv.
mark() { if [[ -f $CALLS ]]; then wc -l <"$CALLS"; else echo 0; fi; }
keep_calls() { tail -n "+$(($1 + 1))" "$CALLS" >"$OUT/calls-$2.tsv"; }

echo "==> checking one cycle of each tool (and counting its CloudFormation calls)" >&2
reset_moto
m=$(mark)
eval "$FORMA_APPLY" >"$OUT/forma-apply.log" 2>&1 || die "forma apply failed; see $OUT/forma-apply.log"
keep_calls "$m" forma-morning
check_applied forma
m=$(mark)
eval "$FORMA_APPLY" >"$OUT/forma-noop.log" 2>&1 || die "forma re-apply failed; see $OUT/forma-noop.log"
keep_calls "$m" forma-noop
grep -q "unchanged" "$OUT/forma-noop.log" || echo "    note: forma's re-apply did not report 'unchanged'" >&2
m=$(mark)
eval "$FORMA_DESTROY" >"$OUT/forma-destroy.log" 2>&1 || die "forma destroy failed; see $OUT/forma-destroy.log"
keep_calls "$m" forma-night
check_destroyed forma
reset_moto
m=$(mark)
cli_apply
keep_calls "$m" cli-morning
check_applied "AWS CLI"
m=$(mark)
cli_apply noop
keep_calls "$m" cli-noop
m=$(mark)
cli_destroy
keep_calls "$m" cli-night
check_destroyed "AWS CLI"
"$PY" cli/benches/calls.py "$OUT" "$(wc -l <"$STACKS")" >"$OUT/calls.md" || die "cannot count the calls"
cat "$OUT/calls.md" >&2

# ---------------------------------------------------------------------------------------------
# Timing.

HF=(hyperfine --runs "$RUNS" --warmup "$WARMUP" --style basic)

echo "==> full cycle: apply all, destroy all" >&2
"${HF[@]}" \
    --prepare "$STEP __reset" \
    --export-markdown "$OUT/cycle.md" --export-json "$OUT/cycle.json" \
    -n "forma apply+destroy" "$FORMA_APPLY && $FORMA_DESTROY" \
    -n "aws cli apply+destroy" "$STEP __cli-cycle"

echo "==> morning: apply all on an empty emulator" >&2
"${HF[@]}" \
    --prepare "$STEP __reset" \
    --export-markdown "$OUT/morning.md" --export-json "$OUT/morning.json" \
    -n "forma apply (morning)" "$FORMA_APPLY" \
    -n "aws cli apply (morning)" "$STEP __cli-apply"

echo "==> night: destroy all (after an untimed apply by the same tool)" >&2
"${HF[@]}" \
    --prepare "$STEP __reset && $FORMA_APPLY" \
    --prepare "$STEP __reset && $STEP __cli-apply" \
    --export-markdown "$OUT/night.md" --export-json "$OUT/night.json" \
    -n "forma destroy (night)" "$FORMA_DESTROY" \
    -n "aws cli destroy (night)" "$STEP __cli-destroy"

echo "==> no-change re-apply of every stack (after an untimed apply by the same tool)" >&2
"${HF[@]}" \
    --prepare "$STEP __reset && $FORMA_APPLY" \
    --prepare "$STEP __reset && $STEP __cli-apply" \
    --export-markdown "$OUT/noop.md" --export-json "$OUT/noop.json" \
    -n "forma re-apply (no change)" "$FORMA_APPLY" \
    -n "aws cli re-apply (no change)" "$STEP __cli-noop"

# ---------------------------------------------------------------------------------------------
# Summary.

SUMMARY=$("$PY" - "$OUT/cycle.json" "$OUT/noop.json" <<'EOF'
import json, math, sys

def load(path):
    return [(r["mean"], r["stddev"] or 0.0) for r in json.load(open(path))["results"]]

(fc, fcs), (ac, acs) = load(sys.argv[1])
(fn, fns), (an, ans) = load(sys.argv[2])
factor = ac / fc
factor_s = factor * math.hypot(fcs / fc, acs / ac)
noop_factor = an / fn
ok_cycle, ok_noop = factor >= 5, fn < 1
def ms(m, s):
    return f"{m * 1000:8.1f} ms ± {s * 1000:6.1f} ms"
print(f"""full cycle (apply all + destroy all)
  forma               {ms(fc, fcs)}
  AWS CLI             {ms(ac, acs)}
  speed-up            {factor:.1f}x ± {factor_s:.1f}   target >= 5x: {"met" if ok_cycle else "NOT MET"}
no-change re-apply of every stack
  forma               {ms(fn, fns)}   target < 1 s: {"met" if ok_noop else "NOT MET"}
  AWS CLI             {ms(an, ans)}
  speed-up            {noop_factor:.1f}x""")
sys.exit(0 if ok_cycle and ok_noop else 3)
EOF
) && met=1 || met=0
[[ -n $SUMMARY ]] || die "cannot summarize $OUT/cycle.json and $OUT/noop.json"

{
    echo "# Deploy benchmark: forma vs AWS CLI on moto"
    echo
    echo "Stacks (deploy order): $(cut -f1 "$STACKS" | paste -sd' '); $RUNS runs each, $WARMUP warm-up."
    echo
    echo "## Full cycle: apply all, destroy all"
    echo
    cat "$OUT/cycle.md"
    echo
    echo "## Morning: apply all"
    echo
    cat "$OUT/morning.md"
    echo
    echo "## Night: destroy all"
    echo
    cat "$OUT/night.md"
    echo
    echo "## No-change re-apply of every stack"
    echo
    cat "$OUT/noop.md"
    echo
    echo "## Calls"
    echo
    cat "$OUT/calls.md"
    echo
    echo '```'
    echo "$SUMMARY"
    echo '```'
} >"$OUT/summary.md"

echo
echo "$SUMMARY"
echo
echo "reports: $OUT/summary.md (cycle.md, noop.md, *.json)"
if [[ $met == 0 && ${BENCH_STRICT:-0} == 1 ]]; then
    exit 1
fi
