"""A grpcio server for platform.testing.v1.TestService (tests/Platform.Grpc.Tests/Protos/test.proto),
so our C# GrpcChannel can be checked against a real gRPC implementation.

Usage: /usr/bin/python3 test_service_server.py --proto-root DIR --proto REL.proto
Prints "LISTENING <port>" once serving on 127.0.0.1 (a free port); stops when stdin closes.
"""
import argparse
import sys
import time
from concurrent import futures

import grpc

import grpc_interop_common as common

SERVICE = "platform.testing.v1.TestService"


def build_handlers():
    def info(method):
        return common.MethodInfo(f"{SERVICE}/{method}")

    def echo(request, context):
        context.send_initial_metadata([("x-python-header", "yes")])
        context.set_trailing_metadata([("x-served-by", "grpcio"), ("x-payload-bin", bytes(request.payload))])
        return info("Echo").response_class(message=request.message, payload_size=len(request.payload))

    def server_stream(request, context):
        for index in range(request.count):
            if request.delay_ms:
                time.sleep(request.delay_ms / 1000)
            yield info("ServerStream").response_class(message=request.message, index=index)

    def client_stream(requests, context):
        messages = [r.message for r in requests]
        return info("ClientStream").response_class(message="+".join(messages), index=len(messages))

    def bidi(requests, context):
        for index, request in enumerate(requests):
            yield info("Bidi").response_class(message="echo " + request.message, index=index)

    def sleep(request, context):
        time.sleep(request.milliseconds / 1000)
        return info("Sleep").response_class()

    def fail(request, context):
        code = next(c for c in grpc.StatusCode if c.value[0] == request.code)
        context.abort(code, request.detail)

    def handler(kind, method, behaviour):
        meta = info(method)
        return kind(behaviour, request_deserializer=meta.request_class.FromString,
                    response_serializer=meta.response_class.SerializeToString)

    return grpc.method_handlers_generic_handler(SERVICE, {
        "Echo": handler(grpc.unary_unary_rpc_method_handler, "Echo", echo),
        "ServerStream": handler(grpc.unary_stream_rpc_method_handler, "ServerStream", server_stream),
        "ClientStream": handler(grpc.stream_unary_rpc_method_handler, "ClientStream", client_stream),
        "Bidi": handler(grpc.stream_stream_rpc_method_handler, "Bidi", bidi),
        "Sleep": handler(grpc.unary_unary_rpc_method_handler, "Sleep", sleep),
        "Fail": handler(grpc.unary_unary_rpc_method_handler, "Fail", fail),
    })


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--proto-root", required=True)
    parser.add_argument("--proto", action="append", required=True)
    args = parser.parse_args()
    common.generate_stubs(args.proto_root, args.proto)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    server.add_generic_rpc_handlers((build_handlers(),))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    print(f"LISTENING {port}", flush=True)
    sys.stdin.read()  # the test closes stdin to stop us
    server.stop(grace=None)


if __name__ == "__main__":
    main()
