using Platform.Documents.V1;

namespace Platform.AppHost.Tests.Infrastructure;

/// <summary>A running platform the end-to-end checks can call: the AppHost's, or the containers of deploy/compose.</summary>
public interface IPlatformStack
{
    Uri DocumentsAddress { get; }

    Uri ExtractionAddress { get; }

    Uri QueryAddress { get; }

    /// <summary>The key every call sends, where the services require one.</summary>
    string? ApiKey { get; }

    DocumentService.DocumentServiceClient Documents { get; }

    /// <summary>The last <paramref name="lines"/> lines each service wrote, for assertion messages.</summary>
    string LogTails(int lines);
}
