using Grpc.Core;
using Platform.Contracts.Rpc;
using Platform.Extraction.Engine;
using Platform.Extraction.V1;

namespace Platform.Extraction.Validation;

internal static class ExtractRequestValidator
{
    public const int MaxTextCodePoints = 1_000_000;

    public static ExtractionOptions Validate(ExtractRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "text is empty; send the text to analyse in `text`."));
        }
        var codePoints = TextOffsets.CodePointCount(request.Text);
        if (codePoints > MaxTextCodePoints)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"text has {codePoints:N0} code points; the limit is {MaxTextCodePoints:N0}. Split it into smaller parts."));
        }
        TextRules.RequireText(request.Text, "text");
        var languageHint = request.LanguageHint.Trim().ToLowerInvariant() switch
        {
            "" => null,
            "zh" or "en" => request.LanguageHint.Trim().ToLowerInvariant(),
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"language_hint '{TextRules.Echo(request.LanguageHint)}' is not supported; use \"zh\", \"en\" or leave it empty to detect.")),
        };
        var mediaType = request.MediaType.Trim().ToLowerInvariant() switch
        {
            "" => "text/plain",
            "text/plain" or "text/markdown" => request.MediaType.Trim().ToLowerInvariant(),
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"media_type '{TextRules.Echo(request.MediaType)}' is not supported; use \"text/plain\" (the default) or \"text/markdown\".")),
        };
        return new ExtractionOptions(languageHint, mediaType);
    }
}
