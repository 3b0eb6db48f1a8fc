#!/usr/bin/python3
"""Calls the Platform gRPC services with Debian's python3-grpcio, as a client from another ecosystem would.

Stubs are generated at run time from protos/ with grpc_tools.protoc (into a temporary directory), so the
script always matches the contracts. Each check prints `PASS <check>: ...` lines; the first failure prints
`FAIL <check>: ...` and exits with code 1.

  /usr/bin/python3 tests/interop/python/platform_services_client.py \
      --documents http://127.0.0.1:7101 --extraction http://127.0.0.1:7102 --query http://127.0.0.1:7103 \
      documents extraction query [corpus --corpus-dir ../shared/corpus/dev]
"""
import argparse
import glob
import os
import sys
import tempfile
import uuid

import grpc
from grpc_tools import protoc

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
EXTRACTION_TIMEOUT_SECONDS = 600
TINY_TIMEOUT_SECONDS = 0.001


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def generate_stubs(protos_dir, google_protos_dir):
    """protoc with the platform/ folder as root: the modules become documents.v1.documents_pb2 and so on,
    which avoids the stdlib module named `platform`; the wire names keep the proto package. The HTTP annotations
    the protos import (google/api/annotations.proto, http.proto) are compiled alongside from google_protos_dir."""
    out = tempfile.mkdtemp(prefix="platform-py-stubs-")
    root = os.path.join(protos_dir, "platform")
    files = sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "*", "v1", "*.proto")))
    include = os.path.join(os.path.dirname(protoc.__file__), "_proto")
    args = ["grpc_tools.protoc", f"-I{root}", f"-I{google_protos_dir}", f"--python_out={out}", f"--grpc_python_out={out}"]
    if os.path.isdir(include):
        args.append(f"-I{include}")
    for group in (files, ["google/api/annotations.proto", "google/api/http.proto"]):
        if protoc.main(args + group) != 0:
            raise SystemExit(f"grpc_tools.protoc failed for {group}")
    sys.path.insert(0, out)


def target(address):
    return address.split("://", 1)[-1].rstrip("/")


class ApiKey(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor,
             grpc.StreamUnaryClientInterceptor, grpc.StreamStreamClientInterceptor):
    """Adds `authorization: Bearer <key>` to every call, as the services expect where they require API keys.
    (grpc's call credentials would need a TLS channel; the services speak plaintext.)"""

    def __init__(self, key):
        self._metadata = ("authorization", f"Bearer {key}")

    def _with_key(self, details):
        return details._replace(metadata=list(details.metadata or []) + [self._metadata])

    def intercept_unary_unary(self, continuation, details, request):
        return continuation(self._with_key(details), request)

    def intercept_unary_stream(self, continuation, details, request):
        return continuation(self._with_key(details), request)

    def intercept_stream_unary(self, continuation, details, requests):
        return continuation(self._with_key(details), requests)

    def intercept_stream_stream(self, continuation, details, requests):
        return continuation(self._with_key(details), requests)


def open_channel(address, api_key):
    channel = grpc.insecure_channel(target(address))
    return grpc.intercept_channel(channel, ApiKey(api_key)) if api_key else channel


def expect_status(call, code, check):
    try:
        call()
    except grpc.RpcError as error:
        expect(error.code() == code, f"{check}: expected {code.name}, got {error.code().name} ({error.details()})")
        return error
    raise CheckFailed(f"{check}: expected {code.name}, but the call succeeded")


def wait_for_extraction(documents_pb2, documents, document_id):
    """Follows WatchExtraction (a server stream) to its end; returns the statuses seen."""
    statuses = []
    request = documents_pb2.WatchExtractionRequest(document_id=document_id)
    for update in documents.WatchExtraction(request, timeout=EXTRACTION_TIMEOUT_SECONDS):
        expect(update.document_id == document_id, f"WatchExtraction answered for {update.document_id}, asked {document_id}")
        statuses.append(update.extraction_status)
    expect(statuses, "WatchExtraction ended without a single status")
    expect(statuses[-1] == documents_pb2.EXTRACTION_STATUS_SUCCEEDED,
           f"extraction of {document_id} ended with {documents_pb2.ExtractionStatus.Name(statuses[-1])}")
    return statuses


def ingest(documents_pb2, documents, content, title, source_uri):
    response = documents.IngestDocument(
        documents_pb2.IngestDocumentRequest(content=content, title=title, source_uri=source_uri, media_type="text/plain"),
        timeout=60)
    expect(response.document_id, "IngestDocument returned no document_id")
    return response


def check_documents(stubs, channels):
    documents_pb2, documents_grpc = stubs["documents"]
    documents = documents_grpc.DocumentServiceStub(channels["documents"])
    content = f"Interop check {uuid.uuid4()}: Satya Nadella said Microsoft (微软) works with OpenAI."
    created = ingest(documents_pb2, documents, content, "python interop", "interop://python/documents")
    expect(created.created, "a new, unique content was not reported as created")
    again = ingest(documents_pb2, documents, content, "python interop", "interop://python/documents")
    expect(again.document_id == created.document_id and not again.created, "the same content was not deduplicated")
    fetched = documents.GetDocument(documents_pb2.GetDocumentRequest(document_id=created.document_id, include_content=True), timeout=30)
    expect(fetched.document.content == content, "GetDocument did not return the ingested content")
    print(f"PASS documents unary: IngestDocument -> {created.document_id}, deduplicated, GetDocument round-trips the content")

    statuses = wait_for_extraction(documents_pb2, documents, created.document_id)
    print(f"PASS documents server stream: WatchExtraction -> {[documents_pb2.ExtractionStatus.Name(s) for s in statuses]}")

    expect_status(lambda: documents.IngestDocument(documents_pb2.IngestDocumentRequest(content=""), timeout=30),
                  grpc.StatusCode.INVALID_ARGUMENT, "IngestDocument with empty content")
    print("PASS documents error: empty content -> INVALID_ARGUMENT")

    # A deadline already passed: a page of documents can come back within a millisecond, so 1 ms would sometimes be met,
    # and so would timeout=0 (grpcio reads it as "now": a fast local server answered 205 of 300 such calls); -1 never is.
    expect_status(lambda: documents.ListDocuments(documents_pb2.ListDocumentsRequest(page_size=100), timeout=-1),
                  grpc.StatusCode.DEADLINE_EXCEEDED, "ListDocuments with a deadline already passed")
    print("PASS documents deadline: passed -> DEADLINE_EXCEEDED")


def check_extraction(stubs, channels):
    extraction_pb2, extraction_grpc = stubs["extraction"]
    extraction = extraction_grpc.ExtractionServiceStub(channels["extraction"])
    text = "Satya Nadella is the chief executive of Microsoft. 微软与 OpenAI 合作开发 Copilot。"
    response = extraction.Extract(extraction_pb2.ExtractRequest(text=text), timeout=60)
    expect(response.mentions, "Extract found no mentions")
    for mention in response.mentions:
        expect(text[mention.start:mention.end] == mention.text,
               f"mention {mention.text!r} does not match its code point offsets {mention.start}..{mention.end}")
    print(f"PASS extraction unary: Extract -> {[m.text for m in response.mentions]}")

    streamed = list(extraction.StreamMentions(extraction_pb2.ExtractRequest(text=text), timeout=60))
    expect(streamed, "StreamMentions streamed nothing")
    expect([m.start for m in streamed] == sorted(m.start for m in streamed), "StreamMentions is not in text order")
    print(f"PASS extraction server stream: StreamMentions -> {len(streamed)} mentions in text order")

    expect_status(lambda: extraction.Extract(extraction_pb2.ExtractRequest(text=""), timeout=30),
                  grpc.StatusCode.INVALID_ARGUMENT, "Extract of no text")
    # The internal RPC answers only the document service, which sends the service credential.
    expect_status(lambda: extraction.ExtractDocument(extraction_pb2.ExtractDocumentRequest(document_id=str(uuid.uuid4())), timeout=30),
                  grpc.StatusCode.PERMISSION_DENIED, "ExtractDocument from a client")
    print("PASS extraction error: empty text -> INVALID_ARGUMENT, internal ExtractDocument -> PERMISSION_DENIED")

    long_text = text * 2000
    expect_status(lambda: extraction.Extract(extraction_pb2.ExtractRequest(text=long_text), timeout=TINY_TIMEOUT_SECONDS),
                  grpc.StatusCode.DEADLINE_EXCEEDED, "Extract with a 1 ms deadline")
    print("PASS extraction deadline: 1 ms -> DEADLINE_EXCEEDED")


def check_query(stubs, channels):
    documents_pb2, documents_grpc = stubs["documents"]
    query_pb2, query_grpc = stubs["query"]
    documents = documents_grpc.DocumentServiceStub(channels["documents"])
    query = query_grpc.QueryServiceStub(channels["query"])
    content = f"Query interop {uuid.uuid4()}. Microsoft announced a new Copilot feature. Satya Nadella leads Microsoft."
    created = ingest(documents_pb2, documents, content, "python query interop", "interop://python/query")
    wait_for_extraction(documents_pb2, documents, created.document_id)

    entity = query.GetEntity(query_pb2.GetEntityRequest(name="Microsoft"), timeout=30).entity
    expect(entity.entity_id and entity.mention_count > 0, f"GetEntity(Microsoft) returned {entity}")
    print(f"PASS query unary: GetEntity(Microsoft) -> {entity.entity_id} ({entity.mention_count} mentions)")

    mentions = list(query.StreamMentions(query_pb2.StreamMentionsRequest(entity_id=entity.entity_id, document_id=created.document_id), timeout=60))
    expect(mentions, "StreamMentions returned nothing for a document that mentions Microsoft")
    expect(all(m.entity_id == entity.entity_id and m.document_id == created.document_id for m in mentions),
           "StreamMentions returned mentions of another entity or document")
    print(f"PASS query server stream: StreamMentions -> {len(mentions)} mentions in the new document")

    expect_status(lambda: query.GetEntity(query_pb2.GetEntityRequest(name=f"no such entity {uuid.uuid4()}"), timeout=30),
                  grpc.StatusCode.NOT_FOUND, "GetEntity of an unknown name")
    print("PASS query error: unknown entity -> NOT_FOUND")

    # A deadline already passed (one second ago, as for ListDocuments): the query service ranks names in memory and can
    # answer within a millisecond.
    expect_status(lambda: query.SearchEntities(query_pb2.SearchEntitiesRequest(query="Microsoft"), timeout=-1),
                  grpc.StatusCode.DEADLINE_EXCEEDED, "SearchEntities with a deadline already passed")
    print("PASS query deadline: passed -> DEADLINE_EXCEEDED")


def check_corpus(stubs, channels, corpus_dir):
    documents_pb2, documents_grpc = stubs["documents"]
    query_pb2, query_grpc = stubs["query"]
    documents = documents_grpc.DocumentServiceStub(channels["documents"])
    query = query_grpc.QueryServiceStub(channels["query"])
    paths = sorted(glob.glob(os.path.join(corpus_dir, "*.txt")))
    expect(paths, f"no *.txt documents in {corpus_dir}")
    ids = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            content = handle.read()
        name = os.path.basename(path)
        ids.append(ingest(documents_pb2, documents, content, name, f"corpus://dev/{name}").document_id)
    for document_id in ids:
        wait_for_extraction(documents_pb2, documents, document_id)
    print(f"PASS corpus ingest: {len(ids)} documents extracted")

    chinese = query.GetEntity(query_pb2.GetEntityRequest(name="微软"), timeout=30).entity
    english = query.GetEntity(query_pb2.GetEntityRequest(name="Microsoft"), timeout=30).entity
    expect(chinese.entity_id == english.entity_id, f"微软 is {chinese.entity_id} ({chinese.name}) but Microsoft is {english.entity_id} ({english.name})")
    expect(english.mention_count > 0 and english.document_count >= 1,
           f"Microsoft has {english.mention_count} mentions in {english.document_count} documents")
    mentions = query.ListMentions(query_pb2.ListMentionsRequest(entity_id=english.entity_id, page_size=50), timeout=30).mentions
    expect(mentions, "ListMentions of Microsoft is empty")
    related = query.GetRelatedEntities(query_pb2.GetRelatedEntitiesRequest(entity_id=english.entity_id), timeout=30).related
    expect(related, "GetRelatedEntities of Microsoft is empty")
    print(f"PASS corpus entity: 微软 = Microsoft = {english.entity_id}; {english.mention_count} mentions in "
          f"{english.document_count} documents; {len(related)} related entities")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checks", nargs="+", choices=["documents", "extraction", "query", "corpus"])
    parser.add_argument("--documents", default="http://127.0.0.1:7101")
    parser.add_argument("--extraction", default="http://127.0.0.1:7102")
    parser.add_argument("--query", default="http://127.0.0.1:7103")
    parser.add_argument("--protos", default=os.path.join(REPO_ROOT, "protos"))
    parser.add_argument("--google-protos", required=True,
                        help="folder holding google/api/annotations.proto (the Google.Api.CommonProtos NuGet package's content/protos)")
    parser.add_argument("--corpus-dir", help="folder of *.txt documents for the corpus check")
    parser.add_argument("--api-key", default=os.environ.get("PLATFORM_API_KEY"),
                        help="API key sent with every call, where the services require one (default: $PLATFORM_API_KEY)")
    args = parser.parse_args()

    generate_stubs(args.protos, args.google_protos)
    from documents.v1 import documents_pb2, documents_pb2_grpc
    from extraction.v1 import extraction_pb2, extraction_pb2_grpc
    from query.v1 import query_pb2, query_pb2_grpc
    stubs = {
        "documents": (documents_pb2, documents_pb2_grpc),
        "extraction": (extraction_pb2, extraction_pb2_grpc),
        "query": (query_pb2, query_pb2_grpc),
    }
    channels = {name: open_channel(getattr(args, name), args.api_key) for name in stubs}

    check = None
    try:
        for check in args.checks:
            if check == "documents":
                check_documents(stubs, channels)
            elif check == "extraction":
                check_extraction(stubs, channels)
            elif check == "query":
                check_query(stubs, channels)
            elif check == "corpus":
                expect(args.corpus_dir, "the corpus check needs --corpus-dir")
                check_corpus(stubs, channels, args.corpus_dir)
    except CheckFailed as failure:
        print(f"FAIL {check}: {failure}")
        return 1
    except grpc.RpcError as error:
        print(f"FAIL {check}: unexpected {error.code().name}: {error.details()}")
        return 1
    finally:
        for channel in channels.values():
            channel.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
