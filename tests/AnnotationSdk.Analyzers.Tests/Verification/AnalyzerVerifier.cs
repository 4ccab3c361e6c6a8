using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AnnotationSdk.Analyzers.Tests.Verification;

internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Runs the analyzer on <paramref name="source"/>; diagnostics are marked in it as {|ANN0001:text|}.</summary>
    public static Task VerifyAsync(string source)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestCompilation.ReferenceAssemblies,
        };
        TestCompilation.Configure(test.TestState);
        return test.RunAsync();
    }
}
