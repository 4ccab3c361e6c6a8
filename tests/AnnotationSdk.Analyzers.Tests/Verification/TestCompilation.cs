using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AnnotationSdk.Analyzers.Tests.Verification;

/// <summary>
/// What every test compilation references: the .NET 10 reference assemblies shipped in a package (so nothing is
/// downloaded), the real generated contract types, gRPC, and the real AnnotationSdk.Client assembly (so a rename in
/// the client's public API breaks these tests instead of silently switching a rule off).
/// </summary>
internal static class TestCompilation
{
    // A bare target framework with no reference package: the test framework resolves nothing over the network.
    public static readonly ReferenceAssemblies ReferenceAssemblies = new("net10.0");

    public static readonly IReadOnlyList<MetadataReference> References =
    [
        .. Net100.References.All,
        Reference<AnnotationSdk.V1.Annotation>(),
        Reference<Google.Protobuf.IMessage>(),
        Reference<Grpc.Core.Metadata>(),
        Reference<Google.Rpc.Status>(),
        Reference<Grpc.Net.Client.GrpcChannel>(),
        Reference<AnnotationSdk.Client.AnnotationClient>(),
    ];

    public static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(References);
    }

    private static PortableExecutableReference Reference<T>() => MetadataReference.CreateFromFile(typeof(T).Assembly.Location);
}
