using System.Collections.Immutable;
using System.Linq;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0009: an AnnotationClient call that leaves its cancellationToken at the default although the enclosing
    /// method has exactly one CancellationToken parameter (with two, which to pass is the author's choice).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CancellationTokenNotForwardedAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property holding the name of the token to pass, for the code fix.</summary>
        public const string TokenNameProperty = "TokenName";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.CancellationTokenNotForwarded);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var annotationClient = start.Compilation.GetTypeByMetadataName(MetadataNames.AnnotationClient);
                var cancellationToken = start.Compilation.GetTypeByMetadataName(MetadataNames.CancellationToken);
                if (annotationClient is null || cancellationToken is null)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var invocation = (IInvocationOperation)operationContext.Operation;
                        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, annotationClient)
                            || !invocation.Arguments.Any(a => a.ArgumentKind == ArgumentKind.DefaultValue
                                && SymbolEqualityComparer.Default.Equals(a.Parameter?.Type, cancellationToken))
                            || IsGivenTokenByWithCancellation(invocation))
                        {
                            return;
                        }

                        var tokens = (operationContext.ContainingSymbol as IMethodSymbol)?.Parameters
                            .Where(p => SymbolEqualityComparer.Default.Equals(p.Type, cancellationToken))
                            .ToList();
                        if (tokens is null || tokens.Count != 1)
                        {
                            return;
                        }

                        var properties = ImmutableDictionary<string, string?>.Empty.Add(TokenNameProperty, tokens[0].Name);
                        operationContext.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.CancellationTokenNotForwarded,
                            invocation.Syntax.GetLocation(),
                            properties,
                            tokens[0].Name,
                            invocation.TargetMethod.Name));
                    },
                    OperationKind.Invocation);
            });
        }

        // client.AnnotateManyAsync(documents).WithCancellation(ct): the token reaches the stream's enumerator.
        private static bool IsGivenTokenByWithCancellation(IInvocationOperation invocation) =>
            invocation.ParentWithoutConversions() is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "WithCancellation" } };
    }
}
