using AnnotationSdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AnnotationSdk.Analyzers.Tests;

/// <summary>
/// The rules match symbols by metadata name: look-alike types with the same simple names in another namespace,
/// used in every way the rules report, must not trigger them, whether or not the real contracts are referenced.
/// </summary>
public class SilenceWithoutContractTypesTests
{
    private const string LookAlikes = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Elsewhere
        {
            public enum AnnotationKind { Unspecified, Quote }
            public sealed class DateDetail { public string Value { get; set; } = ""; }
            public sealed class Annotation { public AnnotationKind Kind { get; set; } public DateDetail Date { get; set; } = new(); }
            public sealed class DocumentResult { public object Result { get; set; } = new(); }
            public sealed class AnnotationClient
            {
                public Task<int> AnnotateAsync(string text, CancellationToken cancellationToken = default) => Task.FromResult(0);
            }

            public static class Uses
            {
                public static int Run(Annotation annotation, DocumentResult item, string[] texts, CancellationToken ct)
                {
                    switch (annotation.Kind) { case AnnotationKind.Quote: break; }
                    var kind = AnnotationKind.Unspecified;
                    var day = DateTime.Parse(annotation.Date.Value);
                    var result = item.Result;
                    var total = 0;
                    foreach (var text in texts)
                    {
                        total += new AnnotationClient().AnnotateAsync(text).Result;
                    }

                    return total;
                }
            }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task No_rule_fires_on_look_alike_types(bool referenceTheRealContracts)
    {
        var references = referenceTheRealContracts ? TestCompilation.References : [.. Basic.Reference.Assemblies.Net100.References.All];
        var compilation = CSharpCompilation.Create(
            "LookAlikes",
            [CSharpSyntaxTree.ParseText(LookAlikes)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers([.. RuleCatalog.Analyzers])
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
    }
}
