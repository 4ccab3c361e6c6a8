using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AnnotationSdk.Analyzers.Tests.Verification;

internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// Checks the diagnostics marked in <paramref name="source"/> and that applying the fix (the one with
    /// <paramref name="equivalenceKey"/> when a rule offers several) gives <paramref name="fixedSource"/>.
    /// </summary>
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestCompilation.ReferenceAssemblies,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        TestCompilation.Configure(test.TestState);
        TestCompilation.Configure(test.FixedState);
        return test.RunAsync();
    }
}
