using Grpc.Core;
using Microsoft.Extensions.Primitives;

namespace Platform.Grpc.Protocol;

/// <summary>Metadata ⇄ HTTP/2 header values (binary entries as base64).</summary>
public static class MetadataCodec
{
    public static string EncodeValue(Metadata.Entry entry) =>
        entry.IsBinary ? Convert.ToBase64String(entry.ValueBytes).TrimEnd('=') : entry.Value;

    /// <summary>Adds the header's values to <paramref name="metadata"/> unless the header is reserved for the transport.</summary>
    public static void AddHeader(Metadata metadata, string name, IEnumerable<string?> values)
    {
        if (GrpcProtocol.IsReservedHeader(name)) return;
        var binary = name.EndsWith(Metadata.BinaryHeaderSuffix, StringComparison.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (value is null) continue;
            if (!binary)
            {
                metadata.Add(Metadata.Entry.FromWire(name, value, null));
                continue;
            }
            // Repeated binary headers may arrive joined with commas.
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                metadata.Add(Metadata.Entry.FromWire(name, null, DecodeBase64(part)));
        }
    }

    public static Metadata FromHeaders(IEnumerable<KeyValuePair<string, StringValues>> headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers) AddHeader(metadata, name, values);
        return metadata;
    }

    /// <summary>gRPC peers may omit base64 padding.</summary>
    public static byte[] DecodeBase64(string value)
    {
        var padding = (4 - value.Length % 4) % 4;
        return Convert.FromBase64String(padding == 0 ? value : value + new string('=', padding));
    }
}
