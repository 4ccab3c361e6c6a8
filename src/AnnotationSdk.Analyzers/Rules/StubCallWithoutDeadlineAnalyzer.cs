using System.Collections.Immutable;
using System.Linq;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0008: a call of the generated AnnotationServiceClient that leaves both `deadline` and `cancellationToken`
    /// at their defaults. The CallOptions overloads are trusted: whoever builds CallOptions chose a policy.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StubCallWithoutDeadlineAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.StubCallWithoutDeadline);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var stub = start.Compilation.GetTypeByMetadataName(MetadataNames.AnnotationServiceClient);
                if (stub is null)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var invocation = (IInvocationOperation)operationContext.Operation;
                        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, stub)
                            || !invocation.TargetMethod.Parameters.Any(p => p.Name == "deadline")
                            || invocation.Arguments.Any(IsGivenDeadlineOrToken))
                        {
                            return;
                        }

                        operationContext.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.StubCallWithoutDeadline,
                            invocation.Syntax.GetLocation(),
                            invocation.TargetMethod.Name));
                    },
                    OperationKind.Invocation);
            });
        }

        private static bool IsGivenDeadlineOrToken(IArgumentOperation argument) =>
            argument.ArgumentKind != ArgumentKind.DefaultValue
            && (argument.Parameter?.Name == "deadline" || argument.Parameter?.Name == "cancellationToken");
    }
}
