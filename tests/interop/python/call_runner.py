"""Generic interop client: runs the calls described in a JSON file against a gRPC server.

Usage: /usr/bin/python3 call_runner.py --proto-root DIR --proto REL.proto [--proto ...] --target HOST:PORT --calls calls.json

calls.json is a list of:
  {"name": "...", "method": "package.Service/Method",
   "request": {...} | "requests": [{...}, ...],        # requests for client/bidi streaming
   "metadata": {"key": "value"}, "timeout": 5.0,
   "expect": {"code": "OK", "response": {...subset...}, "responses": [{...}, ...], "count": 3,
              "details": "exact", "details_contains": "part", "max_seconds": 2.0}}
Prints PASS/FAIL per call; exits 1 if any failed.
"""
import argparse
import json
import time

import grpc

import grpc_interop_common as common


def run_call(channel, call, results):
    name = call["name"]
    expect = call.get("expect", {})
    info = common.MethodInfo(call["method"])
    stub = info.callable(channel)
    metadata = list(call.get("metadata", {}).items())
    timeout = call.get("timeout", 10)
    if info.client_streaming:
        argument = iter([common.to_message(info.request_class, r) for r in call.get("requests", [])])
    else:
        argument = common.to_message(info.request_class, call.get("request"))

    responses, code, details = [], grpc.StatusCode.OK, ""
    started = time.monotonic()
    try:
        if info.server_streaming:
            for response in stub(argument, timeout=timeout, metadata=metadata):
                responses.append(common.to_dict(response))
        else:
            responses.append(common.to_dict(stub(argument, timeout=timeout, metadata=metadata)))
    except grpc.RpcError as error:
        code, details = error.code(), error.details() or ""
    elapsed = time.monotonic() - started

    problems = []
    wanted_code = common.status_code(expect.get("code", "OK"))
    if code != wanted_code:
        problems.append(f"code {code.name} != {wanted_code.name} ({details})")
    if "details" in expect and details != expect["details"]:
        problems.append(f"details {details!r} != {expect['details']!r}")
    if "details_contains" in expect and expect["details_contains"] not in details:
        problems.append(f"details {details!r} lacks {expect['details_contains']!r}")
    if "response" in expect and not (responses and common.is_subset(expect["response"], responses[0])):
        problems.append(f"response {responses} does not match {expect['response']}")
    if "responses" in expect and not common.is_subset(expect["responses"], responses):
        problems.append(f"responses {responses} do not match {expect['responses']}")
    if "count" in expect and len(responses) != expect["count"]:
        problems.append(f"{len(responses)} responses, expected {expect['count']}")
    if "max_seconds" in expect and elapsed > expect["max_seconds"]:
        problems.append(f"took {elapsed:.2f}s > {expect['max_seconds']}s")
    results.check(name, not problems, "; ".join(problems))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--proto-root", required=True)
    parser.add_argument("--proto", action="append", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--calls", required=True)
    args = parser.parse_args()

    common.generate_stubs(args.proto_root, args.proto)
    with open(args.calls, encoding="utf-8") as f:
        calls = json.load(f)
    results = common.Results()
    with grpc.insecure_channel(args.target) as channel:
        for call in calls:
            run_call(channel, call, results)
    raise SystemExit(results.finish())


if __name__ == "__main__":
    main()
