using System.Reflection;
using AnnotationSdk.Analyzers.Internal;
using AnnotationSdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AnnotationSdk.Analyzers.Tests.Internal;

/// <summary>
/// The rules stay silent when a metadata name does not resolve, so a type renamed or moved in the contracts or the
/// client would switch a rule off without any other test noticing. Each name must resolve against the real assemblies.
/// </summary>
public class MetadataNamesTests
{
    private static readonly CSharpCompilation RealAssemblies = CSharpCompilation.Create("Names", references: TestCompilation.References);

    public static TheoryData<string> TypeNames()
    {
        var names = new TheoryData<string>();
        foreach (var field in typeof(MetadataNames).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (!field.Name.EndsWith("Namespace", StringComparison.Ordinal))
            {
                names.Add((string)field.GetRawConstantValue()!);
            }
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Type_name_resolves_in_the_real_assemblies(string metadataName) =>
        Assert.NotNull(RealAssemblies.GetTypeByMetadataName(metadataName));

    [Theory]
    [InlineData(MetadataNames.ContractsNamespace, MetadataNames.Annotation)]
    [InlineData(MetadataNames.ClientNamespace, MetadataNames.AnnotationClient)]
    public void Namespace_holds_its_types(string namespaceName, string typeInIt) =>
        Assert.Equal(namespaceName, RealAssemblies.GetTypeByMetadataName(typeInIt)!.ContainingNamespace.ToDisplayString());
}
