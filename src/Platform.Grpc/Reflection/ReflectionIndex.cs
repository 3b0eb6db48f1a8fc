using Google.Protobuf.Reflection;
using Platform.Grpc.Server;

namespace Platform.Grpc.Reflection;

/// <summary>Proto files and symbols of every mapped service, built once on first use.</summary>
internal sealed class ReflectionIndex(GrpcServiceRegistry registry)
{
    private readonly Lazy<Snapshot> snapshot = new(() => Build(registry));

    public IReadOnlyList<string> ServiceNames => snapshot.Value.ServiceNames;

    public FileDescriptor? FindFile(string fileName) => snapshot.Value.Files.GetValueOrDefault(fileName);

    public FileDescriptor? FindFileContainingSymbol(string symbol) => snapshot.Value.Symbols.GetValueOrDefault(symbol);

    public MessageDescriptor? FindMessage(string fullName) => snapshot.Value.Messages.GetValueOrDefault(fullName);

    /// <summary>The file and everything it imports, imports first.</summary>
    public static IReadOnlyList<FileDescriptor> WithDependencies(FileDescriptor file)
    {
        var ordered = new List<FileDescriptor>();
        var seen = new HashSet<string>();
        void Visit(FileDescriptor f)
        {
            if (!seen.Add(f.Name)) return;
            foreach (var dependency in f.Dependencies) Visit(dependency);
            ordered.Add(f);
        }
        Visit(file);
        return ordered;
    }

    private sealed record Snapshot(
        IReadOnlyList<string> ServiceNames,
        Dictionary<string, FileDescriptor> Files,
        Dictionary<string, FileDescriptor> Symbols,
        Dictionary<string, MessageDescriptor> Messages);

    private static Snapshot Build(GrpcServiceRegistry registry)
    {
        var snapshot = new Snapshot(registry.Services.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray(), [], [], []);
        foreach (var service in registry.Services)
        {
            if (service.Descriptor is { } descriptor) AddFile(snapshot, descriptor.File);
        }
        return snapshot;
    }

    private static void AddFile(Snapshot snapshot, FileDescriptor file)
    {
        if (!snapshot.Files.TryAdd(file.Name, file)) return;
        foreach (var dependency in file.Dependencies) AddFile(snapshot, dependency);
        foreach (var service in file.Services)
        {
            snapshot.Symbols[service.FullName] = file;
            foreach (var method in service.Methods) snapshot.Symbols[method.FullName] = file;
        }
        foreach (var enumType in file.EnumTypes) snapshot.Symbols[enumType.FullName] = file;
        foreach (var message in file.MessageTypes) AddMessage(snapshot, file, message);
    }

    private static void AddMessage(Snapshot snapshot, FileDescriptor file, MessageDescriptor message)
    {
        snapshot.Symbols[message.FullName] = file;
        snapshot.Messages[message.FullName] = message;
        foreach (var nested in message.NestedTypes) AddMessage(snapshot, file, nested);
        foreach (var enumType in message.EnumTypes) snapshot.Symbols[enumType.FullName] = file;
    }
}
