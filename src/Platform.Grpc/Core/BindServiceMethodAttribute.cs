namespace Grpc.Core;

/// <summary>Put by the code generator on service bases: names the static BindService(ServiceBinderBase, TBase) method.</summary>
[AttributeUsage(AttributeTargets.Class)]
public class BindServiceMethodAttribute(Type bindType, string bindMethodName) : Attribute
{
    public Type BindType { get; } = bindType;

    public string BindMethodName { get; } = bindMethodName;
}
