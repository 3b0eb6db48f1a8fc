"""Shared helpers for Python gRPC interop scripts (Debian python3-grpcio / grpc_tools).

Stubs are generated at run time into a temporary directory, so no generated code is committed.
Run with /usr/bin/python3 (the pyenv python on PATH has no grpc).
"""
import importlib
import os
import sys
import tempfile

import grpc
from google.protobuf import descriptor_pool, json_format, symbol_database


def generate_stubs(proto_root, proto_files, extra_includes=()):
    """Compiles proto_files (paths relative to proto_root) into a temp dir, imports them, returns the dir."""
    from grpc_tools import protoc
    import grpc_tools

    out_dir = tempfile.mkdtemp(prefix="grpc-interop-")
    well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    includes = [proto_root, *extra_includes]
    if os.path.isdir(well_known):
        includes.append(well_known)
    if os.path.isdir("/usr/include/google/protobuf"):
        includes.append("/usr/include")
    args = ["protoc", *("-I" + i for i in includes), "--python_out=" + out_dir, "--grpc_python_out=" + out_dir, *proto_files]
    if protoc.main(args) != 0:
        raise RuntimeError("protoc failed for " + " ".join(proto_files))
    sys.path.insert(0, out_dir)
    for proto in proto_files:
        importlib.import_module(proto[: -len(".proto")].replace("/", ".") + "_pb2")
    return out_dir


def message_class(full_name):
    """The generated class of a message, by full proto name (e.g. platform.testing.v1.EchoRequest)."""
    descriptor = descriptor_pool.Default().FindMessageTypeByName(full_name)
    try:
        from google.protobuf import message_factory
        return message_factory.GetMessageClass(descriptor)
    except (ImportError, AttributeError):
        return symbol_database.Default().GetSymbol(full_name)


class MethodInfo:
    """Path, message classes and streaming kind of one RPC, from 'package.Service/Method'."""

    def __init__(self, method):
        service_name, method_name = method.split("/")
        service = descriptor_pool.Default().FindServiceByName(service_name)
        descriptor = service.methods_by_name[method_name]
        self.path = "/" + method
        self.request_class = message_class(descriptor.input_type.full_name)
        self.response_class = message_class(descriptor.output_type.full_name)
        self.client_streaming = getattr(descriptor, "client_streaming", False)
        self.server_streaming = getattr(descriptor, "server_streaming", False)

    def callable(self, channel):
        kind = {(False, False): channel.unary_unary, (False, True): channel.unary_stream,
                (True, False): channel.stream_unary, (True, True): channel.stream_stream}
        return kind[(self.client_streaming, self.server_streaming)](
            self.path, request_serializer=self.request_class.SerializeToString,
            response_deserializer=self.response_class.FromString)


def to_message(cls, value):
    return json_format.ParseDict(value or {}, cls())


def to_dict(message):
    return json_format.MessageToDict(message, preserving_proto_field_name=True, including_default_value_fields=True)


def is_subset(expected, actual):
    """True when every key/value in expected appears in actual (recursively; lists compared item by item)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and is_subset(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(is_subset(e, a) for e, a in zip(expected, actual))
    return expected == actual


def status_code(name):
    return getattr(grpc.StatusCode, name)


class Results:
    """Collects PASS/FAIL lines; exit code 1 when anything failed."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, condition, info=""):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
        print(("PASS " if condition else "FAIL ") + name + (" :: " + str(info) if info != "" else ""), flush=True)

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0
